"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LanguagePreferenceRepository = void 0;
const node_crypto_1 = require("node:crypto");
const zod_1 = require("zod");
const documents_1 = require("./documents");
/**
 * A person's explicit language choice (`språk engelsk`), and nothing else about them: the document is keyed
 * by a hash of the Entra object id and holds only the language and when it was chosen. It lives in the
 * `conversations` container (per-person, like the addresses there, not per case) and expires when unused for
 * the retention period; `språk auto` deletes it.
 */
const languageDocSchema = documents_1.baseDocSchema.extend({
    type: zod_1.z.literal('language'),
    language: zod_1.z.enum(['nb', 'en']),
    updatedAt: zod_1.z.string(),
});
/**
 * Every message and card press needs the person's language, and nearly nobody has chosen one: a point read on
 * every turn was a large part of a help turn. The answer (a choice or none) is kept per store for CACHE_MS;
 * a choice made through this process replaces it at once, one made through another instance of the bot shows
 * here within CACHE_MS. Bounded, oldest out first.
 */
const CACHE_MS = 60_000;
const CACHE_MAX = 10_000;
const caches = new WeakMap();
class LanguagePreferenceRepository {
    store;
    retentionDays;
    clock;
    cache;
    constructor(store, retentionDays, clock = Date.now) {
        this.store = store;
        this.retentionDays = retentionDays;
        this.clock = clock;
        let cache = caches.get(store);
        if (!cache)
            caches.set(store, (cache = new Map()));
        this.cache = cache;
    }
    remember(id, language) {
        this.cache.delete(id);
        if (this.cache.size >= CACHE_MAX)
            this.cache.delete(this.cache.keys().next().value);
        this.cache.set(id, { language, until: this.clock() + CACHE_MS });
    }
    get container() {
        return this.store.container('conversations');
    }
    /** The id never contains the object id itself. */
    static key(aadObjectId) {
        return `lang:${(0, node_crypto_1.createHash)('sha256').update(`language\u0000${aadObjectId}`).digest('hex').slice(0, 40)}`;
    }
    async get(aadObjectId) {
        const id = LanguagePreferenceRepository.key(aadObjectId);
        const hit = this.cache.get(id);
        if (hit && hit.until > this.clock())
            return hit.language;
        const language = (await (0, documents_1.readDoc)(this.container, languageDocSchema, id, id))?.language;
        this.remember(id, language);
        return language;
    }
    /** Idempotent: choosing the language already stored writes nothing. */
    async set(aadObjectId, language, now) {
        const id = LanguagePreferenceRepository.key(aadObjectId);
        await (0, documents_1.updateDoc)(this.container, languageDocSchema, id, id, (current) => {
            if (current?.language === language)
                return { kind: 'unchanged', result: undefined };
            return {
                kind: 'write',
                doc: { id, pk: id, type: 'language', ops: [], language, updatedAt: now.toISOString(), ttl: this.retentionDays * 86_400 },
                result: undefined,
            };
        });
        this.remember(id, language);
    }
    async forget(aadObjectId) {
        const id = LanguagePreferenceRepository.key(aadObjectId);
        const deleted = await (0, documents_1.deleteDoc)(this.container, id, id);
        this.remember(id, undefined);
        return deleted;
    }
}
exports.LanguagePreferenceRepository = LanguagePreferenceRepository;
//# sourceMappingURL=preferences.js.map