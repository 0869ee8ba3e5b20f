import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CosmosStore } from '../../src/store/cosmos';
import { EmbeddedCosmos } from '../../src/store/embedded';
import { startTestStore } from '../support/store';

/**
 * The SDK asks for a query plan beside every query. The emulator took that request for the query itself; the
 * embedded server answers it with a plan (src/store/embeddedServer.ts), and every query still gets its documents.
 */
describe('embedded store: the query plan the SDK asks for', () => {
  let store: CosmosStore;
  let embedded: EmbeddedCosmos;
  beforeAll(async () => {
    ({ store, embedded } = await startTestStore());
    const c = store.container('cases');
    for (let t = 0; t < 3; t++) for (let i = 0; i < 4; i++) await c.items.create({ id: `q${t}-${i}`, pk: `team:${t}`, type: 'case', n: 10 * t + i });
  });
  afterAll(async () => {
    await store.close();
  });

  it('is a plan, not the documents of the query', async () => {
    const res = await fetch(`${embedded.endpoint}/dbs/btibot/colls/cases/docs`, {
      method: 'POST',
      headers: { 'content-type': 'application/query+json', 'x-ms-cosmos-is-query-plan-request': 'True', 'x-ms-documentdb-isquery': 'True' },
      body: JSON.stringify({ query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: 'team:1' }] }),
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as Record<string, unknown>;
    expect(body).not.toHaveProperty('Documents');
    expect(body).toMatchObject({ queryInfo: { distinctType: 'None', orderBy: [], aggregates: [] }, queryRanges: [{ min: '', max: 'FF' }] });
  });

  it('leaves every query its documents, also one run on the plan (forceQueryPlan), and is still counted apart', async () => {
    const c = store.container('cases');
    const ids = (rs: { id: string }[]) => rs.map((r) => r.id);
    await embedded.roundTrips(true);
    const scoped = await c.items.query({ query: 'SELECT * FROM c WHERE c.pk = @pk ORDER BY c.n DESC', parameters: [{ name: '@pk', value: 'team:1' }] }, { partitionKey: 'team:1' }).fetchAll();
    expect(ids(scoped.resources)).toEqual(['q1-3', 'q1-2', 'q1-1', 'q1-0']);
    const counted = await embedded.roundTrips(true);
    expect(counted.queries).toBe(1);
    expect(counted.queryPlans).toBe(1);
    // The plan in use: the SDK runs the query on the ranges the plan names, here the one range there is.
    const planned = await c.items.query({ query: "SELECT * FROM c WHERE c.type = 'case' AND c.n >= 20" }, { forceQueryPlan: true }).fetchAll();
    expect(ids(planned.resources).sort()).toEqual(['q2-0', 'q2-1', 'q2-2', 'q2-3']);
    const count = await c.items.query({ query: 'SELECT VALUE COUNT(1) FROM c WHERE c.pk = @pk', parameters: [{ name: '@pk', value: 'team:0' }] }, { partitionKey: 'team:0' }).fetchAll();
    expect(count.resources).toEqual([4]);
  });
});
