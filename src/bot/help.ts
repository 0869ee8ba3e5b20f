import { z } from 'zod';
import { Locale, t, type TextKey } from '../i18n';
import { renderCard, type AdaptiveCardJson } from '../cards/render';
import { deepFreeze } from '../deepFreeze';

/**
 * The verb of a "command" button (the welcome card's *hjelp*): the button stands for a typed command and is
 * routed to the same handler. Action.Execute, because an Action.Submit whose data carries `msteams`
 * (imBack/messageBack) breaks in some Teams clients (the Agents Playground: "Cannot add property msTeams").
 */
export const COMMAND_VERB = 'bot.command';

const commandDataSchema = z.object({
  command: z.string().trim().min(1).max(100),
  /** The card the button was on, so the press can leave it as it was. */
  card: z.enum(['help', 'welcome']).optional(),
});
export type CommandData = z.infer<typeof commandDataSchema>;

/** The command a pressed command button stands for; undefined for anything malformed. */
export function commandOf(context: { activity: { value?: unknown } }): CommandData | undefined {
  const value = context.activity.value as { action?: { data?: unknown } } | undefined;
  const parsed = commandDataSchema.safeParse(value?.action?.data);
  return parsed.success ? parsed.data : undefined;
}

/** The verb of the help card's buttons and of the "which did you mean?" card: run one job as if asked in words. */
export const RUN_VERB = 'nlu.choose';

type HelpJob = 'avklaring' | 'meetings' | 'referat' | 'status' | 'cases' | 'navigator' | 'guidance' | 'verktoy';

/** Every job and the intent its button runs (src/domain/nlu/intents.ts; 'verktoy' lists the tools). */
const JOBS: [HelpJob, string][] = [
  ['avklaring', 'avklaring'],
  ['meetings', 'meeting'],
  ['referat', 'referat'],
  ['status', 'status'],
  ['cases', 'cases'],
  ['navigator', 'navigator'],
  ['guidance', 'meldeplikt'],
  ['verktoy', 'verktoy'],
];

/** Bound cards by name and language: they depend on nothing else (no municipality content, no person). */
const bound = new Map<string, AdaptiveCardJson>();
function once(key: string, build: () => AdaptiveCardJson): AdaptiveCardJson {
  let card = bound.get(key);
  if (!card) bound.set(key, (card = deepFreeze(build())));
  return card;
}

/** The help card in one language; the same frozen object every time (binding the template is most of a help turn's work). */
export function helpCard(locale: Locale): AdaptiveCardJson {
  return once(`help:${locale}`, () => bindHelpCard(locale));
}

function bindHelpCard(locale: Locale): AdaptiveCardJson {
  return renderCard('help', {
    title: t(locale, 'help.title'),
    intro: t(locale, 'help.intro'),
    jobs: JOBS.map(([job, intent]) => ({
      title: t(locale, `help.${job}.title` as TextKey),
      text: t(locale, `help.${job}.text` as TextKey),
      typeIt: t(locale, 'help.typeIt', { command: t(locale, `help.${job}.command` as TextKey) }),
      button: t(locale, `nlu.intent.${intent}` as TextKey),
      verb: RUN_VERB,
      // The card's language travels with the press, so the answer is in the language the card was shown in.
      data: { intent, locale },
    })),
    privacy: t(locale, 'help.privacy'),
  });
}

/** The welcome card in one language; shared and frozen like the help card. */
export function welcomeCard(locale: Locale): AdaptiveCardJson {
  return once(`welcome:${locale}`, () => bindWelcomeCard(locale));
}

function bindWelcomeCard(locale: Locale): AdaptiveCardJson {
  return renderCard('welcome', {
    title: t(locale, 'welcome.title'),
    intro: t(locale, 'welcome.intro'),
    privacy: t(locale, 'welcome.privacy'),
    start: t(locale, 'welcome.start'),
    helpButton: t(locale, 'welcome.helpCommand'),
    helpCommand: t(locale, 'welcome.helpCommand'),
    verb: COMMAND_VERB,
  });
}
