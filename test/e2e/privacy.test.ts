import { describe, it, expect, beforeAll, afterAll, vi } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, executeActivity, submitActivity, messageExtensionQuery, makeUser } from '../support/activities';
import { containsNationalIdNumber } from '../../src/domain/guidance';

const user = makeUser(7);
// A synthetic, valid fødselsnummer (01.01.1990, check digits computed) and a valid D-number.
function withCheckDigits(nine: string): string {
  const w1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
  const w2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
  const d = nine.split('').map(Number);
  const k1 = (11 - (w1.reduce((s, w, i) => s + w * d[i], 0) % 11)) % 11;
  const d10 = [...d, k1];
  const k2 = (11 - (w2.reduce((s, w, i) => s + w * d10[i], 0) % 11)) % 11;
  return k1 === 10 || k2 === 10 ? '' : `${nine}${k1}${k2}`;
}
const fnr = ['010190123', '010190124', '010190125', '010190126', '010190127'].map(withCheckDigits).find((n) => n)!;
const dnr = ['410190123', '410190124', '410190125', '410190126'].map(withCheckDigits).find((n) => n)!;

describe('privacy guard on every incoming activity', () => {
  let h: Harness;
  const conv = () => ({ serviceUrl: h.connector.url, conversationId: '19:privacy@thread.v2' });
  beforeAll(async () => {
    h = await startHarness({ env: { LOG_LEVEL: 'debug' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  async function storedText(): Promise<string> {
    const all: unknown[] = [];
    for (const c of ['cases', 'conversations', 'reminders', 'botstate'] as const) {
      const { resources } = await h.bot.store.container(c).items.query('SELECT * FROM c').fetchAll();
      all.push(...resources);
    }
    return JSON.stringify(all);
  }

  it('refuses a message with a fødselsnummer, warns kindly and never echoes or stores it', async () => {
    expect(fnr).toMatch(/^\d{11}$/);
    h.connector.clear();
    await h.post(messageActivity(conv(), user, `hvem bør koordinere for ${fnr.slice(0, 6)} ${fnr.slice(6)}?`));
    const sent = h.connector.sent();
    expect(sent).toHaveLength(1);
    expect(sent[0].body.text).toMatch(/ser ut som et fødselsnummer/);
    const everything = JSON.stringify(h.connector.calls);
    expect(everything).not.toContain(fnr);
    expect(everything).not.toContain(fnr.slice(6));
    expect(await storedText()).not.toContain(fnr.slice(6));
  });

  it('catches a D-number typed into a card, in a submit and in an Action.Execute', async () => {
    h.connector.clear();
    await h.post(submitActivity(conv(), user, { verb: 'x', place: `Møterom, ref ${dnr}` }));
    expect(h.connector.sent()[0].body.text).toMatch(/ser ut som et fødselsnummer/);
    const res = await h.post(executeActivity(conv(), user, 'avklaring.submit', { note: dnr }));
    expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
    expect(res.body.value).toMatch(/ser ut som et fødselsnummer/);
    expect(JSON.stringify(res.body)).not.toContain(dnr);
  });

  it('catches it in a message extension search, and answers in English for English clients', async () => {
    const res = await h.post(messageExtensionQuery({ ...conv(), locale: 'en-US' }, user, 'searchVerktoy', fnr));
    expect(res.status).toBe(200);
    expect(res.body.composeExtension.text).toMatch(/national identity number/);
  });

  it('lets phone numbers, account numbers, dates and case references through', async () => {
    h.connector.clear();
    await h.post(messageActivity(conv(), user, 'hjelp, ring 95 19 52 40 eller +47 95195240, konto 1234.56.78903, møte 01.01.2027, sak BTI-2026-0042'));
    // Answered (the free text decides with what), and not refused as an identity number.
    expect(h.connector.cards()).toHaveLength(1);
    expect(JSON.stringify(h.connector.sent())).not.toMatch(/ser ut som et fødselsnummer/);
  });

  it('lets an ungrouped account number through after an account word, though its digits pass as an id', async () => {
    h.connector.clear();
    // The fødselsnummer is also a valid account number; after "kontonr." it is read as one.
    await h.post(messageActivity(conv(), user, `hjelp, refusjon til kontonr. ${fnr}`));
    expect(h.connector.sent()[0].body.text ?? '').not.toMatch(/ser ut som et fødselsnummer/);
    expect(JSON.stringify(h.connector.cards()[0])).toContain('Dette kan jeg hjelpe med');
    h.connector.clear();
    await h.post(messageActivity(conv(), user, `hjelp, refusjon til ${fnr}`));
    expect(h.connector.sent()[0].body.text).toMatch(/ser ut som et fødselsnummer/);
  });

  it('no log line carries message text or an identity number, from messages, submits, actions or searches', async () => {
    // Everything the process writes while these turns run: the logger's stdout lines, stderr, and console.
    const written: string[] = [];
    const keep = (chunk: unknown) => {
      written.push(typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) ? chunk.toString('utf8') : String(chunk));
      return true;
    };
    const spies = [
      vi.spyOn(process.stdout, 'write').mockImplementation(keep),
      vi.spyOn(process.stderr, 'write').mockImplementation(keep),
      ...(['log', 'info', 'warn', 'error', 'debug'] as const).map((m) => vi.spyOn(console, m).mockImplementation((...args: unknown[]) => void keep(args.map(String).join(' ')))),
    ];
    const SENTENCE = 'Lillebror Kristoffer-Amund gråter hver morgen ved porten';
    const activities = [
      messageActivity(conv(), user, `${SENTENCE}, fnr ${fnr}`),
      messageActivity(conv(), user, SENTENCE),
      messageActivity(conv(), user, `${SENTENCE}, og faren slår ham`),
      messageActivity(conv(), user, `verktøy ${SENTENCE}`),
      submitActivity(conv(), user, { verb: 'x', note: `${SENTENCE} ${fnr}` }),
      submitActivity(conv(), user, { verb: 'x', note: SENTENCE }),
      executeActivity(conv(), user, 'guidance.decide', { node: SENTENCE, answer: 'yes' }),
      executeActivity(conv(), user, 'no.such.verb', { note: SENTENCE }),
      executeActivity(conv(), user, 'avklaring.submit', { note: `${SENTENCE} ${dnr}` }),
      messageExtensionQuery(conv(), user, 'searchVerktoy', SENTENCE),
      messageExtensionQuery(conv(), user, 'searchVerktoy', `${SENTENCE} ${fnr}`),
    ];
    try {
      for (const a of activities) await h.post(a);
      // Each turn ends with one "turn.completed" line; wait for all of them so no late line escapes the check.
      const completed = () => written.join('').split('"event":"turn.completed"').length - 1;
      for (let i = 0; i < 200 && completed() < activities.length; i++) await new Promise((r) => setTimeout(r, 10));
    } finally {
      for (const s of spies) s.mockRestore();
    }
    const log = written.join('');
    // The capture works: the turns were logged, including the refusals and the emergency route.
    expect(log.split('"event":"turn.completed"').length - 1).toBe(activities.length);
    expect(log).toContain('privacy.id_number_refused');
    expect(log).toContain('guidance.emergency');
    expect(log).toContain('message.routed');
    for (const secret of [SENTENCE, 'Kristoffer-Amund', 'gråter', 'porten', 'faren slår', fnr, fnr.slice(6), dnr, dnr.slice(6)]) {
      expect(log, secret).not.toContain(secret);
    }
    // Nor any other 11-digit run that passes as an identity number. Random UUIDs (request and activity ids)
    // hold such a run now and then by chance; they are ids, not typed text, so they are taken out first.
    expect(containsNationalIdNumber(log.replace(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi, '<uuid>'))).toBe(false);
  });
});
