"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.IcsIndex = void 0;
const zod_1 = require("zod");
const documents_1 = require("./documents");
/**
 * Calendar link token → the meeting it opens. The link (GET /ics/<token>) carries no partition, and without this
 * index every request, including every guess, was a query across all partitions. Each token has its own tiny
 * document in its own logical partition (`ics:<token>`), so a lookup is one point read and a miss costs as little
 * as a hit. The entry is written before its meeting, so a meeting never exists without one; an entry whose
 * meeting is gone (deleted case, or a re-delivered submit that kept the first meeting's token) finds nothing
 * and is removed when looked up.
 */
const entrySchema = zod_1.z.object({
    id: zod_1.z.string(),
    pk: zod_1.z.string(),
    type: zod_1.z.literal('ics-index'),
    owner: zod_1.z.string(),
    meetingId: zod_1.z.string(),
});
/** Written once every meeting stored before the index existed has its entry (see backfill). */
const MARKER_ID = 'ics-index-backfill-v1';
const key = (token) => `ics:${token}`;
class IcsIndex {
    store;
    constructor(store) {
        this.store = store;
    }
    get container() {
        return this.store.container('cases');
    }
    async put(token, owner, meetingId) {
        await this.container.items.upsert({ id: key(token), pk: key(token), type: 'ics-index', owner, meetingId });
    }
    async get(token) {
        return (0, documents_1.readDoc)(this.container, entrySchema, key(token), key(token));
    }
    async remove(token) {
        await (0, documents_1.deleteDoc)(this.container, key(token), key(token));
    }
    /** True once every meeting stored before the index existed has an entry. */
    async backfilled() {
        return (await (0, documents_1.readDoc)(this.container, zod_1.z.object({ id: zod_1.z.string() }).passthrough(), MARKER_ID, MARKER_ID)) !== undefined;
    }
    /**
     * Gives every meeting stored before the index existed its entry: one query across partitions, once per
     * store (a marker document records that it is done; instances starting together just do it twice).
     */
    async backfill() {
        if (await this.backfilled())
            return 0;
        const { resources } = await this.container.items
            .query({
            query: 'SELECT c.pk, c.meetingId, c.icsToken FROM c WHERE c.type = @t',
            parameters: [{ name: '@t', value: 'meeting' }],
        })
            .fetchAll();
        let count = 0;
        for (const m of resources) {
            if (typeof m.icsToken !== 'string' || typeof m.meetingId !== 'string')
                continue;
            await this.put(m.icsToken, m.pk, m.meetingId);
            count++;
        }
        await this.container.items.upsert({ id: MARKER_ID, pk: MARKER_ID, type: 'ics-index-marker', at: new Date().toISOString() });
        return count;
    }
}
exports.IcsIndex = IcsIndex;
//# sourceMappingURL=icsIndex.js.map