import { ActivityTypes, Storage, TurnContext } from 'botbuilder';
import { TurnState } from '@microsoft/teams-ai';

/**
 * teams-ai turn state, kept in Cosmos (container `botstate`) for conversations, but not read or written for
 * Adaptive Card actions: every card action carries its own ids and reads its documents directly, so the two
 * state reads per press were pure cost, and on a shared card a crowd presses at once. Skipping the save as
 * well matters: a save after a skipped load would overwrite the stored state with an empty one.
 */
export class BotTurnState extends TurnState {
  override load(context: TurnContext, storage?: Storage): Promise<boolean> {
    return super.load(context, usesStoredState(context) ? storage : undefined);
  }

  override save(context: TurnContext, storage?: Storage): Promise<void> {
    return super.save(context, usesStoredState(context) ? storage : undefined);
  }
}

export function usesStoredState(context: TurnContext): boolean {
  const a = context.activity;
  return !(a.type === ActivityTypes.Invoke && a.name === 'adaptiveCard/action');
}
