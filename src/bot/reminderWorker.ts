import { randomUUID } from 'node:crypto';
import type { ConversationReference, TurnContext } from 'botbuilder';
import { errorFields, Logger } from '../log';
import { ReminderDoc, ReminderRepository } from '../store/reminders';
import { ConversationRepository } from '../store/conversations';
import { CosmosStore } from '../store/cosmos';
import type { Locale } from '../i18n';

/**
 * Sends due reminders proactively. Every instance runs one; the store's lease makes sure each reminder is
 * sent by one of them. A failed send (Teams answering 429/5xx beyond the SDK's retries) is retried later.
 */
export type ReminderSender = (context: TurnContext, reminder: ReminderDoc, locale: Locale) => Promise<void>;

export interface ProactiveAdapter {
  continueConversationAsync(botAppId: string, reference: Partial<ConversationReference>, logic: (context: TurnContext) => Promise<void>): Promise<void>;
}

export interface ReminderWorkerOptions {
  store: CosmosStore;
  adapter: ProactiveAdapter;
  botAppId: string;
  logger: Logger;
  now: () => Date;
  leaseMs?: number;
  instanceId?: string;
}

export class ReminderWorker {
  private readonly senders = new Map<string, ReminderSender>();
  private readonly reminders: ReminderRepository;
  private readonly conversations: ConversationRepository;
  readonly instanceId: string;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<number> | undefined;

  constructor(private readonly opts: ReminderWorkerOptions) {
    this.reminders = new ReminderRepository(opts.store);
    this.conversations = new ConversationRepository(opts.store);
    this.instanceId = opts.instanceId ?? randomUUID();
  }

  register(kind: string, sender: ReminderSender): void {
    this.senders.set(kind, sender);
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
    for (const candidate of due) {
      const claimed = await this.reminders.claim(candidate, this.instanceId, now, this.opts.leaseMs ?? 120_000).catch(() => undefined);
      if (!claimed) continue;
      const sender = this.senders.get(claimed.kind);
      try {
        if (!sender) throw new Error(`no sender for reminder kind ${claimed.kind}`);
        const conv = await this.conversations.get(claimed.conversationId);
        if (!conv) throw new Error('no conversation reference stored');
        // The adapter hands errors inside the logic to onTurnError, which swallows them; keep our own so a
        // refused send is retried instead of being marked sent.
        let failure: unknown;
        await this.opts.adapter.continueConversationAsync(this.opts.botAppId, conv.reference as Partial<ConversationReference>, async (context) => {
          try {
            await sender(context, claimed, conv.locale);
          } catch (err) {
            failure = err ?? new Error('send failed');
          }
        });
        if (failure) throw failure;
        await this.reminders.markSent(claimed, this.opts.now());
        sent++;
        log.info('reminders.sent', { kind: claimed.kind, reminderId: claimed.id });
      } catch (err) {
        const status = await this.reminders.release(claimed, this.opts.now()).catch(() => 'pending');
        log.warn('reminders.send_failed', { kind: claimed.kind, reminderId: claimed.id, next: status, ...errorFields(err) });
      }
    }
    return sent;
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
