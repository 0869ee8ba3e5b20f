import { cite, type GuidanceLine, type GuidanceText, type LevelData, type StepData } from './schema';

/**
 * The BTI level navigator (levels 0, 1, 2 with their steps and support questions) from the BTI guide,
 * source 002. The BTI model is the same in both municipalities; what differs is which tools a step points
 * to and, on level 2, which plan is made and who decides about the coordinator. A profile passes those in.
 *
 * Step boundaries: the source's step headings were lost in the text we have; the steps follow its paragraphs.
 * Level 2 has five steps, because the evaluation step says "continue from steps 3–5".
 */

type StepTools = Pick<StepData, 'toolIds' | 'relatedToolIds'>;

export interface LevelVariant {
  tools: {
    l0: [StepTools, StepTools, StepTools, StepTools];
    l1: [StepTools, StepTools, StepTools];
    l2: [StepTools, StepTools, StepTools, StepTools, StepTools];
  };
  /** Level 2, step 3: how the plan is made in this municipality. */
  createPlan: Pick<StepData, 'title' | 'whatToDo' | 'source'>;
  /** Extra lines for level 2, step 5 (change of coordinator, closing), with their source. */
  evaluateExtra: GuidanceLine[];
  /** Extra lines for level 2, step 1, e.g. who decides about the coordinator. */
  clarifyExtra: GuidanceLine[];
  /** What the plan is called, for the texts that mention it. */
  planName: GuidanceText;
}

const src = (section: string, sectionEn: string) => cite('002', section, sectionEn);

/** Two support questions that the end of level 0 and the evaluation of level 1 ask in the same words. */
const HELP_FROM_OTHERS_OR_LEVEL_2: StepData['supportQuestions'] = [
  {
    text: {
      nb: 'Trengs hjelp fra andre? Hjelp barnet eller familien i kontakt med riktig tjeneste (oppmerksomhetsplikt og meldeplikt).',
      en: 'Is help from others needed? Help the child or family get in touch with the right service (duty of attention and duty to report).',
    },
    goto: { kind: 'meldeplikt' },
  },
  {
    text: {
      nb: 'Følger flere tjenester opp barnet, og må de samarbeide? Gå til nivå 2, og husk samtykke.',
      en: 'Are several services following the child, and do they need to cooperate? Go to level 2, and remember consent.',
    },
    goto: { kind: 'level', level: 2 },
  },
];

export function btiLevels(v: LevelVariant): LevelData[] {
  const level0: LevelData = {
    level: 0,
    title: { nb: 'Nivå 0 – undring og avklaring', en: 'Level 0 – wondering and clarifying' },
    summary: {
      nb: 'Du har lagt merke til noe og lurer på om et barn eller en ungdom har det vanskelig. Her gjør du bekymringen konkret, vurderer den og snakker med barnet og foresatte før dere bestemmer veien videre.',
      en: 'You have noticed something and wonder whether a child or young person is struggling. Here you make the worry concrete, assess it and talk with the child and the parents before you decide together what happens next.',
    },
    source: src('Nivå 0', 'Level 0'),
    steps: [
      {
        id: 'konkretiser',
        title: { nb: 'Gjør bekymringen konkret', en: 'Make the worry concrete' },
        whatToDo: [
          {
            nb: 'Før du går videre: skriv ned for deg selv hva du faktisk har sett, hørt eller lagt merke til.',
            en: 'Before you take it further, note for yourself what you have actually seen, heard or noticed.',
          },
          {
            nb: 'Gjelder det skolefravær eller barnets rett til et trygt barnehage- eller skolemiljø, følger du egne rutiner for det.',
            en: 'If it is about school absence or the child’s right to a safe kindergarten or school environment, follow the routines for that.',
          },
        ],
        supportQuestions: [
          { text: { nb: 'Hva er det du er bekymret for?', en: 'What exactly are you worried about?' } },
          { text: { nb: 'Hva har du sett eller hørt selv?', en: 'What have you seen or heard yourself?' } },
          { text: { nb: 'Hva har barnet eller ungdommen sagt eller gjort?', en: 'What has the child or young person said or done?' } },
          {
            text: {
              nb: 'Hva i samspillet mellom barnet og menneskene rundt har gjort deg bekymret?',
              en: 'What in the interaction between the child and the people around them made you worried?',
            },
          },
          { text: { nb: 'Hvor lenge har du vært bekymret?', en: 'How long have you been worried?' } },
          { text: { nb: 'Har noen vært bekymret for barnet før?', en: 'Has anyone been worried about the child before?' } },
          { text: { nb: 'Hvor bekymret er du?', en: 'How worried are you?' } },
        ],
        ...v.tools.l0[0],
        routeIds: ['vold-overgrep', 'skolefravaer', 'trygt-miljo'],
        source: src('Nivå 0 – konkretiser bekymringen, støttespørsmål og verktøy', 'Level 0 – make the worry concrete, support questions and tools'),
      },
      {
        id: 'vurder',
        title: { nb: 'Vurder bekymringen', en: 'Assess the worry' },
        whatToDo: [
          {
            nb: 'Vurder faglig om det er grunn til bekymring. Ta det opp med nærmeste leder hvis du ikke kan bestemme veien videre alene.',
            en: 'Make a professional assessment of whether there is reason to worry. Talk it through with your nearest leader if you cannot decide the next step alone.',
          },
          {
            nb: 'Bestem om saken kan avsluttes eller må undersøkes mer. Avtal i så fall hvem som snakker med barnet og med foresatte.',
            en: 'Decide whether the matter can be closed or needs a closer look. If so, agree who talks with the child and who talks with the parents.',
          },
        ],
        supportQuestions: [],
        ...v.tools.l0[1],
        routeIds: ['vold-overgrep'],
        source: src('Nivå 0 – faglig vurdering', 'Level 0 – professional assessment'),
      },
      {
        id: 'snakk-med-barnet',
        title: { nb: 'Snakk med barnet, deretter med foresatte', en: 'Talk with the child, then with the parents' },
        whatToDo: [
          {
            nb: 'Snakk med barnet eller ungdommen om det du har lagt merke til, når det lar seg gjøre. Tilpass samtalen til alder, modenhet, språk og funksjonsnivå, og til hva bekymringen handler om.',
            en: 'Where possible, talk with the child or young person about what you have noticed. Adapt the talk to their age, maturity, language and abilities, and to what the worry is about.',
          },
          {
            nb: 'Er du fortsatt bekymret etterpå? Si til barnet at du må snakke med foresatte, og vær tydelig på hva du skal si og hvorfor.',
            en: 'Still worried afterwards? Tell the child that you need to talk with the parents, and be clear about what you will say and why.',
          },
          {
            nb: 'Går det ikke an å snakke med barnet, snakker du direkte med foresatte.',
            en: 'If talking with the child is not possible, talk directly with the parents.',
          },
        ],
        supportQuestions: [],
        ...v.tools.l0[2],
        routeIds: ['vold-overgrep'],
        source: src('Nivå 0 – samtale med barnet/ungdommen', 'Level 0 – talking with the child'),
      },
      {
        id: 'beslutning',
        title: { nb: 'Bestem veien videre sammen', en: 'Decide the way forward together' },
        whatToDo: [
          {
            nb: 'Sammen med barnet, ungdommen og foresatte avgjør du om det er grunn til bekymring og om det trengs tiltak.',
            en: 'Together with the child, young person and parents, decide whether there is reason to worry and whether something needs to be done.',
          },
        ],
        supportQuestions: [
          { text: { nb: 'Trengs ingen tiltak? Da avsluttes saken.', en: 'No action needed? Then the matter is closed.' }, goto: { kind: 'close' } },
          { text: { nb: 'Kan din egen tjeneste sette inn tiltak? Gå til nivå 1.', en: 'Can your own service act? Go to level 1.' }, goto: { kind: 'level', level: 1 } },
          ...HELP_FROM_OTHERS_OR_LEVEL_2,
          {
            text: { nb: 'Er du bekymret for omsorgen barnet får hjemme? Se meldeplikt.', en: 'Worried about the care the child gets at home? See the duty to report.' },
            goto: { kind: 'meldeplikt' },
          },
          {
            text: {
              nb: 'Er barnet pårørende eller søsken til noen som er syk? Be om samtykke til å informere helsesykepleier.',
              en: 'Is the child a relative or sibling of someone who is ill? Ask for consent to inform the public health nurse.',
            },
          },
        ],
        ...v.tools.l0[3],
        routeIds: [],
        source: src('Nivå 0 – beslutning, støttespørsmål', 'Level 0 – decision, support questions'),
      },
    ],
  };

  const level1: LevelData = {
    level: 1,
    title: { nb: 'Nivå 1 – innsats i egen tjeneste', en: 'Level 1 – action within your own service' },
    summary: {
      nb: 'Barnet får et tilrettelagt tilbud i din tjeneste uten at andre tjenester er med. Samarbeid i ressursteam i barnehage eller skole, også med PPT, hører til her. Du kan be andre om råd – få samtykke hvis saken ikke drøftes anonymt.',
      en: 'The child gets adapted support in your service without other services being involved. Work in the kindergarten or school resource team, including with PPT, also belongs here. You may ask others for advice – get consent unless the case is discussed anonymously.',
    },
    source: src('Nivå 1', 'Level 1'),
    steps: [
      {
        id: 'felles-forstaelse',
        title: { nb: 'Skap en felles forståelse', en: 'Build a shared understanding' },
        whatToDo: [
          {
            nb: 'Snakk om situasjonen sammen med barnet, ungdommen og foresatte, slik at dere ser den på samme måte.',
            en: 'Talk the situation through with the child, young person and parents so that you see it the same way.',
          },
        ],
        supportQuestions: [
          { text: { nb: 'Hva er viktig for deg eller dere?', en: 'What matters to you?' } },
          { text: { nb: 'Hva ønsker du eller dere skal skje?', en: 'What would you like to happen?' } },
        ],
        ...v.tools.l1[0],
        routeIds: [],
        source: src('Nivå 1 – drøfting, støttespørsmål', 'Level 1 – discussion, support questions'),
      },
      {
        id: 'lag-plan',
        title: { nb: 'Lag en felles plan', en: 'Make a shared plan' },
        whatToDo: [
          {
            nb: 'Bli enige om målene og hvilke tiltak som kan passe, og lag en plan for det videre sammen med barnet, ungdommen og foresatte.',
            en: 'Agree on the goals and which measures could help, and make a plan for what happens next together with the child, young person and parents.',
          },
          {
            nb: 'Vurder sammen om dere trenger råd fra andre tjenester. Dokumenter i ditt eget fagsystem.',
            en: 'Consider together whether you need advice from other services. Document in your own case system.',
          },
        ],
        supportQuestions: [
          { text: { nb: 'Hvilke aktiviteter eller tiltak skal settes i gang?', en: 'Which activities or measures will you start?' } },
          { text: { nb: 'Hvem har ansvaret?', en: 'Who is responsible?' } },
          { text: { nb: 'Hvor lenge skal det vare?', en: 'How long will it last?' } },
          { text: { nb: 'Når skal tiltakene evalueres?', en: 'When will the measures be evaluated?' } },
        ],
        ...v.tools.l1[1],
        routeIds: [],
        source: src('Nivå 1 – felles plan', 'Level 1 – shared plan'),
      },
      {
        id: 'evaluer',
        title: { nb: 'Evaluer og bestem videre tiltak', en: 'Evaluate and decide the next steps' },
        whatToDo: [
          {
            nb: 'Evaluer når planen sier dere skal, og bestem ut fra det hva som skjer videre.',
            en: 'Evaluate when the plan says you will, and decide from that what happens next.',
          },
        ],
        supportQuestions: [
          { text: { nb: 'Skal tiltakene i egen tjeneste avsluttes eller fortsette?', en: 'Should the measures in your service end or continue?' } },
          ...HELP_FROM_OTHERS_OR_LEVEL_2,
          {
            text: { nb: 'Er du bekymret for omsorgen barnet får? Se meldeplikt.', en: 'Worried about the care the child gets? See the duty to report.' },
            goto: { kind: 'meldeplikt' },
          },
        ],
        ...v.tools.l1[2],
        routeIds: [],
        source: src('Nivå 1 – evaluering, støttespørsmål', 'Level 1 – evaluation, support questions'),
      },
    ],
  };

  const level2: LevelData = {
    level: 2,
    title: { nb: 'Nivå 2 – tverrfaglig samhandling', en: 'Level 2 – cross-service cooperation' },
    summary: {
      nb: `Flere tjenester hjelper barnet samtidig. Hit hører også barn med rett til koordinator eller barnekoordinator. Samarbeidet dokumenteres i ${v.planName.nb}.`,
      en: `Several services help the child at the same time. Children with a right to a coordinator or a child coordinator belong here too. The cooperation is documented in ${v.planName.en}.`,
    },
    source: src('Nivå 2', 'Level 2'),
    steps: [
      {
        id: 'avklar-samarbeid',
        title: { nb: 'Avklar om det trengs samarbeid', en: 'Find out whether cooperation is needed' },
        whatToDo: [
          {
            nb: 'Du har selv ansvar for å finne ut om barnet eller familien får hjelp fra flere tjenester, om de trenger å samarbeide, og for at samarbeidet kommer i gang.',
            en: 'It is your own responsibility to find out whether the child or family gets help from several services, whether they need to cooperate, and to get the cooperation started.',
          },
          {
            nb: 'Tjenesten som ser behovet, sørger for oppstarten. Synes du ikke det er naturlig at du koordinerer, bruk avklaringsverktøyet.',
            en: 'The service that sees the need gets things started. If it does not feel natural for you to coordinate, use the clarification tool.',
          },
          ...v.clarifyExtra,
        ],
        supportQuestions: [
          { text: { nb: 'Hvilke tjenester er inne hos barnet eller familien nå?', en: 'Which services are involved with the child or family now?' } },
          { text: { nb: 'Trenger de å samarbeide over tid?', en: 'Do they need to cooperate over time?' } },
        ],
        ...v.tools.l2[0],
        routeIds: [],
        source: src('Nivå 2 – ansvar for å avklare samarbeid; Hvem skal være koordinator', 'Level 2 – responsibility to clarify cooperation; Who should coordinate'),
      },
      {
        id: 'felles-mal-samtykke',
        title: { nb: 'Bli enige om felles mål og hent samtykke', en: 'Agree shared goals and get consent' },
        whatToDo: [
          {
            nb: 'Bli enige om hvilke mål dere skal jobbe mot på tvers av tjenester og arenaer.',
            en: 'Agree on the goals you will work towards across services and settings.',
          },
          {
            nb: 'Vurder sammen hvilke andre tjenester som bør være med, og få samtykke til det før du tar kontakt.',
            en: 'Consider together which other services should join, and get consent for that before you contact them.',
          },
        ],
        supportQuestions: [],
        ...v.tools.l2[1],
        routeIds: [],
        source: src('Nivå 2 – felles mål og samtykke', 'Level 2 – shared goals and consent'),
      },
      {
        id: 'opprett-plan',
        title: v.createPlan.title,
        whatToDo: v.createPlan.whatToDo,
        supportQuestions: [],
        ...v.tools.l2[2],
        routeIds: [],
        source: v.createPlan.source,
      },
      {
        id: 'tiltak',
        title: { nb: 'Bestem tiltak og dokumenter dem', en: 'Decide measures and document them' },
        whatToDo: [
          {
            nb: `Tjenestene og barnet, ungdommen og foresatte bestemmer sammen hvilke tiltak som skal til for å nå målene. Skriv dem inn i ${v.planName.nb}.`,
            en: `The services and the child, young person and parents decide together which measures will reach the goals. Record them in ${v.planName.en}.`,
          },
        ],
        supportQuestions: [
          {
            text: {
              nb: 'Forstår vi situasjonen og målene likt? Hva er viktig for barnet eller ungdommen?',
              en: 'Do we understand the situation and the goals the same way? What matters to the child or young person?',
            },
          },
          { text: { nb: 'Hvilke aktiviteter skal settes i gang?', en: 'Which activities will you start?' } },
          { text: { nb: 'Hvem har ansvaret?', en: 'Who is responsible?' } },
          { text: { nb: 'Hvordan finner vi ut om aktivitetene virker?', en: 'How will you find out whether the activities work?' } },
          { text: { nb: 'Hvor lenge skal det vare?', en: 'How long will it last?' } },
          { text: { nb: 'Når skal dere evaluere?', en: 'When will you evaluate?' } },
        ],
        ...v.tools.l2[3],
        routeIds: [],
        source: src('Nivå 2 – tiltak, støttespørsmål og verktøy', 'Level 2 – measures, support questions and tools'),
      },
      {
        id: 'evaluer',
        title: { nb: 'Evaluer og bestem det videre arbeidet', en: 'Evaluate and decide the further work' },
        whatToDo: [
          {
            nb: `Evaluer tiltakene og skriv resultatet inn i ${v.planName.nb}. Bestem ut fra evalueringen hva som skjer videre.`,
            en: `Evaluate the measures and record the result in ${v.planName.en}. Decide from the evaluation what happens next.`,
          },
          ...v.evaluateExtra,
        ],
        supportQuestions: [
          {
            text: {
              nb: 'Trengs det fortsatt tverrfaglig innsats? Gjenta trinn 3–5 så lenge behovet er der, og vurder hele tiden om andre tjenester skal inn eller tiltak avsluttes.',
              en: 'Is cross-service work still needed? Repeat steps 3–5 as long as the need is there, and keep checking whether other services should join or measures should end.',
            },
            goto: { kind: 'step', level: 2, stepIndex: 2 },
          },
          {
            text: {
              nb: 'Skal tjenesten som koordinerer avslutte, og er det uklart hvem som tar over? Hold et møte om det – uten barnet og familien til stede når ansvaret diskuteres.',
              en: 'Is the coordinating service ending its work, and is it unclear who takes over? Hold a meeting about it – without the child and family present while responsibility is discussed.',
            },
          },
          {
            text: {
              nb: 'Skal det tverrfaglige arbeidet avsluttes? Avslutt planen etter egne rutiner, og gå eventuelt tilbake til nivå 1.',
              en: 'Is the cross-service work ending? Close the plan according to your routines, and go back to level 1 if needed.',
            },
            goto: { kind: 'level', level: 1 },
          },
          {
            text: { nb: 'Er du bekymret for omsorgen barnet får? Se meldeplikt.', en: 'Worried about the care the child gets? See the duty to report.' },
            goto: { kind: 'meldeplikt' },
          },
        ],
        ...v.tools.l2[4],
        routeIds: [],
        source: src('Nivå 2 – evaluering, støttespørsmål', 'Level 2 – evaluation, support questions'),
      },
    ],
  };

  return [level0, level1, level2];
}
