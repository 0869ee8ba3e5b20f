"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.CosmosBotStateStorage = void 0;
const node_crypto_1 = require("node:crypto");
const documents_1 = require("./documents");
/**
 * botbuilder's Storage on a Cosmos container, for teams-ai turn state. Storage keys hold characters
 * Cosmos ids forbid ('/') and can be long, so the id is a hash and the key is kept beside it.
 */
class CosmosBotStateStorage {
    container;
    constructor(container) {
        this.container = container;
    }
    idFor(key) {
        return (0, node_crypto_1.createHash)('sha256').update(key).digest('hex');
    }
    async read(keys) {
        const items = {};
        await Promise.all(keys.map(async (key) => {
            const id = this.idFor(key);
            try {
                const { resource } = await this.container.item(id, id).read();
                if (resource)
                    items[key] = { ...resource.state, eTag: resource._etag };
            }
            catch (err) {
                if ((0, documents_1.statusOf)(err) !== 404)
                    throw err;
            }
        }));
        return items;
    }
    async write(changes) {
        await Promise.all(Object.entries(changes).map(async ([key, value]) => {
            const id = this.idFor(key);
            const state = { ...(value ?? {}) };
            delete state.eTag;
            // Last writer wins on purpose: turn state holds only conveniences (e.g. the chosen language). Every
            // record that matters (cases, votes, RSVPs) is written through updateDoc with ETags instead, so a crowd
            // pressing buttons in one conversation never fails a turn on a turn-state 412.
            await this.container.items.upsert({ id, pk: id, type: 'botstate', key, state });
        }));
    }
    async delete(keys) {
        await Promise.all(keys.map(async (key) => {
            const id = this.idFor(key);
            try {
                await this.container.item(id, id).delete();
            }
            catch (err) {
                if ((0, documents_1.statusOf)(err) !== 404)
                    throw err;
            }
        }));
    }
}
exports.CosmosBotStateStorage = CosmosBotStateStorage;
//# sourceMappingURL=botStateStorage.js.map