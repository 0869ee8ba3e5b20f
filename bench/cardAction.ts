import { ConnectorStandIn } from '../test/support/connector';
import { executeActivity, makeUser, TestUser } from '../test/support/activities';
import { openAvklaring } from '../test/support/avklaringFlow';
import { AvklaringDoc, AvklaringRepository, proposalIdFor } from '../src/store/avklaring';
import { Mutation } from '../src/store/documents';

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

/**
 * Scenario (f): single presses — the same agreement, but every press on another avklaring card (one open
 * avklaring in each of CARDS group chats, taken in turn), so no two presses in flight share a card and each is
 * committed on its own: the cost of one press, without the grouping a crowd on one card gets.
 */
const CARDS = 12;
export const SINGLE_PRESS_SCENARIO: CardActionScenario = {
  label: 'agreements, each press on another avklaring card',
  async setup(botUrl, sinkUrl) {
    const connector = await new ConnectorStandIn().start();
    try {
      const stamp = Date.now();
      const cards: Awaited<ReturnType<typeof openAvklaring>>[] = [];
      for (let c = 0; c < CARDS; c++) cards.push(await openAvklaring(botUrl, connector, `19:bench-single-${stamp}-${c}@thread.v2`, TEAM));
      let n = 0;
      const flips = new Map<string, number>();
      return () => {
        const card = cards[n % CARDS]!;
        const user = TEAM[2 + (Math.floor(n / CARDS) % (TEAM.length - 2))]!;
        n++;
        const key = `${card.avklaringId}:${user.id}`;
        const k = (flips.get(key) ?? 0) + 1;
        flips.set(key, k);
        return executeActivity({ ...card.opts, serviceUrl: sinkUrl }, user, 'avklaring.agree', { avklaringId: card.avklaringId, cardVersion: 1, proposalId: card.proposals[k % 2] }, card.sharedId);
      };
    } finally {
      await connector.stop();
    }
  },
};

/** The same card action for an in-process driver (bench/growth.ts). */
export type InProcessTurns = (
  bot: import('../src/runtime/teamsAi/app').Bot,
  deps: import('../src/bot/deps').BotDeps,
  conv: { serviceUrl: string; conversationId: string },
) => Promise<{ label: string; activity(user: TestUser, i: number): object; verify?(turns: number): Promise<void> }>;

/**
 * For the growth table: the same agreement presses, in-process. The open avklaring is seeded through the
 * repositories (the in-process adapter has no roster to start it from a form); participants 1 and 2 hold
 * opposite proposals so it stays open, and participants 3–12 move their agreement back and forth.
 */
export const IN_PROCESS_TURNS: InProcessTurns = async (bot, deps, conv) => {
  const owner = `conv:${conv.conversationId}`;
  const avklaringId = 'bec0'.padEnd(24, '0');
  const repo = new AvklaringRepository(deps.store);
  const now = new Date().toISOString();
  const participants = TEAM.map((u) => ({ aadObjectId: u.aadObjectId, name: u.name, teamsId: u.id }));
  await repo.update(owner, avklaringId, (): Mutation<AvklaringDoc, void> => ({
    kind: 'write',
    doc: {
      id: '', pk: owner, type: 'avklaring', ops: [], avklaringId, caseRef: 'BTI-2026-0001', profileId: 'tromso-2025', conversationId: conv.conversationId,
      createdAt: now, createdBy: TEAM[0]!.aadObjectId, answers: { services: [{ serviceId: 'skole-barnehage' }, { serviceId: 'fysio-ergo' }] },
      recommendation: { planNeeded: true, planKind: 'tverrfaglig-plan', suggestedServiceId: 'skole-barnehage', rankedServiceIds: ['skole-barnehage', 'fysio-ergo'] },
      status: 'open', version: 1, participants, sharedActivityId: 'bench-shared-card', convenerId: TEAM[0]!.aadObjectId,
    },
    result: undefined,
  }));
  const services = ['skole-barnehage', 'fysio-ergo'];
  const proposals = services.map((serviceId, k) => proposalIdFor(TEAM[k]!.aadObjectId, serviceId));
  for (let k = 0; k < 2; k++) {
    const proposedBy = TEAM[k]!.aadObjectId;
    await repo.updateProposal(owner, avklaringId, proposals[k]!, () => ({
      kind: 'write',
      doc: { id: '', pk: owner, type: 'avklaring-proposal', ops: [], avklaringId, caseRef: 'BTI-2026-0001', proposalId: proposals[k]!, serviceId: services[k]!, proposedBy, createdAt: now },
      result: undefined,
    }));
    await repo.updateVote(owner, avklaringId, proposedBy, () => ({
      kind: 'write',
      doc: { id: '', pk: owner, type: 'avklaring-vote', ops: [], avklaringId, caseRef: 'BTI-2026-0001', actorId: proposedBy, agreesWith: proposals[k], cannotTake: false, updatedAt: now },
      result: undefined,
    }));
  }
  return {
    label: 'agreements on one shared avklaring card',
    activity(_user, i) {
      // The driver sends these on every second turn; n counts our own presses.
      const n = Math.floor(i / 2);
      const user = TEAM[2 + (n % (TEAM.length - 2))]!;
      return executeActivity({ ...conv, conversationType: 'groupChat' }, user, 'avklaring.agree', { avklaringId, cardVersion: 1, proposalId: proposals[Math.floor(n / 10) % 2] }, 'bench-shared-card');
    },
    async verify() {
      const doc = await repo.get(owner, avklaringId);
      const votes = await repo.votes(owner, avklaringId);
      if (doc?.status !== 'open' || votes.length !== TEAM.length) throw new Error(`in-process presses: avklaring ${doc?.status}, ${votes.length} votes`);
    },
  };
};
