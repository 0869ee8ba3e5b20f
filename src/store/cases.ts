import { z } from 'zod';
import { CosmosStore } from './cosmos';
import { baseDocSchema, readDoc, updateDoc, queryPartition, deleteDoc, Mutation, statusOf } from './documents';
import { scheduleCoordinatorNudge } from './reminders';
import { errorFields, Logger } from '../log';

/**
 * A case is a pseudonymous reference (BTI-2026-0042) owned by one team or chat; it lists who may act on it.
 * It never holds the child's name, identity number or health details.
 */
export { CASE_REF_PATTERN } from '../domain/caseRef';
import { CASE_REF_PATTERN } from '../domain/caseRef';

export const memberSchema = z.object({
  aadObjectId: z.string().min(1).max(100),
  /** Teams display name of the professional (staff, not the child). */
  name: z.string().max(200),
  /** Teams user id (29:…), needed to @mention. */
  teamsId: z.string().max(300).optional(),
  /** Service id from the municipality profile, when known. */
  service: z.string().max(100).optional(),
  role: z.enum(['professional', 'leader', 'family']).default('professional'),
});
export type CaseMember = z.infer<typeof memberSchema>;

export const coordinatorSchema = z.object({
  aadObjectId: z.string().optional(),
  name: z.string().max(200).optional(),
  service: z.string().max(100),
  since: z.string(),
  decidedBy: z.enum(['agreement', 'majority', 'rotation', 'leader', 'manual']),
  until: z.string().optional(),
});
export type Coordinator = z.infer<typeof coordinatorSchema>;

export const caseDocSchema = baseDocSchema.extend({
  type: z.literal('case'),
  ref: z.string().regex(CASE_REF_PATTERN),
  profileId: z.string(),
  createdAt: z.string(),
  createdBy: z.string(),
  members: z.array(memberSchema).max(200),
  coordinator: coordinatorSchema.optional(),
  coordinatorHistory: z.array(coordinatorSchema).default([]),
  status: z.enum(['open', 'escalated', 'closed']).default('open'),
  escalatedTo: z.string().max(200).optional(),
  /** Consent status only, never its content. */
  consent: z.object({ given: z.boolean(), date: z.string().optional() }).optional(),
  closedAt: z.string().optional(),
});
export type CaseDoc = z.infer<typeof caseDocSchema>;

const counterSchema = baseDocSchema.extend({ type: z.literal('counter'), year: z.number().int(), next: z.number().int() });

/** The partition of the deployment-wide case counters: no team or chat id can take this value ('team:'/'conv:'). */
export const DEPLOYMENT_COUNTER_PK = 'deployment';

export const caseDocId = (ref: string) => `case:${ref}`;

const coordinatorKey = (doc: CaseDoc | undefined) => (doc?.coordinator ? JSON.stringify([doc.coordinator.since, doc.coordinator.aadObjectId, doc.coordinator.service]) : undefined);

export class CaseRepository {
  constructor(
    private readonly store: CosmosStore,
    private readonly logger?: Logger,
  ) {}

  private get container() {
    return this.store.container('cases');
  }

  /**
   * Makes the next free reference for this year, unique within the deployment (the municipality): staff carry
   * it into Samspill, so two cases in two chats must never share one. One counter document per year in a
   * partition of its own, incremented with ETag and retry, so concurrent creators in any conversation get
   * distinct numbers. `owner` is kept for the callers; the number no longer depends on it.
   */
  async nextRef(_owner: string, now: Date): Promise<string> {
    const year = now.getUTCFullYear();
    const id = `counter:case:${year}`;
    let seed: number | undefined;
    const existing = await readDoc(this.container, counterSchema, id, DEPLOYMENT_COUNTER_PK);
    // Before this counter existed each team or chat counted on its own: start above every number any of them
    // has handed out this year, so an old case's reference is never given again.
    if (!existing) seed = await this.highestOwnerCounter(year);
    const outcome = await updateDoc(
      this.container,
      counterSchema,
      id,
      DEPLOYMENT_COUNTER_PK,
      (doc): Mutation<z.infer<typeof counterSchema>, number> => {
        const next = (doc?.next ?? seed ?? 0) + 1;
        return { kind: 'write', doc: { id, pk: DEPLOYMENT_COUNTER_PK, type: 'counter', ops: [], year, next }, result: next };
      },
      { known: { doc: existing } },
    );
    return `BTI-${year}-${String(outcome.result).padStart(4, '0')}`;
  }

  /** The highest number the old per-owner counters gave out in `year` (0 when there were none). */
  private async highestOwnerCounter(year: number): Promise<number> {
    const { resources } = await this.container.items
      .query<{ next?: unknown }>({
        query: 'SELECT c.next FROM c WHERE c.type = @type AND c.year = @year AND c.pk != @pk',
        parameters: [
          { name: '@type', value: 'counter' },
          { name: '@year', value: year },
          { name: '@pk', value: DEPLOYMENT_COUNTER_PK },
        ],
      })
      .fetchAll();
    return resources.reduce((max, r) => (typeof r.next === 'number' && r.next > max ? r.next : max), 0);
  }

  async create(owner: string, input: Omit<CaseDoc, 'id' | 'pk' | 'type' | 'ops' | 'coordinatorHistory' | 'status'> & Partial<Pick<CaseDoc, 'status' | 'coordinatorHistory'>>, opId?: string): Promise<CaseDoc> {
    const id = caseDocId(input.ref);
    const outcome = await updateDoc(
      this.container,
      caseDocSchema,
      id,
      owner,
      (current): Mutation<CaseDoc, CaseDoc> => {
        if (current) return { kind: 'unchanged', result: current };
        const doc: CaseDoc = { coordinatorHistory: [], status: 'open', ...input, id, pk: owner, type: 'case', ops: [] };
        return { kind: 'write', doc, result: doc };
      },
      { opId },
    );
    return outcome.doc ?? outcome.result;
  }

  get(owner: string, ref: string): Promise<CaseDoc | undefined> {
    return readDoc(this.container, caseDocSchema, caseDocId(ref), owner);
  }

  list(owner: string): Promise<CaseDoc[]> {
    return queryPartition(this.container, caseDocSchema, owner, 'c.type = @t', [{ name: '@t', value: 'case' }], 'c.createdAt DESC');
  }

  async update<R>(owner: string, ref: string, mutate: (current: CaseDoc | undefined) => Mutation<CaseDoc, R>, opId?: string) {
    let before: string | undefined;
    const outcome = await updateDoc(
      this.container,
      caseDocSchema,
      caseDocId(ref),
      owner,
      (current) => {
        before = coordinatorKey(current);
        return mutate(current);
      },
      { opId },
    );
    // Whoever records the coordinator, the case gets its first twice-a-year check (src/store/reminders.ts);
    // a re-delivered change schedules it again (same id), in case the first delivery stopped before it.
    const after = coordinatorKey(outcome.doc);
    if (outcome.doc && after && (outcome.duplicate || (outcome.written && after !== before))) {
      // The case is stored; a failed check schedule must not turn that into an error (a retried handover
      // would send its message twice). The next coordinator change or meeting schedules it again.
      try {
        await scheduleCoordinatorNudge(this.store, owner, outcome.doc);
      } catch (err) {
        this.logger?.warn('case.check_schedule_failed', { caseRef: ref, ...errorFields(err) });
      }
    }
    return outcome;
  }

  /** Ids of the case document and every document that belongs to it (same partition, `caseRef` field). */
  private async caseDocumentIds(owner: string, ref: string): Promise<string[]> {
    const { resources } = await this.container.items
      .query<{ id: string }>({
        query: 'SELECT c.id FROM c WHERE c.pk = @pk AND (c.caseRef = @ref OR c.id = @caseId)',
        parameters: [
          { name: '@pk', value: owner },
          { name: '@ref', value: ref },
          { name: '@caseId', value: caseDocId(ref) },
        ],
      })
      .fetchAll();
    return resources.map((r) => r.id);
  }

  async deleteCase(owner: string, ref: string): Promise<number> {
    let deleted = 0;
    for (const id of await this.caseDocumentIds(owner, ref)) if (await deleteDoc(this.container, id, owner)) deleted++;
    return deleted;
  }

  /**
   * Marks the case closed and gives it and its documents a TTL, so Cosmos deletes them after the retention
   * period. Each document is patched on its own; the case document goes last, so a crash halfway leaves an
   * open case that can be closed again.
   */
  async close(owner: string, ref: string, ttlSeconds: number, now: Date): Promise<boolean> {
    const ids = (await this.caseDocumentIds(owner, ref)).filter((id) => id !== caseDocId(ref));
    for (const id of ids) {
      try {
        await this.container.item(id, owner).patch([{ op: 'set', path: '/ttl', value: ttlSeconds }]);
      } catch (err) {
        if (statusOf(err) !== 404) throw err;
      }
    }
    const outcome = await this.update(owner, ref, (current): Mutation<CaseDoc, boolean> => {
      if (!current) return { kind: 'unchanged', result: false };
      if (current.status === 'closed') return { kind: 'unchanged', result: true };
      return { kind: 'write', doc: { ...current, status: 'closed', closedAt: now.toISOString(), ttl: ttlSeconds }, result: true };
    });
    return outcome.result;
  }
}

export function isCaseMember(doc: Pick<CaseDoc, 'members'>, aadObjectId: string | undefined): boolean {
  return !!aadObjectId && doc.members.some((m) => m.aadObjectId === aadObjectId);
}

/** Who may close or delete a case: the one who created it, the coordinator, or a leader in it. */
export function mayAdministerCase(doc: CaseDoc, aadObjectId: string | undefined): boolean {
  if (!aadObjectId) return false;
  if (doc.createdBy === aadObjectId || doc.coordinator?.aadObjectId === aadObjectId) return true;
  return doc.members.some((m) => m.aadObjectId === aadObjectId && m.role === 'leader');
}
