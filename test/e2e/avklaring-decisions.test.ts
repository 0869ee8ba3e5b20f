import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { executeActivity, makeUser } from '../support/activities';
import { AvklaringRepository } from '../../src/store/avklaring';
import { CaseRepository } from '../../src/store/cases';
import { adviceInputFromForm, parseAdviceInput } from '../../src/domain/avklaring';
import { adviceInWords } from '../../src/present/phrase';
import { current, findAction, findInput, hasActions, press, proposalId, propose, startMeeting, VALID_FORM, VESTRE_TOTEN_IP_FORM } from './avklaring-helpers';

// Majority, the Vestre Toten KTK path, the routing of trigger phrases, and people who joined the chat later.

const alice = makeUser(41, 'Alice Helsesykepleier');
const bob = makeUser(42, 'Bob Lærer');
const carol = makeUser(43, 'Carol Fysioterapeut');
const dave = makeUser(44, 'Dave Barnevern');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cards are free-form JSON inspected by the tests
type Json = any;
const text = (card: Json) => JSON.stringify(card);

/** The current shared card, as a participant's client would get it on opening the chat. */
async function card(h: Harness, m: Awaited<ReturnType<typeof startMeeting>>, user = alice): Promise<Json> {
  const res = await h.post(press(h, m, user, 'avklaring.refresh', {}, (await current(h, m)).version));
  expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
  return res.body.value;
}

describe('avklaring decisions and routing over HTTP', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { REMINDER_POLL_SECONDS: '3600' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('routes the trigger phrases to avklaring and leaves other jobs their commands', () => {
    const route = (s: string) => h.bot.bot.router.find(s)?.name;
    const positives = [
      'hvem bør koordinere?',
      'hvem bør koordinere saken?',
      'Hvem skal koordinere for barnet',
      'hvem bør ha koordinatoransvaret?',
      'hvem skal være stafettholder?',
      'hvem skal ha stafettloggen',
      'hvem koordinerer?',
      'hvem bør koordinere BTI-2026-0042?',
      'start avklaring',
      'start avklaringsmøte',
      'ny avklaring',
      'avklaring',
      'koordinator?',
      'who should coordinate this case?',
      'who coordinates?',
      'who should be the coordinator',
      'start clarification',
      '<at>BTI-bot</at> hvem bør koordinere saken?',
    ];
    for (const p of positives) expect(route(p), p).toBe('avklaring');
    const negatives: [string, string | undefined][] = [
      ['nytt møte', 'meetings.new'],
      ['referat', 'referat.overview'],
      ['hvem skriver referat', 'referat.overview'],
      ['meldeplikt', 'nlu'],
      ['verktøy for koordinering', 'guidance.verktoy'],
      ['status', 'meetings.status'],
      ['saker', 'cases.list'],
      ['hjelp', undefined],
      ['koordinatoren er syk i dag', undefined],
      ['hvem skal koordinere julebordet', undefined],
      ['who coordinates the christmas party', undefined],
      ['who is the coordinator of the football team', undefined],
      ['skal jeg melde dette til barnevernet', 'nlu'],
    ];
    for (const [n, expected] of negatives) {
      expect(route(n), n).not.toBe('avklaring');
      if (expected) expect(route(n), n).toBe(expected);
    }
  });

  it('confirms a majority only when more than half agree: 1 of 3 is refused, 2 of 3 is accepted', async () => {
    const m = await startMeeting(h, '19:avk-majority@thread.v2', [alice, bob, carol]);
    await propose(h, m, alice, 'fysio-ergo'); // Alice's own agreement comes with the proposal: 1 of 3.
    const one = await card(h, m);
    expect(text(one)).toContain('1 av 3 enige');
    expect(findAction(one, 'avklaring.majority')).toBeUndefined();
    expect(text(one)).toContain('minst 2 av 3');

    // Pressed anyway (an old client or a forged press): a clear message, nothing decided, nothing PUT.
    const before = await current(h, m);
    h.connector.clear();
    const refused = await h.post(press(h, m, alice, 'avklaring.majority', {}, before.version));
    expect(refused.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(refused.body.value).toMatch(/Ingen forslag har flertall/);
    expect(refused.body.value).toContain('minst 2 av 3');
    expect((await current(h, m)).status).toBe('open');
    expect((await current(h, m))._etag).toBe(before._etag);
    expect(h.connector.updates(m.convId)).toHaveLength(0);

    const agreed = await h.post(press(h, m, bob, 'avklaring.agree', { proposalId: await proposalId(h, m, 'fysio-ergo') }, before.version));
    expect(text(agreed.body.value)).toContain('2 av 3 enige');
    expect(findAction(agreed.body.value, 'avklaring.majority')).toBeTruthy();
    const mid = await current(h, m);
    expect(mid.status).toBe('open');
    const ok = await h.post(press(h, m, alice, 'avklaring.majority', {}, mid.version));
    expect(hasActions(ok.body.value)).toBe(false);
    const done = await current(h, m);
    expect(done.decision).toMatchObject({ serviceId: 'fysio-ergo', decidedBy: 'majority' });
    expect(done.decision?.agreedBy.sort()).toEqual([alice, bob].map((u) => u.aadObjectId).sort());
    expect(text(ok.body.value)).toContain('Koordinator er valgt');
    const kase = await new CaseRepository(h.bot.store).get(m.owner, done.caseRef);
    expect(kase?.coordinator).toMatchObject({ service: 'fysio-ergo', decidedBy: 'majority' });
  });

  it('Vestre Toten IP: the agreed service is a proposal to KTK, not a chosen coordinator', async () => {
    // Precondition from the rules engine: this case is an individuell plan where KTK decides.
    const parsed = parseAdviceInput(adviceInputFromForm(VESTRE_TOTEN_IP_FORM));
    expect(parsed.ok).toBe(true);
    const advice = parsed.ok ? adviceInWords(parsed.value) : undefined;
    expect(advice?.ok && advice.planType.decidedBy?.unit.nb, 'the engine says KTK decides for this case').toMatch(/^KTK/);

    const m = await startMeeting(h, '19:avk-ktk@thread.v2', [alice, bob, carol], { form: VESTRE_TOTEN_IP_FORM });
    const meeting = await card(h, m);
    expect(text(meeting)).toContain('er et forslag til KTK');
    expect(findAction(meeting, 'avklaring.noagreement').title).toBe('Ingen enighet – saken går til KTK');

    // "Ingen enighet" points to KTK: no rotation, no leader; forged rotation/escalation presses are refused.
    const v = (await current(h, m)).version;
    const menu = await h.post(press(h, m, alice, 'avklaring.noagreement', {}, v));
    expect(findAction(menu.body.value, 'avklaring.refer').title).toBe('Avslutt – saken går til KTK');
    expect(findAction(menu.body.value, 'avklaring.rotation')).toBeUndefined();
    expect(findAction(menu.body.value, 'avklaring.escalate')).toBeUndefined();
    for (const [verb, data] of [
      ['avklaring.rotation', { rot0: 'fysio-ergo', rot1: 'helsesykepleier', startDate: '2026-12-01' }],
      ['avklaring.escalate', { leader: bob.aadObjectId }],
    ] as const) {
      const res = await h.post(press(h, m, alice, verb, data, v));
      expect(res.body.value, verb).toMatch(/KTK som bestemmer/);
    }
    expect((await current(h, m)).status).toBe('open');

    await propose(h, m, alice, 'fysio-ergo');
    const pid = await proposalId(h, m, 'fysio-ergo');
    h.connector.clear();
    for (const u of [bob, carol]) await h.post(press(h, m, u, 'avklaring.agree', { proposalId: pid }, (await current(h, m)).version));
    const done = await current(h, m);
    expect(done.status).toBe('decided');
    const puts = h.connector.updates(m.convId).filter((c) => c.activityId === m.sharedId);
    const final = text(puts[puts.length - 1].body.attachments[0].content);
    expect(final).toContain('Forslag til KTK: ');
    expect(final).not.toContain('Koordinator er valgt');
    expect(final).toContain('oppnevner koordinatoren');
    // KTK has not decided yet, so the case has no coordinator from this meeting.
    const kase = await new CaseRepository(h.bot.store).get(m.owner, done.caseRef);
    expect(kase?.coordinator).toBeUndefined();
    expect(kase?.coordinatorHistory).toHaveLength(0);
  });

  it('Vestre Toten IP without agreement: the convener sends it to KTK with the proposals as they stood', async () => {
    const m = await startMeeting(h, '19:avk-ktk-refer@thread.v2', [alice, bob, carol], { form: VESTRE_TOTEN_IP_FORM });
    await propose(h, m, alice, 'fysio-ergo');
    await propose(h, m, bob, 'barneverntjenesten');
    const v = (await current(h, m)).version;
    // Only the convener may end it.
    const notConvener = await h.post(press(h, m, bob, 'avklaring.refer', {}, v));
    expect(notConvener.body.value).toMatch(/Bare den som startet/);
    h.connector.clear();
    const res = await h.post(press(h, m, alice, 'avklaring.refer', {}, v));
    expect(hasActions(res.body.value)).toBe(false);
    const out = text(res.body.value);
    expect(out).toContain('Saken går til KTK');
    expect(out).toMatch(/1 av 3 enige/);
    const done = await current(h, m);
    expect(done.status).toBe('referred');
    expect(done.referral?.proposals.map((p) => p.serviceId).sort()).toEqual(['barneverntjenesten', 'fysio-ergo']);
    expect(h.connector.updates(m.convId).filter((c) => c.activityId === m.sharedId)).toHaveLength(1);
    const again = await h.post(press(h, m, alice, 'avklaring.refer', {}, done.version));
    expect(hasActions(again.body.value)).toBe(false);
    expect((await current(h, m)).version).toBe(done.version);
  });

  it('Tromsø keeps its own flow: rotation and leader on "Ingen enighet", no KTK', async () => {
    const m = await startMeeting(h, '19:avk-tromso-noagree@thread.v2', [alice, bob]);
    const meeting = await card(h, m);
    expect(text(meeting)).not.toContain('KTK');
    const v = (await current(h, m)).version;
    const menu = await h.post(press(h, m, alice, 'avklaring.noagreement', {}, v));
    expect(findAction(menu.body.value, 'avklaring.rotation')).toBeTruthy();
    expect(findAction(menu.body.value, 'avklaring.escalate')).toBeTruthy();
    expect(findAction(menu.body.value, 'avklaring.refer')).toBeUndefined();
    const refer = await h.post(press(h, m, alice, 'avklaring.refer', {}, v));
    expect(refer.body.value).toMatch(/bestemmer tjenestene selv/);
    expect((await current(h, m)).status).toBe('open');
  });

  it('offers people who joined the chat after the case was made, and adds them to the case when chosen', async () => {
    const convId = '19:avk-late-joiner@thread.v2';
    const opts = { serviceUrl: h.connector.url, conversationId: convId };
    h.connector.setRoster(convId, [alice, bob].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    await h.post(executeActivity(opts, alice, 'avklaring.submit', VALID_FORM, 'msg-first'));
    const cases = new CaseRepository(h.bot.store);
    const [kase] = await cases.list(`conv:${convId}`);
    expect(kase.members.map((x) => x.aadObjectId)).not.toContain(dave.aadObjectId);

    // Dave joins the chat; Bob runs a new avklaring on the existing case.
    h.connector.setRoster(convId, [alice, bob, dave].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    const rec = await h.post(executeActivity(opts, bob, 'avklaring.submit', { ...VALID_FORM, caseRef: kase.ref }, 'msg-second'));
    const choices = findInput(rec.body.value, 'participants');
    expect(choices.choices.map((c: Json) => c.value)).toEqual(expect.arrayContaining([alice, bob, dave].map((u) => u.aadObjectId)));
    const start = findAction(rec.body.value, 'avklaring.start');
    const res = await h.post(executeActivity(opts, bob, 'avklaring.start', { ...start.data, participants: [alice, dave].map((u) => u.aadObjectId).join(',') }, 'msg-second'));
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    const doc = await new AvklaringRepository(h.bot.store).get(`conv:${convId}`, start.data.avklaringId);
    expect(doc?.status).toBe('open');
    expect(doc?.participants.map((p) => p.aadObjectId).sort()).toEqual([alice, bob, dave].map((u) => u.aadObjectId).sort());
    const after = await cases.get(`conv:${convId}`, kase.ref);
    expect(after?.members.find((x) => x.aadObjectId === dave.aadObjectId)).toMatchObject({ name: dave.name, role: 'professional' });
  });
});
