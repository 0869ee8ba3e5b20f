import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { z } from 'zod';
import { baseDocSchema, updateDoc, readDoc, queryPartition, StoredDocumentInvalid } from '../../src/store/documents';
import { CosmosStore } from '../../src/store/cosmos';
import { startTestStore } from '../support/store';

const counterSchema = baseDocSchema.extend({ type: z.literal('counter'), value: z.number().int() });
type Counter = z.infer<typeof counterSchema>;

const increment = (doc: Counter | undefined) => ({
  kind: 'write' as const,
  doc: { id: 'c1', pk: 'p1', type: 'counter' as const, ops: doc?.ops ?? [], value: (doc?.value ?? 0) + 1 },
  result: (doc?.value ?? 0) + 1,
});

describe('store on a real local Cosmos-API server', () => {
  let store: CosmosStore;
  beforeAll(async () => {
    ({ store } = await startTestStore());
  });
  afterAll(async () => {
    await store.close();
  });

  it('loses no update under 200 concurrent read-modify-write increments', async () => {
    const container = store.container('cases');
    const outcomes = await Promise.all(Array.from({ length: 200 }, () => updateDoc(container, counterSchema, 'c1', 'p1', increment)));
    const final = await readDoc(container, counterSchema, 'c1', 'p1');
    expect(final?.value).toBe(200);
    // Every writer saw a distinct value: no two increments were applied on the same version.
    expect(new Set(outcomes.map((o) => o.result)).size).toBe(200);
    expect(outcomes.some((o) => o.attempts > 1)).toBe(true);
  });

  it('applies an operation id once, however often it is delivered', async () => {
    const container = store.container('cases');
    const inc = (doc: Counter | undefined) => ({ ...increment(doc), doc: { ...increment(doc).doc, id: 'c2' } });
    await Promise.all(Array.from({ length: 20 }, () => updateDoc(container, counterSchema, 'c2', 'p1', inc, { opId: 'activity-42' })));
    const final = await readDoc(container, counterSchema, 'c2', 'p1');
    expect(final?.value).toBe(1);
    expect(final?.ops).toEqual(['activity-42']);
  });

  it('starts from a copy the caller already read, and falls back to a fresh read when that copy is stale', async () => {
    const container = store.container('cases');
    const inc = (doc: Counter | undefined) => ({ ...increment(doc), doc: { ...increment(doc).doc, id: 'c4', pk: 'p3' } });
    const first = await updateDoc(container, counterSchema, 'c4', 'p3', inc, { known: { doc: undefined } });
    expect(first).toMatchObject({ written: true, attempts: 1, result: 1 });
    // Fresh copy: one attempt, no read needed.
    const second = await updateDoc(container, counterSchema, 'c4', 'p3', inc, { known: { doc: first.doc } });
    expect(second).toMatchObject({ written: true, attempts: 1, result: 2 });
    // Stale copy (the ETag of value 1): the write is refused with 412, read again, applied on value 2.
    const third = await updateDoc(container, counterSchema, 'c4', 'p3', inc, { known: { doc: first.doc } });
    expect(third).toMatchObject({ written: true, attempts: 2, result: 3 });
    // "Known missing" while it exists: the create is refused with 409, read again, applied.
    const fourth = await updateDoc(container, counterSchema, 'c4', 'p3', inc, { known: { doc: undefined } });
    expect(fourth).toMatchObject({ written: true, attempts: 2, result: 4 });
    expect((await readDoc(container, counterSchema, 'c4', 'p3'))?.value).toBe(4);
  });

  it('refuses to write a document that breaks its schema, and keeps the stored one', async () => {
    const container = store.container('cases');
    await expect(
      updateDoc(container, counterSchema, 'c1', 'p1', (doc) => ({ kind: 'write', doc: { ...doc!, value: 1.5 }, result: 0 })),
    ).rejects.toBeInstanceOf(StoredDocumentInvalid);
    expect((await readDoc(container, counterSchema, 'c1', 'p1'))?.value).toBe(200);
  });

  it('queries only within the partition named in the WHERE clause', async () => {
    const container = store.container('cases');
    await container.items.create({ id: 'x', pk: 'p2', type: 'counter', ops: [], value: 7 });
    const p1 = await queryPartition(container, counterSchema, 'p1', 'c.type = @t', [{ name: '@t', value: 'counter' }]);
    const p2 = await queryPartition(container, counterSchema, 'p2', '');
    expect(p1.map((d) => d.id).sort()).toEqual(['c1', 'c2']);
    expect(p2.map((d) => d.value)).toEqual([7]);
  });

  it('reports a stored document that does not match its schema instead of crashing on it', async () => {
    const container = store.container('cases');
    await container.items.create({ id: 'bad', pk: 'p1', type: 'counter', value: 'seven' });
    await expect(readDoc(container, counterSchema, 'bad', 'p1')).rejects.toBeInstanceOf(StoredDocumentInvalid);
  });
});

describe('embedded store persistence', () => {
  it('keeps data across a restart', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-persist-'));
    const first = await startTestStore({ dataDir });
    await updateDoc(first.store.container('cases'), counterSchema, 'c1', 'p1', increment);
    await updateDoc(first.store.container('cases'), counterSchema, 'c1', 'p1', increment);
    await first.store.close();
    expect(fs.existsSync(path.join(dataDir, 'cosmos-snapshot.json'))).toBe(true);

    const second = await startTestStore({ dataDir });
    const doc = await readDoc(second.store.container('cases'), counterSchema, 'c1', 'p1');
    expect(doc?.value).toBe(2);
    // And it can be written again with ETags after the restore.
    await updateDoc(second.store.container('cases'), counterSchema, 'c1', 'p1', increment);
    expect((await readDoc(second.store.container('cases'), counterSchema, 'c1', 'p1'))?.value).toBe(3);
    await second.store.close();
  });

  it('moves an unreadable snapshot aside instead of crashing or overwriting it', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-persist-bad-'));
    fs.writeFileSync(path.join(dataDir, 'cosmos-snapshot.json'), '{ not json');
    const { store } = await startTestStore({ dataDir });
    const files = fs.readdirSync(dataDir);
    expect(files.some((f) => f.startsWith('cosmos-snapshot.json.unreadable-'))).toBe(true);
    await store.close();
  });
});
