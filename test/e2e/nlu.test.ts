import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { startHarness, Harness } from '../support/botHarness';
import { executeActivity, makeUser, messageActivity } from '../support/activities';
import { cardTexts as texts, type CardAction } from '../support/cardContent';

/**
 * Free-text understanding and direct meldeplikt answers (issue 13), over HTTP with real activities. Each phrase
 * used to fall through to the help card or to the general meldeplikt overview; the titles asserted here are the
 * direct answers, so these tests fail on the old routing.
 */
const alice = makeUser(1, 'Alice Fagperson');
const CONV = '19:nlu@thread.v2';
const EMERGENCY_NB = 'Handle i dag: kontakt barnevernet og/eller politiet';
const EMERGENCY_EN = 'Act today: contact child welfare and/or the police';
const HELP_NB = 'Dette kan jeg hjelpe med';

function actions(card: unknown): CardAction[] {
  const all: CardAction[] = [];
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const o = node as Record<string, unknown>;
      if (typeof o.type === 'string' && o.type.startsWith('Action.')) all.push(o as unknown as CardAction);
      else Object.values(o).forEach(walk);
    }
  };
  walk(card);
  return all;
}

describe('free-text understanding over HTTP (Tromsø profile)', () => {
  let h: Harness;
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h.stop();
  });
  const conv = (locale = 'nb-NO') => ({ serviceUrl: h.connector.url, conversationId: CONV, locale });

  /** Every card the bot sent for one message, in order; plain text replies as { text }. */
  async function say(text: string, locale = 'nb-NO') {
    h.connector.clear();
    const res = await h.post(messageActivity(conv(locale), alice, text));
    expect(res.status).toBe(200);
    // A typing indicator is progress on a slow turn (a loaded machine), not an answer.
    const sent = h.connector.sent(CONV).filter((s) => (s.body as { type?: string }).type !== 'typing');
    expect(sent.length).toBeGreaterThan(0);
    const bodies = sent.map((s) => s.body as { text?: string; attachments?: { content: unknown }[] });
    const cards = bodies.filter((b) => b.attachments?.length).map((b) => b.attachments![0]!.content);
    return { bodies, cards, card: cards[0], first: texts(cards[0]) };
  }

  async function press(action: CardAction, locale = 'nb-NO') {
    expect(action.type).toBe('Action.Execute');
    h.connector.clear();
    const res = await h.post(executeActivity(conv(locale), alice, action.verb!, action.data ?? {}, 'msg-1'));
    expect(res.status).toBe(200);
    return res.body as { type: string; value: unknown };
  }

  describe('a named reporting ground answers with the ground and the next step at once', () => {
    it.each([
      ['Eleven ruser seg og begår kriminalitet', /rus og kriminalitet/],
      ['en 15-åring selger hasj og har stjålet fra butikken', /rus og kriminalitet/],
      ['barnet kommer sultent og skittent på skolen hver dag', /alvorlig omsorgssvikt/],
      ['jenta er alvorlig syk, men foreldrene tar henne ikke med til lege', /alvorlig sykdom/],
      ['jeg mistenker at gutten blir utnyttet i menneskehandel', /menneskehandel/],
      ['ho er ofte aleine heime og får ikkje mat', /alvorlig omsorgssvikt/],
    ])('"%s"', async (text, ground) => {
      const { card, first, bodies } = await say(text);
      expect(bodies).toHaveLength(1);
      expect(first[0]).toBe('Dette er en meldegrunn – send bekymringsmelding nå');
      const all = first.join('\n');
      expect(all).toMatch(ground);
      expect(all).toMatch(/uten unødig opphold/);
      expect(all).toMatch(/Kilde: BTI-veilederen \(Tromsø\) – Meldeplikt til barneverntjenesten/);
      expect(all).toContain('95 19 52 40');
      const acts = actions(card);
      expect(acts.find((a) => a.type === 'Action.OpenUrl')?.url).toBe('https://bekymringsmelding.fiks.ks.no/offentlig');
      // The yes/no helper is offered, not required: a button, and the answer is already given.
      expect(acts.some((a) => a.type === 'Action.Execute' && a.verb === 'guidance.decide')).toBe(true);
    });

    it('English: "the pupil drinks every weekend and steals" → the ground in English', async () => {
      const { first } = await say('the pupil drinks every weekend and steals', 'en-US');
      expect(first[0]).toBe('This is a reporting ground – send a report of concern now');
      expect(first.join('\n')).toMatch(/substance use and crime/);
    });

    it('the yes/no helper button still works from the direct answer', async () => {
      const { card } = await say('Eleven ruser seg og begår kriminalitet');
      const helper = actions(card).find((a) => a.verb === 'guidance.decide')!;
      const res = await press(helper);
      expect(texts(res.value)[0]).toBe('Skal jeg melde? Spørsmål 1');
    });
  });

  describe('meldeplikt answers the question asked, with its source', () => {
    it.each([
      'Kollegaen min har allerede meldt',
      'barnevernet har allerede en sak på familien, må jeg melde likevel?',
      'det er sendt bekymringsmelding før – trenger jeg å melde igjen',
      'vi hjelper jo eleven i egen tjeneste, gjelder meldeplikten da?',
      'rektor har meldt, er jeg ferdig da?',
    ])('still applies: "%s"', async (text) => {
      const { first } = await say(text);
      expect(first[0]).toBe('Ja, meldeplikten gjelder fortsatt for deg');
      const all = first.join('\n');
      expect(all).toMatch(/fritar ikke deg/);
      expect(all).toMatch(/barnevernet allerede har en sak/);
      expect(all).toMatch(/Det er sendt bekymringsmelding før/);
      expect(all).toMatch(/Kilde: BTI-veilederen \(Tromsø\) – Meldeplikt til barneverntjenesten/);
    });

    it('still applies, English: "my colleague already reported, do I still have to?"', async () => {
      const { first } = await say('my colleague already reported, do I still have to?', 'en-US');
      expect(first[0]).toBe('Yes, the duty to report still applies to you');
    });

    it.each(['hvordan sender jeg bekymringsmelding', 'hvor melder jeg til barnevernet?', 'lenke til portalen for bekymringsmelding', 'kan jeg sende bekymringsmeldingen på mail?', 'hvor lang tid har jeg på å sende meldingen'])('where and how: "%s"', async (text) => {
      const { card, first } = await say(text);
      expect(first[0]).toBe('Slik sender du bekymringsmelding');
      expect(first.join('\n')).toMatch(/uten unødig opphold/);
      expect(actions(card).find((a) => a.type === 'Action.OpenUrl')?.url).toBe('https://bekymringsmelding.fiks.ks.no/offentlig');
    });

    it.each(['hvem kan jeg ringe for å få råd?', 'telefonnummer til barnevernvakta', 'kan jeg drøfte anonymt med barnevernet'])('whom to call: "%s"', async (text) => {
      const { first } = await say(text);
      expect(first[0]).toBe('Ring barnevernvakta og få råd');
      const all = first.join('\n');
      expect(all).toContain('95 19 52 40');
      expect(all).toMatch(/Døgnåpen/);
      expect(all).toMatch(/uten å si hvem barnet er/);
    });

    it.each(['skal jeg si til foreldrene at jeg melder?', 'må foresatte få vite om bekymringsmeldingen', 'should I tell the parents that I report?'])(
      'tell the parents: "%s"',
      async (text) => {
        const en = /should/.test(text);
        const { first } = await say(text, en ? 'en-US' : 'nb-NO');
        expect(first[0]).toBe(en ? 'Should the parents know that you report?' : 'Skal foreldrene få vite at du melder?');
        expect(first.join('\n')).toMatch(en ? /good practice.*violence or sexual abuse/s : /god praksis.*vold eller seksuelle overgrep/s);
      },
    );

    it.each(['familien trenger hjelp fra NAV, er det meldeplikt?', 'hva er forskjellen på oppmerksomhetsplikt og meldeplikt', 'mor trenger hjelp med bolig og økonomi'])(
      'oppmerksomhetsplikt: "%s"',
      async (text) => {
        const { first } = await say(text);
        expect(first[0]).toBe('Oppmerksomhetsplikt og meldeplikt');
        const all = first.join('\n');
        expect(all).toMatch(/NAV/);
        expect(all).toMatch(/samtykke/);
        expect(all).toMatch(/Kilde: BTI-veilederen \(Tromsø\) – Oppmerksomhetsplikt/);
      },
    );
  });

  describe('plain questions reach their job instead of the help card', () => {
    it.each(['bytte koordinator', 'hvem skal ha koordinatorrollen', 'koordinatoren vår slutter, hvem tar over?', 'we need a new coordinator'])(
      'coordinator: "%s" → the avklaring form',
      async (text) => {
        const { card } = await say(text, /we need/.test(text) ? 'en-US' : 'nb-NO');
        expect(actions(card).some((a) => a.verb === 'avklaring.next')).toBe(true);
      },
    );

    it.each([
      ['fravær', 'Handlingsplan ved bekymringsfullt fravær'],
      ['eleven er borte fra skolen hele tiden', 'Handlingsplan ved bekymringsfullt fravær'],
      ['gode møter', 'Hvordan gjennomføre gode møter'],
      ['tips til hvordan jeg leder et ansvarsgruppemøte', 'Hvordan gjennomføre gode møter'],
      ['hvordan lage plan i samspill', 'Hvordan opprette tverrfaglig plan i Samspill'],
      ['må begge foreldrene skrive under på samtykket?', 'Samtykkeskjema (for digital utfylling)'],
      ['hvordan snakke med en elev om det jeg har sett', 'snakkemedbarn.no'],
      ['finnes det en mal for møtereferat', 'Mal for møtereferat og møtelogg'],
    ])('tool: "%s" → %s', async (text, tool) => {
      const { first } = await say(text);
      expect(first.join('\n')).toContain(tool);
      expect(first.join('\n')).not.toContain(HELP_NB);
    });

    it.each(['jeg er urolig for ei jente i tredje klasse', 'hva er nivå 1 i BTI', 'where do I start when I am worried about a kid'])('worry and levels: "%s" → the navigator', async (text) => {
      const { first } = await say(text, /where/.test(text) ? 'en-US' : 'nb-NO');
      expect(first.some((x) => /^(Trinn|Step) 1 av|^Step 1 of/.test(x))).toBe(true);
    });

    it.each([
      ['hvem sin tur er det å skrive referat?', 'referat'],
      ['når er neste møte i sakene våre', 'status'],
    ])('"%s" is not the help card', async (text) => {
      const { first } = await say(text);
      expect(first.join('\n')).not.toContain(HELP_NB);
    });

    it.each([
      ['BTI verktøy', 'nb-NO', 'Mye brukte BTI-verktøy'],
      ['what tools do you have', 'en-US', 'Frequently used BTI tools'],
    ])('the tools in general: "%s" → the most used tools', async (text, locale, title) => {
      const { first } = await say(text, locale);
      expect(first[0]).toBe(title);
    });

    it('nonsense still gets the help card', async () => {
      const { first } = await say('blå tog synger');
      expect(first[0]).toBe(HELP_NB);
    });
  });

  describe('a question about a rule gets the rule first, with its source, then the tools', () => {
    it.each([
      ['hvor ofte bør ansvarsgruppa møtes?', 'nb-NO', 'Samarbeidsmøter: dette gjelder', /minst to ganger i året/],
      ['kan bestefar tolke for familien på møtet?', 'nb-NO', 'Samarbeidsmøter: dette gjelder', /Ikke la slektninger eller venner av familien tolke/],
      ['må begge foreldrene skrive under på samtykket?', 'nb-NO', 'Samtykke: dette gjelder', /begge samtykke/],
      ['can a 15 year old sign the consent form', 'en-US', 'Consent: the rules', /From the age of 15/],
    ])('"%s"', async (text, locale, title, fact) => {
      const { first, bodies } = await say(text, locale);
      expect(bodies).toHaveLength(1);
      expect(first[0]).toBe(title);
      const all = first.join('\n');
      expect(all).toMatch(fact);
      expect(all).toMatch(locale === 'en-US' ? /Source: / : /Kilde: /);
    });
  });

  describe('what a child tells or shows about violence or abuse, in plain words, gets the emergency card', () => {
    it.each([
      ['hun sier at naboen tar på henne når mor er på jobb', 'nb-NO', EMERGENCY_NB],
      ['eleven har blåmerker på halsen og sier ingenting', 'nb-NO', EMERGENCY_NB],
      ['the boy has bruises again and will not say why', 'en-US', EMERGENCY_EN],
    ])('"%s"', async (text, locale, title) => {
      const { first } = await say(text, locale);
      expect(first[0]).toBe(title);
    });
  });

  describe('unsure between two jobs: both offered as buttons', () => {
    it('"når er det naturlig at barnehagen er stafettholder?" offers the stafettlogg tools and coordinator, and a button runs the choice', async () => {
      const { card, first } = await say('når er det naturlig at barnehagen er stafettholder?');
      expect(first[0]).toBe('Hva vil du gjøre?');
      const buttons = actions(card);
      expect(buttons.every((b) => b.type === 'Action.Execute' && b.verb === 'nlu.choose')).toBe(true);
      expect(buttons.map((b) => b.data?.intent).sort()).toEqual(['avklaring', 'help', 'tool.stafettlogg']);
      const res = await press(buttons.find((b) => b.data?.intent === 'tool.stafettlogg')!);
      expect(res.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(texts(res.value).join('\n')).toContain('Hvordan opprette tverrfaglig plan i Samspill');
      const coordinator = await press(buttons.find((b) => b.data?.intent === 'avklaring')!);
      expect(coordinator.type).toBe('application/vnd.microsoft.activity.message');
      expect(actions(h.connector.cards(CONV)[0]).some((a) => a.verb === 'avklaring.next')).toBe(true);
    });

    it('a tampered choice is refused with a message, not a crash', async () => {
      const res = await press({ type: 'Action.Execute', title: 'x', verb: 'nlu.choose', data: { intent: 'drop table' } });
      expect(res.type).toBe('application/vnd.microsoft.activity.message');
    });
  });

  describe('emergency first, and what else was asked is kept', () => {
    it.each([
      ['hvordan snakker jeg med barn om vold', 'nb-NO'],
      ['barnet sier at stefar slår, hvordan skal jeg snakke med ham om det?', 'nb-NO'],
      ['samtaleverktøy for en elev som kan være utsatt for overgrep', 'nb-NO'],
      ['how do I talk with a pupil about sexual abuse', 'en-US'],
    ])('"%s" → the emergency card, then the conversation tools', async (text, locale) => {
      const { cards, bodies } = await say(text, locale);
      expect(cards).toHaveLength(2);
      expect(texts(cards[0])[0]).toBe(locale === 'en-US' ? EMERGENCY_EN : EMERGENCY_NB);
      expect(bodies[1]!.text).toBe(locale === 'en-US' ? 'You also asked about this:' : 'Du spurte også om dette:');
      expect(texts(cards[1]).join('\n')).toContain('snakkemedbarn.no');
      // The emergency card never repeats what was written.
      expect(JSON.stringify(h.connector.calls)).not.toMatch(/stefar slår|utsatt for overgrep/);
    });

    it('"trenger jeg samtykke når barnet er utsatt for vold i familien" → emergency, then the consent forms', async () => {
      const { cards } = await say('trenger jeg samtykke når barnet er utsatt for vold i familien');
      expect(texts(cards[0])[0]).toBe(EMERGENCY_NB);
      expect(texts(cards[1]).join('\n')).toContain('Samtykkeskjema');
    });

    it.each([
      'mor har kvelt gutten',
      'jenta blir beføla av en voksen',
      'barnet har sett far slå mor',
      'jeg tror stefaren forgriper seg på jenta',
      'gutten har brannmerker og er redd for pappa',
      'eleven er redd for å gå hjem',
      'the child has bruises and says her father did it',
    ])(
      'indirect wording still gets the emergency card alone: "%s"',
      async (text) => {
        const { cards } = await say(text, /child/.test(text) ? 'en-US' : 'nb-NO');
        expect(cards).toHaveLength(1);
        expect(texts(cards[0])[0]).toBe(/child/.test(text) ? EMERGENCY_EN : EMERGENCY_NB);
      },
    );
  });

  describe('the help card', () => {
    it('names every job and the verktøy search, each with an Action.Execute button', async () => {
      const { card, first } = await say('hjelp');
      const all = first.join('\n');
      for (const job of ['Hvem bør koordinere?', 'Møter', 'Referat', 'Status', 'Saker', 'Bekymret for et barn?', 'Veiledning og meldeplikt', 'Søk i BTI-verktøy']) {
        expect(all).toContain(job);
      }
      expect(all).toMatch(/verktøy samtykke/);
      const buttons = actions(card);
      expect(buttons).toHaveLength(8);
      expect(buttons.every((b) => b.type === 'Action.Execute' && b.verb === 'nlu.choose')).toBe(true);
    });

    it('the verktøy button lists the tools; the meldeplikt button opens the duty card', async () => {
      const { card } = await say('hjelp');
      const buttons = actions(card);
      const tools = await press(buttons.find((b) => b.data?.intent === 'verktoy')!);
      expect(texts(tools.value)[0]).toBe('Mye brukte BTI-verktøy');
      const duty = await press(buttons.find((b) => b.data?.intent === 'meldeplikt')!);
      expect(texts(duty.value)[0]).toBe('Meldeplikt til barnevernet');
    });

    it('asking for English explains the language and shows the English help card', async () => {
      const { bodies, cards } = await say('kan du svare på engelsk?');
      expect(bodies[0]!.text).toMatch(/I answer in the language your Teams is set to/);
      expect(texts(cards[0])[0]).toBe('What I can help with');
    });
  });
});
