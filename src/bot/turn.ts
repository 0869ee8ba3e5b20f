import { CardFactory, TurnContext } from 'botbuilder';
import { Locale, localeFrom } from '../i18n';
import { AdaptiveCardJson } from '../cards/render';
import { ConversationRepository } from '../store/conversations';

/** The conversation language: Teams puts the user's client language on the activity. */
export function turnLocale(context: TurnContext, fallback: Locale): Locale {
  return localeFrom(context.activity.locale, fallback);
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
