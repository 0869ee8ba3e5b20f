import { detectLanguage, parseLanguageCommand } from '../domain/language';
import { t } from '../i18n';
import { LanguagePreferenceRepository } from '../store/preferences';
import type { Feature } from './host';

/**
 * `språk engelsk`, `language norwegian`, `language en`, `språk auto` …: the person's explicit language choice,
 * remembered by a hash of their Entra object id. How a turn's language is decided from it (and from the words,
 * the card and Teams) is turnLanguage in src/domain/language.ts; the runtime reads the clues off the activity.
 */
export const languageFeature: Feature = (bot, deps) => {
  const prefs = new LanguagePreferenceRepository(deps.store, deps.config.retentionDays);
  bot.jobs.text({
    name: 'language',
    // Right after the emergency route: "språk engelsk" must never be read as a guidance search.
    priority: 1,
    matches: (text) => parseLanguageCommand(text) !== undefined,
    run: async (text, turn) => {
      const command = parseLanguageCommand(text);
      const actor = turn.actor.aadObjectId;
      if (!command || command.kind === 'usage') {
        await turn.send({ text: t(turn.locale, 'language.usage') });
        return;
      }
      if (!actor) {
        await turn.send({ text: t(turn.locale, 'language.noUser') });
        return;
      }
      if (command.kind === 'forget') {
        await prefs.forget(actor);
        // Without a choice, the answer follows the words, else Teams' language (as the next turns will).
        const now = detectLanguage(text) ?? turn.clientLocale?.(deps.config.defaultLocale) ?? deps.config.defaultLocale;
        turn.setLocale(now);
        turn.log.info('language.forgotten');
        await turn.send({ text: t(now, 'language.forgotten') });
        return;
      }
      await prefs.set(actor, command.language, deps.now());
      turn.setLocale(command.language);
      turn.log.info('language.chosen', { language: command.language });
      await turn.send({ text: t(command.language, 'language.chosen') });
    },
  });
};
