import type { CardAction, SearchCommand, TextCommand, Turn } from './types';

/** Runs a command no job registered here (one still on the runtime's own router); false when there is none. */

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

  /**
   * Runs the command called `name` as if `text` was typed in this turn (the free-text router and the help
   * card's buttons hand a question to the job that owns it this way). False when no job has that command.
   */
  async runCommand(name: string, text: string, turn: Turn): Promise<boolean> {
    const command = this.commands.find((c) => c.name === name);
    if (command) {
      await command.run(text, turn);
      return true;
    }
    return false;
  }

  searchCommands(): SearchCommand[] {
    return [...this.searches.values()];
  }
}
