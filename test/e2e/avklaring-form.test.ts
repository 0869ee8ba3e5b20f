import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { messageActivity, executeActivity, makeUser, ConversationOpts } from '../support/activities';
import { cardBytes } from '../support/cardCheck';
import { findAction, inputIds, pressData, visibleText } from '../support/avklaringFlow';
import { CaseRepository } from '../../src/store/cases';
import { parseAdviceInput } from '../../src/domain/avklaring';
import { adviceInWords } from '../../src/present/phrase';

/**
 * The form as a short sequence in the chat: step 1 (age, services), step 2 (only what those services need),
 * Tilbake, and the recommendation; problems on the card in the form's words; and the domain gaps of issue 13
 * answered in the chat exactly as advise() answers them.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- cards are free-form JSON inspected by the tests
type Json = any;

const alice = makeUser(61, 'Alice Helsesykepleier');
const bob = makeUser(62, 'Bob Lærer');

/** Names the form must never show a person (field ids of the rules). */
const INTERNAL = /\b(ageYears|unborn|measuresArena|seriousCondition|mustCooperateOverTime|consentInPlace|nobodyWantsRole|serviceId|svc\.)/;

describe('the avklaring form as a short sequence', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });

  async function begin(convId: string, locale = 'nb-NO'): Promise<{ opts: ConversationOpts; form: Json; send: (verb: string, data: Record<string, unknown>) => Promise<Json> }> {
    const opts: ConversationOpts = { serviceUrl: h.connector.url, conversationId: convId, conversationType: 'groupChat', locale };
    h.connector.setRoster(convId, [alice, bob].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    await h.post(messageActivity(opts, alice, locale.startsWith('en') ? 'who should coordinate?' : 'hvem bør koordinere?'));
    const form = h.connector.cards(convId).filter((c) => findAction(c, 'avklaring.next')).at(-1);
    const send = async (verb: string, data: Record<string, unknown>) => (await h.post(executeActivity(opts, alice, verb, data, 'msg-form'))).body;
    return { opts, form, send };
  }

  it('step 1 asks only age and services; step 2 only what the ticked services need; Tilbake keeps the answers', async () => {
    const convId = '19:avk-seq@thread.v2';
    const { form, send } = await begin(convId);
    expect(inputIds(form)).toEqual(['ageYears', 'caseRef', 'services', 'unborn']);
    expect(cardBytes(form)).toBeLessThan(6000);
    const offered = form.body.find((x: Json) => x.id === 'services').choices.map((c: Json) => c.value);
    expect(offered).toEqual(expect.arrayContaining(['fysioterapeut', 'ergoterapeut']));
    expect(offered).not.toContain('fysio-ergo');

    h.connector.clear();
    const step2 = await send('avklaring.next', pressData(form, 'avklaring.next', { ageYears: '6', services: 'skole-barnehage,fysioterapeut,ergoterapeut' }));
    expect(step2.type).toBe('application/vnd.microsoft.card.adaptive');
    const ids = inputIds(step2.value);
    expect(ids).toEqual(
      [
        'svc.skole-barnehage.followUp',
        'svc.fysioterapeut.followUp',
        'svc.ergoterapeut.followUp',
        'measuresArena',
        'seriousCondition',
        'mustCooperateOverTime',
        'mustCoordinateAmongThemselves',
        'consentInPlace',
        'existingCoordinator',
        'nobodyWantsRole',
      ].sort(),
    );
    expect(ids.some((id) => id.startsWith('svc.helsesykepleier'))).toBe(false);
    expect(findAction(step2.value, 'avklaring.formback')).toBeTruthy();
    const text = visibleText(step2.value);
    expect(text).toContain('Tilbake');
    expect(text).toMatch(/Alder: 6 år · Tjenester: Skole\/barnehage, Fysioterapeut, Ergoterapeut/);
    // Only the person who pressed sees step 2: the form stays in the chat for the others.
    expect(h.connector.updates(convId)).toHaveLength(0);

    // Tilbake with some of step 2 answered: step 1 comes back filled in, and step 2's answers return with Neste.
    const back = await send('avklaring.formback', pressData(step2.value, 'avklaring.formback', { 'svc.fysioterapeut.followUp': 'weekly', measuresArena: 'elsewhere' }));
    expect(back.value.body.find((x: Json) => x.id === 'ageYears').value).toBe(6);
    expect(back.value.body.find((x: Json) => x.id === 'services').value).toBe('skole-barnehage,fysioterapeut,ergoterapeut');
    const again = await send('avklaring.next', pressData(back.value, 'avklaring.next', { services: 'skole-barnehage,fysioterapeut' }));
    const find = (id: string) => {
      let found: Json;
      const walk = (x: Json) => {
        if (found || !x || typeof x !== 'object') return;
        if (x.id === id) found = x;
        else Object.values(x).forEach(walk);
      };
      walk(again.value);
      return found;
    };
    expect(find('svc.fysioterapeut.followUp').value).toBe('weekly');
    expect(find('measuresArena').value).toBe('elsewhere');
    expect(find('svc.ergoterapeut.followUp')).toBeUndefined();

    // Vis forslag: the recommendation, the same as advise() gives for these answers.
    const filled = { seriousCondition: 'false', mustCooperateOverTime: 'true', consentInPlace: 'true', 'svc.skole-barnehage.followUp': 'weekly' };
    const rec = await send('avklaring.submit', pressData(again.value, 'avklaring.submit', filled));
    expect(findAction(rec.value, 'avklaring.start')).toBeTruthy();
    const parsed = parseAdviceInput({
      ageYears: 6,
      services: [{ serviceId: 'skole-barnehage', followUp: 'weekly' }, { serviceId: 'fysioterapeut', followUp: 'weekly' }],
      measuresArena: 'elsewhere',
      seriousCondition: false,
      mustCooperateOverTime: true,
      consentInPlace: true,
    });
    if (!parsed.ok) throw new Error('fixture');
    const advice = adviceInWords(parsed.value);
    if (!advice.ok) throw new Error('fixture');
    const shown = visibleText(rec.value);
    expect(shown).toContain(`Hvem bør koordinere?\n${advice.candidates.find((c) => c.serviceId === advice.suggestedServiceId)!.name.nb}`);
    expect(shown).toContain(advice.planType.name.nb);
    expect(await new CaseRepository(h.bot.store).list(`conv:${convId}`)).toHaveLength(1);
  });

  it('an empty form gets every problem at once, at the top and beside each field, in the form\'s words (nb and en)', async () => {
    const { form, send, opts } = await begin('19:avk-empty@thread.v2');
    const res = await send('avklaring.next', pressData(form, 'avklaring.next'));
    expect(res.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = res.value;
    // The problems come right under the title, one TextBlock each.
    const top = card.body.find((x: Json) => x.type === 'Container' && x.style === 'attention');
    expect(card.body.indexOf(top)).toBeLessThanOrEqual(2);
    const lines = top.items.slice(1).map((x: Json) => x.text);
    expect(lines).toEqual([
      expect.stringMatching(/^«Barnets alder \(hele år\)»: Skriv alderen i hele år, eller kryss av for «Barnet er ikke født ennå»\.$/),
      expect.stringMatching(/^«Hvilke tjenester er inne i dag\?»: Kryss av minst én tjeneste/),
    ]);
    // … and the same words in red right after each field.
    const after = (id: string) => card.body[card.body.findIndex((x: Json) => x.id === id) + 1];
    expect(after('ageYears')).toMatchObject({ type: 'TextBlock', color: 'Attention', text: expect.stringMatching(/^Skriv alderen/) });
    expect(after('services')).toMatchObject({ type: 'TextBlock', color: 'Attention', text: expect.stringMatching(/^Kryss av minst én/) });
    expect(visibleText(card)).not.toMatch(INTERNAL);
    expect(visibleText(card)).toMatch(/Ingenting er lagret/);

    // The same form as shown in English (its buttons carry the card's language).
    const en = (await h.post(executeActivity({ ...opts, locale: 'en-US' }, alice, 'avklaring.next', { ...pressData(form, 'avklaring.next'), locale: 'en' }, 'msg-form'))).body.value;
    expect(visibleText(en)).toMatch(/“The child’s age \(whole years\)”: Give the age/);
    expect(visibleText(en)).not.toMatch(INTERNAL);

    // Step 2 with a question left open (where the measures happen, asked because of the school).
    const step2 = await send('avklaring.next', pressData(form, 'avklaring.next', { ageYears: '9', services: 'skole-barnehage,bup' }));
    const res2 = await send('avklaring.submit', pressData(step2.value, 'avklaring.submit'));
    const text2 = visibleText(res2.value);
    expect(text2).toMatch(/«Hvor skjer tiltakene for det meste\?»: Velg et svar\./);
    expect(text2).not.toMatch(INTERNAL);
    expect(findAction(res2.value, 'avklaring.submit')).toBeTruthy();
    expect(await new CaseRepository(h.bot.store).list('conv:19:avk-empty@thread.v2')).toHaveLength(0);
  });

  it('a crafted press carries nothing but the form\'s own values into the next card', async () => {
    const { form, send } = await begin('19:avk-crafted@thread.v2');
    const step2 = await send('avklaring.next', pressData(form, 'avklaring.next', { ageYears: '7', services: 'skole-barnehage,bup' }));
    const back = await send('avklaring.formback', { ...pressData(step2.value, 'avklaring.formback'), measuresArena: 'Ola Nordmann', seriousCondition: 'kanskje', note: 'hemmelig' });
    const json = JSON.stringify(back.value);
    expect(json).not.toMatch(/Ola Nordmann|kanskje|hemmelig/);
    const again = await send('avklaring.next', pressData(back.value, 'avklaring.next'));
    expect(JSON.stringify(again.value)).not.toMatch(/Ola Nordmann|kanskje|hemmelig/);
  });

  it('a follow-up problem names the service it belongs to', async () => {
    const { form, send } = await begin('19:avk-svc@thread.v2');
    const step2 = await send('avklaring.next', pressData(form, 'avklaring.next', { ageYears: '7', services: 'bup,fysioterapeut' }));
    const res = await send('avklaring.submit', pressData(step2.value, 'avklaring.submit', { 'svc.fysioterapeut.followUp': 'daily' }));
    expect(visibleText(res.value)).toMatch(/«Fysioterapeut – Hvor ofte følger tjenesten opp barnet\?»: Velg et av svarene i lista\./);
    expect(visibleText(res.value)).not.toMatch(INTERNAL);
  });

  it('an age outside 0–23 is answered on step 1 beside the age', async () => {
    const { form, send } = await begin('19:avk-age@thread.v2');
    const res = await send('avklaring.next', pressData(form, 'avklaring.next', { ageYears: '30', services: 'bup' }));
    expect(visibleText(res.value)).toMatch(/«Barnets alder \(hele år\)»: BTI gjelder barn og unge fra 0 til og med 23 år/);
  });

  it('a family expecting a child with no services: the chat answers the barnekoordinator right as advise() does', async () => {
    const convId = '19:avk-unborn@thread.v2';
    const { form, send } = await begin(convId);
    const step2 = await send('avklaring.next', pressData(form, 'avklaring.next', { unborn: 'true' }));
    expect(step2.type).toBe('application/vnd.microsoft.card.adaptive');
    // Nothing to ask about services that are not there: only the serious condition and consent.
    expect(inputIds(step2.value)).toEqual(['consentInPlace', 'seriousCondition']);
    expect(visibleText(step2.value)).toMatch(/Barnet er ikke født ennå · Ingen tjenester ennå/);
    expect(visibleText(step2.value)).toMatch(/Hvem samtykker: Foresatte samtykker/);
    const rec = await send('avklaring.submit', pressData(step2.value, 'avklaring.submit', { seriousCondition: 'true', consentInPlace: 'false' }));
    const text = visibleText(rec.value);
    const parsed = parseAdviceInput({ unborn: true, services: [], seriousCondition: true, consentInPlace: false });
    if (!parsed.ok) throw new Error('fixture');
    const advice = adviceInWords(parsed.value);
    if (!advice.ok) throw new Error('fixture');
    expect(text).toContain(advice.barnekoordinator.howToGet.text.nb);
    expect(text).toContain('Tildelingskontoret');
    expect(text).toMatch(/Rett til barnekoordinator\?\nJa/);
    expect(text).toMatch(/Trengs en plan\?\nJa/);
    expect(text).not.toMatch(/ingen trenger koordineringsrollen|Trengs en plan\?\nNei|Forslag: (?!hvem)/i);
    // Nothing to meet about: no avklaringsmøte is offered.
    expect(findAction(rec.value, 'avklaring.start')).toBeUndefined();
  });

  it('over 18: the card says the youth consents and decides who is involved; "nobody wants the role" changes the advice', async () => {
    const { form, send } = await begin('19:avk-adult@thread.v2');
    const step2 = await send('avklaring.next', pressData(form, 'avklaring.next', { ageYears: '19', services: 'nav,bup,annen-tjeneste' }));
    expect(visibleText(step2.value)).toMatch(/Hvem samtykker: Ungdommen er over 18 år og samtykker selv/);
    const rec = await send(
      'avklaring.submit',
      pressData(step2.value, 'avklaring.submit', { seriousCondition: 'false', mustCooperateOverTime: 'true', consentInPlace: 'false', nobodyWantsRole: 'true' }),
    );
    const text = visibleText(rec.value);
    expect(text).toMatch(/bestemmer også selv hvem som skal involveres/);
    expect(text).toMatch(/Ingen av tjenestene vil eller kan ta rollen.*Bytt på rollen/);
    expect(text).toMatch(/velg «Ingen enighet» med en gang/);
    expect(text).not.toMatch(/\b0 år/);
  });

  it('the recommendation puts the answer first and the details behind "Vis mer"', async () => {
    const { form, send } = await begin('19:avk-short@thread.v2');
    const step2 = await send('avklaring.next', pressData(form, 'avklaring.next', { ageYears: '0', services: 'helsesykepleier,fysioterapeut,ergoterapeut,skole-barnehage' }));
    expect(visibleText(step2.value)).toMatch(/Alder: under 1 år/);
    const rec = await send(
      'avklaring.submit',
      pressData(step2.value, 'avklaring.submit', {
        'svc.helsesykepleier.healthNurseFollowUp': 'close-follow-up',
        'svc.fysioterapeut.followUp': 'weekly',
        'svc.ergoterapeut.followUp': '1-2-a-year',
        measuresArena: 'both',
        mustCooperateOverTime: 'true',
        consentInPlace: 'true',
      }),
    );
    const card = rec.value;
    const details = card.body.find((x: Json) => x.id === 'details');
    expect(details.isVisible).toBe(false);
    const more = card.body.find((x: Json) => x.id === 'moreButton');
    expect(more.actions[0]).toMatchObject({ type: 'Action.ToggleVisibility', title: 'Vis mer', targetElements: expect.arrayContaining(['details']) });
    // The sources are one section inside the details, not a line after every sentence.
    const outside = JSON.stringify({ ...card, body: card.body.filter((x: Json) => x !== details) });
    expect(outside).not.toMatch(/Kilde/);
    expect(JSON.stringify(details)).toContain('"Kilder"');
    // No row ends in "· koordinator" any more; every service is still listed with its reason.
    expect(JSON.stringify(details)).not.toMatch(/· koordinator/);
    for (const name of ['Helsesykepleier', 'Fysioterapeut', 'Ergoterapeut', 'Skole/barnehage']) expect(JSON.stringify(details)).toMatch(new RegExp(`\\d\\. ${name} – `));
  });

  it('a question that says the age and the services fills them in for the user to check; Neste goes on with them', async () => {
    const convId = '19:avk-prefill@thread.v2';
    const opts: ConversationOpts = { serviceUrl: h.connector.url, conversationId: convId, conversationType: 'groupChat', locale: 'nb-NO' };
    h.connector.setRoster(convId, [alice, bob].map((u) => ({ id: u.id, name: u.name, aadObjectId: u.aadObjectId })));
    // Free text, not one of the exact phrases: the router hands the question, words and all, to the form.
    await h.post(messageActivity(opts, alice, 'Hvem skal koordinere for en gutt på 7 år som får hjelp fra PPT og helsesykepleier?'));
    const form = h.connector.cards(convId).filter((c) => findAction(c, 'avklaring.next')).at(-1);
    expect(form.body.find((x: Json) => x.id === 'ageYears').value).toBe(7);
    expect(form.body.find((x: Json) => x.id === 'services').value).toBe('helsesykepleier,ppt');
    expect(visibleText(form)).toContain('Sjekk at det stemmer');
    const step2 = (await h.post(executeActivity(opts, alice, 'avklaring.next', pressData(form, 'avklaring.next', { ageYears: '7', services: 'helsesykepleier,ppt' }), 'msg-prefill'))).body;
    expect(visibleText(step2.value)).toMatch(/Alder: 7 år · Tjenester: Helsesykepleier, PPT/);

    // The plain question gets the empty form, with no note.
    await h.post(messageActivity(opts, alice, 'hvem bør koordinere?'));
    const plain = h.connector.cards(convId).filter((c) => findAction(c, 'avklaring.next')).at(-1);
    expect(plain.body.find((x: Json) => x.id === 'ageYears').value).toBeUndefined();
    expect(visibleText(plain)).not.toContain('Sjekk at det stemmer');
  });
});
