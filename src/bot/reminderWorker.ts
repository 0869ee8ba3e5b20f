import { randomUUID } from 'node:crypto';
import type { ConversationPort, ProactivePort, StoredReference } from '../actions/types';
import { errorFields, Logger } from '../log';
import { ReminderDoc, ReminderRepository } from '../store/reminders';
import { ConversationRepository } from '../store/conversations';
import { CosmosStore } from '../store/cosmos';
import type { Locale } from '../i18n';

/**
 * Sends due reminders proactively. Every instance runs one; the store's lease makes sure each reminder is
 * sent by one of them. A failed send (Teams answering 429/5xx beyond the SDK's retries) is retried later.
 *
 * At least once, not exactly once: if an instance dies after Teams took the message but before it stored
 * "sent", its lease runs out (DEFAULT_LEASE_MS) and another instance sends the reminder again. That window is a
 * single store write wide. A slow send does not open it: the lease is renewed while the send runs, so no other
 * instance takes the reminder over from a live one.
 */
export type ReminderSender = (port: ConversationPort, reminder: ReminderDoc, locale: Locale, log: Logger) => Promise<void>;

export interface ReminderWorkerOptions {
  store: CosmosStore;
  proactive: ProactivePort;
  logger: Logger;
  now: () => Date;
  /** How long a claim holds without renewal, in the time of `now` (DEFAULT_LEASE_MS). */
  leaseMs?: number;
  /** How often a running send renews its lease, in real milliseconds (a third of the lease, at least 1 s). */
  renewEveryMs?: number;
  instanceId?: string;
}

/**
 * Long enough for the slowest ordinary send (a few store reads plus Teams calls with the connector's 429 retries,
 * seconds), short enough that a reminder held by an instance that died goes out a couple of minutes late.
 */
export const DEFAULT_LEASE_MS = 120_000;

export class ReminderWorker {
  private readonly senders = new Map<string, ReminderSender>();
  private readonly reminders: ReminderRepository;
  private readonly conversations: ConversationRepository;
  readonly instanceId: string;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;
  private readonly alsoOnPoll: Array<{ name: string; run: () => Promise<unknown> }> = [];

  constructor(private readonly opts: ReminderWorkerOptions) {
    this.reminders = new ReminderRepository(opts.store);
    this.conversations = new ConversationRepository(opts.store);
    this.instanceId = opts.instanceId ?? randomUUID();
  }

  register(kind: string, sender: ReminderSender): void {
    this.senders.set(kind, sender);
  }

  /** More background work on the same poll (the outbox sweep, src/bot/outbox.ts); its failures are logged, never thrown. */
  onPoll(name: string, run: () => Promise<unknown>): void {
    this.alsoOnPoll.push({ name, run });
  }

  /** One pass: claims and sends what is due. Returns how many this instance sent. */
  tick(): Promise<number> {
    // Never two passes at once in one instance.
    this.running ??= this.pass().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private async pass(): Promise<number> {
    const sent = await this.sendDue();
    for (const extra of this.alsoOnPoll) {
      try {
        await extra.run();
      } catch (err) {
        this.opts.logger.warn('reminders.poll_task_failed', { task: extra.name, ...errorFields(err) });
      }
    }
    return sent;
  }

  private async sendDue(): Promise<number> {
    const now = this.opts.now();
    const log = this.opts.logger;
    let sent = 0;
    let due: ReminderDoc[];
    try {
      due = await this.reminders.due(now);
    } catch (err) {
      log.warn('reminders.poll_failed', errorFields(err));
      return 0;
    }
    const leaseMs = this.opts.leaseMs ?? DEFAULT_LEASE_MS;
    for (const candidate of due) {
      const claimed = await this.reminders.claim(candidate, this.instanceId, now, leaseMs).catch(() => undefined);
      if (!claimed) continue;
      const sender = this.senders.get(claimed.kind);
      const renewal = this.keepLease(claimed, leaseMs);
      try {
        if (!sender) throw new Error(`no sender for reminder kind ${claimed.kind}`);
        const conv = await this.conversations.get(claimed.conversationId);
        if (!conv) throw new Error('no conversation reference stored');
        // A refused send throws here and is retried later instead of being marked sent.
        await this.opts.proactive.continue(conv.reference as StoredReference, (port) => sender(port, claimed, conv.locale, log));
        await this.reminders.markSent(claimed, this.opts.now());
        sent++;
        log.info('reminders.sent', { kind: claimed.kind, reminderId: claimed.id });
      } catch (err) {
        const status = await this.reminders.release(claimed, this.opts.now()).catch(() => 'pending');
        log.warn('reminders.send_failed', { kind: claimed.kind, reminderId: claimed.id, next: status, ...errorFields(err) });
      } finally {
        renewal.stop();
      }
    }
    return sent;
  }

  /** Renews the lease on `claimed` until stopped, so a send slower than the lease is not taken over and sent twice. */
  private keepLease(claimed: ReminderDoc, leaseMs: number): { stop(): void } {
    const log = this.opts.logger;
    let busy = false;
    let stopped = false;
    const timer = setInterval(() => {
      if (busy || stopped) return;
      busy = true;
      this.reminders
        .renew(claimed, this.instanceId, this.opts.now(), leaseMs)
        .then((ours) => {
          // Not ours after the send was settled is expected; before, the store was out of reach for a whole lease.
          if (!ours && !stopped) {
            log.warn('reminders.lease_lost', { kind: claimed.kind, reminderId: claimed.id });
            clearInterval(timer);
          }
        })
        .catch((err) => log.warn('reminders.lease_renew_failed', { kind: claimed.kind, reminderId: claimed.id, ...errorFields(err) }))
        .finally(() => {
          busy = false;
        });
    }, this.opts.renewEveryMs ?? Math.max(1000, Math.floor(leaseMs / 3)));
    timer.unref();
    return {
      stop: () => {
        stopped = true;
        clearInterval(timer);
      },
    };
  }

  start(intervalMs: number): void {
    this.stop();
    this.timer = setInterval(() => void this.tick(), intervalMs);
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }
}
