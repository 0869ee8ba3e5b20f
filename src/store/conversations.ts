import { z } from 'zod';
import type { ConversationReference } from 'botbuilder';
import { CosmosStore } from './cosmos';
import { baseDocSchema, readDoc, updateDoc, Mutation } from './documents';

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

  async save(full: Partial<ConversationReference>, owner: string, locale: 'nb' | 'en', now: Date): Promise<void> {
    const conversationId = full.conversation?.id;
    if (!conversationId) return;
    const id = this.key(conversationId);
    // The reference names the person whose message was answered; a reminder goes to the conversation and
    // needs neither their name nor their directory id, so neither is kept.
    const reference = { ...full, user: full.user ? { id: full.user.id, name: '' } : undefined };
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

  /** The bot was removed from the conversation: nothing can be sent there any more, so the address goes. */
  async remove(conversationId: string): Promise<boolean> {
    const id = this.key(conversationId);
    try {
      await this.store.container('conversations').item(id, id).delete();
      return true;
    } catch (err) {
      if ((err as { code?: unknown }).code === 404) return false;
      throw err;
    }
  }

  async get(conversationId: string): Promise<ConversationDoc | undefined> {
    const id = this.key(conversationId);
    return readDoc(this.store.container('conversations'), conversationDocSchema, id, id);
  }
}
