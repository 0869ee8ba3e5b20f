import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { randomBytes } from 'node:crypto';
import * as fs from 'node:fs';
import { startHarness, Harness } from '../support/botHarness';
import { executeActivity, makeUser } from '../support/activities';
import { meetingDocSchema, MeetingDoc } from '../../src/store/meetings';
import { ICS_MISSES_PER_CLIENT } from '../../src/bot/meetings/ics';

/**
 * The calendar link GET /ics/<token> needs no sign-in: what the file says, how guesses are limited, and that a
 * lookup is an index read, not a query across every partition.
 */
const kari = makeUser(1, 'Kari Koordinator');
const ola = makeUser(2, 'Ola Lærer');
const per = makeUser(3, 'Per Helsesykepleier');
const CONV = '19:ics-link@thread.v2';
const OWNER = `conv:${CONV}`;
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060\u2066-\u2069\uFEFF]/;

describe('the calendar link', () => {
  let h: Harness;
  let dataDir = '';
  let meeting: MeetingDoc;
  const get = (token: string, client: string) => fetch(`${h.bot.url}/ics/${token}`, { headers: { 'x-forwarded-for': `10.0.0.1, ${client}:51234` } });
  const guess = () => randomBytes(24).toString('base64url');

  beforeAll(async () => {
    h = await startHarness();
    dataDir = h.dataDir;
    h.connector.setRoster(CONV, [kari, ola, per].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    const date = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10);
    const res = await h.post(
      executeActivity({ serviceUrl: h.connector.url, conversationId: CONV }, kari, 'meeting.submit', {
        mode: 'new', meetingId: '', cardVersion: '0', meetingType: 'samarbeidsmote', caseRef: 'new', date, start: '09:00', end: '10:00',
        place: 'Rom \u202E21.1\u202C', onlineLink: '', agenda: 'Sta\u200Btus\n\uFEFFVidere\u2066 plan\u2069', invitees: `${ola.aadObjectId},${per.aadObjectId}`,
        childInvited: 'true', interpreterNeeded: 'true', interpreterLanguage: 'so\u200Bmali',
      }, 'form-card'),
    );
    expect(JSON.stringify(res.body)).toMatch(/er sendt/);
    const { resources } = await h.bot.store.container('cases').items
      .query({ query: 'SELECT * FROM c WHERE c.pk = @pk AND c.type = @t', parameters: [{ name: '@pk', value: OWNER }, { name: '@t', value: 'meeting' }] })
      .fetchAll();
    meeting = meetingDocSchema.parse(resources[0]);
  }, 60_000);
  afterAll(async () => {
    await h?.stop();
    if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('stores place, agenda and language without bidi overrides or zero-width characters, and the shared card shows none', () => {
    expect(meeting.place).toBe('Rom 21.1');
    expect(meeting.agenda).toEqual(['Status', 'Videre plan']);
    expect(meeting.interpreterLanguage).toBe('somali');
    for (const card of h.connector.cards(CONV)) expect(JSON.stringify(card)).not.toMatch(INVISIBLE);
  });

  it('serves a file with only type, case ref, time, place and agenda: no person, not the referat writer', async () => {
    // The invitation names a referat writer; the file must not.
    expect(JSON.stringify(h.connector.cards(CONV))).toMatch(/Skriver referat: (Ola Lærer|Per Helsesykepleier|Kari Koordinator)/);
    const res = await get(meeting.icsToken, '192.0.2.10');
    expect(res.status).toBe(200);
    const body = await res.text();
    for (const name of [kari.name, ola.name, per.name, 'Ola', 'Per', 'Kari']) expect(body).not.toContain(name);
    expect(body).not.toMatch(/referat|somali|tolk|Barnet/i);
    expect(body).not.toMatch(INVISIBLE);
    expect(body).toContain(meeting.caseRef);
    expect(body).toContain('Rom 21.1');
  });

  it('answers 429 to a client after too many guesses, while the right token still opens for others and hits are not counted', async () => {
    const guesser = '203.0.113.7';
    for (let i = 0; i < ICS_MISSES_PER_CLIENT; i++) expect((await get(guess(), guesser)).status).toBe(404);
    const refused = await get(guess(), guesser);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    // The guesser gets nothing more, not even a right token (so guessing it is pointless) …
    expect((await get(meeting.icsToken, guesser)).status).toBe(429);
    // … while another client opens it, as often as they like, and still has all its misses left.
    const colleague = '198.51.100.9';
    for (let i = 0; i < ICS_MISSES_PER_CLIENT + 5; i++) expect((await get(meeting.icsToken, colleague)).status).toBe(200);
    for (let i = 0; i < ICS_MISSES_PER_CLIENT; i++) expect((await get(guess(), colleague)).status).toBe(404);
    expect((await get(guess(), colleague)).status).toBe(429);
  });

  it('finds a meeting through the link index, not by searching all partitions', async () => {
    const cases = h.bot.store.container('cases');
    const key = `ics:${meeting.icsToken}`;
    const entry = (await cases.item(key, key).read()).resource as { owner?: string; meetingId?: string } | undefined;
    expect(entry).toMatchObject({ owner: OWNER, meetingId: meeting.meetingId });
    // Without its index entry the meeting is not found, although it is still stored: no query looked for it.
    await cases.item(key, key).delete();
    expect((await get(meeting.icsToken, '192.0.2.11')).status).toBe(404);
    expect((await cases.item(`meeting:${meeting.meetingId}`, OWNER).read()).resource).toBeDefined();
    await cases.item(key, key).delete().catch(() => undefined);
  });

  it('indexes meetings stored before the index existed when the bot starts, and their old links work', async () => {
    const cases = h.bot.store.container('cases');
    // As a store from before the index: no entry for the meeting, no marker.
    await cases.item('ics-index-backfill-v1', 'ics-index-backfill-v1').delete();
    await h.stop();
    h = await startHarness({ dataDir });
    expect((await get(meeting.icsToken, '192.0.2.12')).status).toBe(200);
    const key = `ics:${meeting.icsToken}`;
    expect((await h.bot.store.container('cases').item(key, key).read()).resource).toMatchObject({ meetingId: meeting.meetingId });
  }, 60_000);
});
