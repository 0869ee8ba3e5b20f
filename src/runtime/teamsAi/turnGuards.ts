import { ActivityTypes, type TurnContext } from 'botbuilder';
import { turnLanguage } from '../../domain/language';
import { t, type Locale } from '../../i18n';
import type { LanguagePreferenceRepository } from '../../store/preferences';
import type { BotDeps } from '../../bot/deps';
import { actorId, teamsLocale } from '../../bot/turn';
import { COMMAND_VERB, commandOf } from '../../bot/help';
import { respondWithMessage } from '../../bot/cardResponses';

/**
 * What runs before every turn, read off the botbuilder activity: the clues for the reply language (the rule is
 * turnLanguage in src/domain/language.ts) and the short refusal a stopped turn answers with.
 */

/** The reply language of this turn: the person's choice, their words, the card pressed, Teams, the default. */
export async function decideTurnLocale(context: TurnContext, deps: BotDeps, prefs: LanguagePreferenceRepository): Promise<Locale> {
  const actor = actorId(context);
  const chosen = actor ? await prefs.get(actor) : undefined;
  if (chosen) return chosen;
  return turnLanguage({ words: wordsOf(context), card: cardLocale(context), client: teamsLocale(context, deps.config.defaultLocale) });
}

/** The Action.Execute press of this activity, when it is one: its verb and action data. */
function pressed(context: TurnContext): { verb?: unknown; data?: unknown } | undefined {
  const a = context.activity;
  if (a.type !== ActivityTypes.Invoke || a.name !== 'adaptiveCard/action') return undefined;
  return (a.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action ?? {};
}

/**
 * The language of the card a button was pressed on, when its template puts it into the action data
 * (`"locale": "${locale}"`): a form answered in the language it was shown in, whatever Teams' locale says.
 */
function cardLocale(context: TurnContext): Locale | undefined {
  const data = pressed(context)?.data as { locale?: unknown } | undefined;
  const locale = data?.locale;
  return locale === 'nb' || locale === 'en' ? locale : undefined;
}

/** What the person wrote: the message text, or the command a help-card button stands for. */
function wordsOf(context: TurnContext): string | undefined {
  const a = context.activity;
  if (a.type === ActivityTypes.Message) return typeof a.text === 'string' ? a.text : undefined;
  return pressed(context)?.verb === COMMAND_VERB ? commandOf(context)?.command : undefined;
}

export async function warnAboutIdNumber(context: TurnContext, locale: Locale): Promise<void> {
  await refuse(context, t(locale, 'privacy.idNumber'));
}

/** Answers any activity (message, card action, message-extension query) with a short text and nothing else. */
export async function refuse(context: TurnContext, text: string): Promise<void> {
  const a = context.activity;
  if (a.type !== ActivityTypes.Invoke) {
    await context.sendActivity(text);
    return;
  }
  if (a.name === 'composeExtension/query') {
    await context.sendActivity({
      type: ActivityTypes.InvokeResponse,
      value: { status: 200, body: { composeExtension: { type: 'message', text } } },
    });
    return;
  }
  await respondWithMessage(context, text);
}
