"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CONTAINERS = void 0;
exports.expectedDefaultTtl = expectedDefaultTtl;
/**
 * The containers the bot uses. Every container is partitioned on `/pk`:
 * - cases: one logical partition per owning team/chat (cases, avklaringer, meetings, referat rotations),
 *   so one case's reads stay single-partition.
 * - conversations: conversation references for proactive messages, keyed by conversation.
 * - reminders: due reminders, partitioned by due day so a poll reads few partitions.
 * - botstate: teams-ai turn state (conversation/user state), keyed by storage key.
 */
exports.CONTAINERS = {
    cases: { id: 'cases', partitionKey: '/pk' },
    conversations: { id: 'conversations', partitionKey: '/pk' },
    reminders: { id: 'reminders', partitionKey: '/pk' },
    botstate: { id: 'botstate', partitionKey: '/pk' },
};
/**
 * The default time-to-live a container must have. -1 turns TTL on with no default, so a document expires
 * only when it carries its own `ttl` (closed cases); turn state expires after the retention period unused.
 */
function expectedDefaultTtl(id, retentionDays) {
    return id === exports.CONTAINERS.botstate.id ? retentionDays * 86_400 : -1;
}
//# sourceMappingURL=containers.js.map