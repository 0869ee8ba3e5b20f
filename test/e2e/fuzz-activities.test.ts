import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import fc, { FC_SEED } from '../support/fastCheck';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, executeActivity, submitActivity, makeUser, TestUser } from '../support/activities';
import { CaseRepository } from '../../src/store/cases';
import { MAX_BODY_BYTES } from '../../src/server';

/**
 * The generator's seed (test/support/fastCheck.ts): FC_SEED from the environment replays a failure, otherwise a
 * fresh one. It is printed before the run and named in every failure, so any failing run can be repeated exactly.
 */
const SEED = FC_SEED;

/**
 * Broken and hostile activities at the HTTP door: any field missing, of the wrong type, huge or odd unicode.
 * The bot must answer (never 500, never hang), keep serving, and leave stored data untouched.
 * foundation.test.ts covers malformed JSON (400), oversized bodies (413) and missing/bad tokens (401);
 * fuzz-cards.test.ts covers every card action schema and template expressions typed into cards.
 */
const creator = makeUser(1, 'Kari Koordinator');
const CONV = '19:fuzz-activities@thread.v2';
const OWNER = `conv:${CONV}`;
const REF = 'BTI-2026-0007';

const hostileText = fc.oneof(
  fc.string({ maxLength: 200 }),
  fc.string({ unit: 'grapheme', maxLength: 100 }),
  fc.constantFrom('${1+1}', '${json(\'x\')}', '${$root}', '${if(true, "a", "b")}', '{{user.name}}', '<at>BTI-bot</at>', '\u0000\u202e\ud83d\ude00', 'slett sak BTI-2026-0007', 'lukk sak bti-2026-0007'),
  fc.constant('ø'.repeat(100_000)),
);
const anyValue = fc.oneof(fc.jsonValue({ maxDepth: 3 }), hostileText, fc.constant(undefined), fc.constant(null));

describe('hostile and broken activities', () => {
  let h: Harness;
  let repo: CaseRepository;
  const conv = () => ({ serviceUrl: h.connector.url, conversationId: CONV });
  const dump = async () => {
    const { resources } = await h.bot.store.container('cases').items.query('SELECT * FROM c').fetchAll();
    return resources.map((r: Record<string, unknown>) => ({ ...r, _ts: undefined })).sort((a: Record<string, unknown>, b: Record<string, unknown>) => String(a.id).localeCompare(String(b.id)));
  };

  beforeAll(async () => {
    h = await startHarness();
    repo = new CaseRepository(h.bot.store);
    await repo.create(OWNER, {
      ref: REF,
      profileId: 'tromso-2025',
      createdAt: '2026-11-01T10:00:00Z',
      createdBy: creator.aadObjectId,
      members: [{ aadObjectId: creator.aadObjectId, name: creator.name, role: 'professional' }],
    });
  });
  afterAll(async () => {
    await h?.stop();
  });

  it('answers an activity without a usable type with 400, not 500', async () => {
    for (const type of [undefined, 5, '', { a: 1 }]) {
      const res = await h.post({ ...messageActivity(conv(), creator, 'hjelp'), type });
      expect(res.status).toBe(400);
    }
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
  });

  it('refuses a body over the size limit with 413 and takes one exactly at the limit, as the fuzz run expects', async () => {
    // A message whose JSON is exactly `bytes` long: the padding goes into the text ('a' is one byte in UTF-8).
    const sized = (bytes: number) => {
      const base = messageActivity(conv(), creator, '');
      const overhead = Buffer.byteLength(JSON.stringify(base));
      const activity = { ...base, text: 'a'.repeat(bytes - overhead) };
      expect(Buffer.byteLength(JSON.stringify(activity))).toBe(bytes);
      return activity;
    };
    expect((await h.post(sized(MAX_BODY_BYTES + 1))).status).toBe(413);
    expect([200, 400]).toContain((await h.post(sized(MAX_BODY_BYTES))).status);
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
  });

  it('survives any field of a message, submit or card action being missing, mistyped or hostile, and changes nothing', async () => {
    const before = await dump();
    const strangers: TestUser[] = [makeUser(900, 'Fremmed'), { id: '29:x', aadObjectId: '', name: '' }];
    const envelope = fc.record(
      {
        kind: fc.constantFrom('message', 'submit', 'execute'),
        stranger: fc.constantFrom(...strangers),
        text: hostileText,
        verb: fc.oneof(fc.constantFrom('case.delete', 'case.close'), fc.string({ maxLength: 40 })),
        data: anyValue,
        overrides: fc.dictionary(
          fc.constantFrom('type', 'text', 'from', 'conversation', 'channelData', 'value', 'entities', 'locale', 'replyToId', 'name', 'serviceUrl', 'id', 'recipient', 'attachments'),
          anyValue,
          { maxKeys: 3 },
        ),
      },
      { requiredKeys: ['kind', 'stranger', 'text', 'verb', 'data', 'overrides'] },
    );
    let answered = 0;
    await fc.assert(
      fc.asyncProperty(envelope, async ({ kind, stranger, text, verb, data, overrides }) => {
        const base =
          kind === 'message'
            ? messageActivity(conv(), stranger, text)
            : kind === 'submit'
              ? submitActivity(conv(), stranger, { verb, data } as Record<string, unknown>)
              : executeActivity(conv(), stranger, verb, data as Record<string, unknown>, 'card-1');
        // serviceUrl stays on loopback: the bot posts replies there, and a real host would only slow the test.
        if ('serviceUrl' in overrides && typeof overrides.serviceUrl === 'string' && /^https?:/i.test(overrides.serviceUrl)) delete overrides.serviceUrl;
        const activity = { ...base, ...overrides };
        const bytes = Buffer.byteLength(JSON.stringify(activity));
        const res = await h.post(activity);
        const why = `FC_SEED=${SEED}: status ${res.status} for a ${bytes}-byte activity`;
        // Larger than the body limit: refused before parsing (413); otherwise handled, refused as malformed, or an
        // invoke the bot does not handle, which still gets a JSON body.
        if (bytes > MAX_BODY_BYTES) expect(res.status, why).toBe(413);
        else expect([200, 400, 501], why).toContain(res.status);
        if (res.status === 501) expect(typeof res.body, why).toBe('object');
        answered++;
      }),
      { numRuns: 200, seed: SEED },
    );
    expect(answered).toBe(200);
    expect((await fetch(`${h.bot.url}/healthz`)).status).toBe(200);
    expect(await dump()).toEqual(before);
    // 200 HTTP round trips, some of them to unreachable service URLs: generous room on a loaded CI machine.
  }, 240_000);
});
