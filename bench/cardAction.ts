import { ConnectorStandIn } from '../test/support/connector';
import { executeActivity, makeUser, TestUser } from '../test/support/activities';
import { openAvklaring } from '../test/support/avklaringFlow';

/**
 * Scenario (d): BTI-bot's state-changing card action — an agreement on the shared avklaringsmøte card
 * ("avklaring.agree"). Set-up goes through ordinary activities (form → recommendation → start → two
 * proposals); under load, ten rotating participants move their agreement between the two proposals, so every
 * press reads the avklaring, its votes and proposals, writes the participant's vote (ETag), bumps the card
 * version, re-renders and updates the shared card for everyone (PUT to the connector stand-in).
 */
export interface CardActionScenario {
  label: string;
  setup(botUrl: string, sinkUrl: string): Promise<() => object>;
  /** Checks after a load level; returns problems as notes. */
  verify?(): Promise<string[]>;
}

const TEAM = Array.from({ length: 12 }, (_, i) => makeUser(i + 1, `Fagperson ${i + 1}`));

export const CARD_ACTION_SCENARIO: CardActionScenario | undefined = {
  label: 'agreement on the shared avklaring card',
  async setup(botUrl, sinkUrl) {
    const connector = await new ConnectorStandIn().start();
    try {
      const conversationId = `19:bench-avklaring-${Date.now()}@thread.v2`;
      const s = await openAvklaring(botUrl, connector, conversationId, TEAM);
      let n = 0;
      // Users 3..12 press in turn; each press moves that user's agreement to the other proposal.
      const flips = new Map<string, number>();
      return () => {
        const user = TEAM[2 + (n++ % (TEAM.length - 2))];
        const k = (flips.get(user.id) ?? 0) + 1;
        flips.set(user.id, k);
        return executeActivity({ ...s.opts, serviceUrl: sinkUrl }, user, 'avklaring.agree', { avklaringId: s.avklaringId, cardVersion: 1, proposalId: s.proposals[k % 2] }, s.sharedId);
      };
    } finally {
      await connector.stop();
    }
  },
};

/** The same card action for the in-process memory driver (bench/turns.ts). */
export type InProcessTurns = (
  bot: import('../src/bot/app').Bot,
  deps: import('../src/bot/deps').BotDeps,
  conv: { serviceUrl: string; conversationId: string },
) => Promise<{ label: string; activity(user: TestUser, i: number): object; verify?(turns: number): Promise<void> }>;

export const IN_PROCESS_TURNS: InProcessTurns | undefined = undefined;
