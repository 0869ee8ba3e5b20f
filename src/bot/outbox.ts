import { randomUUID } from 'node:crypto';
import type { ConversationPort, ProactivePort, StoredReference } from '../actions/types';
import type { z } from 'zod';
import { errorFields, Logger } from '../log';
import type { BotDeps } from './deps';
import { CosmosStore } from '../store/cosmos';
import { ConversationRepository } from '../store/conversations';
import { readDoc, updateDoc, Mutation } from '../store/documents';
import { Lease, leased, leasedToOther, openOutboxes, OutboxStep, released, stepsOf, sweepable, withoutStep, WithOutbox } from '../store/outbox';

/**
 * Runs the steps a command left in a document's outbox (src/store/outbox.ts), one at a time and in order.
 * A step's handler does its work and may return a change to the document (e.g. the id of the message it
 * posted); that change and the step's removal are one ETag write, so a step is either done and gone, or still
 * there for the next try. Whoever runs the steps holds a lease on the document, so the command's own turn, a
 * re-delivery of it and the background sweep of another instance never work on the same steps at once.
 *
 * Steps must be safe to run again: store writes carry an operation id or set a value, reminders have fixed
 * ids. A post to Teams is not: if the process dies after Teams took the message and before the write that
 * removes the step, the step posts again (at least once, never lost).
 */

export interface StepEnv {
  /** The conversation (the command's own turn, a re-delivery's, or the sweep's proactive one); absent when only the store is at hand. */
  port?: ConversationPort;
  now: Date;
  log: Logger;
}

/** Does the step; returns a change to apply together with removing the step, or nothing. May throw: the step stays. */
export type StepHandler<D> = (doc: D, step: OutboxStep, env: StepEnv) => Promise<((current: D) => D) | void>;

export interface OutboxKind<D extends WithOutbox> {
  /** The stored document's `type`. */
  type: string;
  schema: z.ZodType<D, z.ZodTypeDef, unknown>;
  /** Where proactive sends for this document go (a conversation id with a stored reference). */
  conversationId(doc: D): string;
  handlers: Record<string, StepHandler<D>>;
}

export type OutboxStatus = 'done' | 'failed' | 'busy' | 'missing';
export interface OutboxResult<D> {
  status: OutboxStatus;
  doc: D | undefined;
}

export class StepNeedsTurn extends Error {
  constructor(step: string) {
    super(`step ${step} needs a turn to send in`);
    this.name = 'StepNeedsTurn';
  }
}

/** The outbox lives in the `cases` container with the documents that have one (meetings, avklaringer). */
const CONTAINER = 'cases';

/** A lease for one run of steps; the command's first write takes it, so the sweep leaves the steps to that turn. */
export function newLease(deps: Pick<BotDeps, 'now' | 'config'>): Lease {
  return { by: randomUUID(), until: new Date(deps.now().getTime() + deps.config.outboxLeaseSeconds * 1000).toISOString() };
}

type OutboxDeps = Pick<BotDeps, 'store' | 'now' | 'config' | 'logger'>;
/** The lease the run holds (a fresh one, or the first write's), the turn to post in if there is one, its logger. */
type RunOptions = { lease: Lease; port?: ConversationPort; log?: Logger };

/**
 * Runs what is left on document `id` in partition `pk`. `done`: nothing left; `failed`: a step failed and is
 * kept (with back-off for the sweep); `busy`: another turn or instance holds the lease; `missing`: no document.
 */
export async function runOutbox<D extends WithOutbox>(
  kind: OutboxKind<D>,
  deps: OutboxDeps,
  pk: string,
  id: string,
  opts: RunOptions,
): Promise<OutboxResult<D>> {
  try {
    return await runLeased(kind, deps, pk, id, opts);
  } catch (err) {
    // The store failed around the steps (reading, leasing): they are all still there for the next try. The
    // caller knows the command's first write happened, so it can say so.
    (opts.log ?? deps.logger).warn('outbox.run_failed', { docType: kind.type, ...errorFields(err) });
    return { status: 'failed', doc: undefined };
  }
}

async function runLeased<D extends WithOutbox>(
  kind: OutboxKind<D>,
  deps: OutboxDeps,
  pk: string,
  id: string,
  opts: RunOptions,
): Promise<OutboxResult<D>> {
  const container = deps.store.container(CONTAINER);
  const log = opts.log ?? deps.logger;
  const by = opts.lease.by;
  const update = <R>(mutate: (cur: D | undefined) => Mutation<D, R>) => updateDoc(container, kind.schema, id, pk, mutate);
  let doc = await readDoc(container, kind.schema, id, pk);
  if (!doc) return { status: 'missing', doc };
  if (stepsOf(doc).length === 0) return { status: 'done', doc };
  if (doc.outbox?.leaseBy !== by) {
    const now = deps.now();
    const lease = { by, until: new Date(now.getTime() + deps.config.outboxLeaseSeconds * 1000).toISOString() };
    const claim = await update((cur): Mutation<D, boolean> =>
      !cur || stepsOf(cur).length === 0 || leasedToOther(cur, by, now) ? { kind: 'unchanged', result: false } : { kind: 'write', doc: leased(cur, lease), result: true },
    );
    doc = claim.doc;
    if (!doc) return { status: 'missing', doc };
    if (!claim.written) return { status: stepsOf(doc).length === 0 ? 'done' : 'busy', doc };
  }
  const renewal = keepLease<D>(deps, by, update, log, kind.type);
  try {
    return await runSteps(kind, deps, doc, by, update, opts.port, log);
  } finally {
    renewal.stop();
  }
}

/**
 * Renews the lease while steps run (every third of its length), so a slow step (Teams retrying, a slow store)
 * is not taken over by another instance and done twice.
 */
function keepLease<D extends WithOutbox>(
  deps: Pick<BotDeps, 'now' | 'config'>,
  by: string,
  update: (mutate: (cur: D | undefined) => Mutation<D, void>) => Promise<unknown>,
  log: Logger,
  docType: string,
): { stop(): void } {
  const leaseMs = deps.config.outboxLeaseSeconds * 1000;
  let busy = false;
  const timer = setInterval(() => {
    if (busy) return;
    busy = true;
    update((cur) =>
      cur?.outbox?.leaseBy === by ? { kind: 'write', doc: leased(cur, { by, until: new Date(deps.now().getTime() + leaseMs).toISOString() }), result: undefined } : { kind: 'unchanged', result: undefined },
    )
      .catch((err: unknown) => log.warn('outbox.lease_renew_failed', { docType, ...errorFields(err) }))
      .finally(() => {
        busy = false;
      });
  }, Math.max(250, Math.floor(leaseMs / 3)));
  timer.unref();
  return { stop: () => clearInterval(timer) };
}

async function runSteps<D extends WithOutbox>(
  kind: OutboxKind<D>,
  deps: Pick<BotDeps, 'now' | 'config'>,
  start: D,
  by: string,
  update: <R>(mutate: (cur: D | undefined) => Mutation<D, R>) => Promise<{ doc: D | undefined }>,
  port: ConversationPort | undefined,
  log: Logger,
): Promise<OutboxResult<D>> {
  let doc = start;
  for (let guard = 0; stepsOf(doc).length > 0 && guard < 40; guard++) {
    const step: OutboxStep = stepsOf(doc)[0]!;
    try {
      const handler = kind.handlers[step.step];
      if (!handler) throw new Error(`no handler for step ${kind.type}/${step.step}`);
      const change = await handler(doc, step, { port, now: deps.now(), log });
      const out = await update((cur): Mutation<D, void> =>
        cur && stepsOf(cur).some((p) => p.key === step.key) ? { kind: 'write', doc: withoutStep(change ? change(cur) : cur, step.key), result: undefined } : { kind: 'unchanged', result: undefined },
      );
      if (!out.doc) return { status: 'missing', doc: undefined };
      doc = out.doc;
      log.info('outbox.step_done', { docType: kind.type, step: step.step });
    } catch (err) {
      log.warn('outbox.step_failed', { docType: kind.type, step: step.step, ...errorFields(err) });
      const back = await update((cur): Mutation<D, void> =>
        cur?.outbox ? { kind: 'write', doc: released(cur, by, true, deps.now()), result: undefined } : { kind: 'unchanged', result: undefined },
      ).catch(() => undefined);
      return { status: 'failed', doc: back?.doc ?? doc };
    }
  }
  return { status: stepsOf(doc).length === 0 ? 'done' : 'failed', doc };
}

export interface OutboxSweeperOptions {
  deps: Pick<BotDeps, 'store' | 'now' | 'config' | 'logger'>;
  proactive: ProactivePort;
  logger: Logger;
}

/**
 * Finishes what a dead process (or a failed turn nobody retried) left: every poll of the reminder worker looks
 * for documents with steps left and no live lease, takes the lease, and runs the steps in a proactive turn on
 * the stored conversation reference.
 */
export class OutboxSweeper {
  // Kinds of different document types live side by side; each is only ever run with its own documents.
  private readonly kinds = new Map<string, OutboxKind<WithOutbox>>();
  private readonly conversations: ConversationRepository;

  constructor(private readonly opts: OutboxSweeperOptions) {
    this.conversations = new ConversationRepository(opts.deps.store as CosmosStore);
  }

  register<D extends WithOutbox>(kind: OutboxKind<D>): void {
    this.kinds.set(kind.type, kind as unknown as OutboxKind<WithOutbox>);
  }

  /** One pass; returns how many documents it finished. */
  async sweep(): Promise<number> {
    const { deps, logger: log } = this.opts;
    let finished = 0;
    const heads = await openOutboxes(deps.store.container(CONTAINER));
    for (const head of heads) {
      const kind = this.kinds.get(head.type);
      if (!kind) continue;
      try {
        const doc = await readDoc(deps.store.container(CONTAINER), kind.schema, head.id, head.pk);
        if (!doc || !sweepable(doc, deps.now())) continue;
        const lease = newLease(deps);
        const conv = await this.conversations.get(kind.conversationId(doc));
        const result: OutboxResult<WithOutbox> | undefined = conv
          ? await this.opts.proactive.continue(conv.reference as StoredReference, (port) => runOutbox(kind, deps, head.pk, head.id, { lease, port, log }))
          : // No address (the bot was removed from the chat): store steps still run, sends fail and wait.
            await runOutbox(kind, deps, head.pk, head.id, { lease, log });
        if (result?.status === 'done') finished++;
        log.info('outbox.swept', { docType: head.type, status: result?.status ?? 'none' });
      } catch (err) {
        log.warn('outbox.sweep_failed', { docType: head.type, ...errorFields(err) });
      }
    }
    return finished;
  }
}
