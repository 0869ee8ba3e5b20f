import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as crypto from 'node:crypto';
import * as http from 'node:http';
import { AddressInfo } from 'node:net';
import { startBotProcess, BotProcess } from '../support/botProcess';
import { freePort } from '../support/faultyStore';
import { executeActivity, makeUser } from '../support/activities';
import { TEST_RUNTIME } from '../support/botHarness';

/**
 * Forged Bot Framework tokens against a REAL bot process with an app id. The tokens are made here with
 * node:crypto; the bot reads the signing keys from a local stand-in of the Bot Framework's OpenID metadata
 * (BOT_OPENID_METADATA_URL), so a correctly signed token is accepted and every forgery is refused.
 */
const APP_ID = '11111111-2222-4333-8444-555555555555';
const PASSWORD = 'test-only-not-a-secret';
const KID = 'bti-test-key';
const alice = makeUser(1, 'Alice Fagperson');

const b64url = (v: string | Buffer) => Buffer.from(v).toString('base64url');
const json = (v: object) => b64url(JSON.stringify(v));

const { publicKey, privateKey } = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const other = crypto.generateKeyPairSync('rsa', { modulusLength: 2048 });
const jwk = publicKey.export({ format: 'jwk' }) as { n: string; e: string };
const publicPem = publicKey.export({ format: 'pem', type: 'spki' }).toString();

function rs256(header: object, payload: object, key: crypto.KeyObject = privateKey): string {
  const input = `${json(header)}.${json(payload)}`;
  return `${input}.${crypto.sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}
function hs256(header: object, payload: object, secret: string): string {
  const input = `${json(header)}.${json(payload)}`;
  return `${input}.${crypto.createHmac('sha256', secret).update(input).digest('base64url')}`;
}

/** A stand-in for login.botframework.com's OpenID configuration and key set. */
async function startOpenIdStandIn(): Promise<{ url: string; hits: () => number; close: () => Promise<void> }> {
  let hits = 0;
  const server = http.createServer((req, res) => {
    hits++;
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    res.writeHead(200, { 'content-type': 'application/json' });
    if (req.url === '/keys') res.end(JSON.stringify({ keys: [{ kty: 'RSA', use: 'sig', kid: KID, n: jwk.n, e: jwk.e, endorsements: ['msteams'] }] }));
    else res.end(JSON.stringify({ issuer: 'https://api.botframework.com', jwks_uri: `${base}/keys`, id_token_signing_alg_values_supported: ['RS256'] }));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/.well-known/openidconfiguration`,
    hits: () => hits,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

async function post(url: string, activity: object, authorization?: string): Promise<{ status: number; text: string }> {
  const res = await fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(authorization !== undefined ? { authorization } : {}) },
    body: JSON.stringify(activity),
  });
  return { status: res.status, text: await res.text() };
}

/** Log lines of a process parsed as JSON; a line that is not JSON fails the test (no multi-line stack traces). */
function jsonLines(p: BotProcess): Array<Record<string, unknown>> {
  return p.stdout().filter((l) => l.trim() !== '').map((l) => {
    try {
      return JSON.parse(l) as Record<string, unknown>;
    } catch {
      throw new Error(`stdout line is not JSON: ${l.slice(0, 200)}`);
    }
  });
}

describe('forged tokens against a bot with an app id', () => {
  let openId: Awaited<ReturnType<typeof startOpenIdStandIn>>;
  let bot: BotProcess;
  const serviceUrl = 'http://127.0.0.1:9/'; // never called: every test activity is an invoke answered in the response
  const activity = () => executeActivity({ serviceUrl }, alice, 'no.such.verb', {});
  const now = () => Math.floor(Date.now() / 1000);
  const header = { alg: 'RS256', typ: 'JWT', kid: KID };
  const claims = () => ({ iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: serviceUrl, nbf: now() - 60, exp: now() + 3600 });

  beforeAll(async () => {
    openId = await startOpenIdStandIn();
    bot = await startBotProcess({ MICROSOFT_APP_ID: APP_ID, MICROSOFT_APP_PASSWORD: PASSWORD, BOT_OPENID_METADATA_URL: openId.url, LOG_LEVEL: 'info' }, 150_000);
  }, 200_000);
  afterAll(async () => {
    await bot?.stop();
    await openId?.close();
  });

  it('accepts a token signed with the published key (so the refusals below are about the forgery)', async () => {
    // The runtime under test (BOT_RUNTIME) is the one that checks the tokens.
    expect((await bot.waitForLog('bot.listening')).runtime).toBe(TEST_RUNTIME);
    const res = await post(bot.url, activity(), `Bearer ${rs256(header, claims())}`);
    expect(res.status).toBe(200);
    expect(res.text).toMatch(/kjenner jeg ikke igjen/);
    expect(openId.hits()).toBeGreaterThan(0);
  });

  it('answers every forgery with 401 and a body without details, one JSON log line each', async () => {
    const good = rs256(header, claims());
    const [h, p] = good.split('.');
    const forged: Record<string, string | undefined> = {
      'missing header': undefined,
      'empty header': '',
      garbage: 'Bearer not-a-jwt',
      'basic scheme': `Basic ${b64url('user:pass')}`,
      'bad signature (other key)': `Bearer ${rs256(header, claims(), other.privateKey)}`,
      'alg none': `Bearer ${json({ alg: 'none', typ: 'JWT', kid: KID })}.${json(claims())}.`,
      'HS256 with the public key': `Bearer ${hs256({ alg: 'HS256', typ: 'JWT', kid: KID }, claims(), publicPem)}`,
      'HS256 with the app password': `Bearer ${hs256({ alg: 'HS256', typ: 'JWT', kid: KID }, claims(), PASSWORD)}`,
      'stripped signature': `Bearer ${h}.${p}.`,
      'tampered payload': `Bearer ${h}.${json({ ...claims(), aud: '99999999-2222-4333-8444-555555555555' })}.${good.split('.')[2]}`,
      'expired': `Bearer ${rs256(header, { ...claims(), nbf: now() - 7200, exp: now() - 3600 })}`,
      'wrong audience': `Bearer ${rs256(header, { ...claims(), aud: '99999999-2222-4333-8444-555555555555' })}`,
      'unknown key id': `Bearer ${rs256({ ...header, kid: 'other' }, claims(), other.privateKey)}`,
      'another service url': `Bearer ${rs256(header, { ...claims(), serviceurl: 'https://evil.example' })}`,
    };
    for (const [name, authorization] of Object.entries(forged)) {
      const before = jsonLines(bot).filter((l) => l.event === 'auth.refused').length;
      const res = await post(bot.url, activity(), authorization);
      expect(res.status, name).toBe(401);
      expect(JSON.parse(res.text), name).toEqual({ error: 'unauthorized', message: 'Unauthorized.' });
      await bot.waitForLog('auth.refused');
      // Exactly one more refusal line (the log is written before the answer, so it is there already).
      expect(jsonLines(bot).filter((l) => l.event === 'auth.refused').length, name).toBe(before + 1);
    }
    expect(jsonLines(bot).filter((l) => l.event === 'turn.completed')).toHaveLength(1); // only the genuine token's turn ran
    expect(bot.stderr()).not.toMatch(/^\s+at /m);
  });
});

describe('an identity provider that cannot be reached', () => {
  let bot: BotProcess;
  beforeAll(async () => {
    const closedPort = await freePort();
    bot = await startBotProcess({
      MICROSOFT_APP_ID: APP_ID,
      MICROSOFT_APP_PASSWORD: PASSWORD,
      BOT_OPENID_METADATA_URL: `http://127.0.0.1:${closedPort}/.well-known/openidconfiguration`,
      LOG_LEVEL: 'info',
    }, 150_000);
  }, 200_000);
  afterAll(async () => {
    await bot?.stop();
  });

  it('answers 503 without internals and logs one JSON line, not a stack trace', async () => {
    const now = Math.floor(Date.now() / 1000);
    const token = rs256({ alg: 'RS256', typ: 'JWT', kid: KID }, { iss: 'https://api.botframework.com', aud: APP_ID, serviceurl: 'http://127.0.0.1:9/', nbf: now - 60, exp: now + 3600 });
    const res = await post(bot.url, executeActivity({ serviceUrl: 'http://127.0.0.1:9/' }, alice, 'no.such.verb', {}), `Bearer ${token}`);
    expect(res.status).toBe(503);
    expect(JSON.parse(res.text)).toEqual({ error: 'service_unavailable', message: 'The sign-in service could not be reached. Try again later.' });
    const line = await bot.waitForLog('auth.provider_unavailable');
    expect(line.status).toBe(503);
    expect(jsonLines(bot).filter((l) => l.event === 'auth.provider_unavailable')).toHaveLength(1);
    expect(bot.stderr()).not.toMatch(/^\s+at /m);
  });
});
