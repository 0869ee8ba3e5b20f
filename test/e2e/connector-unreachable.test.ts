import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as net from 'node:net';
import { startHarness, Harness } from '../support/botHarness';
import { freePort } from '../support/faultyStore';
import { messageActivity, makeUser } from '../support/activities';

/**
 * Teams' side cannot be reached (the activity's serviceUrl refuses or drops connections). That is not a
 * database outage: the log must say so, the user must not be told the database is down, and the turn must
 * give up after one quick retry instead of the HTTP pipeline's three exponential ones (9–11 s in a turn slot).
 * Time is not measured; the connection attempts are counted.
 */
const alice = makeUser(1, 'Alice Fagperson');

/** A TCP endpoint that accepts and at once drops every connection (ECONNRESET for the bot), counting them. */
async function startDropper(): Promise<{ url: string; connections: () => number; close: () => Promise<void> }> {
  let connections = 0;
  const server = net.createServer((socket) => {
    connections++;
    socket.resetAndDestroy();
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as net.AddressInfo).port}/`,
    connections: () => connections,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

describe('an unreachable Teams endpoint', () => {
  let h: Harness;
  const lines: string[] = [];
  const events = () => lines.map((l) => JSON.parse(l) as Record<string, unknown>);
  beforeAll(async () => {
    h = await startHarness({ env: { LOG_LEVEL: 'info' }, logLines: lines });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('a dropped connection: one quick retry, then given up; logged as Teams unreachable, not as the database', async () => {
    const dropper = await startDropper();
    try {
      lines.length = 0;
      const res = await h.post(messageActivity({ serviceUrl: dropper.url, conversationId: '19:dropped@thread.v2' }, alice, 'hjelp'));
      expect(res.status).toBe(200);
      // The help card: first try and one retry. No error reply to the same dead endpoint.
      expect(dropper.connections()).toBe(2);
      const failed = events().filter((e) => e.level === 'error' || e.level === 'warn');
      expect(failed.map((e) => e.event)).toEqual(['turn.connector_unavailable']);
      expect(failed[0].reason).toBe('ECONNRESET');
      expect(lines.join('\n')).not.toMatch(/store_unavailable/);
    } finally {
      await dropper.close();
    }
  });

  it('a refused connection is reported the same way, and the bot serves the next turn normally', async () => {
    lines.length = 0;
    const closed = await freePort();
    const res = await h.post(messageActivity({ serviceUrl: `http://127.0.0.1:${closed}/`, conversationId: '19:refused@thread.v2' }, alice, 'hjelp'));
    expect(res.status).toBe(200);
    const failed = events().filter((e) => e.level === 'error' || e.level === 'warn');
    expect(failed.map((e) => [e.event, e.reason])).toEqual([['turn.connector_unavailable', 'ECONNREFUSED']]);

    h.connector.clear();
    const ok = await h.post(messageActivity({ serviceUrl: h.connector.url, conversationId: '19:fine@thread.v2' }, alice, 'hjelp'));
    expect(ok.status).toBe(200);
    expect(h.connector.sent('19:fine@thread.v2')).toHaveLength(1);
  });

  it('a store outage is still reported as the database (the two are told apart, not merged)', async () => {
    const { isStoreUnavailable, isConnectorUnavailable, ConnectorUnavailableError } = await import('../../src/bot/errors');
    const fromConnector = new ConnectorUnavailableError('ECONNREFUSED');
    expect(isConnectorUnavailable(fromConnector)).toBe(true);
    expect(isStoreUnavailable(fromConnector)).toBe(false);
    expect(isStoreUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:8081'), { code: 'ECONNREFUSED' }))).toBe(true);
  });
});
