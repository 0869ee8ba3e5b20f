import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CosmosStore } from './cosmos';
import { baseDocSchema, Mutation, queryPartition, replaceIfMatch, updateDoc } from './documents';

/**
 * Due reminders, shared by every bot instance on one database. A reminder is claimed with an ETag write
 * (a lease), so only one instance sends it; a lease that runs out (the instance died) lets another take it.
 * Partitioned by the UTC day it is due, so a poll reads a handful of partitions.
 *
 * Delivery is at least once, not exactly once: an instance that dies after Teams accepted the message but
 * before `markSent` is stored leaves a claimed reminder whose lease runs out, and another instance sends it
 * again. The worker keeps renewing the lease while a send is running, so a slow send alone does not cause that.
 */
export const reminderDocSchema = baseDocSchema.extend({
  type: z.literal('reminder'),
  kind: z.string().max(60),
  dueAt: z.string(),
  conversationId: z.string().max(500),
  /** Ids only (case ref, meeting id): never message text or personal data. */
  payload: z.record(z.union([z.string().max(300), z.number(), z.boolean()])),
  status: z.enum(['pending', 'claimed', 'sent', 'cancelled', 'failed']),
  claimedBy: z.string().optional(),
  leaseUntil: z.string().optional(),
  attempts: z.number().int().default(0),
  nextAttemptAt: z.string().optional(),
  sentAt: z.string().optional(),
  caseRef: z.string().optional(),
});
export type ReminderDoc = z.infer<typeof reminderDocSchema>;

export const MAX_REMINDER_ATTEMPTS = 8;
/**
 * How far back `due` looks (one partition per day). A reminder more than a week overdue means the bot was
 * stopped that long; by then it is stale, so it is left to expire with its TTL rather than sent.
 */
const LOOKBACK_DAYS = 7;

/**
 * A reminder is kept about 30 days past its due time (sent or not), then Cosmos deletes it. Cosmos counts a
 * TTL from the last write, so every write sets it again: until due + 30 days while it waits, 30 days once it
 * is sent, cancelled or given up.
 */
const KEEP_AFTER_SECONDS = 30 * 86_400;
function defaultTtl(dueAt: string): number {
  const untilDue = Math.max(0, Math.ceil((Date.parse(dueAt) - Date.now()) / 1000));
  return untilDue + KEEP_AFTER_SECONDS;
}

export const reminderPk = (dueAt: string) => `due:${dueAt.slice(0, 10)}`;

export interface NewReminder {
  id: string;
  kind: string;
  dueAt: string;
  conversationId: string;
  payload: Record<string, string | number | boolean>;
  caseRef?: string;
}

export class ReminderRepository {
  constructor(private readonly store: CosmosStore) {}

  private get container() {
    return this.store.container('reminders');
  }

  /** Creates or moves a reminder (same id); a reminder already sent stays sent unless its time changed. */
  async schedule(r: NewReminder, ttlSeconds?: number): Promise<void> {
    const pk = reminderPk(r.dueAt);
    await updateDoc(this.container, reminderDocSchema, r.id, pk, (current): Mutation<ReminderDoc, void> => {
      if (current && current.dueAt === r.dueAt && current.status !== 'cancelled') return { kind: 'unchanged', result: undefined };
      return {
        kind: 'write',
        doc: { ...r, pk, type: 'reminder', ops: [], status: 'pending', attempts: 0, ttl: ttlSeconds ?? defaultTtl(r.dueAt) },
        result: undefined,
      };
    });
  }

  /** Cancels a reminder wherever it is due; moving a meeting calls this for the old time first. */
  async cancel(id: string, dueAt: string): Promise<void> {
    const pk = reminderPk(dueAt);
    await updateDoc(this.container, reminderDocSchema, id, pk, (current): Mutation<ReminderDoc, void> => {
      if (!current || current.status === 'sent' || current.status === 'cancelled') return { kind: 'unchanged', result: undefined };
      return { kind: 'write', doc: { ...current, status: 'cancelled', ttl: KEEP_AFTER_SECONDS }, result: undefined };
    });
  }

  /** Reminders due by `now` that nobody holds a live lease on. */
  async due(now: Date): Promise<ReminderDoc[]> {
    const out: ReminderDoc[] = [];
    const nowIso = now.toISOString();
    for (let d = 0; d <= LOOKBACK_DAYS; d++) {
      const day = new Date(now.getTime() - d * 86_400_000).toISOString();
      const docs = await queryPartition(
        this.container,
        reminderDocSchema,
        reminderPk(day),
        "(c.status = 'pending' OR c.status = 'claimed') AND c.dueAt <= @now",
        [{ name: '@now', value: nowIso }],
      );
      out.push(...docs.filter((doc) => (doc.status === 'pending' || (doc.leaseUntil ?? '') < nowIso) && (doc.nextAttemptAt ?? '') <= nowIso));
    }
    return out.sort((a, b) => a.dueAt.localeCompare(b.dueAt));
  }

  /** Takes the lease with IfMatch on the version we read: of several instances, exactly one wins. */
  async claim(doc: ReminderDoc, instanceId: string, now: Date, leaseMs: number): Promise<ReminderDoc | undefined> {
    if (!doc._etag) return undefined;
    const next: ReminderDoc = { ...doc, status: 'claimed', claimedBy: instanceId, leaseUntil: new Date(now.getTime() + leaseMs).toISOString(), ttl: defaultTtl(doc.dueAt) };
    return replaceIfMatch(this.container, reminderDocSchema, next, doc._etag);
  }

  async markSent(doc: ReminderDoc, now: Date): Promise<void> {
    await updateDoc(this.container, reminderDocSchema, doc.id, doc.pk, (current): Mutation<ReminderDoc, void> => {
      if (!current || current.status === 'sent') return { kind: 'unchanged', result: undefined };
      return { kind: 'write', doc: { ...current, status: 'sent', sentAt: now.toISOString(), leaseUntil: undefined, ttl: KEEP_AFTER_SECONDS }, result: undefined };
    });
  }

  /**
   * Extends this instance's lease while its send is still running. False when the lease is no longer ours (it
   * ran out and another instance claimed the reminder) or the reminder is already settled.
   */
  async renew(doc: ReminderDoc, instanceId: string, now: Date, leaseMs: number): Promise<boolean> {
    const outcome = await updateDoc(this.container, reminderDocSchema, doc.id, doc.pk, (current): Mutation<ReminderDoc, boolean> => {
      if (!current || current.status !== 'claimed' || current.claimedBy !== instanceId) return { kind: 'unchanged', result: false };
      return { kind: 'write', doc: { ...current, leaseUntil: new Date(now.getTime() + leaseMs).toISOString(), ttl: defaultTtl(current.dueAt) }, result: true };
    });
    return outcome.result;
  }

  /** Gives the lease back after a failed send, with back-off; after too many tries the reminder is marked failed. */
  async release(doc: ReminderDoc, now: Date): Promise<ReminderDoc['status']> {
    const outcome = await updateDoc(this.container, reminderDocSchema, doc.id, doc.pk, (current): Mutation<ReminderDoc, ReminderDoc['status']> => {
      if (!current || current.status === 'sent') return { kind: 'unchanged', result: current?.status ?? 'sent' };
      // Our lease ran out and another instance holds the reminder now: its lease is not ours to give back.
      if (current.claimedBy !== doc.claimedBy) return { kind: 'unchanged', result: current.status };
      const attempts = current.attempts + 1;
      const status = attempts >= MAX_REMINDER_ATTEMPTS ? 'failed' : 'pending';
      const backoffMs = Math.min(30 * 60_000, 15_000 * 2 ** (attempts - 1));
      return {
        kind: 'write',
        doc: { ...current, status, attempts, leaseUntil: undefined, claimedBy: undefined, nextAttemptAt: new Date(now.getTime() + backoffMs).toISOString(), ttl: status === 'failed' ? KEEP_AFTER_SECONDS : defaultTtl(current.dueAt) },
        result: status,
      };
    });
    return outcome.result;
  }
}

/** Ids in the reminder store are global: prefix with a hash of the owner so two chats never share one. */
export const scopedReminderId = (owner: string, id: string) => `m-${createHash('sha256').update(owner).digest('hex').slice(0, 12)}:${id}`;

/** The twice-a-year check of one case (src/bot/meetings/reminders.ts sends it). */
export const CASE_NUDGE_KIND = 'meeting.case-nudge';

/**
 * The check of `caseRef` due at `dueAt`. The id holds the due time, so every path that plans a check for the
 * same instant (a meeting, the coordinator being decided, an earlier check) writes the same reminder.
 */
export function caseNudgeReminder(owner: string, caseRef: string, dueAt: string, conversationId: string): NewReminder {
  return {
    id: scopedReminderId(owner, `case:${caseRef}:nudge:${dueAt.replace(/[-:.]/g, '')}`),
    kind: CASE_NUDGE_KIND,
    dueAt,
    conversationId,
    payload: { owner, caseRef },
    caseRef,
  };
}

/**
 * Where a case's proactive messages go: the conversation of its latest meeting or avklaring, else the chat
 * that owns it. Undefined for a team-owned case that has neither (no channel is known).
 */
export async function caseConversation(store: CosmosStore, owner: string, caseRef: string): Promise<string | undefined> {
  const { resources } = await store
    .container('cases')
    .items.query<{ conversationId?: unknown; createdAt?: unknown }>(
      {
        query: "SELECT c.conversationId, c.createdAt FROM c WHERE c.pk = @pk AND c.caseRef = @ref AND (c.type = 'meeting' OR c.type = 'avklaring')",
        parameters: [
          { name: '@pk', value: owner },
          { name: '@ref', value: caseRef },
        ],
      },
      { partitionKey: owner },
    )
    .fetchAll();
  const latest = resources
    .filter((r): r is { conversationId: string; createdAt?: unknown } => typeof r.conversationId === 'string' && r.conversationId !== '')
    .sort((a, b) => String(b.createdAt ?? '').localeCompare(String(a.createdAt ?? '')))[0];
  if (latest) return latest.conversationId;
  return owner.startsWith('conv:') ? owner.slice('conv:'.length) : undefined;
}

