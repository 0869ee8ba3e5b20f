import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, executeActivity, submitActivity, messageExtensionQuery, makeUser } from '../support/activities';

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
    expect(JSON.stringify(h.connector.cards()[0])).toContain('Dette kan jeg hjelpe med');
  });
});
