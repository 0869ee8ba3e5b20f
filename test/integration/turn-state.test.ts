import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { TestAdapter, TurnContext, Activity } from 'botbuilder';
import { CosmosBotStateStorage } from '../../src/runtime/teamsAi/botStateStorage';
import { TurnState } from '@microsoft/teams-ai';
import { BotTurnState } from '../../src/runtime/teamsAi/turnState';
import { CosmosStore } from '../../src/store/cosmos';
import { startTestStore } from '../support/store';
import { executeActivity, makeUser, messageActivity } from '../support/activities';

const conv = { serviceUrl: 'http://127.0.0.1:9/', conversationId: '19:turnstate@thread.v2' };
const user = makeUser(3);
const contextFor = (activity: object) => new TurnContext(new TestAdapter(), activity as Partial<Activity>);

describe('turn state is never read from or written to the store', () => {
  let store: CosmosStore;
  let storage: CosmosBotStateStorage;
  beforeAll(async () => {
    ({ store } = await startTestStore());
    storage = new CosmosBotStateStorage(store.container('botstate'));
  });
  afterAll(async () => {
    await store.close();
  });
  const stored = async () => (await store.container('botstate').items.query('SELECT * FROM c').fetchAll()).resources;

  it('the storage itself still round-trips a value (kept for deployments that hold old turn state)', async () => {
    await storage.write({ 'msteams/conv/conversation': { language: 'nb' } });
    const read = await storage.read(['msteams/conv/conversation']);
    expect(read['msteams/conv/conversation']).toMatchObject({ language: 'nb' });
    await storage.delete(['msteams/conv/conversation']);
    expect(await stored()).toHaveLength(0);
  });

  for (const [kind, activity] of [
    ['a message turn', messageActivity(conv, user, 'hjelp')],
    ['an Adaptive Card action', executeActivity(conv, user, 'avklaring.agree', { avklaringId: 'a'.repeat(24) })],
  ] as const) {
    it(`${kind} neither writes nor reads stored turn state`, async () => {
      const state = new BotTurnState();
      const ctx = contextFor(activity);
      await state.load(ctx, storage);
      state.setValue('conversation.language', 'en');
      await state.save(ctx, storage);
      expect(await stored()).toHaveLength(0);

      // A value stored by teams-ai's own turn state (as an older version of the bot did) is not read either.
      const plain = new TurnState();
      const plainCtx = contextFor(activity);
      await plain.load(plainCtx, storage);
      plain.setValue('conversation.language', 'nb');
      await plain.save(plainCtx, storage);
      expect(await stored()).toHaveLength(1);
      const later = new BotTurnState();
      await later.load(contextFor(activity), storage);
      expect(later.getValue('conversation.language')).toBeUndefined();
      await store.container('botstate').items.query('SELECT * FROM c').fetchAll().then(({ resources }) =>
        Promise.all(resources.map((r: { id: string }) => store.container('botstate').item(r.id, r.id).delete())),
      );
    });
  }
});
