import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, executeActivity, makeUser } from '../support/activities';
import { CaseRepository } from '../../src/store/cases';

const creator = makeUser(1, 'Kari Koordinator');
const other = makeUser(2, 'Ola Fagperson');
const CONV = '19:cases@thread.v2';

describe('listing, closing and deleting cases over HTTP', () => {
  let h: Harness;
  let repo: CaseRepository;
  const conv = () => ({ serviceUrl: h.connector.url, conversationId: CONV });

  beforeAll(async () => {
    h = await startHarness({ env: { RETENTION_DAYS: '30' } });
    repo = new CaseRepository(h.bot.store);
    for (const ref of ['BTI-2026-0001', 'BTI-2026-0002']) {
      await repo.create(`conv:${CONV}`, {
        ref,
        profileId: 'tromso-2025',
        createdAt: '2026-11-01T10:00:00Z',
        createdBy: creator.aadObjectId,
        members: [
          { aadObjectId: creator.aadObjectId, name: creator.name, role: 'professional' },
          { aadObjectId: other.aadObjectId, name: other.name, role: 'professional' },
        ],
      });
    }
    await h.bot.store.container('cases').items.create({ id: 'meeting:x', pk: `conv:${CONV}`, type: 'meeting', caseRef: 'BTI-2026-0002' });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('lists the cases of this conversation only', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv(), other, 'saker'));
    const text = JSON.stringify(h.connector.cards(CONV)[0]);
    expect(text).toContain('BTI-2026-0001');
    expect(text).toContain('BTI-2026-0002');
    h.connector.clear();
    await h.post(messageActivity({ ...conv(), conversationId: '19:elsewhere@thread.v2' }, other, 'saker'));
    expect(JSON.stringify(h.connector.cards()[0])).not.toContain('BTI-2026-0001');
  });

  it('refuses to delete for someone who did not create or coordinate the case', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv(), other, 'slett sak BTI-2026-0001'));
    expect(h.connector.sent(CONV)[0].body.text).toMatch(/Bare den som opprettet saken/);
    const res = await h.post(executeActivity(conv(), other, 'case.delete', { caseRef: 'BTI-2026-0001', confirm: true }, 'card-1'));
    expect(res.body.value).toMatch(/Bare den som opprettet saken/);
    expect(await repo.get(`conv:${CONV}`, 'BTI-2026-0001')).toBeDefined();
  });

  it('deletes a case with its documents after the creator confirms, and only that case', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv(), creator, 'slett sak bti-2026-0002'));
    const confirm = h.connector.cards(CONV)[0];
    expect(JSON.stringify(confirm)).toContain('Slette sak BTI-2026-0002?');
    const res = await h.post(executeActivity(conv(), creator, 'case.delete', { caseRef: 'BTI-2026-0002', confirm: true }, 'card-2'));
    expect(JSON.stringify(res.body.value)).toContain('Sak BTI-2026-0002 er slettet (2 dokumenter)');
    expect(h.connector.updates(CONV)).toHaveLength(1);
    expect(await repo.get(`conv:${CONV}`, 'BTI-2026-0002')).toBeUndefined();
    expect(await repo.get(`conv:${CONV}`, 'BTI-2026-0001')).toBeDefined();
  });

  it('closes a case with a TTL of the retention period; cancelling changes nothing', async () => {
    await h.post(executeActivity(conv(), creator, 'case.close', { caseRef: 'BTI-2026-0001', confirm: false }, 'card-3'));
    expect((await repo.get(`conv:${CONV}`, 'BTI-2026-0001'))?.status).toBe('open');
    const res = await h.post(executeActivity(conv(), creator, 'case.close', { caseRef: 'BTI-2026-0001', confirm: true }, 'card-3'));
    expect(JSON.stringify(res.body.value)).toContain('Sak BTI-2026-0001 er lukket');
    const doc = await repo.get(`conv:${CONV}`, 'BTI-2026-0001');
    expect(doc?.status).toBe('closed');
    expect(doc?.ttl).toBe(30 * 86_400);
  });

  it('answers bad confirmation data clearly and changes nothing', async () => {
    const res = await h.post(executeActivity(conv(), creator, 'case.delete', { caseRef: '12345678901', confirm: 'yes' }, 'card-4'));
    expect(res.status).toBe(200);
    expect(res.body.value).toMatch(/kjenner jeg ikke igjen/);
    expect(await repo.get(`conv:${CONV}`, 'BTI-2026-0001')).toBeDefined();
  });
});
