import { z } from 'zod';
import { CosmosStore } from './cosmos';
import { baseDocSchema, readDoc, updateDoc, Mutation } from './documents';
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

export class ReferatRepository {
  constructor(private readonly store: CosmosStore) {}

  private get container() {
    return this.store.container('cases');
  }

  get(owner: string, caseRef: string): Promise<ReferatDoc | undefined> {
    return readDoc(this.container, referatDocSchema, referatDocId(caseRef), owner);
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
