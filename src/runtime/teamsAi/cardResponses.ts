import { TurnContext, CardFactory, MessageFactory, ActivityTypes, InvokeResponse } from 'botbuilder';
import { AdaptiveCardJson } from '../../cards/render';
import { isAutomatic } from './cardActions';

/**
 * Answers an Action.Execute ourselves instead of through teams-ai's response types, so we decide when the
 * shared message is updated: only when something changed and the press was a user's, never on an
 * automatic refresh (that would start a refresh loop for everybody who has the card open).
 */
export async function respondWithCard(context: TurnContext, card: AdaptiveCardJson, opts: { updateShared: boolean }): Promise<void> {
  if (opts.updateShared && !isAutomatic(context)) await updateSharedCard(context, card);
  await sendInvoke(context, { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card });
}

/** Replaces the message the pressed card belongs to (the press's replyToId) with `card`, for everyone. */
export async function updateSharedCard(context: TurnContext, card: AdaptiveCardJson): Promise<void> {
  if (!context.activity.replyToId) return;
  const activity = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  activity.id = context.activity.replyToId;
  await context.updateActivity(activity);
}

export async function respondWithMessage(context: TurnContext, message: string): Promise<void> {
  await sendInvoke(context, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message });
}

async function sendInvoke(context: TurnContext, body: unknown): Promise<void> {
  const response: InvokeResponse = { status: 200, body };
  await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: response });
}
