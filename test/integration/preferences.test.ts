import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { LanguagePreferenceRepository } from '../../src/store/preferences';
import { CosmosStore } from '../../src/store/cosmos';
import { EmbeddedCosmos } from '../../src/store/embedded';
import { startTestStore } from '../support/store';

/** The language choice is read on every turn; the store is asked once per person per cache period. */
describe('language preference: cached reads', () => {
  let store: CosmosStore;
  let embedded: EmbeddedCosmos;
  let clock = 1_000_000;
  const now = () => clock;
  beforeAll(async () => {
    ({ store, embedded } = await startTestStore());
  });
  afterAll(async () => {
    await store.close();
  });

  it('reads a person without a choice once, then answers from memory until the period ends', async () => {
    const prefs = new LanguagePreferenceRepository(store, 30, now);
    await embedded.roundTrips(true);
    expect(await prefs.get('aad-none')).toBeUndefined();
    expect(await prefs.get('aad-none')).toBeUndefined();
    expect((await embedded.roundTrips(true)).reads).toBe(1);
    clock += 61_000;
    expect(await prefs.get('aad-none')).toBeUndefined();
    expect((await embedded.roundTrips(true)).reads).toBe(1);
  });

  it('a choice made or forgotten through any repository of this store shows at once', async () => {
    const reader = new LanguagePreferenceRepository(store, 30, now);
    const writer = new LanguagePreferenceRepository(store, 30, now);
    expect(await reader.get('aad-chooser')).toBeUndefined();
    await writer.set('aad-chooser', 'en', new Date());
    expect(await reader.get('aad-chooser')).toBe('en');
    await writer.set('aad-chooser', 'nb', new Date());
    expect(await reader.get('aad-chooser')).toBe('nb');
    await writer.forget('aad-chooser');
    expect(await reader.get('aad-chooser')).toBeUndefined();
  });

  it('a choice written by another instance (straight into the store) shows once the period is over', async () => {
    {
      const here = new LanguagePreferenceRepository(store, 30, now);
      expect(await here.get('aad-elsewhere')).toBeUndefined();
      const id = LanguagePreferenceRepository.key('aad-elsewhere');
      await store.container('conversations').items.upsert({ id, pk: id, type: 'language', ops: [], language: 'en', updatedAt: new Date().toISOString() });
      expect(await here.get('aad-elsewhere')).toBeUndefined();
      clock += 61_000;
      expect(await here.get('aad-elsewhere')).toBe('en');
    }
  });
});
