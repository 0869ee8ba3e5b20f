import { TurnContext } from 'botbuilder';
import { detectLanguage, parseLanguageCommand } from '../domain/language';
import { Locale, t } from '../i18n';
import { LanguagePreferenceRepository } from '../store/preferences';
import type { BotDeps } from './deps';
import type { Feature } from './app';
import { turnLogger } from './app';
import { actorId, teamsLocale, TURN_LOCALE_KEY } from './turn';
import { decideLocale } from './pipeline';

/**
 * The reply language of a turn, in this order:
 * 1. the person's explicit choice (`språk engelsk`), remembered by a hash of their Entra object id;
 * 2. for a typed message or a command button, the language the text is clearly written in;
 * 3. Teams' client language (many Norwegian staff run Teams in English, which is why it comes after 2);
 * 4. the configured default (BTI_DEFAULT_LOCALE).
 * Other card actions use 1, then the language of the card pressed when the card says it (`locale` in its
 * action data), then 3 and 4: a press has no words of its own.
 */
export async function decideTurnLocale(context: TurnContext, deps: BotDeps, prefs: LanguagePreferenceRepository): Promise<Locale> {
  // One decision for both runtimes: src/bot/pipeline.ts.
  return decideLocale(context.activity, deps, prefs);
}

/** `språk engelsk`, `language norwegian`, `language en`, `språk auto` … */
export const languageFeature: Feature = (bot, deps) => {
  const prefs = new LanguagePreferenceRepository(deps.store, deps.config.retentionDays);
  bot.router.add({
    name: 'language',
    // Right after the emergency route: "språk engelsk" must never be read as a guidance search.
    priority: 1,
    matches: (text) => parseLanguageCommand(text) !== undefined,
    handle: async (context, _state, text, locale) => {
      const command = parseLanguageCommand(text);
      const actor = actorId(context);
      const log = turnLogger(context, deps.logger);
      if (!command || command.kind === 'usage') {
        await context.sendActivity(t(locale, 'language.usage'));
        return;
      }
      if (!actor) {
        await context.sendActivity(t(locale, 'language.noUser'));
        return;
      }
      if (command.kind === 'forget') {
        await prefs.forget(actor);
        const now = teamsLocale(context, deps.config.defaultLocale);
        const reply = detectLanguage(text) ?? now;
        context.turnState.set(TURN_LOCALE_KEY, reply);
        log.info('language.forgotten');
        await context.sendActivity(t(reply, 'language.forgotten'));
        return;
      }
      await prefs.set(actor, command.language, deps.now());
      context.turnState.set(TURN_LOCALE_KEY, command.language);
      log.info('language.chosen', { language: command.language });
      await context.sendActivity(t(command.language, 'language.chosen'));
    },
  });
};
