import { TurnContext } from 'botbuilder';
import { TurnState } from '@microsoft/teams-ai';
import { Locale } from '../../i18n';
import { normalizeText } from '../../actions/input';

/**
 * Free-text routing. Each job registers intents; the first match in priority order handles the message.
 * Lower priority numbers go first (the emergency path is 0; help is last).
 */
export interface TextIntent {
  name: string;
  priority: number;
  matches(text: string): boolean;
  handle(context: TurnContext, state: TurnState, text: string, locale: Locale): Promise<void>;
}

export class IntentRouter {
  private intents: TextIntent[] = [];

  add(intent: TextIntent): this {
    this.intents.push(intent);
    this.intents.sort((a, b) => a.priority - b.priority);
    return this;
  }

  find(text: string): TextIntent | undefined {
    const normalized = normalizeText(text);
    return this.intents.find((i) => i.matches(normalized));
  }

  /** A job's intent by name, so a free-text or button route can run it as if its command was typed. */
  get(name: string): TextIntent | undefined {
    return this.intents.find((i) => i.name === name);
  }

  names(): string[] {
    return this.intents.map((i) => i.name);
  }
}
