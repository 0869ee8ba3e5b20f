/**
 * Scenario (d): BTI-bot's state-changing card action. `setup` prepares a case against a fresh bot (through
 * ordinary activities) and returns a body factory: every request a fresh activity id and a rotating member.
 */
export interface CardActionScenario {
  label: string;
  setup(botUrl: string, sinkUrl: string): Promise<() => object>;
  /** Checks after a load level (counts in the store); returns problems as notes. */
  verify?(): Promise<string[]>;
}

export const CARD_ACTION_SCENARIO: CardActionScenario | undefined = undefined;

/** The same card action for the in-process memory driver (bench/turns.ts), when one exists. */
export type InProcessTurns = (
  bot: import('../src/bot/app').Bot,
  deps: import('../src/bot/deps').BotDeps,
  conv: { serviceUrl: string; conversationId: string },
) => Promise<{ label: string; activity(user: import('../test/support/activities').TestUser, i: number): object; verify?(turns: number): Promise<void> }>;

export const IN_PROCESS_TURNS: InProcessTurns | undefined = undefined;
