import { Storage, TurnContext } from 'botbuilder';
import { TurnState } from '@microsoft/teams-ai';

/**
 * teams-ai turn state, held in memory for the turn only. No job keeps anything in teams-ai's conversation or
 * user state: every job stores its own documents (cases, votes, the language choice) with ETags, and a card
 * action carries its own ids. Loading and saving the stored scopes cost two store reads (and often a write)
 * on every turn, and at a help turn or a compose-box search that was most of the turn's work, so the stored
 * scopes are never read or written: a job that wants to remember something keeps it in its own document.
 */
export class BotTurnState extends TurnState {
  override load(context: TurnContext, _storage?: Storage): Promise<boolean> {
    return super.load(context, undefined);
  }

  override save(context: TurnContext, _storage?: Storage): Promise<void> {
    return super.save(context, undefined);
  }
}
