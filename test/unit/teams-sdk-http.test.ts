import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as http from 'node:http';
import type { AddressInfo } from 'node:net';
import { connectorHttpClient } from '../../src/runtime/teamsSdk/http';
import { ConnectorUnavailableError } from '../../src/bot/errors';
import { freePort } from '../support/faultyStore';

/** The Teams SDK runtime's client for calls to Teams, against a local server that answers what each test sets. */
describe('teams-sdk connector client', () => {
  let server: http.Server;
  let url = '';
  let answers: Array<{ status: number; headers?: Record<string, string> }> = [];
  const seen: Array<{ ua: string }> = [];

  beforeAll(async () => {
    server = http.createServer((req, res) => {
      seen.push({ ua: String(req.headers['user-agent'] ?? '') });
      const next = answers.shift() ?? { status: 200 };
      res.writeHead(next.status, { 'content-type': 'application/json', ...next.headers });
      res.end(JSON.stringify({ id: 'msg-1' }));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise<void>((r) => server.close(() => r())));

  it('names BTI-bot first in the User-Agent and retries 429 and 503 until Teams takes the call', async () => {
    seen.length = 0;
    answers = [{ status: 429 }, { status: 429, headers: { 'retry-after': '0' } }, { status: 503 }];
    const retries: number[] = [];
    const client = connectorHttpClient({ product: 'BTI-bot/9.9.9', timeoutMs: 5_000, baseDelayMs: 5, onRetry: (_a, _d, status) => retries.push(status) });
    const res = await client.clone({ headers: { 'User-Agent': 'teams.ts[apps]/2.0.16' } }).post(`${url}/v3/conversations/c/activities`, { type: 'message' });
    expect(res.status).toBe(200);
    expect(retries).toEqual([429, 429, 503]);
    expect(seen).toHaveLength(4);
    expect(seen[0]!.ua.startsWith('BTI-bot/9.9.9 ')).toBe(true);
    expect(seen[0]!.ua).toContain('teams.ts[apps]');
  });

  it('gives up after its retries with the answer Teams gave, and does not retry a 4xx', async () => {
    answers = [{ status: 429 }, { status: 429 }, { status: 429 }];
    const client = connectorHttpClient({ product: 'BTI-bot/9.9.9', timeoutMs: 5_000, retries: 2, baseDelayMs: 5 });
    await expect(client.post(`${url}/x`, {})).rejects.toMatchObject({ response: { status: 429 } });
    answers = [{ status: 403 }, { status: 200 }];
    await expect(client.post(`${url}/x`, {})).rejects.toMatchObject({ response: { status: 403 } });
    answers = [];
  });

  it('turns a refused connection into ConnectorUnavailableError after one quick retry', async () => {
    const closed = await freePort();
    const client = connectorHttpClient({ product: 'BTI-bot/9.9.9', timeoutMs: 2_000, connectRetryDelayMs: 5 });
    const err = await client.post(`http://127.0.0.1:${closed}/v3/conversations/c/activities`, {}).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConnectorUnavailableError);
    expect((err as ConnectorUnavailableError).reason).toBe('ECONNREFUSED');
  });
});
