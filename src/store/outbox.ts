import { Container } from '@azure/cosmos';
import { z } from 'zod';
import { parseStored } from './documents';

/**
 * The outbox of a document: the steps of a command that are still to do (store writes on other documents, a
 * post to Teams, reminders), written together with the command's first write. Whoever finishes a step removes
 * it with an ETag write; whoever finds steps left (the re-delivered activity, or the background sweep of any
 * instance) carries on from there. Storage only: which steps exist and what they do is the bot's business
 * (src/bot/outbox.ts).
 *
 * Stored documents from before the outbox have neither field: `pending` then reads as empty.
 */

export const outboxStepSchema = z.object({
  /** Unique among the document's steps, so adding the same step twice (a retried first write) keeps one. */
  key: z.string().min(1).max(120),
  /** What to do; the bot registers one handler per step name and document type. */
  step: z.string().min(1).max(60),
  /** The activity whose command left this step. */
  opId: z.string().max(300).optional(),
  /** What the handler needs beyond the document (ids, a locale); each handler validates its own with zod. */
  data: z.record(z.unknown()).default({}),
});
export type OutboxStep = z.infer<typeof outboxStepSchema>;
export type NewOutboxStep = z.input<typeof outboxStepSchema>;

export const outboxStateSchema = z.object({
  /** Always true while steps are left (the field goes with the last step), so the sweep can find it by equality. */
  open: z.literal(true),
  since: z.string(),
  /** Who is working on the steps (an instance, for one command) and until when, so two never do the same. */
  leaseBy: z.string().max(300).optional(),
  leaseUntil: z.string().optional(),
  /** Failed rounds so far and when the sweep may try again (growing back-off). */
  attempts: z.number().int().min(0).default(0),
  nextAttemptAt: z.string().optional(),
});
export type OutboxState = z.infer<typeof outboxStateSchema>;

/**
 * Spread into a document schema: `pending` and `outbox`, both optional (absent means nothing left), so stored
 * documents and code that builds documents without them stay valid.
 */
export const outboxFields = {
  pending: z.array(outboxStepSchema).max(20).optional(),
  outbox: outboxStateSchema.optional(),
};

export interface WithOutbox {
  id: string;
  pk: string;
  type: string;
  pending?: OutboxStep[];
  outbox?: OutboxState;
}

/** The steps left on a document (none when it has no outbox). */
export const stepsOf = (doc: Pick<WithOutbox, 'pending'> | undefined): OutboxStep[] => doc?.pending ?? [];

export interface Lease {
  by: string;
  until: string;
}

/** The document with `steps` added (a key already there is kept as it is), leased to `lease` when given. */
export function withSteps<D extends WithOutbox>(doc: D, steps: NewOutboxStep[], now: string, lease?: Lease): D {
  const pending = [...stepsOf(doc)];
  for (const s of steps) if (!pending.some((p) => p.key === s.key)) pending.push(outboxStepSchema.parse(s));
  if (pending.length === 0) return doc;
  const outbox: OutboxState = { ...(doc.outbox ?? { open: true, since: now, attempts: 0 }), open: true };
  if (lease) {
    outbox.leaseBy = lease.by;
    outbox.leaseUntil = lease.until;
  }
  return { ...doc, pending, outbox };
}

/** The document without step `key`; the outbox state goes with the last step. */
export function withoutStep<D extends WithOutbox>(doc: D, key: string): D {
  const pending = stepsOf(doc).filter((p) => p.key !== key);
  const next: WithOutbox = { ...doc, pending };
  if (pending.length === 0) {
    delete next.outbox;
    delete next.pending;
  }
  return next as D;
}

/** Whether someone other than `by` holds a lease that has not run out. */
export function leasedToOther(doc: WithOutbox, by: string, now: Date): boolean {
  const o = doc.outbox;
  return !!o?.leaseBy && o.leaseBy !== by && (o.leaseUntil ?? '') > now.toISOString();
}

/** The document leased to `by` (no check: call after leasedToOther). */
export function leased<D extends WithOutbox>(doc: D, lease: Lease): D {
  if (!doc.outbox) return doc;
  return { ...doc, outbox: { ...doc.outbox, leaseBy: lease.by, leaseUntil: lease.until } };
}

const MAX_BACKOFF_MS = 60 * 60_000;

/**
 * The lease given back. After a failed round the next try waits (15 s doubling, at most an hour); the steps are
 * kept however long it takes, never dropped.
 */
export function released<D extends WithOutbox>(doc: D, by: string, failed: boolean, now: Date): D {
  if (!doc.outbox) return doc;
  const outbox: OutboxState = { ...doc.outbox };
  if (outbox.leaseBy === by) {
    delete outbox.leaseBy;
    delete outbox.leaseUntil;
  }
  if (failed) {
    outbox.attempts += 1;
    outbox.nextAttemptAt = new Date(now.getTime() + Math.min(MAX_BACKOFF_MS, 15_000 * 2 ** Math.min(outbox.attempts - 1, 12))).toISOString();
  }
  return { ...doc, outbox };
}

/** Whether the sweep may take this document now: steps left, no live lease, its back-off over. */
export function sweepable(doc: WithOutbox, now: Date): boolean {
  const iso = now.toISOString();
  return stepsOf(doc).length > 0 && (doc.outbox?.leaseUntil ?? '') <= iso && (doc.outbox?.nextAttemptAt ?? '') <= iso;
}

const headSchema = z.object({ id: z.string(), pk: z.string(), type: z.string() });

/**
 * Documents in `container` with steps left, any partition (the only cross-partition read besides calendar
 * links): an equality filter on one small field, which stays cheap because finished documents drop it.
 */
export async function openOutboxes(container: Container, limit = 100): Promise<{ id: string; pk: string; type: string }[]> {
  const { resources } = await container.items
    .query({ query: 'SELECT c.id, c.pk, c.type FROM c WHERE c.outbox.open = true', parameters: [] }, { maxItemCount: limit })
    .fetchAll();
  return resources.slice(0, limit).map((r: { id?: string }) => parseStored(headSchema, r, r.id ?? '?'));
}
