import type { ContactId } from '../../content/guidance/schema';
import { fold } from './text';
import { MELDEPLIKT_HOW, MELDEPLIKT_SITUATIONS, MELDEPLIKT_STILL_APPLIES, OPPMERKSOMHETSPLIKT, MELDEPLIKT_SOURCE, ATTENTION_SOURCE, type CitedText, type DutyCitation } from './meldeplikt';
import type { MeldepliktQuestion } from '../nlu/intents';

/**
 * Direct answers to the questions staff ask about the duty to report (source 002, "Oppmerksomhetsplikt" and
 * "Meldeplikt til barneverntjenesten"), and the reporting grounds a message names. Codes and the source's own
 * cited lines only: the bot's lead sentences are i18n texts (guidance.answer.*).
 */

/** Reporting grounds, finer than the five situations of 002 so the answer can name what the user named. */
export const REPORTING_GROUNDS = ['rus', 'kriminalitet', 'omsorgssvikt', 'sykdom', 'saerlige-behov', 'menneskehandel'] as const;
export type ReportingGround = (typeof REPORTING_GROUNDS)[number];

/** Which of the five situations of 002 a ground belongs to. */
export const GROUND_SITUATION: Record<ReportingGround, string> = {
  rus: 'atferd',
  kriminalitet: 'atferd',
  omsorgssvikt: 'vold-omsorgssvikt',
  sykdom: 'sykdom-skade',
  'saerlige-behov': 'saerlige-behov',
  menneskehandel: 'menneskehandel',
};

// On folded text (æ→ae, ø→o, å→a). Wide on purpose for the serious words, narrow for everyday ones ("full" only
// as drunk: "full av", "fullt" are not).
const GROUND_PATTERNS: Record<ReportingGround, RegExp[]> = {
  rus: [
    /\brus(?:er|et|a|misbruk\w*|problem\w*|bruk\w*|middel\w*)?\b/,
    /\b(?:hasj|narkotika|dop|cannabis|marihuana|amfetamin|kokain|piller|snus\s+og\s+alkohol|drugs?|weed)\b/,
    /\b(?:drikker|drakk|fyll\w*|beruset|drunk|drinks|drinking|alkoholproblem\w*|alcohol)\b/,
    /\bdrink\s+(?:a\s+lot|too\s+much|heavily|every\s+day|daily)\b/,
    /\b(?:er|var|blir|ble)\s+(?:ofte\s+|stadig\s+)?full\b(?!\s+(?:av|fart|gang|kontroll|fokus|trening))/,
    /\bsubstance\s+(?:use|abuse)\b/,
  ],
  kriminalitet: [
    /\bkrimin\w*/,
    /\b(?:stjeler|stjal|stjele|tyveri\w*|naskeri\w*|innbrudd\w*|ran|raner|ranet|haerverk|pagrepet|arrestert|siktet|anmeldt)\b/,
    /\bselge[rn]?\s+(?:\w+\s+)?(?:dop|hasj|narkotika|drugs?)\b/,
    /\b(?:crimes?|criminal|steal\w*|stole|shoplift\w*|burglar\w*|robbery|arrested|vandalism)\b/,
    /\bselling\s+drugs\b/,
    /\bnormbrudd\w*|\batferdsproblem\w*|\bbehaviou?ral\s+problems?\b/,
  ],
  omsorgssvikt: [
    /\bomsorgssvikt\w*/,
    /\bneglect\w*/,
    /\b(?:sulten|sultent|sultne|hungry|skitten|skittent|skitne|dirty|unwashed)\b/,
    /\b(?:far|fikk|gis|gir)\s+(?:ikke|ikkje|ikkje|ikk)\s+(?:nok\s+)?mat\b/,
    /\bno\s+food\b|\bnot\s+(?:being\s+)?fed\b/,
    /\boverlatt\s+til\s+seg\s+selv\b|\balene\s+hjemme\s+i\s+(?:flere|mange)\b|\bleft\s+alone\s+for\b/,
    /\bikke\s+klaer\s+etter\s+(?:vaer|vaeret|varet)\b/,
  ],
  sykdom: [
    /\balvorlig\w*\s+(?:syk\w*|skade\w*)\b/,
    /\b(?:ubehandl\w*|untreated)\b/,
    /\b(?:tar|tok)\s+(?:ham|henne|barnet|gutten|jenta|dem)\s+ikke\s+(?:med\s+)?til\s+lege\b/,
    /\b(?:far|fikk)\s+ikke\s+(?:insulin|medisin\w*|behandling|legehjelp|hjelp\s+for\s+sykdom\w*)\b/,
    /\bnekter\s+(?:\w+\s+)?behandling\b|\brefuse\w*\s+(?:\w+\s+)?treatment\b/,
    /\bseriously\s+(?:ill|injured)\b/,
    /\baldri\s+(?:er\s+)?(?:blitt\s+)?sjekket\s+av\s+lege\b/,
  ],
  'saerlige-behov': [
    /\b(?:saerlige|sarlige|spesielle)\s+behov\w*\b/,
    /\bspecial\s+needs\b/,
    /\bfunksjonsnedsett\w*|\bdisabilit\w*|\bautis\w*|\bpsykisk\s+utviklingshemm\w*|\badhd\b|\bcerebral\s+parese\b|\butviklingshemm\w*|\bdiagnos\w*/,
  ],
  menneskehandel: [/\bmenneskehandel\w*/, /\btrafficking\b|\btrafficked\b/, /\bbrukt\s+til\s+a\s+selge\b/, /\butnytt(?:et|es|ing)?\s+(?:til|i)\s+(?:menneskehandel|prostitusjon|arbeid|kriminalitet)\b/],
};

const PARENT = /\b(?:(?:ste|bonus|foster)?(?:mor|moren|mora|far|faren|fara|mamma\w*|pappa\w*)|foreldr\w*|forelder\w*|foresatt\w*|parents?|mother|father|mum|mom|dad|stepfather|stepmother)\b/;
/** "rusmisbruk hos far": the substance word, then "hos" a parent. */
const AT_PARENT = new RegExp(`^\\S*\\s+(?:\\S+\\s+)?hos\\s+(?:\\S+\\s+)?${PARENT.source}`);
const CHILD = /\b(?:barnet|barna|eleven|elevene|gutten|jenta|jenten|ungdommen|ungdom|ungen|sonnen|datteren|pupil|student|teen\w*|child|kid|boy|girl|\d{1,2}\s*aring\w*)\b/;

/** Whether the one using substances is a parent: the person word nearest before the first substance word, or "hos" a parent after it. */
function parentUsesSubstances(folded: string): boolean {
  const at = GROUND_PATTERNS.rus.map((p) => p.exec(folded)?.index ?? -1).filter((i) => i >= 0);
  if (at.length === 0) return false;
  const first = Math.min(...at);
  // "rusmisbruk hos far", "alkoholproblemer hos foreldrene"
  if (AT_PARENT.test(folded.slice(first))) return true;
  const before = folded.slice(0, first).split(' ').filter(Boolean).slice(-6);
  for (let i = before.length - 1; i >= 0; i--) {
    if (PARENT.test(before[i]!)) return true;
    if (CHILD.test(before[i]!)) return false;
  }
  return false;
}

/** The grounds a message names, in the order of REPORTING_GROUNDS. */
export function reportingGroundsIn(text: string): ReportingGround[] {
  if (typeof text !== 'string' || text.trim() === '') return [];
  const folded = fold(text).replace(/[^\p{L}\p{N}]+/gu, ' ');
  // Needs (special needs, disability) alone are not a ground: only when they are not met.
  let grounds = REPORTING_GROUNDS.filter((g) => GROUND_PATTERNS[g].some((p) => p.test(folded)));
  // Rus is the child's own ground (serious behavioural problems). A parent who drinks or uses drugs is a worry
  // about the care the child gets: the ground that fits is serious neglect.
  if (grounds.includes('rus') && parentUsesSubstances(folded)) {
    grounds = REPORTING_GROUNDS.filter((g) => g === 'omsorgssvikt' || (g !== 'rus' && grounds.includes(g)));
  }
  if (grounds.includes('saerlige-behov') && !/\b(?:ikke|not|unmet|avslar|nekter|uten)\b/.test(folded)) {
    return grounds.filter((g) => g !== 'saerlige-behov');
  }
  return grounds;
}

/** A cited part of an answer: a lead (an i18n key code) and the source's own lines under it. */
export interface AnswerSection {
  /** guidance.answer.<lead> in i18n. */
  lead: 'ground' | 'still' | 'how' | 'advice' | 'parents' | 'attention' | 'general';
  lines: readonly CitedText[];
  source: DutyCitation;
}

export interface MeldepliktAnswer {
  grounds: ReportingGround[];
  /** The situations of 002 the grounds belong to, cited. */
  situations: CitedText[];
  sections: AnswerSection[];
  /** Who to show, in order; the profile supplies numbers and links. */
  contactIds: ContactId[];
  /** Whether the reporting portal belongs on the card. */
  portal: boolean;
}

const byId = (list: readonly CitedText[], id: string): CitedText => {
  const found = list.find((x) => x.id === id);
  // The lists are static; a missing id is a programming error caught by the tests.
  if (!found) throw new Error(`meldeplikt: no line ${id}`);
  return found;
};

function section(lead: AnswerSection['lead']): AnswerSection {
  switch (lead) {
    case 'ground':
      return { lead, lines: [byId(MELDEPLIKT_HOW, 'uten-opphold'), byId(MELDEPLIKT_HOW, 'informer-foreldre'), byId(MELDEPLIKT_HOW, 'unntak-vold-overgrep')], source: MELDEPLIKT_SOURCE };
    case 'still':
      return { lead, lines: MELDEPLIKT_STILL_APPLIES, source: MELDEPLIKT_SOURCE };
    case 'how':
      return { lead, lines: [byId(MELDEPLIKT_HOW, 'uten-opphold')], source: MELDEPLIKT_SOURCE };
    case 'advice':
      return { lead, lines: [byId(MELDEPLIKT_HOW, 'rad')], source: MELDEPLIKT_SOURCE };
    case 'parents':
      return { lead, lines: [byId(MELDEPLIKT_HOW, 'informer-foreldre'), byId(MELDEPLIKT_HOW, 'unntak-vold-overgrep')], source: MELDEPLIKT_SOURCE };
    case 'attention':
      return { lead, lines: OPPMERKSOMHETSPLIKT, source: ATTENTION_SOURCE };
    case 'general':
      return { lead, lines: MELDEPLIKT_SITUATIONS, source: MELDEPLIKT_SOURCE };
  }
}

/**
 * The answer to one meldeplikt question. A named reporting ground always comes first with the next step (send
 * now, through the portal); the question asked (is the duty still mine, how to send, whom to call …) follows.
 */
export function meldepliktAnswer(question: MeldepliktQuestion | 'general', text: string): MeldepliktAnswer {
  const grounds = reportingGroundsIn(text);
  const leads: AnswerSection['lead'][] = [];
  if (grounds.length > 0) leads.push('ground');
  if (question !== 'ground' && !(question === 'general' && grounds.length > 0)) leads.push(question);
  if (leads.length === 0) leads.push('general');
  const situationIds = [...new Set(grounds.map((g) => GROUND_SITUATION[g]))];
  const contactIds: ContactId[] = [];
  if (leads.includes('ground') || leads.includes('how')) contactIds.push('bekymringsmelding-portal');
  if (leads.some((l) => l !== 'attention')) contactIds.push('barnevernvakta', 'barneverntjenesten');
  return {
    grounds,
    situations: situationIds.map((id) => byId(MELDEPLIKT_SITUATIONS, id)),
    sections: leads.map(section),
    contactIds,
    portal: leads.some((l) => l === 'ground' || l === 'how' || l === 'general' || l === 'still'),
  };
}
