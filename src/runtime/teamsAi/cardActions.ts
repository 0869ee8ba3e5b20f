import { TurnContext } from 'botbuilder';

/** Reading an Action.Execute press: the same for every job's cards. */

/** The data of an Action.Execute press: action.data merged with the card inputs (Teams merges them). */
export function actionData(context: TurnContext): Record<string, unknown> {
  const value = context.activity.value as { action?: { data?: unknown } } | undefined;
  const data = value?.action?.data;
  return data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
}

/** True for a card's automatic refresh (Universal Actions), which must never write or update anything. */
export function isAutomatic(context: TurnContext): boolean {
  return (context.activity.value as { trigger?: string } | undefined)?.trigger === 'automatic';
}
