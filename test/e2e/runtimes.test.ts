import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { TurnContext, type Activity } from 'botbuilder';
import { startHarness } from '../support/botHarness';
import { ConnectorStandIn } from '../support/connector';
import { BOT_ID, executeActivity, makeUser, messageActivity } from '../support/activities';
import { ConversationRepository } from '../../src/store/conversations';
import { referenceOf, type WireActivity } from '../../src/bot/pipeline';
import type { StoredReference } from '../../src/actions/types';

/**
 * Both runtimes (BOT_RUNTIME=teams-ai | teams-sdk) read and write the same data: a conversation address stored
 * by a bot on one runtime is used for a proactive send by a bot on the other, on the same database. The address
 * is the one each runtime's Turn.reference() gives for a posted activity (teams-ai: botbuilder's
 * getConversationReference; teams-sdk: src/bot/pipeline.ts referenceOf).
 */
type Runtime = 'teams-ai' | 'teams-sdk';
const alice = makeUser(1, 'Alice Fagperson');
const bob = makeUser(2, 'Bob Helsesykepleier');

function referenceUnder(runtime: Runtime, activity: WireActivity): StoredReference {
  return runtime === 'teams-ai' ? (TurnContext.getConversationReference(activity as unknown as Activity) as StoredReference) : referenceOf(activity);
}

describe.each([
  ['teams-ai', 'teams-sdk'],
  ['teams-sdk', 'teams-ai'],
] as const)('a conversation address stored under %s', (storedUnder: Runtime, sentUnder: Runtime) => {
  let connector: ConnectorStandIn;
  let dataDir: string;
  const conversationId = `19:proactive-${storedUnder}@thread.v2`;

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    const first = await startHarness({ connector, env: { BOT_RUNTIME: storedUnder, REMINDER_POLL_SECONDS: '3600' } });
    dataDir = first.dataDir;
    expect(first.config.runtime).toBe(storedUnder);
    // A real turn on the first runtime, so the activity is one that bot answered.
    const activity = messageActivity({ serviceUrl: connector.url, conversationId }, alice, 'saker');
    expect((await first.post(activity)).status).toBe(200);
    expect(connector.sent(conversationId)).toHaveLength(1);
    await new ConversationRepository(first.bot.store).save(referenceUnder(storedUnder, activity as WireActivity) as never, `conv:${conversationId}`, 'nb', new Date());
    await first.stop();
  }, 120_000);
  afterAll(async () => {
    await connector?.stop();
  });

  it(`is used for a proactive send, update and roster read under the other runtime`, async () => {
    const second = await startHarness({ connector, dataDir, env: { BOT_RUNTIME: sentUnder, REMINDER_POLL_SECONDS: '3600' } });
    try {
      expect(second.config.runtime).toBe(sentUnder);
      const stored = await new ConversationRepository(second.bot.store).get(conversationId);
      expect(stored).toBeDefined();
      connector.clear();
      connector.setRoster(conversationId, [
        { id: alice.id, name: alice.name, aadObjectId: alice.aadObjectId },
        { id: bob.id, name: bob.name, aadObjectId: bob.aadObjectId },
      ]);
      const result = await second.bot.bot.proactive.continue(stored!.reference as StoredReference, async (port) => {
        const id = await port.send({ text: `påminnelse fra ${sentUnder}` });
        await port.update(id!, { card: { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'oppdatert' }] } });
        return { id, members: await port.members() };
      });
      const sent = connector.sent(conversationId);
      expect(sent).toHaveLength(1);
      expect(sent[0].body.text).toBe(`påminnelse fra ${sentUnder}`);
      expect(sent[0].body.from?.id).toBe(BOT_ID);
      expect(result.id).toMatch(/^msg-/);
      expect(connector.updates(conversationId).map((u) => u.activityId)).toEqual([result.id]);
      expect(JSON.stringify(connector.cards(conversationId))).toContain('oppdatert');
      expect(result.members.map((m) => m.aadObjectId)).toEqual([alice.aadObjectId, bob.aadObjectId]);
      // Nothing about the person whose message was answered is kept in the address.
      expect(JSON.stringify(stored)).not.toContain(alice.aadObjectId);
    } finally {
      await second.stop();
    }
  });
});

describe('the conversation address each runtime stores', () => {
  it('is the same JSON for messages, presses and installs in chats and channels', () => {
    const serviceUrl = 'https://smba.trafficmanager.net/emea/';
    const activities = [
      messageActivity({ serviceUrl }, alice, 'hjelp'),
      messageActivity({ serviceUrl, conversationType: 'channel', conversationId: '19:general@thread.tacv2;messageid=17', teamId: '19:team@thread.tacv2' }, alice, 'saker'),
      messageActivity({ serviceUrl, conversationType: 'personal', conversationId: 'a:1-personal', locale: 'en-GB' }, bob, 'help'),
      executeActivity({ serviceUrl }, bob, 'case.close', { caseRef: 'BTI-2026-0001' }, 'card-1'),
    ];
    for (const activity of activities) {
      const a = activity as WireActivity;
      expect(JSON.parse(JSON.stringify(referenceUnder('teams-sdk', a)))).toEqual(JSON.parse(JSON.stringify(referenceUnder('teams-ai', a))));
    }
  });
});
