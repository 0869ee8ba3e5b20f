import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, messageExtensionQuery, executeActivity, makeUser } from '../support/activities';
import { SECURITY_HEADERS } from '../../src/server';

/**
 * The HTTP door: malformed activities refused at the envelope (400) or by content type (415) before any turn
 * runs, invokes nobody handles answered the way Teams expects, security headers on every response, and a
 * User-Agent naming the bot on calls to Teams.
 */
const alice = makeUser(1, 'Alice Fagperson');
const CONV = '19:http-hardening@thread.v2';

describe('the HTTP door', () => {
  let h: Harness;
  const lines: string[] = [];
  const conv = () => ({ serviceUrl: h.connector.url, conversationId: CONV });
  beforeAll(async () => {
    h = await startHarness({ env: { LOG_LEVEL: 'info' }, logLines: lines });
  });
  afterAll(async () => {
    await h?.stop();
  });

  const turnsRun = () => lines.filter((l) => l.includes('"turn.completed"') || l.includes('"turn.failed"')).length;

  it('refuses malformed activities with 400 before any turn runs, and sends nothing', async () => {
    const ok = messageActivity(conv(), alice, 'hjelp');
    const { from: _from, ...noFrom } = ok;
    const { serviceUrl: _s, ...noServiceUrl } = ok;
    const query = messageExtensionQuery(conv(), alice, 'searchVerktoy', 'samtykke');
    const malformed: Record<string, object> = {
      'text as a number': { ...ok, text: 42 },
      'text as an object': { ...ok, text: { a: 1 } },
      'from missing': noFrom,
      'from without id': { ...ok, from: { name: 'x' } },
      'from as a string': { ...ok, from: '29:abc' },
      'conversation missing': { ...ok, conversation: undefined },
      'conversation.id missing': { ...ok, conversation: { conversationType: 'groupChat' } },
      'conversation.id a number': { ...ok, conversation: { id: 7 } },
      'serviceUrl missing': noServiceUrl,
      'serviceUrl not a URL': { ...ok, serviceUrl: 'not a url' },
      'serviceUrl javascript:': { ...ok, serviceUrl: 'javascript:alert(1)' },
      'serviceUrl file:': { ...ok, serviceUrl: 'file:///etc/passwd' },
      'entities not a list': { ...ok, entities: 'x' },
      'channelData a string': { ...ok, channelData: 'x' },
      'message extension parameters not a list': { ...query, value: { ...query.value, parameters: { name: 'query', value: 'x' } } },
      'message extension parameters a string': { ...query, value: { ...query.value, parameters: 'query=x' } },
    };
    h.connector.clear();
    const before = turnsRun();
    for (const [name, activity] of Object.entries(malformed)) {
      const res = await h.post(activity);
      expect(res.status, name).toBe(400);
      expect(res.body, name).toEqual({ error: 'bad_request', message: 'The activity is malformed.' });
    }
    expect(turnsRun()).toBe(before);
    expect(h.connector.calls).toHaveLength(0);
    // A well-formed one still works.
    expect((await h.post(ok)).status).toBe(200);
    expect(h.connector.sent(CONV)).toHaveLength(1);
  });

  it('refuses a body that is not JSON with 415, even when it parses into fields', async () => {
    const before = turnsRun();
    const form = await fetch(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: `type=message&text=hjelp&serviceUrl=${encodeURIComponent(h.connector.url)}&from[id]=29:x&conversation[id]=19:x`,
    });
    expect(form.status).toBe(415);
    const text = await fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: JSON.stringify(messageActivity(conv(), alice, 'hjelp')) });
    expect(text.status).toBe(415);
    expect(turnsRun()).toBe(before);
    // JSON with a charset, as Teams sends it, is of course fine.
    const withCharset = await fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json; charset=utf-8' }, body: JSON.stringify(messageActivity(conv(), alice, 'hjelp')) });
    expect(withCharset.status).toBe(200);
  });

  it('answers invokes nobody handles the way Teams expects, never with an empty 501', async () => {
    const base = executeActivity(conv(), alice, 'x', {});
    const invoke = (name: string, value: object) => h.post({ ...base, name, value });

    const fetchTask = await invoke('task/fetch', { data: { verb: 'x' } });
    expect(fetchTask.status).toBe(200);
    expect(fetchTask.body.task.type).toBe('message');
    expect(fetchTask.body.task.value).toMatch(/hjelp/);

    const submitAction = await invoke('composeExtension/submitAction', { commandId: 'createCard', data: {} });
    expect(submitAction.status).toBe(200);
    expect(submitAction.body.task).toMatchObject({ type: 'message' });

    const unknownSearch = await h.post(messageExtensionQuery(conv(), alice, 'noSuchCommand', 'samtykke'));
    expect(unknownSearch.status).toBe(200);
    expect(unknownSearch.body.composeExtension.type).toBe('message');
    expect(unknownSearch.body.composeExtension.text).toMatch(/kjenner jeg ikke igjen/);

    const english = await h.post({ ...messageExtensionQuery(conv(), alice, 'noSuchCommand', 'x'), locale: 'en-GB' });
    expect(english.body.composeExtension.text).toMatch(/don't recognise this search/);

    const verifyState = await invoke('signin/verifyState', { state: '123456' });
    expect(verifyState.status).toBe(501);
    expect(verifyState.body).toEqual({ error: { code: 'NotImplemented', message: expect.any(String) } });

    // The search the app has still answers with results.
    const known = await h.post(messageExtensionQuery(conv(), alice, 'searchVerktoy', 'samtykke'));
    expect(known.status).toBe(200);
    expect(known.body.composeExtension.type).toBe('result');
  });

  it('sends the security headers on every response, errors included', async () => {
    const responses = [
      await fetch(`${h.bot.url}/healthz`),
      await fetch(`${h.bot.url}/readyz`),
      await fetch(`${h.bot.url}/no/such/path`),
      await fetch(`${h.bot.url}/healthz`, { method: 'DELETE' }),
      await fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' }),
      await fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 'message', text: 'x'.repeat(600 * 1024) }) }),
      await fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(conv(), alice, 'hjelp')) }),
      await fetch(`${h.bot.url}/ics/${'x'.repeat(32)}`),
    ];
    expect(responses.map((r) => r.status)).toEqual([200, 200, 404, 405, 400, 413, 200, 404]);
    for (const res of responses) {
      expect(res.headers.get('x-content-type-options'), res.url).toBe('nosniff');
      expect(res.headers.get('strict-transport-security'), res.url).toMatch(/max-age=\d+/);
      expect(res.headers.get('referrer-policy'), res.url).toBe('no-referrer');
      expect(res.headers.get('content-security-policy'), res.url).toMatch(/frame-ancestors 'none'/);
      for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(res.headers.get(name), `${res.url} ${name}`).toBe(value);
      // Not the SDK's own User-Agent echoed on the answer.
      expect(res.headers.get('user-agent')).toBeNull();
    }
  });

  it('answers HEAD /healthz with 200', async () => {
    const res = await fetch(`${h.bot.url}/healthz`, { method: 'HEAD' });
    expect(res.status).toBe(200);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('names BTI-bot in the User-Agent of its calls to Teams, keeping the SDK parts', async () => {
    h.connector.clear();
    const agents: string[] = [];
    const server = (h.connector as unknown as { server: import('node:http').Server }).server;
    const listen = (req: import('node:http').IncomingMessage) => void agents.push(String(req.headers['user-agent']));
    server.prependListener('request', listen);
    try {
      await h.post(messageActivity(conv(), alice, 'hjelp'));
    } finally {
      server.off('request', listen);
    }
    expect(agents.length).toBeGreaterThan(0);
    for (const ua of agents) {
      expect(ua).toMatch(/^BTI-bot\/\d+\.\d+\.\d+ /);
      // The SDK part of the runtime in use: botbuilder's connector, or the Teams SDK 2 client.
      expect(ua).toMatch(process.env.BOT_RUNTIME === 'teams-sdk' ? /teams\.ts\[apps\]\/2\./ : /botframework-connector/);
      expect(ua.match(/BTI-bot\//g)).toHaveLength(1);
    }
  });
});
