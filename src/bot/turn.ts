import { CardFactory, TurnContext } from 'botbuilder';
import { Locale, localeFrom } from '../i18n';
import { AdaptiveCardJson } from '../cards/render';
import { ConversationRepository } from '../store/conversations';
import type { TurnSlot } from '../turnLimiter';

/** Where the turn's decided reply language is kept (see decideLocale in src/bot/pipeline.ts). */
export const TURN_LOCALE_KEY = Symbol('turnLocale');

/**
 * The language to answer this turn in: the one decided for the turn (the person's choice, or the language
 * they wrote in), else Teams' client language.
 */
export function turnLocale(context: TurnContext, fallback: Locale): Locale {
  return (context.turnState.get(TURN_LOCALE_KEY) as Locale | undefined) ?? teamsLocale(context, fallback);
}

/** Teams' client language: on the activity, or in its clientInfo entity (some activities carry only that). */
export function teamsLocale(context: TurnContext, fallback: Locale): Locale {
  const a = context.activity;
  // Activities are input: any field may be missing or of the wrong type.
  const entities: unknown[] = Array.isArray(a.entities) ? a.entities : [];
  const clientInfo = entities.find((e) => !!e && typeof e === 'object' && (e as { type?: unknown }).type === 'clientInfo') as { locale?: unknown } | undefined;
  const fromEntity = typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined;
  return localeFrom(typeof a.locale === 'string' ? a.locale : fromEntity, fallback);
}

/** The acting user's Entra object id; card actions are authorised on this, never on display names. */
export function actorId(context: TurnContext): string | undefined {
  return context.activity.from?.aadObjectId ?? undefined;
}

export async function replyWithCard(context: TurnContext, card: AdaptiveCardJson): Promise<string | undefined> {
  const response = await context.sendActivity({ attachments: [CardFactory.adaptiveCard(card)] });
  return response?.id;
}

/** The owning scope of a case: the team when in a channel, otherwise the chat. Used as the partition key. */
export function ownerScope(context: TurnContext): string {
  const channelData = context.activity.channelData as { team?: { id?: string } } | undefined;
  const teamId = channelData?.team?.id;
  return teamId ? `team:${teamId}` : `conv:${context.activity.conversation.id}`;
}

/** Remembers where this conversation is, so reminders can be sent to it later. */
export async function rememberConversation(context: TurnContext, conversations: ConversationRepository, locale: Locale, now: Date): Promise<void> {
  await conversations.save(TurnContext.getConversationReference(context.activity), ownerScope(context), locale, now);
}

/** Where the server leaves the turn's place in the turn limiter (src/turnLimiter.ts). */
export const TURN_SLOT_KEY = Symbol('turnSlot');

/** Gives up this turn's place in the turn limiter: call only when the rest of the turn does no store work of its own. */
export function releaseTurnSlot(context: TurnContext): void {
  (context.turnState.get(TURN_SLOT_KEY) as TurnSlot | undefined)?.release();
}
