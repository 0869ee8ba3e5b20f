import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { StoppableStore, FaultProxy } from '../support/faultyStore';
import { messageActivity, executeActivity, makeUser } from '../support/activities';
import { openAvklaring } from '../support/avklaringFlow';
import { timer } from '../support/timed';
import { avklaringDocSchema, avklaringVoteSchema, avklaringProposalSchema } from '../../src/store/avklaring';
import { caseDocSchema } from '../../src/store/cases';

/**
 * The database fails under the bot: it stops (and comes back on the same address), it throttles (429), or the
 * network swallows requests. Users must get a clear answer, nothing half-written, and the bot recovers alone.
 * Durations are printed, not asserted.
 */
const alice = makeUser(1, 'Alice Fagperson');
const conversationId = '19:fault-store@thread.v2';

async function waitFor(check: () => Promise<boolean>, tries = 200, everyMs = 50): Promise<boolean> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

/** Text messages the bot sent (typing indicators left out: the adapter sends them while a turn is slow). */
const textsSent = (h: Harness) =>
  h.connector
    .sent(conversationId)
    .filter((c) => c.body.type === 'message' && typeof c.body.text === 'string')
    .map((c) => c.body.text as string);

const timed = timer('fault-store');

/** A bot whose store sits behind a FaultProxy (which can throttle, swallow requests or cut the store). */
async function startBehindFaultProxy(): Promise<{ store: StoppableStore; proxy: FaultProxy; h: Harness }> {
  const store = await StoppableStore.start();
  const proxy = await new FaultProxy({ host: '127.0.0.1', port: store.port }).start();
  const h = await startHarness({ env: { COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: store.key } });
  return { store, proxy, h };
}

/** Stops what startBehindFaultProxy started, also when it stopped half-way (the fields left undefined). */
async function stopBehindFaultProxy(started: { store?: StoppableStore; proxy?: FaultProxy; h?: Harness }): Promise<void> {
  await started.h?.stop();
  await started.proxy?.stop();
  await started.store?.close();
}

describe('store stopped mid-run, then back on the same address', () => {
  let store: StoppableStore;
  let h: Harness;
  const conv = () => ({ serviceUrl: h.connector.url, conversationId });

  beforeAll(async () => {
    store = await StoppableStore.start();
    h = await startHarness({ env: { COSMOS_ENDPOINT: store.endpoint, COSMOS_KEY: store.key } });
  });
  afterAll(async () => {
    await h?.stop();
    await store?.close();
  });

  it('answers normally while the store is up', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv(), alice, 'hjelp'));
    expect(JSON.stringify(h.connector.cards(conversationId)[0])).toContain('Dette kan jeg hjelpe med');
    expect((await fetch(`${h.bot.url}/readyz`)).status).toBe(200);
  });

  it('tells the user in plain Norwegian that the database is unreachable, and /readyz says 503', async () => {
    const before = await store.dump('cases');
    await store.down();
    h.connector.clear();
    // A command that reads the store (the help card needs none: it keeps answering while the store is down).
    const res = await timed('message turn with the store down', () => h.post(messageActivity(conv(), alice, 'saker')));
    expect(res.status).toBe(200);
    const texts = textsSent(h);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/får ikke kontakt med databasen/);
    h.connector.clear();
    await h.post(messageActivity(conv(), alice, 'hjelp'));
    expect(JSON.stringify(h.connector.cards(conversationId)[0])).toContain('Dette kan jeg hjelpe med');
    expect(textsSent(h)).toHaveLength(0);

    // A card action that must read its avklaring (card actions carry their ids; no turn state is read for them).
    const invoke = await timed('card action with the store down', () =>
      h.post(executeActivity(conv(), alice, 'avklaring.agree', { avklaringId: 'a'.repeat(24), cardVersion: 1, proposalId: 'b'.repeat(16) })),
    );
    expect(invoke.status).toBe(200);
    expect(invoke.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(invoke.body.value).toMatch(/får ikke kontakt med databasen/);

    const ready = await timed('/readyz with the store down', () => fetch(`${h.bot.url}/readyz`));
    expect(ready.status).toBe(503);
    expect(await ready.json()).toEqual({ status: 'store_unavailable' });
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);

    await store.up();
    expect(await store.dump('cases')).toEqual(before);
  });

  it('recovers by itself when the store is back: /readyz 200 and turns answer again', async () => {
    expect(await waitFor(async () => (await fetch(`${h.bot.url}/readyz`)).status === 200)).toBe(true);
    h.connector.clear();
    await h.post(messageActivity(conv(), alice, 'hjelp'));
    expect(JSON.stringify(h.connector.cards(conversationId)[0])).toContain('Dette kan jeg hjelpe med');
  });
});

describe('store throttling (429) and a network that swallows requests', () => {
  let store: StoppableStore;
  let proxy: FaultProxy;
  let h: Harness;
  const conv = () => ({ serviceUrl: h.connector.url, conversationId });

  beforeAll(async () => {
    ({ store, proxy, h } = await startBehindFaultProxy());
  });
  afterAll(() => stopBehindFaultProxy({ store, proxy, h }));

  it('retries a short burst of 429s with the server back-off, and the user sees no error', async () => {
    h.connector.clear();
    proxy.throttleNext(6, 30);
    const throttledBefore = proxy.throttled;
    await timed('turn through 6 throttled store requests', () => h.post(messageActivity(conv(), alice, 'hjelp')));
    expect(proxy.throttled - throttledBefore).toBe(6);
    const cards = h.connector.cards(conversationId);
    expect(cards).toHaveLength(1);
    expect(JSON.stringify(cards[0])).toContain('Dette kan jeg hjelpe med');
    expect(textsSent(h)).toHaveLength(0);
  });

  it('keeps 20 concurrent turns error-free through a burst of 40 throttled requests', async () => {
    h.connector.clear();
    proxy.throttleNext(40, 25);
    const users = Array.from({ length: 20 }, (_, i) => makeUser(100 + i));
    await timed('20 concurrent turns through 40 throttled requests', () => Promise.all(users.map((u) => h.post(messageActivity(conv(), u, 'hjelp')))));
    expect(proxy.throttled).toBeGreaterThanOrEqual(46);
    expect(h.connector.cards(conversationId)).toHaveLength(20);
    expect(textsSent(h)).toHaveLength(0);
  });

  it('answers a clear message when the store does not answer at all, and recovers', async () => {
    proxy.hang(true);
    h.connector.clear();
    await timed('turn with the store hanging', () => h.post(messageActivity(conv(), alice, 'saker')));
    const texts = textsSent(h);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/får ikke kontakt med databasen/);
    proxy.hang(false);
    h.connector.clear();
    await h.post(messageActivity(conv(), alice, 'hjelp'));
    expect(h.connector.cards(conversationId)).toHaveLength(1);
  });
});

describe('store unreachable while a crowd is pressing on a shared card', () => {
  let store: StoppableStore;
  let proxy: FaultProxy;
  let h: Harness;

  beforeAll(async () => {
    ({ store, proxy, h } = await startBehindFaultProxy());
  });
  afterAll(() => stopBehindFaultProxy({ store, proxy, h }));

  it('answers every press (card or the clear message), leaves no half-written document, and recovers', async () => {
    const users = Array.from({ length: 12 }, (_, i) => makeUser(700 + i, `Deltaker ${i + 1}`));
    const s = await openAvklaring(h.bot.url, h.connector, '19:fault-crowd@thread.v2', users);
    const owner = 'conv:19:fault-crowd@thread.v2';
    const presses = Array.from({ length: 60 }, (_, i) => {
      const j = 2 + (i % 10);
      return executeActivity(s.opts, users[j], 'avklaring.agree', { avklaringId: s.avklaringId, cardVersion: 1, proposalId: s.proposals[j % 2] }, s.sharedId);
    });
    let done = 0;
    const pending = presses.map((p) =>
      h.post(p).then((r) => {
        done++;
        return r;
      }),
    );
    // Cut the store once some presses have been answered and the rest are in flight.
    await waitFor(async () => done >= 8, 1000, 5);
    await proxy.down();
    const results = await timed('60 presses with the store cut mid-run', () => Promise.all(pending));
    const cards = results.filter((r) => r.body?.type === 'application/vnd.microsoft.card.adaptive').length;
    console.log(`[fault-store] answered with a card: ${cards}, with the store message: ${results.length - cards}`);
    for (const r of results) {
      expect(r.status).toBe(200);
      if (r.body.type !== 'application/vnd.microsoft.card.adaptive') expect(r.body.value).toMatch(/får ikke kontakt med databasen/);
    }
    expect((await fetch(`${h.bot.url}/readyz`)).status).toBe(503);

    await proxy.up();
    expect(await waitFor(async () => (await fetch(`${h.bot.url}/readyz`)).status === 200)).toBe(true);
    // Every stored document is whole (valid against its schema) and consistent with the others.
    const docs = await store.dump('cases', owner);
    for (const d of docs) {
      const schema = { case: caseDocSchema, avklaring: avklaringDocSchema, 'avklaring-vote': avklaringVoteSchema, 'avklaring-proposal': avklaringProposalSchema }[String(d.type)];
      if (schema) schema.parse(d);
    }
    const votes = docs.filter((d) => d.type === 'avklaring-vote').map((d) => avklaringVoteSchema.parse(d));
    for (const v of votes) {
      const j = users.findIndex((u) => u.aadObjectId === v.actorId);
      expect(v.agreesWith).toBe(s.proposals[j % 2]);
    }
    // A press answered with a card was stored.
    presses.forEach((p, i) => {
      if (results[i].body.type === 'application/vnd.microsoft.card.adaptive') expect(votes.some((v) => v.actorId === p.from.aadObjectId)).toBe(true);
    });
    // And the bot works again by itself: the same presses now all succeed.
    const again = await Promise.all(presses.slice(0, 10).map((p) => h.post({ ...p, id: `${p.id}-again` })));
    for (const r of again) expect(r.body.type).toBe('application/vnd.microsoft.card.adaptive');
  });
});
