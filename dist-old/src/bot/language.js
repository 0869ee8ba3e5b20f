"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.languageFeature = void 0;
exports.decideTurnLocale = decideTurnLocale;
const botbuilder_1 = require("botbuilder");
const language_1 = require("../domain/language");
const i18n_1 = require("../i18n");
const preferences_1 = require("../store/preferences");
const app_1 = require("./app");
const turn_1 = require("./turn");
const help_1 = require("./help");
/**
 * The reply language of a turn, in this order:
 * 1. the person's explicit choice (`språk engelsk`), remembered by a hash of their Entra object id;
 * 2. for a typed message or a command button, the language the text is clearly written in;
 * 3. Teams' client language (many Norwegian staff run Teams in English, which is why it comes after 2);
 * 4. the configured default (BTI_DEFAULT_LOCALE).
 * Other card actions use 1, then the language of the card pressed when the card says it (`locale` in its
 * action data), then 3 and 4: a press has no words of its own.
 */
async function decideTurnLocale(context, deps, prefs) {
    const actor = (0, turn_1.actorId)(context);
    const chosen = actor ? await prefs.get(actor) : undefined;
    if (chosen)
        return chosen;
    const words = wordsOf(context);
    const detected = words ? (0, language_1.detectLanguage)(words) : undefined;
    return detected ?? cardLocale(context) ?? (0, turn_1.teamsLocale)(context, deps.config.defaultLocale);
}
/**
 * The language of the card a button was pressed on, when its template puts it into the action data
 * (`"locale": "${locale}"`): a form answered in the language it was shown in, whatever Teams' locale says.
 */
function cardLocale(context) {
    const a = context.activity;
    if (a.type !== botbuilder_1.ActivityTypes.Invoke || a.name !== 'adaptiveCard/action')
        return undefined;
    const locale = a.value?.action?.data?.locale;
    return locale === 'nb' || locale === 'en' ? locale : undefined;
}
/** What the person wrote: the message text, or the command a help-card button stands for. */
function wordsOf(context) {
    const a = context.activity;
    if (a.type === botbuilder_1.ActivityTypes.Message)
        return typeof a.text === 'string' ? a.text : undefined;
    if (a.type === botbuilder_1.ActivityTypes.Invoke && a.name === 'adaptiveCard/action') {
        const action = a.value?.action;
        if (action?.verb === help_1.COMMAND_VERB)
            return (0, help_1.commandOf)(context)?.command;
    }
    return undefined;
}
/** `språk engelsk`, `language norwegian`, `language en`, `språk auto` … */
const languageFeature = (bot, deps) => {
    const prefs = new preferences_1.LanguagePreferenceRepository(deps.store, deps.config.retentionDays);
    bot.router.add({
        name: 'language',
        // Right after the emergency route: "språk engelsk" must never be read as a guidance search.
        priority: 1,
        matches: (text) => (0, language_1.parseLanguageCommand)(text) !== undefined,
        handle: async (context, _state, text, locale) => {
            const command = (0, language_1.parseLanguageCommand)(text);
            const actor = (0, turn_1.actorId)(context);
            const log = (0, app_1.turnLogger)(context, deps.logger);
            if (!command || command.kind === 'usage') {
                await context.sendActivity((0, i18n_1.t)(locale, 'language.usage'));
                return;
            }
            if (!actor) {
                await context.sendActivity((0, i18n_1.t)(locale, 'language.noUser'));
                return;
            }
            if (command.kind === 'forget') {
                await prefs.forget(actor);
                const now = (0, turn_1.teamsLocale)(context, deps.config.defaultLocale);
                const reply = (0, language_1.detectLanguage)(text) ?? now;
                context.turnState.set(turn_1.TURN_LOCALE_KEY, reply);
                log.info('language.forgotten');
                await context.sendActivity((0, i18n_1.t)(reply, 'language.forgotten'));
                return;
            }
            await prefs.set(actor, command.language, deps.now());
            context.turnState.set(turn_1.TURN_LOCALE_KEY, command.language);
            log.info('language.chosen', { language: command.language });
            await context.sendActivity((0, i18n_1.t)(command.language, 'language.chosen'));
        },
    });
};
exports.languageFeature = languageFeature;
//# sourceMappingURL=language.js.map