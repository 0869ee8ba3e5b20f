import { createHash } from 'node:crypto';
import { z } from 'zod';
import { CosmosStore } from './cosmos';
import { baseDocSchema, deleteDoc, readDoc, updateDoc, Mutation } from './documents';

/**
 * A person's explicit language choice (`språk engelsk`), and nothing else about them: the document is keyed
 * by a hash of the Entra object id and holds only the language and when it was chosen. It lives in the
 * `conversations` container (per-person, like the addresses there, not per case) and expires when unused for
 * the retention period; `språk auto` deletes it.
 */
const languageDocSchema = baseDocSchema.extend({
  type: z.literal('language'),
  language: z.enum(['nb', 'en']),
  updatedAt: z.string(),
});
export type LanguageDoc = z.infer<typeof languageDocSchema>;

/**
 * Every message and card press needs the person's language, and nearly nobody has chosen one: a point read on
 * every turn was a large part of a help turn. The answer (a choice or none) is kept per store for CACHE_MS;
 * a choice made through this process replaces it at once, one made through another instance of the bot shows
 * here within CACHE_MS. Bounded, oldest out first.
 */
const CACHE_MS = 60_000;
const CACHE_MAX = 10_000;
type Cached = { language: 'nb' | 'en' | undefined; until: number };
const caches = new WeakMap<CosmosStore, Map<string, Cached>>();

export class LanguagePreferenceRepository {
  private readonly cache: Map<string, Cached>;

  constructor(
    private readonly store: CosmosStore,
    private readonly retentionDays: number,
    private readonly clock: () => number = Date.now,
  ) {
    let cache = caches.get(store);
    if (!cache) caches.set(store, (cache = new Map()));
    this.cache = cache;
  }

  private remember(id: string, language: 'nb' | 'en' | undefined): void {
    this.cache.delete(id);
    if (this.cache.size >= CACHE_MAX) this.cache.delete(this.cache.keys().next().value as string);
    this.cache.set(id, { language, until: this.clock() + CACHE_MS });
  }

  private get container() {
    return this.store.container('conversations');
  }

  /** The id never contains the object id itself. */
  static key(aadObjectId: string): string {
    return `lang:${createHash('sha256').update(`language\u0000${aadObjectId}`).digest('hex').slice(0, 40)}`;
  }

  async get(aadObjectId: string): Promise<'nb' | 'en' | undefined> {
    const id = LanguagePreferenceRepository.key(aadObjectId);
    const hit = this.cache.get(id);
    if (hit && hit.until > this.clock()) return hit.language;
    const language = (await readDoc(this.container, languageDocSchema, id, id))?.language;
    this.remember(id, language);
    return language;
  }

  /** Idempotent: choosing the language already stored writes nothing. */
  async set(aadObjectId: string, language: 'nb' | 'en', now: Date): Promise<void> {
    const id = LanguagePreferenceRepository.key(aadObjectId);
    await updateDoc(this.container, languageDocSchema, id, id, (current): Mutation<LanguageDoc, void> => {
      if (current?.language === language) return { kind: 'unchanged', result: undefined };
      return {
        kind: 'write',
        doc: { id, pk: id, type: 'language', ops: [], language, updatedAt: now.toISOString(), ttl: this.retentionDays * 86_400 },
        result: undefined,
      };
    });
    this.remember(id, language);
  }

  async forget(aadObjectId: string): Promise<boolean> {
    const id = LanguagePreferenceRepository.key(aadObjectId);
    const deleted = await deleteDoc(this.container, id, id);
    this.remember(id, undefined);
    return deleted;
  }
}
