import { describe, it, expect, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { ConnectorStandIn } from '../support/connector';
import { startBotProcess, BotProcess, postActivity } from '../support/botProcess';
import { executeActivity, messageActivity, makeUser } from '../support/activities';

/**
 * Stopping a REAL bot process (SIGTERM, as App Service sends on deploy and scale-in) while turns are running.
 * Teams is slow: the connector stand-in holds every reply until the test lets them go, so the turns are
 * provably in the middle of their work when the signal arrives.
 */
const IN_FLIGHT = 30;
/** Start-up of a process on a loaded 2-core machine (tsx compiles the sources) can take a while. */
const READY_MS = 150_000;
const alice = makeUser(1, 'Alice Fagperson');
const bob = makeUser(2, 'Bob Fagperson');
const MEETING_CONV = '19:meeting-at-stop@thread.v2';
const convId = (i: number) => `19:shutdown-${i}@thread.v2`;

/** A request's outcome: its HTTP status, or the network error code when the connection failed. */
async function outcome(p: Promise<{ status: number }>): Promise<number | string> {
  try {
    return (await p).status;
  } catch (err) {
    const e = err as { code?: string; cause?: { code?: string } };
    return e.code ?? e.cause?.code ?? 'error';
  }
}

describe('graceful shutdown of a bot process', () => {
  const connectors: ConnectorStandIn[] = [];
  const procs: BotProcess[] = [];
  afterAll(async () => {
    for (const p of procs) await p.stop();
    for (const c of connectors) await c.stop();
  });

  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`on ${signal}: running turns all finish with 200, new requests are refused, the snapshot is written, exit code 0`, async () => {
      const connector = await new ConnectorStandIn().start();
      connectors.push(connector);
      const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-shutdown-'));
      const bot = await startBotProcess({ EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: 'info', MAX_CONCURRENT_TURNS: String(IN_FLIGHT + 10), SHUTDOWN_GRACE_SECONDS: '60', CONNECTOR_TIMEOUT_SECONDS: '60' }, READY_MS);
      procs.push(bot);

      connector.holdReplies();
      const running = Array.from({ length: IN_FLIGHT }, (_, i) =>
        outcome(postActivity(bot.url, messageActivity({ serviceUrl: connector.url, conversationId: convId(i) }, alice, 'hjelp'))),
      );
      // One turn that writes to the store after Teams answers: a meeting stores the id of its posted invitation.
      connector.setRoster(MEETING_CONV, [alice, bob].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
      const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
      const submit = outcome(
        postActivity(
          bot.url,
          executeActivity({ serviceUrl: connector.url, conversationId: MEETING_CONV }, alice, 'meeting.submit', {
            mode: 'new', meetingId: '', cardVersion: '0', meetingType: 'samarbeidsmote', caseRef: 'new', date, start: '09:00', end: '10:00',
            place: 'Møterom 1', onlineLink: '', agenda: 'Status', invitees: bob.aadObjectId, childInvited: 'false', interpreterNeeded: 'false', interpreterLanguage: '',
          }, 'form-card'),
        ),
      );
      // Every turn is now inside Teams' slow answer.
      while (connector.heldReplies < IN_FLIGHT + 1) await new Promise((r) => setTimeout(r, 20));

      bot.child.kill(signal);
      const stopping = await bot.waitForLog('bot.stopping');
      expect(stopping.signal).toBe(signal);

      // A new request while stopping is refused cleanly: no listener any more, or a 503 that closes the connection.
      const late = await outcome(postActivity(bot.url, messageActivity({ serviceUrl: connector.url, conversationId: '19:late@thread.v2' }, alice, 'hjelp')));
      expect(['ECONNREFUSED', 503]).toContain(late);
      // It waits for the running turns instead of cutting them off.
      const draining = await bot.waitForLog('bot.draining');
      expect(draining.inFlight).toBe(IN_FLIGHT + 1);
      expect(bot.child.exitCode).toBeNull();

      connector.releaseReplies();
      const statuses = await Promise.all([...running, submit]);
      expect(statuses).toEqual(Array(IN_FLIGHT + 1).fill(200));
      expect(await bot.exited).toBe(0);
      expect(bot.stdout().some((l) => l.includes('"bot.shutdown_grace_exceeded"'))).toBe(false);

      // Every turn got its answer to Teams (a turn slowed past the store's timeout on a loaded machine answers
      // with the error text instead of the help card, which is still a finished turn), and the late request reached nobody.
      const answered = new Set(connector.sent().map((c) => c.conversationId).filter((id) => id?.startsWith('19:shutdown-')));
      expect(answered.size).toBe(IN_FLIGHT);
      expect(connector.sent('19:late@thread.v2')).toHaveLength(0);
      // The store was closed after the turns finished: the meeting's invitation id, written after Teams answered,
      // is in the snapshot written at shutdown.
      const snapshot = JSON.parse(fs.readFileSync(path.join(dataDir, 'cosmos-snapshot.json'), 'utf8')) as { containers: Record<string, Array<Record<string, unknown>>> };
      const meetings = snapshot.containers.cases.filter((d) => d.type === 'meeting');
      expect(meetings).toHaveLength(1);
      const posted = connector.sent(MEETING_CONV).map((c) => c.body?.id ?? '');
      expect(meetings[0].activityId).toMatch(/^msg-/);
      expect(posted.length).toBeGreaterThan(0);
      fs.rmSync(dataDir, { recursive: true, force: true });
    }, 300_000);
  }

  it('gives up waiting after SHUTDOWN_GRACE_SECONDS, still writes the snapshot and exits 0', async () => {
    const connector = await new ConnectorStandIn().start();
    connectors.push(connector);
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-shutdown-'));
    const bot = await startBotProcess({ EMBEDDED_DATA_DIR: dataDir, LOG_LEVEL: 'info', SHUTDOWN_GRACE_SECONDS: '1', CONNECTOR_TIMEOUT_SECONDS: '60' }, READY_MS);
    procs.push(bot);
    connector.holdReplies();
    const stuck = outcome(postActivity(bot.url, messageActivity({ serviceUrl: connector.url, conversationId: '19:stuck@thread.v2' }, alice, 'hjelp')));
    while (connector.heldReplies < 1) await new Promise((r) => setTimeout(r, 20));
    bot.child.kill('SIGTERM');
    expect(await bot.exited).toBe(0);
    const exceeded = await bot.waitForLog('bot.shutdown_grace_exceeded');
    expect(exceeded.unfinished).toBe(1);
    expect(fs.existsSync(path.join(dataDir, 'cosmos-snapshot.json'))).toBe(true);
    expect(await stuck).not.toBe(200);
    connector.releaseReplies();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }, 300_000);
});
