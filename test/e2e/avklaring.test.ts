import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, executeActivity, makeUser } from '../support/activities';
import { AvklaringRepository } from '../../src/store/avklaring';
import { CaseRepository } from '../../src/store/cases';
import { current, findAction, hasActions, press, proposalId, propose, startMeeting, VALID_FORM } from './avklaring-helpers';
import { visibleText } from '../support/avklaringFlow';
import { sampleNumber } from '../support/nationalIds';

const alice = makeUser(1, 'Alice Helsesykepleier');
const bob = makeUser(2, 'Bob Lærer');
const carol = makeUser(3, 'Carol Fysioterapeut');
const mallory = makeUser(9, 'Mallory Utenfor');

describe('avklaring end to end over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  it('answers the trigger phrases with the form card (nb) and the English form for en-US', async () => {
    const convId = '19:avk-form@thread.v2';
    const opts = { serviceUrl: h.connector.url, conversationId: convId };
    for (const phrase of ['hvem bør koordinere?', 'Avklaring', 'hvem skal koordinere', 'hvem bør være koordinator', 'koordinator?']) {
      h.connector.clear();
      await h.post(messageActivity(opts, alice, phrase));
      const card = h.connector.cards(convId)[0];
      // Step 1 of the form: its button goes on to step 2.
      expect(findAction(card, 'avklaring.next'), phrase).toBeTruthy();
      expect(JSON.stringify(card)).toContain('Hvem bør koordinere?');
      // No free text input about the child exists on the form.
      expect(JSON.stringify(card)).not.toContain('Input.Text');
    }
    h.connector.clear();
    await h.post(messageActivity({ ...opts, locale: 'en-US' }, alice, 'who should coordinate?'));
    const en = JSON.stringify(h.connector.cards(convId)[0]);
    expect(en).toContain('Who should coordinate?');
    expect(en).toContain('Which services are involved today?');
    expect(en).not.toContain('Hvilke tjenester');
  });

  it('gives the recommendation in English for an English Teams client, with sources and reminders', async () => {
    const convId = '19:avk-english@thread.v2';
    const opts = { serviceUrl: h.connector.url, conversationId: convId, locale: 'en-US' };
    h.connector.setRoster(convId, [alice, bob, carol].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    h.connector.clear();
    const res = await h.post(executeActivity(opts, alice, 'avklaring.submit', VALID_FORM, 'msg-form-en'));
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const text = JSON.stringify(res.body.value);
    for (const part of ['Suggestion: who should coordinate?', 'Is a plan needed?', 'Sources', 'Tool for clarifying plan type', 'Get consent before', 'should not be present', 'Start clarification meeting']) {
      expect(text).toContain(part);
    }
    expect(text).not.toContain('Kilder');
    // The recommendation replaced the form for everyone in the chat, and the avklaring is stored on a new case.
    expect(h.connector.updates(convId).map((c) => c.activityId)).toEqual(['msg-form-en']);
    const refs = await new CaseRepository(h.bot.store).list(`conv:${convId}`);
    expect(refs).toHaveLength(1);
    const start = findAction(res.body.value, 'avklaring.start');
    const doc = await new AvklaringRepository(h.bot.store).get(`conv:${convId}`, start.data.avklaringId);
    expect(doc).toMatchObject({ caseRef: refs[0].ref, status: 'recommended', answers: { ageYears: 6, measuresArena: 'both' } });
    // The nb view of the same recommendation cites "Kilde: …".
    const nb = await h.post(executeActivity({ ...opts, locale: 'nb-NO' }, alice, 'avklaring.refresh', { avklaringId: start.data.avklaringId, cardVersion: 1 }, 'msg-form-en', 'automatic'));
    expect(JSON.stringify(nb.body.value)).toContain('"Kilder"');
  });

  it('rejects invalid form input on the form itself, in the form\'s words, and stores nothing', async () => {
    const convId = '19:avk-invalid@thread.v2';
    const opts = { serviceUrl: h.connector.url, conversationId: convId };
    h.connector.setRoster(convId, [alice, bob].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    const bad = [
      { ...VALID_FORM, ageYears: 'seks', measuresArena: 'nowhere' },
      { ...VALID_FORM, services: '', seriousCondition: '' },
    ];
    for (const data of bad) {
      const res = await h.post(executeActivity(opts, alice, 'avklaring.submit', data, 'msg-form'));
      expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(JSON.stringify(res.body.value)).toMatch(/Ingenting er lagret/);
    }
    // A fødselsnummer anywhere is refused outright and never echoed.
    const fnr = sampleNumber('fnr');
    const dnr = sampleNumber('d');
    for (const data of [
      { ...VALID_FORM, ageYears: fnr },
      { ...VALID_FORM, measuresArena: `${fnr.slice(0, 6)} ${fnr.slice(6)}` },
      { ...VALID_FORM, 'svc.fysio-ergo.followUp': dnr },
    ]) {
      const res = await h.post(executeActivity(opts, alice, 'avklaring.submit', data, 'msg-form'));
      expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
      expect(JSON.stringify(res.body.value)).not.toContain(fnr.slice(6));
      expect(JSON.stringify(res.body.value)).not.toContain(dnr.slice(6));
    }
    const first = visibleText((await h.post(executeActivity(opts, alice, 'avklaring.submit', bad[0], 'msg-form'))).body.value);
    expect(first).toContain('«Barnets alder (hele år)»');
    expect(first).not.toMatch(/ageYears:|measuresArena|seks/);
    const en = visibleText((await h.post(executeActivity({ ...opts, locale: 'en-US' }, alice, 'avklaring.submit', bad[1], 'msg-form'))).body.value);
    expect(en).toMatch(/Nothing was stored/);
    expect(en).toContain('“Which services are involved today?”');
    expect(en).not.toMatch(/services:|Ingenting/);
    expect(await new CaseRepository(h.bot.store).list(`conv:${convId}`)).toHaveLength(0);
    expect(h.connector.updates(convId)).toHaveLength(0);
  });

  it('runs a full avklaring with three members: concurrent agreements, one decision, read-only final card', async () => {
    const m = await startMeeting(h, '19:avk-full@thread.v2', [alice, bob, carol]);
    const caseRef = (await current(h, m)).caseRef;
    const kase = await new CaseRepository(h.bot.store).get(m.owner, caseRef);
    expect(kase?.members.map((x) => x.aadObjectId).sort()).toEqual([alice, bob, carol].map((u) => u.aadObjectId).sort());

    await propose(h, m, alice, 'skole-barnehage', bob.aadObjectId);
    await propose(h, m, alice, 'fysio-ergo'); // Alice moves her own agreement to a second proposal.
    const school = await proposalId(h, m, 'skole-barnehage');
    const v = (await current(h, m)).version;
    h.connector.clear();
    const results = await Promise.all([alice, bob, carol].map((u) => h.post(press(h, m, u, 'avklaring.agree', { proposalId: school }, v))));
    for (const r of results) expect(r.body.type).toBe('application/vnd.microsoft.card.adaptive');

    const repo = new AvklaringRepository(h.bot.store);
    const votes = await repo.votes(m.owner, m.avklaringId);
    expect(votes.filter((x) => x.agreesWith === school)).toHaveLength(3);
    const doc = await current(h, m);
    expect(doc.status).toBe('decided');
    expect(doc.decision?.serviceId).toBe('skole-barnehage');
    expect(doc.decision?.person?.aadObjectId).toBe(bob.aadObjectId);
    expect(doc.decision?.agreedBy.sort()).toEqual([alice, bob, carol].map((u) => u.aadObjectId).sort());
    const after = await new CaseRepository(h.bot.store).get(m.owner, caseRef);
    expect(after?.coordinatorHistory).toHaveLength(1);
    expect(after?.coordinator).toMatchObject({ service: 'skole-barnehage', aadObjectId: bob.aadObjectId, decidedBy: 'agreement' });

    const puts = h.connector.updates(m.convId).filter((c) => c.activityId === m.sharedId);
    expect(puts.length).toBeGreaterThan(0);
    const finalCard = puts[puts.length - 1].body.attachments[0].content;
    expect(hasActions(finalCard)).toBe(false);
    expect(JSON.stringify(finalCard)).toContain('Koordinator er valgt');

    // A press after the decision changes nothing and answers with the read-only card.
    const late = await h.post(press(h, m, carol, 'avklaring.cannot', {}, doc.version));
    expect(hasActions(late.body.value)).toBe(false);
    expect((await current(h, m)).version).toBe(doc.version);
  });

  it('refuses a non-participant politely: nothing stored changes and no PUT', async () => {
    const m = await startMeeting(h, '19:avk-outsider@thread.v2', [alice, bob]);
    await propose(h, m, alice, 'fysio-ergo');
    const before = await current(h, m);
    const votesBefore = await new AvklaringRepository(h.bot.store).votes(m.owner, m.avklaringId);
    h.connector.clear();
    for (const [verb, data] of [
      ['avklaring.agree', { proposalId: await proposalId(h, m, 'fysio-ergo') }],
      ['avklaring.propose', { proposeService: 'fysio-ergo' }],
      ['avklaring.majority', {}],
      ['avklaring.cannot', {}],
    ] as const) {
      const res = await h.post(press(h, m, mallory, verb, data, before.version));
      expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
      expect(res.body.value).toMatch(/bare deltakerne/i);
    }
    // A participant who is not the convener cannot use convener buttons either.
    const res = await h.post(press(h, m, bob, 'avklaring.majority', {}, before.version));
    expect(res.body.value).toMatch(/Bare den som startet/);
    expect(h.connector.updates(m.convId)).toHaveLength(0);
    const after = await current(h, m);
    expect(after.version).toBe(before.version);
    expect(after._etag).toBe(before._etag);
    expect(await new AvklaringRepository(h.bot.store).votes(m.owner, m.avklaringId)).toEqual(votesBefore);
  });

  it('applies the same invoke activity once when Teams delivers it twice', async () => {
    const m = await startMeeting(h, '19:avk-dup@thread.v2', [alice, bob, carol]);
    await propose(h, m, alice, 'fysio-ergo');
    const pid = await proposalId(h, m, 'fysio-ergo');
    const v = (await current(h, m)).version;
    const activity = press(h, m, bob, 'avklaring.agree', { proposalId: pid }, v);
    h.connector.clear();
    await h.post(activity);
    const once = await current(h, m);
    const putsOnce = h.connector.updates(m.convId).length;
    const again = await h.post(activity);
    expect(again.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const twice = await current(h, m);
    expect(twice.version).toBe(once.version);
    expect(h.connector.updates(m.convId).length).toBe(putsOnce);
    const vote = (await new AvklaringRepository(h.bot.store).votes(m.owner, m.avklaringId)).find((x) => x.actorId === bob.aadObjectId);
    expect(vote?.ops.filter((o) => o === activity.id)).toHaveLength(1);
  });

  it('makes one case and one avklaring when the same submit is delivered twice', async () => {
    const convId = '19:avk-dup-submit@thread.v2';
    const opts = { serviceUrl: h.connector.url, conversationId: convId };
    h.connector.setRoster(convId, [alice, bob].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    const activity = executeActivity(opts, alice, 'avklaring.submit', VALID_FORM, 'msg-form');
    const first = await h.post(activity);
    const second = await h.post(activity);
    expect(findAction(second.body.value, 'avklaring.start').data).toEqual(findAction(first.body.value, 'avklaring.start').data);
    expect(await new CaseRepository(h.bot.store).list(`conv:${convId}`)).toHaveLength(1);
  });

  it('answers a stale card with the current card and applies nothing conflicting', async () => {
    const m = await startMeeting(h, '19:avk-stale@thread.v2', [alice, bob, carol]);
    const oldVersion = (await current(h, m)).version;
    await propose(h, m, bob, 'fysio-ergo');
    await propose(h, m, carol, 'skole-barnehage');
    const fysio = await proposalId(h, m, 'fysio-ergo');
    // Alice agrees from the old card: an idempotent statement about herself, applied once.
    const agree = await h.post(press(h, m, alice, 'avklaring.agree', { proposalId: fysio }, oldVersion));
    expect(agree.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const mid = await current(h, m);
    // The convener confirms "the majority" from the old card: nothing happens, the current card comes back.
    h.connector.clear();
    const res = await h.post(press(h, m, alice, 'avklaring.majority', {}, oldVersion));
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(findAction(res.body.value, 'avklaring.majority').data.cardVersion).toBe(mid.version);
    expect(JSON.stringify(res.body.value)).toContain('2 av 3 enige');
    expect((await current(h, m)).status).toBe('open');
    expect(h.connector.updates(m.convId)).toHaveLength(0);
    // From the current card the majority is confirmed once.
    const ok = await h.post(press(h, m, alice, 'avklaring.majority', {}, mid.version));
    expect(hasActions(ok.body.value)).toBe(false);
    const done = await current(h, m);
    expect(done.decision).toMatchObject({ serviceId: 'fysio-ergo', decidedBy: 'majority' });
    const kase = await new CaseRepository(h.bot.store).get(m.owner, done.caseRef);
    expect(kase?.coordinatorHistory).toHaveLength(1);
    expect(kase?.coordinator?.decidedBy).toBe('majority');
  });

  it('never writes nor updates the shared message on an automatic refresh', async () => {
    const m = await startMeeting(h, '19:avk-refresh@thread.v2', [alice, bob]);
    await propose(h, m, alice, 'fysio-ergo');
    const before = await current(h, m);
    h.connector.clear();
    const refresh = await h.post(press(h, m, bob, 'avklaring.refresh', {}, before.version, 'automatic'));
    expect(refresh.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(refresh.body.value)).toContain('1 av 2 enige');
    // Even a state-changing verb arriving as an automatic refresh changes nothing.
    const agree = await h.post(press(h, m, bob, 'avklaring.agree', { proposalId: await proposalId(h, m, 'fysio-ergo') }, before.version, 'automatic'));
    expect(agree.body.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(h.connector.calls.filter((c) => c.method === 'PUT' || c.method === 'POST')).toHaveLength(0);
    const after = await current(h, m);
    expect(after._etag).toBe(before._etag);
    expect((await new AvklaringRepository(h.bot.store).votes(m.owner, m.avklaringId)).map((x) => x.actorId)).toEqual([alice.aadObjectId]);
  });

  it('escalates to a leader picked from the roster: mention in the conversation, case escalated', async () => {
    const m = await startMeeting(h, '19:avk-escalate@thread.v2', [alice, bob, carol]);
    const leader = makeUser(20, 'Lise Leder');
    // The leader joined the chat after the case was made.
    h.connector.setRoster(m.convId, [alice, bob, carol, leader].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    const doc = await current(h, m);
    const menu = await h.post(press(h, m, alice, 'avklaring.noagreement', {}, doc.version));
    expect(findAction(menu.body.value, 'avklaring.escalate')).toBeTruthy();
    expect(JSON.stringify(menu.body.value)).toContain('Lise Leder');
    // Somebody outside the conversation cannot be named.
    const bad = await h.post(press(h, m, alice, 'avklaring.escalate', { leader: mallory.aadObjectId }, doc.version));
    expect(bad.body.value).toMatch(/Velg en leder/);
    h.connector.clear();
    const res = await h.post(press(h, m, alice, 'avklaring.escalate', { leader: leader.aadObjectId }, doc.version));
    expect(hasActions(res.body.value)).toBe(false);
    expect(JSON.stringify(res.body.value)).toContain('Lise Leder bestemmer');
    const kase = await new CaseRepository(h.bot.store).get(m.owner, doc.caseRef);
    expect(kase?.status).toBe('escalated');
    expect(kase?.escalatedTo).toBe(leader.aadObjectId);
    expect(kase?.members.find((x) => x.aadObjectId === leader.aadObjectId)?.role).toBe('leader');
    const msg = h.connector.sent(m.convId).find((c) => typeof c.body.text === 'string' && c.body.text.includes('<at>'));
    expect(msg?.body.entities[0].mentioned.id).toBe(leader.id);
    expect((await current(h, m)).status).toBe('escalated');
    expect(h.connector.updates(m.convId).filter((c) => c.activityId === m.sharedId)).toHaveLength(1);
  });

  it('runs a second avklaring on an existing case chosen on the form, and refuses a case the user is not in', async () => {
    const convId = '19:avk-existing@thread.v2';
    const opts = { serviceUrl: h.connector.url, conversationId: convId };
    h.connector.setRoster(convId, [alice, bob].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    await h.post(executeActivity(opts, alice, 'avklaring.submit', VALID_FORM, 'msg-1'));
    const [kase] = await new CaseRepository(h.bot.store).list(`conv:${convId}`);
    h.connector.clear();
    await h.post(messageActivity(opts, bob, 'hvem skal koordinere'));
    const form = h.connector.cards(convId)[0];
    expect(JSON.stringify(form)).toContain(kase.ref);
    const again = await h.post(executeActivity(opts, bob, 'avklaring.submit', { ...VALID_FORM, caseRef: kase.ref }, 'msg-2'));
    expect(JSON.stringify(again.body.value)).toContain(kase.ref);
    expect(await new CaseRepository(h.bot.store).list(`conv:${convId}`)).toHaveLength(1);
    const refused = await h.post(executeActivity(opts, mallory, 'avklaring.submit', { ...VALID_FORM, caseRef: kase.ref }, 'msg-3'));
    expect(refused.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(refused.body.value).toMatch(/finner ikke den saken/);
  });
});
