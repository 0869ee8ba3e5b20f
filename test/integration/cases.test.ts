import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CosmosStore } from '../../src/store/cosmos';
import { CaseRepository, isCaseMember, CASE_REF_PATTERN } from '../../src/store/cases';
import { startTestStore } from '../support/store';

describe('case repository on the local Cosmos-API server', () => {
  let store: CosmosStore;
  let repo: CaseRepository;
  beforeAll(async () => {
    ({ store } = await startTestStore());
    repo = new CaseRepository(store);
  });
  afterAll(async () => {
    await store.close();
  });

  it('gives concurrent creators in different conversations distinct, well-formed references, unique in the deployment', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    // Thirty creations at once, spread over three teams/chats: no number may repeat anywhere.
    const owners = ['team:a', 'conv:19:chat-b@thread.v2', 'conv:a:personal-c'];
    const refs = await Promise.all(Array.from({ length: 30 }, (_, i) => repo.nextRef(owners[i % 3]!, now)));
    expect(new Set(refs).size).toBe(30);
    for (const r of refs) expect(r).toMatch(CASE_REF_PATTERN);
    expect(refs.sort()[0]).toBe('BTI-2026-0001');
    expect(refs.sort()[29]).toBe('BTI-2026-0030');
    expect(await repo.nextRef('team:b', now)).toBe('BTI-2026-0031');
    // A new year starts again at 1.
    expect(await repo.nextRef('team:b', new Date('2027-01-01T00:00:00Z'))).toBe('BTI-2027-0001');
  });

  it('never hands out a number an old per-conversation counter already gave (existing stored cases keep theirs)', async () => {
    // The counter documents of the earlier scheme: one per owner and year, in the owner's partition.
    const container = store.container('cases');
    await container.items.create({ id: 'counter:case:2028', pk: 'team:old-1', type: 'counter', ops: [], year: 2028, next: 7 });
    await container.items.create({ id: 'counter:case:2028', pk: 'conv:old-2', type: 'counter', ops: [], year: 2028, next: 12 });
    const now = new Date('2028-03-01T10:00:00Z');
    const refs = await Promise.all(Array.from({ length: 5 }, (_, i) => repo.nextRef(i % 2 ? 'team:old-1' : 'conv:new', now)));
    expect(refs.sort()).toEqual(['BTI-2028-0013', 'BTI-2028-0014', 'BTI-2028-0015', 'BTI-2028-0016', 'BTI-2028-0017']);
  });

  it('creates a case once even when the same activity is delivered twice', async () => {
    const input = {
      ref: 'BTI-2026-0100',
      profileId: 'tromso-2025',
      createdAt: '2026-11-23T10:00:00Z',
      createdBy: 'u1',
      members: [{ aadObjectId: 'u1', name: 'Alice', role: 'professional' as const }],
    };
    const [a, b] = await Promise.all([repo.create('team:a', input, 'act-1'), repo.create('team:a', input, 'act-1')]);
    expect(a.ref).toBe(b.ref);
    const listed = await repo.list('team:a');
    expect(listed.filter((c) => c.ref === 'BTI-2026-0100')).toHaveLength(1);
    expect(isCaseMember(listed[0], 'u1')).toBe(true);
    expect(isCaseMember(listed[0], 'u2')).toBe(false);
    expect(isCaseMember(listed[0], undefined)).toBe(false);
  });

  it('deletes a case with its documents and nothing else', async () => {
    const c = store.container('cases');
    await c.items.create({ id: 'avklaring:BTI-2026-0100', pk: 'team:a', type: 'avklaring', caseRef: 'BTI-2026-0100' });
    await c.items.create({ id: 'avklaring:BTI-2026-0101', pk: 'team:a', type: 'avklaring', caseRef: 'BTI-2026-0101' });
    expect(await repo.deleteCase('team:a', 'BTI-2026-0100')).toBe(2);
    expect(await repo.get('team:a', 'BTI-2026-0100')).toBeUndefined();
    const { resource } = await c.item('avklaring:BTI-2026-0101', 'team:a').read();
    expect(resource?.caseRef).toBe('BTI-2026-0101');
  });
});
