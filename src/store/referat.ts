import { z } from 'zod';
import { CosmosStore } from './cosmos';
import { baseDocSchema, readDoc, updateDoc, Mutation, queryPartition } from './documents';
import { rotationEntrySchema, MAX_ROTATION_HISTORY, MAX_ROTATION_MEMBERS } from '../domain/meetings';

/**
 * The referat rotation of one case (`referat:<caseRef>`): the domain's RotationState stored as it is, plus the
 * document fields. Every change goes through updateDoc with the activity id as opId.
 */
export const referatDocSchema = baseDocSchema.extend({
  type: z.literal('referat'),
  caseRef: z.string(),
  version: z.literal(1),
  order: z.array(z.string().min(1).max(200)).max(MAX_ROTATION_MEMBERS),
  history: z.array(rotationEntrySchema).max(MAX_ROTATION_HISTORY),
});
export type ReferatDoc = z.infer<typeof referatDocSchema>;

export const referatDocId = (caseRef: string) => `referat:${caseRef}`;

export function emptyReferatDoc(owner: string, caseRef: string): ReferatDoc {
  return { id: referatDocId(caseRef), pk: owner, type: 'referat', ops: [], caseRef, version: 1, order: [], history: [] };
}

/** Well inside Azure Cosmos DB's limits on a query's parameters and IN list. */
const MANY_PER_QUERY = 50;

export class ReferatRepository {
  constructor(private readonly store: CosmosStore) {}

  private get container() {
    return this.store.container('cases');
  }

  get(owner: string, caseRef: string): Promise<ReferatDoc | undefined> {
    return readDoc(this.container, referatDocSchema, referatDocId(caseRef), owner);
  }

  /**
   * The rotations of `caseRefs` by id, as get() reads each, in one query per MANY_PER_QUERY cases instead of a
   * read each: `status` and `referat` show every open case of a chat. Keyed by case ref; none for a case
   * without a rotation yet.
   */
  async getMany(owner: string, caseRefs: readonly string[]): Promise<Map<string, ReferatDoc>> {
    const out = new Map<string, ReferatDoc>();
    for (let i = 0; i < caseRefs.length; i += MANY_PER_QUERY) {
      const ids = caseRefs.slice(i, i + MANY_PER_QUERY).map(referatDocId);
      const params = ids.map((value, j) => ({ name: `@id${j}`, value }));
      const docs = await queryPartition(this.container, referatDocSchema, owner, `c.id IN (${params.map((p) => p.name).join(', ')})`, params);
      const byId = new Map(docs.map((d) => [d.id, d] as const));
      for (const ref of caseRefs.slice(i, i + MANY_PER_QUERY)) {
        const doc = byId.get(referatDocId(ref));
        if (doc) out.set(ref, doc);
      }
    }
    return out;
  }

  /** `mutate` gets the stored rotation, or an empty one for a case without a rotation yet. */
  update<R>(owner: string, caseRef: string, mutate: (current: ReferatDoc) => Mutation<ReferatDoc, R>, opId?: string) {
    return updateDoc(
      this.container,
      referatDocSchema,
      referatDocId(caseRef),
      owner,
      (current: ReferatDoc | undefined) => mutate(current ?? emptyReferatDoc(owner, caseRef)),
      { opId },
    );
  }
}
