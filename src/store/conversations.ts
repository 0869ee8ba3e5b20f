import { z } from 'zod';
import type { StoredReference } from '../actions/types';
import { CosmosStore } from './cosmos';
import { baseDocSchema, deleteDoc, readDoc, updateDoc, Mutation } from './documents';

/** Conversation references for proactive messages (reminders), one document per conversation. */
const conversationDocSchema = baseDocSchema.extend({
  type: z.literal('conversation'),
  reference: z.record(z.unknown()),
  owner: z.string(),
  locale: z.enum(['nb', 'en']),
  updatedAt: z.string(),
});
export type ConversationDoc = z.infer<typeof conversationDocSchema>;

export class ConversationRepository {
  constructor(private readonly store: CosmosStore) {}

  private key(conversationId: string) {
    // Cosmos ids may not contain '/', '\\', '?' or '#'; Teams ids can hold ';' and ':' which are fine.
    return `conv:${encodeURIComponent(conversationId)}`.slice(0, 250);
  }

  async save(full: Partial<StoredReference>, owner: string, locale: 'nb' | 'en', now: Date): Promise<void> {
    const conversationId = full.conversation?.id;
    if (!conversationId) return;
    const id = this.key(conversationId);
    // The reference names the person whose message was answered; a reminder goes to the conversation and
    // needs nothing about them, so the person is not kept.
    const reference: Partial<StoredReference> = { ...full };
    delete reference.user;
    await updateDoc(this.store.container('conversations'), conversationDocSchema, id, id, (current): Mutation<ConversationDoc, undefined> => {
      const same = current && JSON.stringify(current.reference) === JSON.stringify(reference) && current.locale === locale;
      if (same) return { kind: 'unchanged', result: undefined };
      return {
        kind: 'write',
        doc: { id, pk: id, type: 'conversation', ops: [], reference: reference as Record<string, unknown>, owner, locale, updatedAt: now.toISOString() },
        result: undefined,
      };
    });
  }

  /**
   * The bot was removed from a chat or a team: nothing can be sent there any more, so the addresses go. A team
   * has one address per channel thread, all with the team as owner; the removal names only the team.
   */
  async removeOwner(owner: string): Promise<number> {
    const container = this.store.container('conversations');
    const { resources } = await container.items
      .query<{ id: string; pk: string }>({ query: 'SELECT c.id, c.pk FROM c WHERE c.owner = @owner', parameters: [{ name: '@owner', value: owner }] })
      .fetchAll();
    let removed = 0;
    for (const doc of resources) if (await deleteDoc(container, doc.id, doc.pk)) removed++;
    return removed;
  }

  async get(conversationId: string): Promise<ConversationDoc | undefined> {
    const id = this.key(conversationId);
    return readDoc(this.store.container('conversations'), conversationDocSchema, id, id);
  }
}
