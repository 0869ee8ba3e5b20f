import type { CardAction, SearchCommand, TextCommand } from './types';

/**
 * What the jobs registered: card actions by verb, typed commands by priority, message-extension searches.
 * A runtime reads it once at start-up and routes its SDK's activities to these entries.
 */
export class ActionRegistry {
  private readonly actions = new Map<string, CardAction<unknown>>();
  private readonly commands: TextCommand[] = [];
  private readonly searches = new Map<string, SearchCommand>();

  action<I>(action: CardAction<I>): this {
    if (this.actions.has(action.verb)) throw new Error(`card action ${action.verb} registered twice`);
    // Stored without its input type: the registry hands the raw data back to the same action's schema.
    this.actions.set(action.verb, action as CardAction<unknown>);
    return this;
  }

  text(command: TextCommand): this {
    this.commands.push(command);
    this.commands.sort((a, b) => a.priority - b.priority);
    return this;
  }

  search(command: SearchCommand): this {
    this.searches.set(command.commandId, command);
    return this;
  }

  cardActions(): CardAction<unknown>[] {
    return [...this.actions.values()];
  }

  textCommands(): readonly TextCommand[] {
    return this.commands;
  }

  searchCommands(): SearchCommand[] {
    return [...this.searches.values()];
  }
}
