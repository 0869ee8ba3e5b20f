"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RUN_VERB = exports.COMMAND_VERB = void 0;
exports.commandOf = commandOf;
exports.helpCard = helpCard;
exports.welcomeCard = welcomeCard;
exports.sendHelp = sendHelp;
const zod_1 = require("zod");
const i18n_1 = require("../i18n");
const render_1 = require("../cards/render");
const turn_1 = require("./turn");
/**
 * The verb of a "command" button (the welcome card's *hjelp*): the button stands for a typed command and is
 * routed to the same handler. Action.Execute, because an Action.Submit whose data carries `msteams`
 * (imBack/messageBack) breaks in some Teams clients (the Agents Playground: "Cannot add property msTeams").
 */
exports.COMMAND_VERB = 'bot.command';
const commandDataSchema = zod_1.z.object({
    command: zod_1.z.string().trim().min(1).max(100),
    /** The card the button was on, so the press can leave it as it was. */
    card: zod_1.z.enum(['help', 'welcome']).optional(),
});
/** The command a pressed command button stands for; undefined for anything malformed. */
function commandOf(context) {
    const value = context.activity.value;
    const parsed = commandDataSchema.safeParse(value?.action?.data);
    return parsed.success ? parsed.data : undefined;
}
/** The verb of the help card's buttons and of the "which did you mean?" card: run one job as if asked in words. */
exports.RUN_VERB = 'nlu.choose';
/** Every job and the intent its button runs (src/domain/nlu/intents.ts; 'verktoy' lists the tools). */
const JOBS = [
    ['avklaring', 'avklaring'],
    ['meetings', 'meeting'],
    ['referat', 'referat'],
    ['status', 'status'],
    ['cases', 'cases'],
    ['navigator', 'navigator'],
    ['guidance', 'meldeplikt'],
    ['verktoy', 'verktoy'],
];
function helpCard(locale) {
    return (0, render_1.renderCard)('help', {
        title: (0, i18n_1.t)(locale, 'help.title'),
        intro: (0, i18n_1.t)(locale, 'help.intro'),
        jobs: JOBS.map(([job, intent]) => ({
            title: (0, i18n_1.t)(locale, `help.${job}.title`),
            text: (0, i18n_1.t)(locale, `help.${job}.text`),
            typeIt: (0, i18n_1.t)(locale, 'help.typeIt', { command: (0, i18n_1.t)(locale, `help.${job}.command`) }),
            button: (0, i18n_1.t)(locale, `nlu.intent.${intent}`),
            verb: exports.RUN_VERB,
            // The card's language travels with the press, so the answer is in the language the card was shown in.
            data: { intent, locale },
        })),
        privacy: (0, i18n_1.t)(locale, 'help.privacy'),
    });
}
function welcomeCard(locale) {
    return (0, render_1.renderCard)('welcome', {
        title: (0, i18n_1.t)(locale, 'welcome.title'),
        intro: (0, i18n_1.t)(locale, 'welcome.intro'),
        privacy: (0, i18n_1.t)(locale, 'welcome.privacy'),
        start: (0, i18n_1.t)(locale, 'welcome.start'),
        helpButton: locale === 'en' ? 'help' : 'hjelp',
        helpCommand: locale === 'en' ? 'help' : 'hjelp',
        verb: exports.COMMAND_VERB,
    });
}
async function sendHelp(context, locale) {
    await (0, turn_1.replyWithCard)(context, helpCard(locale));
}
//# sourceMappingURL=help.js.map