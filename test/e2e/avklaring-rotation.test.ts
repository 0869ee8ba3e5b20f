import { describe, it, expect, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { ConnectorStandIn } from '../support/connector';
import { executeActivity, makeUser, TestUser } from '../support/activities';
import { AvklaringRepository } from '../../src/store/avklaring';
import { CaseRepository } from '../../src/store/cases';
import { reminderDocSchema } from '../../src/store/reminders';
import { readDoc } from '../../src/store/documents';
import { startMeeting, Meeting } from './avklaring-helpers';

const alice = makeUser(11, 'Alice Helsesykepleier');
const bob = makeUser(12, 'Bob Lærer');
const carol = makeUser(13, 'Carol Fysioterapeut');

const press = (m: Meeting, user: TestUser, verb: string, data: Record<string, unknown>, version: number) =>
  executeActivity(m.opts, user, verb, { avklaringId: m.avklaringId, cardVersion: version, ...data }, m.sharedId);

describe('avklaring: no agreement → rotation with handover reminders', () => {
  let clock = new Date('2026-11-23T09:00:00Z');
  const harnesses: Harness[] = [];
  afterAll(async () => {
    for (const h of harnesses) await h.stop();
  });

  it('records the rotation with handover dates and reminds the next holder when the handover is due', async () => {
    const h = await startHarness({ now: () => clock, env: { REMINDER_POLL_SECONDS: '3600' } });
    harnesses.push(h);
    const m = await startMeeting(h, '19:avk-rotation@thread.v2', [alice, bob, carol]);
    const repo = new AvklaringRepository(h.bot.store);
    const doc = (await repo.get(m.owner, m.avklaringId))!;

    // Bad rotation input (one service only, a period of 0): nothing changes.
    const bad = await h.post(press(m, alice, 'avklaring.rotation', { rot0: 'fysio-ergo', periodMonths: '0', startDate: '2026-12-01' }, doc.version));
    expect(bad.body.value).toMatch(/minst to ulike tjenester/);
    expect((await repo.get(m.owner, m.avklaringId))!.status).toBe('open');
    // Only the convener may choose.
    const notConvener = await h.post(press(m, bob, 'avklaring.rotation', { rot0: 'fysio-ergo', rot1: 'skole-barnehage', startDate: '2026-12-01' }, doc.version));
    expect(notConvener.body.value).toMatch(/Bare den som startet/);

    h.connector.clear();
    const res = await h.post(
      press(m, alice, 'avklaring.rotation', { rot0: 'fysio-ergo', rotp0: bob.aadObjectId, rot1: 'skole-barnehage', rotp1: carol.aadObjectId, rot2: 'none', periodMonths: '', startDate: '2026-12-01' }, doc.version),
    );
    expect(JSON.stringify(res.body.value)).not.toContain('Action.Execute');
    expect(JSON.stringify(res.body.value)).toContain('01.12.2027');
    expect(h.connector.updates(m.convId).filter((c) => c.activityId === m.sharedId)).toHaveLength(1);

    const after = (await repo.get(m.owner, m.avklaringId))!;
    expect(after.status).toBe('rotation');
    expect(after.rotation).toMatchObject({
      periodMonths: 12,
      startDate: '2026-12-01',
      handovers: [
        { index: 0, serviceId: 'fysio-ergo', from: '2026-12-01', to: '2027-12-01', person: { aadObjectId: bob.aadObjectId } },
        { index: 1, serviceId: 'skole-barnehage', from: '2027-12-01', to: '2028-12-01', person: { aadObjectId: carol.aadObjectId } },
      ],
    });
    const cases = new CaseRepository(h.bot.store);
    let kase = (await cases.get(m.owner, after.caseRef))!;
    // The first holder has the role from the chosen start date (the press was on 23.11.2026).
    expect(kase.coordinator).toMatchObject({ service: 'fysio-ergo', aadObjectId: bob.aadObjectId, decidedBy: 'rotation', since: '2026-12-01T00:00:00.000Z', until: '2027-12-01' });
    expect(kase.coordinatorHistory).toHaveLength(1);
    const reminder = await readDoc(h.bot.store.container('reminders'), reminderDocSchema, `avklaring-handover:${m.avklaringId}:1`, 'due:2027-12-01');
    expect(reminder).toMatchObject({ kind: 'avklaring-handover', status: 'pending', dueAt: '2027-12-01T07:00:00.000Z' });

    // Not due yet.
    h.connector.clear();
    expect(await h.bot.bot.reminders.tick()).toBe(0);
    clock = new Date('2027-12-01T08:00:00Z');
    expect(await h.bot.bot.reminders.tick()).toBe(1);
    const sent = h.connector.sent(m.convId);
    expect(sent).toHaveLength(1);
    expect(sent[0].body.text).toMatch(/tar nå over koordinatorrollen/);
    expect(sent[0].body.text).toContain(after.caseRef);
    expect(sent[0].body.entities[0].mentioned.id).toBe(carol.id);
    kase = (await cases.get(m.owner, after.caseRef))!;
    expect(kase.coordinator).toMatchObject({ service: 'skole-barnehage', aadObjectId: carol.aadObjectId, decidedBy: 'rotation' });
    expect(kase.coordinatorHistory).toHaveLength(2);
    // Sent once.
    expect(await h.bot.bot.reminders.tick()).toBe(0);

    // After the last in the order, the first takes over again: the order goes round.
    const third = await readDoc(h.bot.store.container('reminders'), reminderDocSchema, `avklaring-handover:${m.avklaringId}:2`, 'due:2028-12-01');
    expect(third).toMatchObject({ status: 'pending', dueAt: '2028-12-01T07:00:00.000Z' });
    h.connector.clear();
    clock = new Date('2028-12-01T08:00:00Z');
    expect(await h.bot.bot.reminders.tick()).toBe(1);
    const round = h.connector.sent(m.convId);
    expect(round).toHaveLength(1);
    expect(round[0].body.text).toContain('01.12.2029');
    expect(round[0].body.entities[0].mentioned.id).toBe(bob.id);
    kase = (await cases.get(m.owner, after.caseRef))!;
    expect(kase.coordinator).toMatchObject({ service: 'fysio-ergo', aadObjectId: bob.aadObjectId, since: '2028-12-01T00:00:00.000Z', until: '2029-12-01' });
    expect(kase.coordinatorHistory).toHaveLength(3);

    // Closing the case ends the rotation: the next handover is not sent.
    await cases.update(m.owner, after.caseRef, (c) => (c ? { kind: 'write', doc: { ...c, status: 'closed' }, result: undefined } : { kind: 'unchanged', result: undefined }));
    h.connector.clear();
    clock = new Date('2029-12-01T08:00:00Z');
    await h.bot.bot.reminders.tick();
    expect(h.connector.sent(m.convId)).toHaveLength(0);
    expect((await cases.get(m.owner, after.caseRef))!.coordinatorHistory).toHaveLength(3);
  });

  it('survives a restart mid-meeting: the same card keeps working on the same data directory', async () => {
    const connector = await new ConnectorStandIn().start();
    const first = await startHarness({ connector, env: { REMINDER_POLL_SECONDS: '3600' } });
    const m = await startMeeting(first, '19:avk-restart@thread.v2', [alice, bob, carol]);
    const v0 = (await new AvklaringRepository(first.bot.store).get(m.owner, m.avklaringId))!.version;
    await first.post(press(m, alice, 'avklaring.propose', { proposeService: 'fysio-ergo' }, v0));
    const pid = (await new AvklaringRepository(first.bot.store).proposals(m.owner, m.avklaringId))[0].proposalId;
    await first.post(press(m, bob, 'avklaring.agree', { proposalId: pid }, v0 + 1));
    await first.stop();

    const second = await startHarness({ connector, dataDir: first.dataDir, env: { REMINDER_POLL_SECONDS: '3600' } });
    harnesses.push(second);
    const repo = new AvklaringRepository(second.bot.store);
    const mid = (await repo.get(m.owner, m.avklaringId))!;
    expect(mid.status).toBe('open');
    expect((await repo.votes(m.owner, m.avklaringId)).length).toBe(2);
    connector.clear();
    const res = await second.post(press(m, carol, 'avklaring.agree', { proposalId: pid }, mid.version));
    expect(JSON.stringify(res.body.value)).not.toContain('Action.Execute');
    const done = (await repo.get(m.owner, m.avklaringId))!;
    expect(done.status).toBe('decided');
    expect(done.decision?.agreedBy).toHaveLength(3);
    const kase = (await new CaseRepository(second.bot.store).get(m.owner, done.caseRef))!;
    expect(kase.coordinatorHistory).toHaveLength(1);
    expect(connector.updates(m.convId).some((c) => c.activityId === m.sharedId)).toBe(true);
    await second.stop();
    harnesses.pop();
    await connector.stop();
  });
});
