import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { startHarness, type Harness } from '../support/botHarness';
import { executeActivity, makeUser, messageActivity } from '../support/activities';
import { fillForm, findAction, visibleText } from '../support/avklaringFlow';
import { current, press, startMeeting, VESTRE_TOTEN_IP_FORM } from './avklaring-helpers';
import { loadConfig } from '../../src/config';
import { getGuidanceContent, getProfile, municipalityIds, registerMunicipality } from '../../src/content/municipalities';
import type { MunicipalityDefinition } from '../../src/content/municipalities/define';

/**
 * The README's recipe for a new municipality, followed by a test: copy a folder of src/content/municipalities,
 * change the id in its index.ts, edit its data, register it (in the source tree: one line in the registry's
 * BUILT_IN list; here: registerMunicipality, which that list calls), start the bot with BTI_PROFILE set to it.
 * The copy must answer the emergency route, a guidance question and an avklaring from its own data.
 */

const MUNICIPALITIES = path.resolve(__dirname, '..', '..', 'src', 'content', 'municipalities');
const NEW_ID = 'testby';
// A dot folder next to the real ones, so the copy's relative imports resolve as in a real folder, while
// tsc's include globs and the registry's explicit list both skip it.
const COPY = path.join(MUNICIPALITIES, `.copy-${process.pid}-${Date.now().toString(36)}`);
const PHONE = '12 34 56 78';
const alice = makeUser(61, 'Alice Helsesykepleier');
const bob = makeUser(62, 'Bob Lærer');
const carol = makeUser(63, 'Carol Fysioterapeut');

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cards are free-form JSON inspected by the tests
type Json = any;

function edit(file: string, from: string | RegExp, to: string): void {
  const full = path.join(COPY, file);
  const text = fs.readFileSync(full, 'utf8');
  const next = text.replace(from, to);
  expect(next, `${file}: ${String(from)} not found`).not.toBe(text);
  fs.writeFileSync(full, next);
}

describe('a copied municipality folder under a new id gives a working bot', () => {
  let h: Harness;

  beforeAll(async () => {
    fs.cpSync(path.join(MUNICIPALITIES, 'vestre-toten'), COPY, { recursive: true });
    // The recipe: the id is written once, in index.ts ...
    edit('index.ts', /id: 'vestre-toten'/, `id: '${NEW_ID}'`);
    // ... and the data is the new municipality's own: a name and a barnevernvakt number.
    edit('profile.ts', /nb: 'Vestre Toten kommune \(stafettlogg og individuell plan\)'/, "nb: 'Testby kommune (stafettlogg og individuell plan)'");
    edit('contacts.ts', /id: 'barnevernvakta',/, `id: 'barnevernvakta',\n    phone: '${PHONE}',`);
    const mod = (await import(path.join(COPY, 'index.ts'))) as { default: MunicipalityDefinition };
    expect(loadConfig({ BTI_PROFILE: NEW_ID }).ok, 'an id nobody registered is refused').toBe(false);
    registerMunicipality(mod.default);
    h = await startHarness({ env: { BTI_PROFILE: NEW_ID, REMINDER_POLL_SECONDS: '3600' } });
  });

  afterAll(async () => {
    await h?.stop();
    fs.rmSync(COPY, { recursive: true, force: true });
  });

  const conv = (id: string) => ({ serviceUrl: h.connector.url, conversationId: id, locale: 'nb-NO' });

  async function say(conversationId: string, text: string): Promise<Json> {
    h.connector.clear();
    const res = await h.post(messageActivity(conv(conversationId), alice, text));
    expect(res.status).toBe(200);
    const cards = h.connector.cards(conversationId);
    expect(cards.length, `a card for "${text}"`).toBeGreaterThan(0);
    return cards[0];
  }

  it('the registry, the config and both lookups know the new id, with the copy’s own data', () => {
    expect(municipalityIds()).toContain(NEW_ID);
    expect(h.config.profile).toBe(NEW_ID);
    expect(getProfile(h.config.profile).displayName.nb).toBe('Testby kommune (stafettlogg og individuell plan)');
    expect(getGuidanceContent(NEW_ID).contacts.find((c) => c.id === 'barnevernvakta')?.phone).toBe(PHONE);
    // Vestre Toten itself is untouched.
    expect(getGuidanceContent('vestre-toten').contacts.find((c) => c.id === 'barnevernvakta')?.phone).toBeUndefined();
  });

  it('a second registration under the same id is refused', async () => {
    const mod = (await import(path.join(COPY, 'index.ts'))) as { default: MunicipalityDefinition };
    expect(() => registerMunicipality(mod.default)).toThrow(/registered twice/);
  });

  it('the emergency route answers first, with 112 and the copy’s barnevernvakt number', async () => {
    const card = await say('19:copy-emergency@thread.v2', 'hun forteller at faren slår henne');
    const all = visibleText(card).replace(/\u00a0/g, ' ');
    expect(all.split('\n')[0]).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
    expect(all).toContain('112');
    expect(all).toContain(PHONE);
    expect(JSON.stringify(h.connector.calls)).not.toContain('faren slår');
  });

  it('guidance questions are answered from the copied content', async () => {
    const tool = await say('19:copy-guidance@thread.v2', 'verktøy observasjonsskjema');
    expect(visibleText(tool)).toMatch(/Observasjonsskjema/);
    expect(visibleText(tool)).toMatch(/KTK/);
    const meldeplikt = await say('19:copy-guidance@thread.v2', 'meldeplikt');
    expect(visibleText(meldeplikt)).toMatch(/meldeplikt/i);
    const worry = await say('19:copy-guidance@thread.v2', 'jeg er bekymret for et barn');
    expect(visibleText(worry)).toContain('Nivå 0 – undring og avklaring');
  });

  it('an avklaring runs on the copied profile: its name on the advice, KTK deciding in the meeting', async () => {
    const convId = '19:copy-avklaring@thread.v2';
    const opts = { ...conv(convId), conversationType: 'groupChat' as const };
    h.connector.setRoster(convId, [alice, bob].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    h.connector.clear();
    await h.post(messageActivity(opts, alice, 'hvem bør koordinere?'));
    const form = h.connector.cards(convId).find((c) => findAction(c, 'avklaring.next'));
    expect(form, 'the form card').toBeTruthy();
    const send = async (verb: string, data: Record<string, unknown>) => {
      const res = await h.post(executeActivity(opts, alice, verb, data, 'msg-form'));
      expect(res.body.type, String(res.body.value)).toBe('application/vnd.microsoft.card.adaptive');
      return res.body.value;
    };
    const { result } = await fillForm(send, form, { ...VESTRE_TOTEN_IP_FORM, profileId: NEW_ID });
    expect(visibleText(result)).toContain('Testby kommune');
    expect(findAction(result, 'avklaring.start')).toBeTruthy();

    const m = await startMeeting(h, '19:copy-meeting@thread.v2', [alice, bob, carol], { form: { ...VESTRE_TOTEN_IP_FORM, profileId: NEW_ID } });
    expect((await current(h, m)).profileId).toBe(NEW_ID);
    const res = await h.post(press(h, m, alice, 'avklaring.refresh', {}, (await current(h, m)).version));
    expect(JSON.stringify(res.body.value)).toContain('er et forslag til KTK');
  });
});
