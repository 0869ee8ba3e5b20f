import { describe, it, expect, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConnectorStandIn } from '../support/connector';
import { startBotProcess, BotProcess, postActivity } from '../support/botProcess';
import { freePort } from '../support/faultyStore';
import { executeActivity, makeUser } from '../support/activities';
import { createCosmosClient } from '../../src/store/cosmos';
import { EMBEDDED_KEY } from '../../src/store/embedded';
import { meetingDocSchema, rsvpDocSchema } from '../../src/store/meetings';

/**
 * The embedded store keeps its data in memory and writes a snapshot a moment after writes. A REAL bot process is
 * killed with SIGKILL right after it has confirmed writes to the user; a new process on the same data folder must
 * have every one of them (the write-ahead log closes the window the debounced snapshot left open).
 */
const kari = makeUser(1, 'Kari Koordinator');
const ola = makeUser(2, 'Ola Lærer');
const CONV = '19:durability@thread.v2';
const OWNER = `conv:${CONV}`;

describe('embedded store after kill -9', () => {
  const procs: BotProcess[] = [];
  let connector: ConnectorStandIn | undefined;
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-durable-'));
  afterAll(async () => {
    for (const p of procs) await p.stop();
    await connector?.stop();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('keeps every write confirmed before the kill', async () => {
    connector = await new ConnectorStandIn().start();
    connector.setRoster(CONV, [kari, ola].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    const storePort = await freePort();
    const env = { EMBEDDED_DATA_DIR: dataDir, EMBEDDED_COSMOS_PORT: String(storePort), REMINDER_POLL_SECONDS: '3600' };
    const first = await startBotProcess(env, 150_000);
    procs.push(first);
    const conv = { serviceUrl: connector.url, conversationId: CONV };
    const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const created = await postActivity(
      first.url,
      executeActivity(conv, kari, 'meeting.submit', {
        mode: 'new', meetingId: '', cardVersion: '0', meetingType: 'samarbeidsmote', caseRef: 'new', date, start: '09:00', end: '10:00',
        place: 'Møterom 1', onlineLink: '', agenda: 'Status', invitees: ola.aadObjectId, childInvited: 'false', interpreterNeeded: 'false', interpreterLanguage: '',
      }, 'form-card'),
    );
    expect(JSON.stringify(created.body)).toMatch(/er sendt/);
    const probe = createCosmosClient(`http://127.0.0.1:${storePort}`, { key: EMBEDDED_KEY });
    const { resources } = await probe.database('btibot').container('cases').items
      .query({ query: 'SELECT * FROM c WHERE c.pk = @pk AND c.type = @t', parameters: [{ name: '@pk', value: OWNER }, { name: '@t', value: 'meeting' }] })
      .fetchAll();
    probe.dispose();
    const meetingId = meetingDocSchema.parse(resources[0]).meetingId;
    const answered = await postActivity(first.url, executeActivity(conv, ola, 'meeting.rsvp', { meetingId, cardVersion: '0', answer: 'no' }, 'invitation'));
    expect(answered.status).toBe(200);
    // Killed at once: no shutdown, no final snapshot.
    first.child.kill('SIGKILL');
    await first.exited;

    const second = await startBotProcess(env, 150_000);
    procs.push(second);
    const client = createCosmosClient(`http://127.0.0.1:${storePort}`, { key: EMBEDDED_KEY });
    try {
      const cases = client.database('btibot').container('cases');
      const meeting = (await cases.item(`meeting:${meetingId}`, OWNER).read()).resource;
      expect(meetingDocSchema.parse(meeting).place).toBe('Møterom 1');
      const rsvp = (await cases.item(`rsvp:${meetingId}:${ola.aadObjectId}`, OWNER).read()).resource;
      expect(rsvpDocSchema.parse(rsvp).answer).toBe('no');
    } finally {
      client.dispose();
    }
  }, 400_000);
});
