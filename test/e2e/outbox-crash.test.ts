import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { CosmosClient } from '@azure/cosmos';
import { ConnectorStandIn } from '../support/connector';
import { startBotProcess, BotProcess, postActivity } from '../support/botProcess';
import { executeActivity, makeUser } from '../support/activities';
import { startEmbeddedCosmos, EmbeddedCosmos } from '../../src/store/embedded';
import { createCosmosClient } from '../../src/store/cosmos';
import { meetingDocSchema, type MeetingDoc } from '../../src/store/meetings';
import { caseDocId } from '../../src/store/cases';
import { stepsOf } from '../../src/store/outbox';

/**
 * A REAL bot process is killed (SIGKILL) in the middle of a meeting submit: the connector stand-in holds the
 * invitation POST open, then the process dies. A second process on the same store finishes the command by
 * itself (its background sweep, once the dead one's lease has run out), and a re-delivery of the submit to it
 * is answered truthfully. The store runs in this test process, so it outlives the killed bot.
 */
const USERS = [makeUser(801, 'Kari Koordinator'), makeUser(802, 'Per Fagperson'), makeUser(803, 'Siri Fagperson')];
const CONV = '19:outbox-crash@thread.v2';
const OWNER = `conv:${CONV}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Json = any;
const isInvitation = (body: Json) => JSON.stringify(body?.attachments ?? []).includes('meeting.rsvp');

describe('a bot process killed mid-submit', () => {
  let connector: ConnectorStandIn;
  let embedded: EmbeddedCosmos;
  let client: CosmosClient;
  let a: BotProcess;
  let b: BotProcess;
  const cases = () => client.database('btibot').container('cases');
  // The killed process cannot clean up after itself.
  const aDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-crash-'));

  beforeAll(async () => {
    connector = await new ConnectorStandIn().start();
    embedded = await startEmbeddedCosmos({});
    const store = { COSMOS_ENDPOINT: embedded.endpoint, COSMOS_KEY: embedded.key, OUTBOX_LEASE_SECONDS: '3' };
    // One after the other: both would create the database at once otherwise.
    a = await startBotProcess({ ...store, REMINDER_POLL_SECONDS: '3600', EMBEDDED_DATA_DIR: aDir });
    b = await startBotProcess({ ...store, REMINDER_POLL_SECONDS: '1' });
    client = createCosmosClient(embedded.endpoint, { key: embedded.key });
    connector.setRoster(CONV, USERS.map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
  }, 120_000);
  afterAll(async () => {
    client?.dispose();
    await b?.stop();
    // Killed by a signal, it has no exit code, and its 'exit' event is gone: stop() would wait for it.
    if (a && a.child.exitCode === null && a.child.signalCode === null) await a.stop();
    fs.rmSync(aDir, { recursive: true, force: true });
    await connector?.stop();
    await embedded?.close();
  }, 60_000);

  const meetingsStored = async (): Promise<MeetingDoc[]> => {
    const { resources } = await cases().items.query({ query: 'SELECT * FROM c WHERE c.pk = @pk AND c.type = @t', parameters: [{ name: '@pk', value: OWNER }, { name: '@t', value: 'meeting' }] }).fetchAll();
    return resources.map((r: unknown) => meetingDocSchema.parse(r));
  };

  it('the other instance posts the invitation once, stores its id and the reminders; the re-delivery says it is sent', async () => {
    const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const submit = executeActivity({ serviceUrl: connector.url, conversationId: CONV, conversationType: 'groupChat' }, USERS[0]!, 'meeting.submit', {
      mode: 'new', meetingId: '', cardVersion: '0', meetingType: 'samarbeidsmote', caseRef: 'new', date, start: '09:00', end: '10:00',
      place: 'Møterom 1', onlineLink: '', agenda: 'Status', invitees: USERS.slice(1).map((u) => u.aadObjectId).join(','),
      childInvited: 'false', interpreterNeeded: 'false', interpreterLanguage: '',
    }, 'form-card');

    const held = connector.holdNext((call) => call.method === 'POST' && isInvitation(call.body));
    const answer = postActivity(a.url, submit).catch((err: unknown) => err);
    await held;
    const exited = new Promise((resolve) => a.child.once('exit', resolve));
    a.child.kill('SIGKILL');
    await exited;
    // The submitter's request died with the process: no answer at all, not a false "sent".
    expect(await answer).toBeInstanceOf(Error);

    // The meeting was saved (with the post still to do) before the process died.
    expect(await meetingsStored()).toHaveLength(1);

    // The other instance's sweep takes over once the dead process's lease has run out. Polled, not timed.
    let done: MeetingDoc | undefined;
    for (let i = 0; i < 600 && !done; i++) {
      const [m] = await meetingsStored();
      if (m?.activityId && stepsOf(m).length === 0) done = m;
      else await new Promise((r) => setTimeout(r, 100));
    }
    if (!done) console.log('[outbox-crash] not finished', JSON.stringify((await meetingsStored())[0]?.pending), b.stderr().slice(-3000));
    expect(done).toBeDefined();
    expect(done!.outbox).toBeUndefined();

    // At least once: the held post (which Teams never answered) and exactly one delivered invitation.
    expect(connector.calls.filter((c) => c.method === 'HELD-POST')).toHaveLength(1);
    const posted = connector.sent(CONV).filter((c) => isInvitation(c.body));
    expect(posted).toHaveLength(1);
    expect(JSON.stringify(posted[0]!.body)).toContain(done!.caseRef);
    // Everything before the post is there too: the case and the reminders.
    expect((await cases().item(caseDocId(done!.caseRef), OWNER).read()).resource).toBeDefined();
    const { resources: reminders } = await client
      .database('btibot')
      .container('reminders')
      .items.query({ query: 'SELECT * FROM c WHERE c.payload.meetingId = @m', parameters: [{ name: '@m', value: done!.meetingId }] })
      .fetchAll();
    expect(reminders.map((r: Json) => r.kind)).toContain('meeting.before-meeting');

    // Teams re-delivers the submit to the living instance: the truth, with the case ref, and no second post.
    const again = await postActivity(b.url, submit);
    expect(again.status).toBe(200);
    expect(JSON.stringify(again.body.value)).toContain(`Innkallingen til Samarbeidsmøte i sak ${done!.caseRef} er sendt.`);
    expect(connector.sent(CONV).filter((c) => isInvitation(c.body))).toHaveLength(1);
    expect(await meetingsStored()).toHaveLength(1);
  }, 120_000);
});
