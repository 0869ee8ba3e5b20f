import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, installActivity, uninstallActivity, makeUser, executeActivity, submitActivity, BOT_ID } from '../support/activities';
import { ConversationRepository } from '../../src/store/conversations';

const alice = makeUser(1, 'Alice Fagperson');

describe('foundation end to end over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  const conv = () => ({ serviceUrl: h.connector.url, conversationId: '19:foundation@thread.v2' });

  it('answers /healthz and /readyz', async () => {
    const health = await fetch(`${h.bot.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${h.bot.url}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('answers "hjelp" with a help card naming the four jobs, sent to the activity serviceUrl', async () => {
    h.connector.clear();
    const res = await h.post(messageActivity(conv(), alice, 'hjelp'));
    expect(res.status).toBe(200);
    const sent = h.connector.sent('19:foundation@thread.v2');
    expect(sent).toHaveLength(1);
    const card = sent[0].body.attachments[0].content;
    expect(card.type).toBe('AdaptiveCard');
    const text = JSON.stringify(card);
    for (const job of ['Hvem bør koordinere?', 'Møter', 'Referat', 'Veiledning og meldeplikt']) expect(text).toContain(job);
    expect(text).not.toContain('${');
  });

  it('answers in English when the Teams client is English, and routes unknown text to help', async () => {
    h.connector.clear();
    await h.post(messageActivity({ ...conv(), locale: 'en-US' }, alice, 'what is this thing'));
    const card = h.connector.cards()[0];
    expect(JSON.stringify(card)).toContain('What I can help with');
  });

  it('removes the bot mention in channels before routing', async () => {
    h.connector.clear();
    await h.post(messageActivity({ ...conv(), conversationType: 'channel', conversationId: '19:general@thread.tacv2' }, alice, 'hjelp'));
    expect(JSON.stringify(h.connector.cards('19:general@thread.tacv2')[0])).toContain('Dette kan jeg hjelpe med');
  });

  it('welcomes the team when the bot is installed, in the installer language', async () => {
    h.connector.clear();
    await h.post(installActivity(conv(), alice));
    expect(JSON.stringify(h.connector.cards()[0])).toContain('Hei! Jeg er BTI-bot');
    h.connector.clear();
    await h.post(installActivity({ ...conv(), locale: 'en-GB' }, alice));
    expect(JSON.stringify(h.connector.cards()[0])).toContain("Hi! I'm BTI-bot");
  });

  it('keeps a conversation address without the sender, and deletes a chat\'s or a whole team\'s addresses when the bot is removed', async () => {
    const conversations = new ConversationRepository(h.bot.store);
    const save = (conversationId: string, owner: string) =>
      conversations.save(
        {
          channelId: 'msteams',
          serviceUrl: h.connector.url,
          conversation: { id: conversationId, isGroup: true, conversationType: 'groupChat', name: '' },
          bot: { id: BOT_ID, name: 'BTI-bot' },
          user: { id: alice.id, name: alice.name, aadObjectId: alice.aadObjectId },
        },
        owner,
        'nb',
        new Date(),
      );
    const chat = '19:removed@thread.v2';
    await save(chat, `conv:${chat}`);
    const stored = await conversations.get(chat);
    expect(stored?.reference.conversation).toMatchObject({ id: chat });
    for (const personal of [alice.name, alice.aadObjectId, alice.id]) expect(JSON.stringify(stored)).not.toContain(personal);

    h.connector.clear();
    const res = await h.post(uninstallActivity({ ...conv(), conversationId: chat }, alice));
    expect(res.status).toBe(200);
    expect(await conversations.get(chat)).toBeUndefined();
    expect(h.connector.sent(chat)).toHaveLength(0);
    // A second removal (Teams re-delivers) finds nothing to delete and is still fine.
    expect((await h.post(uninstallActivity({ ...conv(), conversationId: chat }, alice))).status).toBe(200);

    // A team: one address per channel thread, all owned by the team; the removal names the team only.
    const teamId = '19:team-removed@thread.tacv2';
    const threads = [`${teamId};messageid=1`, '19:other-channel@thread.tacv2;messageid=2'];
    for (const thread of threads) await save(thread, `team:${teamId}`);
    await save('19:another-team-channel@thread.tacv2', 'team:19:another-team@thread.tacv2');
    await h.post(uninstallActivity({ ...conv(), conversationType: 'channel', conversationId: teamId, teamId }, alice));
    for (const thread of threads) expect(await conversations.get(thread)).toBeUndefined();
    expect(await conversations.get('19:another-team-channel@thread.tacv2')).toBeDefined();
  });

  it('answers an unknown card verb with a clear message instead of 501', async () => {
    const res = await h.post(executeActivity(conv(), alice, 'no.such.verb', {}));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(res.body.value).toMatch(/kjenner jeg ikke igjen/);
  });

  it('answers a card submit that no job claims with a clear message', async () => {
    h.connector.clear();
    await h.post(submitActivity(conv(), alice, { verb: 'gone', x: 1 }));
    expect(h.connector.sent()[0].body.text).toMatch(/kjenner jeg ikke igjen/);
  });

  it('rejects malformed JSON with 400 and oversized bodies with 413, and keeps serving', async () => {
    const bad = await fetch(`${h.bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(bad.status).toBe(400);
    const huge = await fetch(`${h.bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'x'.repeat(600 * 1024) }),
    });
    expect(huge.status).toBe(413);
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
  });
});

describe('with a bot app id configured', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { MICROSOFT_APP_ID: '11111111-2222-4333-8444-555555555555', MICROSOFT_APP_PASSWORD: 'test-only-not-a-secret' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('answers 401 to a request without a token, and to a garbage token, and sends nothing', async () => {
    const activity = messageActivity({ serviceUrl: h.connector.url }, alice, 'hjelp');
    expect((await h.post(activity)).status).toBe(401);
    expect((await h.post(activity, { authorization: 'Bearer not-a-jwt' })).status).toBe(401);
    expect(h.connector.calls).toHaveLength(0);
  });
});
