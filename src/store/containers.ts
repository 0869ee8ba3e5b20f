/**
 * The containers the bot uses. Every container is partitioned on `/pk`:
 * - cases: one logical partition per owning team/chat (cases, avklaringer, meetings, referat rotations),
 *   so one case's reads stay single-partition.
 * - conversations: conversation references for proactive messages, keyed by conversation.
 * - reminders: due reminders, partitioned by due day so a poll reads few partitions.
 * - botstate: teams-ai turn state (conversation/user state), keyed by storage key.
 */
export const CONTAINERS = {
  cases: { id: 'cases', partitionKey: '/pk' },
  conversations: { id: 'conversations', partitionKey: '/pk' },
  reminders: { id: 'reminders', partitionKey: '/pk' },
  botstate: { id: 'botstate', partitionKey: '/pk' },
} as const;

export type ContainerName = keyof typeof CONTAINERS;

/**
 * The default time-to-live a container must have. -1 turns TTL on with no default, so a document expires
 * only when it carries its own `ttl` (closed cases); turn state expires after the retention period unused.
 */
export function expectedDefaultTtl(id: string, retentionDays: number): number {
  return id === CONTAINERS.botstate.id ? retentionDays * 86_400 : -1;
}

/**
 * Composite indexes of the cases container (infra/main.bicep has the same list): its list queries filter on
 * one field and sort on another, which Azure Cosmos DB serves from a composite index (filter fields first,
 * then the sort). Everything else keeps the default policy (every path, range indexes).
 */
export const CASES_COMPOSITE_INDEXES: ReadonlyArray<ReadonlyArray<{ path: string; order: 'ascending' | 'descending' }>> = [
  [{ path: '/type', order: 'ascending' }, { path: '/createdAt', order: 'descending' }],
  [{ path: '/type', order: 'ascending' }, { path: '/startUtc', order: 'descending' }],
  [{ path: '/type', order: 'ascending' }, { path: '/caseRef', order: 'ascending' }, { path: '/startUtc', order: 'descending' }],
  [{ path: '/type', order: 'ascending' }, { path: '/avklaringId', order: 'ascending' }, { path: '/createdAt', order: 'ascending' }],
];
