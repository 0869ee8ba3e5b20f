import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { StoppableStore, FaultProxy } from '../support/faultyStore';
import { messageActivity, executeActivity, makeUser } from '../support/activities';

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

const timed = async <T>(label: string, f: () => Promise<T>): Promise<T> => {
  const t0 = Date.now();
  const out = await f();
  console.log(`[fault-store] ${label}: ${Date.now() - t0} ms`);
  return out;
};

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
    const res = await timed('message turn with the store down', () => h.post(messageActivity(conv(), alice, 'hjelp')));
    expect(res.status).toBe(200);
    const texts = textsSent(h);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/får ikke kontakt med databasen/);

    const invoke = await timed('card action with the store down', () => h.post(executeActivity(conv(), alice, 'no.such.verb', {})));
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
    store = await StoppableStore.start();
    proxy = await new FaultProxy({ host: '127.0.0.1', port: store.port }).start();
    h = await startHarness({ env: { COSMOS_ENDPOINT: proxy.url, COSMOS_KEY: store.key } });
  });
  afterAll(async () => {
    await h?.stop();
    await proxy?.stop();
    await store?.close();
  });

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
    await timed('turn with the store hanging', () => h.post(messageActivity(conv(), alice, 'hjelp')));
    const texts = textsSent(h);
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/får ikke kontakt med databasen/);
    proxy.hang(false);
    h.connector.clear();
    await h.post(messageActivity(conv(), alice, 'hjelp'));
    expect(h.connector.cards(conversationId)).toHaveLength(1);
  });
});
