import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { TestAdapter, TurnContext, Activity } from 'botbuilder';
import { CosmosBotStateStorage } from '../../src/runtime/teamsAi/botStateStorage';
import { BotTurnState } from '../../src/bot/turnState';
import { CosmosStore } from '../../src/store/cosmos';
import { startTestStore } from '../support/store';
import { executeActivity, makeUser, messageActivity } from '../support/activities';

const conv = { serviceUrl: 'http://127.0.0.1:9/', conversationId: '19:turnstate@thread.v2' };
const user = makeUser(3);
const contextFor = (activity: object) => new TurnContext(new TestAdapter(), activity as Partial<Activity>);

describe('turn state in Cosmos, skipped for card actions', () => {
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

  it('keeps conversation state across message turns in the botstate container', async () => {
    const first = new BotTurnState();
    const ctx1 = contextFor(messageActivity(conv, user, 'hjelp'));
    await first.load(ctx1, storage);
    first.setValue('conversation.language', 'nb');
    await first.save(ctx1, storage);
    expect(await stored()).toHaveLength(1);

    const second = new BotTurnState();
    await second.load(contextFor(messageActivity(conv, user, 'hei')), storage);
    expect(second.getValue('conversation.language')).toBe('nb');
  });

  it('neither reads nor writes turn state for an Adaptive Card action, so it cannot clobber it', async () => {
    const before = JSON.stringify((await stored()).map((d) => d.state));
    const press = new BotTurnState();
    const ctx = contextFor(executeActivity(conv, user, 'avklaring.agree', { avklaringId: 'a'.repeat(24) }));
    await press.load(ctx, storage);
    // Not read: the stored value is not there.
    expect(press.getValue('conversation.language')).toBeUndefined();
    press.setValue('conversation.language', 'en');
    await press.save(ctx, storage);
    expect(JSON.stringify((await stored()).map((d) => d.state))).toBe(before);

    const later = new BotTurnState();
    await later.load(contextFor(messageActivity(conv, user, 'hei')), storage);
    expect(later.getValue('conversation.language')).toBe('nb');
  });
});
