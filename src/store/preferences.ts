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

export class LanguagePreferenceRepository {
  constructor(
    private readonly store: CosmosStore,
    private readonly retentionDays: number,
  ) {}

  private get container() {
    return this.store.container('conversations');
  }

  /** The id never contains the object id itself. */
  static key(aadObjectId: string): string {
    return `lang:${createHash('sha256').update(`language\u0000${aadObjectId}`).digest('hex').slice(0, 40)}`;
  }

  async get(aadObjectId: string): Promise<'nb' | 'en' | undefined> {
    const id = LanguagePreferenceRepository.key(aadObjectId);
    return (await readDoc(this.container, languageDocSchema, id, id))?.language;
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
  }

  async forget(aadObjectId: string): Promise<boolean> {
    const id = LanguagePreferenceRepository.key(aadObjectId);
    return deleteDoc(this.container, id, id);
  }
}
