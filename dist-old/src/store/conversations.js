"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConversationRepository = void 0;
const zod_1 = require("zod");
const documents_1 = require("./documents");
/** Conversation references for proactive messages (reminders), one document per conversation. */
const conversationDocSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('conversation'),
    reference: zod_1.z.record(zod_1.z.unknown()),
    owner: zod_1.z.string(),
    locale: zod_1.z.enum(['nb', 'en']),
    updatedAt: zod_1.z.string(),
});
class ConversationRepository {
    store;
    constructor(store) {
        this.store = store;
    }
    key(conversationId) {
        // Cosmos ids may not contain '/', '\\', '?' or '#'; Teams ids can hold ';' and ':' which are fine.
        return `conv:${encodeURIComponent(conversationId)}`.slice(0, 250);
    }
    async save(full, owner, locale, now) {
        const conversationId = full.conversation?.id;
        if (!conversationId)
            return;
        const id = this.key(conversationId);
        // The reference names the person whose message was answered; a reminder goes to the conversation and
        // needs nothing about them, so the person is not kept.
        const reference = { ...full };
        delete reference.user;
        await (0, documents_1.updateDoc)(this.store.container('conversations'), conversationDocSchema, id, id, (current) => {
            const same = current && JSON.stringify(current.reference) === JSON.stringify(reference) && current.locale === locale;
            if (same)
                return { kind: 'unchanged', result: undefined };
            return {
                kind: 'write',
                doc: { id, pk: id, type: 'conversation', ops: [], reference: reference, owner, locale, updatedAt: now.toISOString() },
                result: undefined,
            };
        });
    }
    /**
     * The bot was removed from a chat or a team: nothing can be sent there any more, so the addresses go. A team
     * has one address per channel thread, all with the team as owner; the removal names only the team.
     */
    async removeOwner(owner) {
        const container = this.store.container('conversations');
        const { resources } = await container.items
            .query({ query: 'SELECT c.id, c.pk FROM c WHERE c.owner = @owner', parameters: [{ name: '@owner', value: owner }] })
            .fetchAll();
        let removed = 0;
        for (const doc of resources)
            if (await (0, documents_1.deleteDoc)(container, doc.id, doc.pk))
                removed++;
        return removed;
    }
    async get(conversationId) {
        const id = this.key(conversationId);
        return (0, documents_1.readDoc)(this.store.container('conversations'), conversationDocSchema, id, id);
    }
}
exports.ConversationRepository = ConversationRepository;
//# sourceMappingURL=conversations.js.map