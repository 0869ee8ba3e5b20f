"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ReminderWorker = exports.DEFAULT_LEASE_MS = void 0;
const node_crypto_1 = require("node:crypto");
const log_1 = require("../log");
const reminders_1 = require("../store/reminders");
const conversations_1 = require("../store/conversations");
/**
 * Long enough for the slowest ordinary send (a few store reads plus Teams calls with the connector's 429 retries,
 * seconds), short enough that a reminder held by an instance that died goes out a couple of minutes late.
 */
exports.DEFAULT_LEASE_MS = 120_000;
class ReminderWorker {
    opts;
    senders = new Map();
    reminders;
    conversations;
    instanceId;
    timer;
    running;
    alsoOnPoll = [];
    constructor(opts) {
        this.opts = opts;
        this.reminders = new reminders_1.ReminderRepository(opts.store);
        this.conversations = new conversations_1.ConversationRepository(opts.store);
        this.instanceId = opts.instanceId ?? (0, node_crypto_1.randomUUID)();
    }
    register(kind, sender) {
        this.senders.set(kind, sender);
    }
    /** More background work on the same poll (the outbox sweep, src/bot/outbox.ts); its failures are logged, never thrown. */
    onPoll(name, run) {
        this.alsoOnPoll.push({ name, run });
    }
    /** One pass: claims and sends what is due. Returns how many this instance sent. */
    tick() {
        // Never two passes at once in one instance.
        this.running ??= this.pass().finally(() => {
            this.running = undefined;
        });
        return this.running;
    }
    async pass() {
        const sent = await this.sendDue();
        for (const extra of this.alsoOnPoll) {
            try {
                await extra.run();
            }
            catch (err) {
                this.opts.logger.warn('reminders.poll_task_failed', { task: extra.name, ...(0, log_1.errorFields)(err) });
            }
        }
        return sent;
    }
    async sendDue() {
        const now = this.opts.now();
        const log = this.opts.logger;
        let sent = 0;
        let due;
        try {
            due = await this.reminders.due(now);
        }
        catch (err) {
            log.warn('reminders.poll_failed', (0, log_1.errorFields)(err));
            return 0;
        }
        const leaseMs = this.opts.leaseMs ?? exports.DEFAULT_LEASE_MS;
        for (const candidate of due) {
            const claimed = await this.reminders.claim(candidate, this.instanceId, now, leaseMs).catch(() => undefined);
            if (!claimed)
                continue;
            const sender = this.senders.get(claimed.kind);
            const renewal = this.keepLease(claimed, leaseMs);
            try {
                if (!sender)
                    throw new Error(`no sender for reminder kind ${claimed.kind}`);
                const conv = await this.conversations.get(claimed.conversationId);
                if (!conv)
                    throw new Error('no conversation reference stored');
                // The adapter hands errors inside the logic to onTurnError, which swallows them; keep our own so a
                // refused send is retried instead of being marked sent.
                let failure;
                await this.opts.adapter.continueConversationAsync(this.opts.botAppId, conv.reference, async (context) => {
                    try {
                        await sender(context, claimed, conv.locale);
                    }
                    catch (err) {
                        failure = err ?? new Error('send failed');
                    }
                });
                if (failure)
                    throw failure;
                await this.reminders.markSent(claimed, this.opts.now());
                sent++;
                log.info('reminders.sent', { kind: claimed.kind, reminderId: claimed.id });
            }
            catch (err) {
                const status = await this.reminders.release(claimed, this.opts.now()).catch(() => 'pending');
                log.warn('reminders.send_failed', { kind: claimed.kind, reminderId: claimed.id, next: status, ...(0, log_1.errorFields)(err) });
            }
            finally {
                renewal.stop();
            }
        }
        return sent;
    }
    /** Renews the lease on `claimed` until stopped, so a send slower than the lease is not taken over and sent twice. */
    keepLease(claimed, leaseMs) {
        const log = this.opts.logger;
        let busy = false;
        let stopped = false;
        const timer = setInterval(() => {
            if (busy || stopped)
                return;
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
                .catch((err) => log.warn('reminders.lease_renew_failed', { kind: claimed.kind, reminderId: claimed.id, ...(0, log_1.errorFields)(err) }))
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
    start(intervalMs) {
        this.stop();
        this.timer = setInterval(() => void this.tick(), intervalMs);
        this.timer.unref();
    }
    stop() {
        if (this.timer)
            clearInterval(this.timer);
        this.timer = undefined;
    }
}
exports.ReminderWorker = ReminderWorker;
//# sourceMappingURL=reminderWorker.js.map