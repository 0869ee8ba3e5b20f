import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { scopedPartition } from '../../src/store/embeddedPartitionIndex';
import { CosmosStore } from '../../src/store/cosmos';
import { EmbeddedCosmos } from '../../src/store/embedded';
import { startTestStore } from '../support/store';

describe('embedded store: queries scoped to one partition', () => {
  it('recognises only queries that cannot leave the partition', () => {
    const p = [{ name: '@pk', value: 'team:1' }];
    expect(scopedPartition({ query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: p })).toEqual({ value: 'team:1' });
    expect(scopedPartition({ query: 'SELECT * FROM c WHERE c.pk = @pk AND (c.type = @a OR c.type = @b) ORDER BY c.createdAt ASC', parameters: p })).toEqual({ value: 'team:1' });
    expect(scopedPartition({ query: "SELECT c.id FROM c WHERE c.pk = @pk AND c.note = 'x OR y'", parameters: p })).toEqual({ value: 'team:1' });
    expect(scopedPartition({ query: 'SELECT * FROM c WHERE c.pk = @pk OR c.type = @a', parameters: p })).toBeUndefined();
    expect(scopedPartition({ query: 'SELECT * FROM c WHERE c.pk = @pkOther', parameters: p })).toBeUndefined();
    expect(scopedPartition({ query: 'SELECT * FROM c WHERE c.type = @a AND c.pk = @pk', parameters: p })).toBeUndefined();
    expect(scopedPartition({ query: 'SELECT * FROM c WHERE c.pk = @pk', parameters: [] })).toBeUndefined();
    expect(scopedPartition({ query: 'SELECT * FROM c WHERE c.pk = @pk AND (c.a = 1', parameters: p })).toBeUndefined();
  });

  describe('against the real server', () => {
    let store: CosmosStore;
    let embedded: EmbeddedCosmos;
    beforeAll(async () => {
      ({ store, embedded } = await startTestStore());
    });
    afterAll(async () => {
      await store.close();
    });

    it('answers as a scan would, through creates, replaces and deletes', async () => {
      const c = store.container('cases');
      for (let t = 0; t < 5; t++) for (let i = 0; i < 6; i++) await c.items.create({ id: `d${t}-${i}`, pk: `team:${t}`, type: i % 2 ? 'case' : 'meeting', n: i });
      const scoped = async (pk: string, where = '') =>
        (await c.items.query({ query: `SELECT * FROM c WHERE c.pk = @pk${where}`, parameters: [{ name: '@pk', value: pk }] }, { partitionKey: pk }).fetchAll()).resources.map((r: { id: string }) => r.id).sort();
      const scanned = async (pk: string, type?: string) =>
        (await c.items.query('SELECT * FROM c').fetchAll()).resources.filter((r: { pk: string; type: string }) => r.pk === pk && (!type || r.type === type)).map((r: { id: string }) => r.id).sort();
      // The scoped query is answered from the partition, the scan is not.
      await embedded.roundTrips(true);
      const all = await scanned('team:2');
      expect((await embedded.roundTrips(true)).partitionScoped).toBe(0);
      expect(await scoped('team:2')).toEqual(all);
      expect((await embedded.roundTrips(true)).partitionScoped).toBeGreaterThan(0);
      expect(await scoped('team:2')).toHaveLength(6);
      expect(await scoped('team:3', " AND c.type = 'case'")).toEqual(await scanned('team:3', 'case'));
      await c.item('d2-1', 'team:2').delete();
      await c.items.upsert({ id: 'd2-9', pk: 'team:2', type: 'case', n: 9 });
      await c.item('d2-2', 'team:2').replace({ id: 'd2-2', pk: 'team:2', type: 'case', n: 2 });
      expect(await scoped('team:2')).toEqual(await scanned('team:2'));
      expect(await scoped('team:2', " AND c.type = 'case'")).toEqual(['d2-2', 'd2-3', 'd2-5', 'd2-9']);
      expect(await scoped('team:nobody')).toEqual([]);
    });
    it('the open-outbox query finds exactly the documents whose outbox is open, as the flag comes and goes', async () => {
      const c = store.container('reminders');
      const open = async () =>
        (await c.items.query({ query: 'SELECT c.id, c.pk, c.type FROM c WHERE c.outbox.open = true', parameters: [] }).fetchAll()).resources.map((r: { id: string }) => r.id).sort();
      await c.items.create({ id: 'o1', pk: 'p1', type: 'x', outbox: { open: true } });
      await c.items.create({ id: 'o2', pk: 'p2', type: 'x', outbox: { open: false } });
      await c.items.create({ id: 'o3', pk: 'p2', type: 'x' });
      await embedded.roundTrips(true);
      expect(await open()).toEqual(['o1']);
      expect((await embedded.roundTrips(true)).partitionScoped).toBeGreaterThan(0);
      await c.item('o2', 'p2').replace({ id: 'o2', pk: 'p2', type: 'x', outbox: { open: true } });
      await c.item('o1', 'p1').replace({ id: 'o1', pk: 'p1', type: 'x' });
      expect(await open()).toEqual(['o2']);
      await c.item('o2', 'p2').delete();
      expect(await open()).toEqual([]);
    });
  });
});
