import { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { Locale, t } from '../i18n';
import { renderCard } from '../cards/render';
import { replyWithCard } from './turn';

/**
 * The verb of every "command" button (help and welcome cards): the button stands for a typed command and is
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
export function commandOf(context: TurnContext): CommandData | undefined {
  const value = context.activity.value as { action?: { data?: unknown } } | undefined;
  const parsed = commandDataSchema.safeParse(value?.action?.data);
  return parsed.success ? parsed.data : undefined;
}

export function helpCard(locale: Locale) {
  const job = (prefix: 'avklaring' | 'meetings' | 'referat' | 'guidance') => ({
    title: t(locale, `help.${prefix}.title`),
    text: t(locale, `help.${prefix}.text`),
    command: t(locale, `help.${prefix}.command`),
    verb: COMMAND_VERB,
  });
  return renderCard('help', {
    title: t(locale, 'help.title'),
    intro: t(locale, 'help.intro'),
    jobs: [job('avklaring'), job('meetings'), job('referat'), job('guidance')],
    privacy: t(locale, 'help.privacy'),
  });
}

export function welcomeCard(locale: Locale) {
  return renderCard('welcome', {
    title: t(locale, 'welcome.title'),
    intro: t(locale, 'welcome.intro'),
    privacy: t(locale, 'welcome.privacy'),
    start: t(locale, 'welcome.start'),
    helpButton: locale === 'en' ? 'help' : 'hjelp',
    helpCommand: locale === 'en' ? 'help' : 'hjelp',
    verb: COMMAND_VERB,
  });
}

export async function sendHelp(context: TurnContext, locale: Locale): Promise<void> {
  await replyWithCard(context, helpCard(locale));
}
