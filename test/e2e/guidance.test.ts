import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { executeActivity, makeUser, messageActivity, messageExtensionQuery } from '../support/activities';
import { cardTexts as texts, type CardAction } from '../support/cardContent';
import { listDecisionNodes } from '../../src/domain/guidance';

const alice = makeUser(1, 'Alice Fagperson');
const CONV = '19:guidance@thread.v2';

function actions(card: { actions?: CardAction[] }): CardAction[] {
  const all: CardAction[] = [...(card.actions ?? [])];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (o.type === 'ActionSet') all.push(...(o.actions as CardAction[]));
      Object.values(o).forEach(walk);
    }
  };
  walk((card as { body?: unknown }).body);
  return all;
}

function button(card: { actions?: CardAction[] }, title: string | RegExp): CardAction {
  const found = actions(card).find((a) => (typeof title === 'string' ? a.title === title : title.test(a.title)));
  if (!found) throw new Error(`no button ${String(title)} in ${actions(card).map((a) => a.title).join(' | ')}`);
  return found;
}

describe('guidance over HTTP (Tromsø profile)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  const conv = (locale = 'nb-NO') => ({ serviceUrl: h.connector.url, conversationId: CONV, locale });

  async function say(text: string, locale = 'nb-NO') {
    h.connector.clear();
    const res = await h.post(messageActivity(conv(locale), alice, text));
    expect(res.status).toBe(200);
    const sent = h.connector.sent(CONV);
    expect(sent.length).toBeGreaterThan(0);
    return { sent, card: sent[0]!.body.attachments[0].content };
  }

  async function press(action: CardAction, locale = 'nb-NO') {
    expect(action.type).toBe('Action.Execute');
    h.connector.clear();
    const res = await h.post(executeActivity(conv(locale), alice, action.verb!, action.data ?? {}, 'msg-1'));
    expect(res.status).toBe(200);
    expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
    // Stateless and personal: the shared message is never updated.
    expect(h.connector.updates(CONV)).toHaveLength(0);
    return res.body.value;
  }

  describe('verktøy search', () => {
    it.each([
      ['verktøy samtykke', /Samtykkeskjema/],
      ['verktoy bekymringsskala', /Bekymringsskala barn og unge/],
      ['finn verktøy for møtereferat', /Mal for møtereferat/],
      ['tools consent form', /Consent form/],
    ])('"%s" lists the matching tools with levels, audience and source', async (query, expected) => {
      const { card } = await say(query, query.startsWith('tools') ? 'en-US' : 'nb-NO');
      const all = texts(card);
      expect(all.some((x) => expected.test(x))).toBe(true);
      expect(all.some((x) => /^(Hvor i BTI|Where in BTI): (nivå|level) \d/.test(x))).toBe(true);
      expect(all.some((x) => /^(For|For): /.test(x))).toBe(true);
      expect(all.some((x) => /^(Kilde|Source): /.test(x))).toBe(true);
    });

    it('a tool with a link gets an Open button, one without points to Ressurssenteret', async () => {
      const withLink = await say('verktøy snakke med barn');
      expect(actions(withLink.card).find((a) => a.type === 'Action.OpenUrl' && a.url === 'https://snakkemedbarn.no')).toBeDefined();
      const without = await say('verktøy observasjonsskjema');
      expect(texts(without.card).some((x) => /Observasjonsskjema/.test(x))).toBe(true);
      expect(texts(without.card).some((x) => /Spør Ressurssenteret/.test(x))).toBe(true);
    });

    it('no results: a friendly answer with a button to the level navigator', async () => {
      const { card } = await say('verktøy xyzzy qwerty');
      expect(texts(card).join(' ')).toMatch(/fant ingen verktøy/);
      const nav = await press(button(card, 'Åpne nivånavigatoren'));
      expect(texts(nav)).toContain('Nivå 0 – undring og avklaring');
    });

    it('the bare command lists frequently used tools', async () => {
      const { card } = await say('verktøy');
      expect(texts(card)).toContain('Mye brukte BTI-verktøy');
      expect(texts(card).filter((x) => /^Kilde: /.test(x)).length).toBeGreaterThan(2);
    });
  });

  describe('level navigator', () => {
    it.each(['jeg er bekymret for et barn', 'bekymring', 'BTI', 'nivå 0', 'jeg er urolig for et barn', 'uro for et barn', 'bekymra for en elev'])('"%s" opens Nivå 0 with the emergency box first', async (text) => {
      const { card } = await say(text);
      const all = texts(card);
      expect(all[0]).toBe('Vold i nære relasjoner eller seksuelle overgrep?');
      expect(all[1]).toMatch(/95 19 52 40/);
      expect(all).toContain('Nivå 0 – undring og avklaring');
      expect(all).toContain('Trinn 1 av 4: Gjør bekymringen konkret');
      expect(all.some((x) => /^• .*\?/.test(x))).toBe(true); // support questions
      expect(all.some((x) => /Observasjonsskjema/.test(x))).toBe(true); // the step's tools
      expect(all.some((x) => /^Kilde: BTI-veilederen/.test(x))).toBe(true);
    });

    it('"I am worried about a child" answers in English', async () => {
      const { card } = await say('I am worried about a child', 'en-US');
      expect(texts(card)).toContain('Violence in close relationships or sexual abuse?');
      expect(texts(card).some((x) => /^Step 1 of 4/.test(x))).toBe(true);
    });

    it('a case reference "BTI-2026-0042" is not the word BTI: no navigator', async () => {
      const { card } = await say('status for sak BTI-2026-0042');
      expect(texts(card)).not.toContain('Nivå 0 – undring og avklaring');
    });

    it('"nivå 2" opens level 2', async () => {
      const { card } = await say('nivå 2');
      expect(texts(card)).toContain('Nivå 2 – tverrfaglig samhandling');
    });

    it('next, previous, level 1 and level 2 through Action.Execute', async () => {
      const { card } = await say('bekymring');
      expect(actions(card).some((a) => a.title === '◀ Forrige trinn')).toBe(false);
      const step2 = await press(button(card, 'Neste trinn ▶'));
      expect(texts(step2)).toContain('Trinn 2 av 4: Vurder bekymringen');
      const back = await press(button(step2, '◀ Forrige trinn'));
      expect(texts(back)).toContain('Trinn 1 av 4: Gjør bekymringen konkret');
      const l1 = await press(button(back, 'Til nivå 1'));
      expect(texts(l1)).toContain('Nivå 1 – innsats i egen tjeneste');
      expect(texts(l1)[0]).toBe('Vold i nære relasjoner eller seksuelle overgrep?');
      const l2 = await press(button(l1, 'Til nivå 2'));
      expect(texts(l2)).toContain('Nivå 2 – tverrfaglig samhandling');
      // The last step of level 0 links to the meldeplikt guide.
      const last = await press({ type: 'Action.Execute', title: '', verb: 'guidance.nav', data: { level: 0, step: 3 } });
      expect(actions(last).some((a) => a.title === 'Neste trinn ▶')).toBe(false);
      const meld = await press(button(last, 'Meldeplikt'));
      expect(texts(meld)).toContain('Meldeplikt til barnevernet');
    });

    it('tampered button data shows the start instead of failing', async () => {
      const card = await press({ type: 'Action.Execute', title: '', verb: 'guidance.nav', data: { level: 7, step: -1 } });
      expect(texts(card)).toContain('Trinn 1 av 4: Gjør bekymringen konkret');
    });
  });

  describe('meldeplikt', () => {
    it.each(['meldeplikt', 'bekymringsmelding', 'skal jeg melde', 'duty to report'])('"%s" shows the meldeplikt card', async (text) => {
      const { card } = await say(text, text === 'duty to report' ? 'en-US' : 'nb-NO');
      expect(texts(card)[0]).toMatch(/^(Meldeplikt til barnevernet|Duty to report to child welfare)$/);
    });

    it('has the five situations, the duty-still-stands list, the portal, the parents rule and the Tromsø number', async () => {
      const { card } = await say('meldeplikt');
      const all = texts(card);
      expect(all.filter((x) => /^[1-5]\. /.test(x))).toHaveLength(5);
      expect(all.filter((x) => x.startsWith('• '))).toHaveLength(8);
      expect(all.join(' ')).toMatch(/uten unødig opphold/);
      expect(all.join(' ')).toMatch(/forteller du foreldrene/);
      expect(all.join(' ')).toMatch(/foreldrene ikke få vite det/);
      expect(all.join(' ')).toContain('95 19 52 40');
      expect(all.some((x) => /^Kilde: BTI-veilederen \(Tromsø\) – Meldeplikt/.test(x))).toBe(true);
      expect(actions(card).find((a) => a.type === 'Action.OpenUrl')?.url).toBe('https://bekymringsmelding.fiks.ks.no/offentlig');
      const attention = await press(button(card, 'Hva er oppmerksomhetsplikt?'));
      expect(texts(attention).join(' ')).toMatch(/oppmerksomme/);
    });

    /** Walks the helper from the start with the given answers and returns the final card. */
    async function walk(answers: ('yes' | 'no')[]) {
      const { card } = await say('meldeplikt');
      let current = await press(button(card, 'Hjelp meg å avgjøre'));
      expect(texts(current)[0]).toBe('Skal jeg melde? Spørsmål 1');
      for (const a of answers) current = await press(button(current, a === 'yes' ? 'Ja' : 'Nei'));
      return current;
    }

    it('the first question is about close relationships or sexual abuse by anyone; the last asks for reason to believe', async () => {
      const { card } = await say('meldeplikt');
      const first = texts(await press(button(card, 'Hjelp meg å avgjøre'))).join(' ');
      expect(first).toMatch(/vold i nære relasjoner eller for seksuelle overgrep/);
      // The button carries the card's language; that is no stale press.
      expect(first).not.toMatch(/starter på nytt/);
      expect(first).toMatch(/Seksuelle overgrep teller uansett hvem.*trener/);
      expect(first).toMatch(/Annen vold, for eksempel fra andre elever, svarer du nei/);
      expect(first).toMatch(/Et trygt og godt skolemiljø/);
      const second = texts(await walk(['no'])).join(' ');
      expect(second).toMatch(/annen vold, for mishandling eller for alvorlig omsorgssvikt/);
      const last = texts(await walk(['no', 'yes'])).join(' ');
      expect(last).toMatch(/Har du grunn til å tro at dette skjer/);
      expect(last).not.toMatch(/trygg på|god grunn/);
    });

    it('yes to violence → the emergency outcome (act today, do not tell the parents)', async () => {
      const end = await walk(['yes']);
      const all = texts(end).join(' ');
      expect(texts(end)[0]).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
      expect(all).toMatch(/Ikke si noe til foreldrene/);
      expect(all).toContain('112');
      expect(all).toContain('95 19 52 40');
    });

    it('a situation + confident → report now; a situation + not sure → call Barnevernvakta', async () => {
      const now = await walk(['no', 'yes', 'yes']);
      expect(texts(now)[0]).toBe('Send bekymringsmelding nå');
      expect(texts(now).join(' ')).toMatch(/uten unødig opphold/);
      const call = await walk(['no', 'no', 'no', 'no', 'yes', 'no']);
      expect(texts(call)[0]).toBe('Ring og få råd om meldeplikten gjelder');
      expect(texts(call).join(' ')).toContain('95 19 52 40');
    });

    it('no situation: unsure → call for advice; sure → oppmerksomhetsplikt explained', async () => {
      const unsure = await walk(['no', 'no', 'no', 'no', 'no', 'no', 'yes']);
      expect(texts(unsure)[0]).toBe('Ring og få råd om meldeplikten gjelder');
      const attention = await walk(['no', 'no', 'no', 'no', 'no', 'no', 'no']);
      expect(texts(attention)[0]).toBe('Oppmerksomhetsplikt: hjelp familien til riktig tjeneste');
      expect(texts(attention)).toContain('Dette betyr oppmerksomhetsplikten');
      expect(texts(attention).some((x) => /^Kilde: .*Oppmerksomhetsplikt/.test(x))).toBe(true);
    });

    it('every question of the helper is reachable and carries its node id in the Yes/No data', async () => {
      const seen = new Set<string>();
      const { card } = await say('meldeplikt');
      const queue = [await press(button(card, 'Hjelp meg å avgjøre'))];
      while (queue.length > 0) {
        const c = queue.shift();
        const yes = actions(c).find((a) => a.title === 'Ja');
        if (!yes) continue;
        const node = String(yes.data!.node);
        if (seen.has(node)) continue;
        seen.add(node);
        queue.push(await press(yes), await press(button(c, 'Nei')));
      }
      expect([...seen].sort()).toEqual(listDecisionNodes().map((n) => n.id).sort());
    });

    it('a stale node id restarts the helper with a notice', async () => {
      const card = await press({ type: 'Action.Execute', title: '', verb: 'guidance.decide', data: { node: 'no-such-node', answer: 'yes', n: 3 } });
      expect(texts(card)[0]).toBe('Skal jeg melde? Spørsmål 1');
      expect(texts(card).join(' ')).toMatch(/starter på nytt/);
    });
  });

  describe('emergency path', () => {
    const TEXT = 'hun forteller at faren slår henne';

    it('the first activity is the emergency card, and the text is not echoed anywhere', async () => {
      const { sent, card } = await say(TEXT);
      expect(texts(card)[0]).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
      const all = texts(card).join(' ');
      expect(all).toMatch(/112/);
      expect(all).toContain('95 19 52 40');
      expect(all).toMatch(/Ikke si noe til foreldrene/);
      expect(all).toMatch(/lederen din/);
      expect(all).toMatch(/^Kilde: |Kilde: BTI-veilederen/);
      const everything = JSON.stringify(h.connector.calls);
      expect(everything).not.toContain(TEXT);
      expect(everything).not.toContain('faren slår');
      expect(sent).toHaveLength(1);
    });

    it.each([`meldeplikt: ${TEXT}`, `hvem bør koordinere? ${TEXT}`, `verktøy ${TEXT}`, `bekymret, ${TEXT}`])('beats other intents: "%s"', async (text) => {
      const { card } = await say(text);
      expect(texts(card)[0]).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
      expect(JSON.stringify(h.connector.calls)).not.toContain('faren slår');
    });

    it('the card says the route is for close relationships or sexual abuse, and where peer violence at school goes', async () => {
      const { card } = await say('barnet blir slått');
      expect(texts(card)[0]).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
      const all = texts(card).join(' ');
      expect(all).toMatch(/vold i nære relasjoner eller seksuelle overgrep/);
      expect(all).toMatch(/vold mellom elever på skolen.*«Et trygt og godt skolemiljø»/);
    });

    it.each(['eleven blir slått av andre elever', 'han ble sparket av en klassekamerat', 'skolevold', 'mobbing i friminuttet'])(
      'peer violence at school is not the emergency route: "%s"',
      async (text) => {
        const { card } = await say(text);
        const all = texts(card);
        expect(all[0]).not.toBe('Handle i dag: kontakt barnevernet og/eller politiet');
        expect(all.join(' ')).not.toMatch(/Ikke si noe til foreldrene/);
      },
    );

    it('worry about peer violence opens the navigator, with the safe-school route among its routes', async () => {
      const { card } = await say('jeg er bekymret for en elev som blir slått av andre elever');
      const all = texts(card);
      expect(all).toContain('Trinn 1 av 4: Gjør bekymringen konkret');
      expect(all).toContain('Trygt og godt barnehage- eller skolemiljø');
      expect(all.some((x) => /Et trygt og godt skolemiljø/.test(x))).toBe(true);
    });

    it('English: "my dad hits me" → emergency card in English', async () => {
      const { card } = await say('she says her dad hits her', 'en-US');
      expect(texts(card)[0]).toBe('Act today: contact child welfare and/or the police');
    });
  });

  describe('message extension', () => {
    async function query(q: string) {
      const res = await h.post(messageExtensionQuery(conv(), alice, 'searchVerktoy', q));
      expect(res.status).toBe(200);
      return res.body.composeExtension as { type: string; attachmentLayout: string; attachments: { contentType: string; content: unknown; preview: { content: { title: string } } }[] };
    }

    it('returns the matching tools as Adaptive Cards with previews, each well under 28 KB', async () => {
      const result = await query('samtykke');
      expect(result.type).toBe('result');
      expect(result.attachments.length).toBeGreaterThan(0);
      expect(result.attachments.map((a) => a.preview.content.title)).toContain('Samtykkeskjema (for digital utfylling)');
      for (const a of result.attachments) {
        expect(a.contentType).toBe('application/vnd.microsoft.card.adaptive');
        expect(Buffer.byteLength(JSON.stringify(a), 'utf8')).toBeLessThan(28 * 1024);
        expect(texts(a.content).some((x) => /^Kilde: /.test(x))).toBe(true);
      }
    });

    it('an empty query lists the most used tools, at most 25', async () => {
      const result = await query('');
      expect(result.attachments.length).toBeGreaterThan(5);
      expect(result.attachments.length).toBeLessThanOrEqual(25);
      expect(result.attachments.map((a) => a.preview.content.title)).toContain('Samtykkeskjema (for utfylling for hånd)');
    });

    it('nonsense gives an empty list, not an error', async () => {
      const result = await query('xyzzy qwerty');
      expect(result.attachments).toEqual([]);
    });

    it('a search that speaks of violence or abuse shows the emergency route as the first result, and keeps the tools', async () => {
      const plain = await query('samtykke');
      const result = await query('samtykke, gutten blir misbrukt');
      const first = result.attachments[0]!;
      expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
      expect(first.preview.content.title).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
      expect(texts(first.content)[0]).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
      expect(texts(first.content).join(' ')).toContain('95 19 52 40');
      // The search words are never echoed on the emergency card.
      expect(JSON.stringify(first)).not.toContain('misbrukt');
      // The tools the words matched follow: nothing the plain search found is lost.
      const tools = result.attachments.slice(1).map((a) => a.preview.content.title);
      expect(tools).toEqual(expect.arrayContaining(plain.attachments.map((a) => a.preview.content.title)));
      expect(tools).toContain('Samtykkeskjema (for digital utfylling)');
      expect(tools).not.toContain('Handle i dag: kontakt barnevernet og/eller politiet');
    });

    it('violence words alone still give the emergency result; ordinary searches do not', async () => {
      const alone = await query('stefaren befølte henne');
      expect(alone.attachments.length).toBeGreaterThanOrEqual(1);
      expect(alone.attachments[0]!.preview.content.title).toBe('Handle i dag: kontakt barnevernet og/eller politiet');
      for (const q of ['samtykke', 'Voldsløkka skole', '']) {
        const result = await query(q);
        expect(result.attachments.map((a) => a.preview.content.title)).not.toContain('Handle i dag: kontakt barnevernet og/eller politiet');
      }
    });
  });
});

describe('guidance with the Vestre Toten profile', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness({ env: { BTI_PROFILE: 'vestre-toten' } });
  });
  afterAll(async () => {
    await h.stop();
  });

  it('meldeplikt and emergency say "kommunens barnevernvakt" and invent no number', async () => {
    for (const text of ['meldeplikt', 'hun forteller at faren slår henne', 'bekymring']) {
      h.connector.clear();
      await h.post(messageActivity({ serviceUrl: h.connector.url, conversationId: CONV }, alice, text));
      const all = texts(h.connector.cards(CONV)[0]).join(' ');
      expect(all).toMatch(/[Kk]ommunens barnevernvakt/);
      expect(all).not.toContain('95 19 52 40');
      // The only phone number on these cards is the national emergency number.
      expect(all.match(/\b\d{2} ?\d{2} ?\d{2} ?\d{2}\b/g) ?? []).toEqual([]);
    }
  });

  it('a tool without a link points to the Vestre Toten contacts', async () => {
    h.connector.clear();
    await h.post(messageActivity({ serviceUrl: h.connector.url, conversationId: CONV }, alice, 'verktøy observasjonsskjema'));
    expect(texts(h.connector.cards(CONV)[0]).join(' ')).toMatch(/KTK/);
  });
});
