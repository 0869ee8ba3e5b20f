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

  it('gives concurrent creators distinct, well-formed references per owner and year', async () => {
    const now = new Date('2026-11-23T10:00:00Z');
    const refs = await Promise.all(Array.from({ length: 30 }, () => repo.nextRef('team:a', now)));
    expect(new Set(refs).size).toBe(30);
    for (const r of refs) expect(r).toMatch(CASE_REF_PATTERN);
    expect(refs.sort()[0]).toBe('BTI-2026-0001');
    expect(await repo.nextRef('team:b', now)).toBe('BTI-2026-0001');
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
