/**
 * What each template in /cards binds: one interface per card, keyed by the template's file name. `renderCard`
 * takes a name from `CardName` and only that card's data, so a renamed or missing field is a type error at the
 * call site instead of an empty line on a card. Change a template and its interface together (the card tests
 * bind every template with sample data and fail on anything left unbound).
 */

/** A choice in an Input.ChoiceSet. */
export interface Choice {
  title: string;
  value: string;
}

/** A row of a FactSet. */
export interface Fact {
  title: string;
  value: string;
}

/** One line of a repeated TextBlock. */
export interface TextLine {
  text: string;
}

/** An Action.Execute in a row of buttons; `data` travels back with the press. */
export interface CardButton {
  title: string;
  verb: string;
  data: Record<string, unknown>;
  style: 'default' | 'positive';
}

/** One ActionSet: buttons that share a row (a phone truncates long rows). */
export interface ButtonRow {
  buttons: CardButton[];
}

/** Who to call: a name and a number or advice. */
export interface ContactRow {
  name: string;
  detail: string;
}

/** A BTI tool as the guidance cards show it. */
export interface ToolView {
  name: string;
  description: string;
  where: string;
  who: string;
  /** '' when the tool has no link: the card then shows `noLink`. */
  link: string;
  openTitle: string;
  noLink: string;
  source: string;
}

/** A question of the avklaring form's second step: a toggle or a choice, with its own error line. */
export interface FormQuestion {
  id: string;
  label: string;
  help: string;
  /** The template draws 'boolean' and 'choice'; step two asks nothing else (age and services are step one's). */
  kind: 'boolean' | 'choice' | 'integer' | 'multi-choice';
  choices: Choice[];
  value: string;
  error: string;
}

/** The avklaring card ids every avklaring button sends back. */
export interface AvklaringCommon {
  avklaringId: string;
  cardVersion: number;
}

export interface NoticeCard {
  text: string;
}

export interface HelpCard {
  title: string;
  intro: string;
  jobs: { title: string; text: string; typeIt: string; button: string; verb: string; data: Record<string, unknown> }[];
  privacy: string;
}

export interface WelcomeCard {
  title: string;
  intro: string;
  privacy: string;
  start: string;
  helpButton: string;
  helpCommand: string;
  verb: string;
}

export interface CaseListCard {
  title: string;
  empty: string;
  hint: string;
  cases: { ref: string; status: string; coordinator: string; members: string }[];
}

export interface CaseConfirmCard {
  title: string;
  text: string;
  confirm: string;
  cancel: string;
  verb: string;
  caseRef: string;
}

export interface NluChooseCard {
  title: string;
  intro: string;
  rows: ButtonRow[];
}

export interface AvklaringFormCard {
  title: string;
  stepLine: string;
  errorsTitle: string;
  errors: { line: string }[];
  intro: string;
  /** Said when the form was filled in from the typed question; '' otherwise. */
  note: string;
  municipality: string;
  caseLabel: string;
  caseChoices: Choice[];
  caseValue: string;
  caseError: string;
  unbornLabel: string;
  unbornValue: string;
  ageLabel: string;
  ageHelp: string;
  ageMin: number;
  ageMax: number;
  /** '' shows the empty age input, anything else the one bound to `ageNumber`. */
  ageValue: string;
  ageNumber: number;
  ageRangeMessage: string;
  ageError: string;
  servicesLabel: string;
  serviceChoices: Choice[];
  servicesValue: string;
  servicesError: string;
  privacy: string;
  next: string;
  verb: string;
  nextData: { profileId: string };
}

export interface AvklaringFormDetailsCard {
  title: string;
  stepLine: string;
  errorsTitle: string;
  errors: { line: string }[];
  summary: string;
  serviceSection: string;
  serviceGroups: { name: string; questions: FormQuestion[] }[];
  caseSection: string;
  caseQuestions: FormQuestion[];
  privacy: string;
  back: string;
  backVerb: string;
  submit: string;
  submitVerb: string;
  /** Step one's answers, carried by both buttons so the next turn needs no stored draft. */
  state: Record<string, string | undefined>;
}

export interface AvklaringRecommendationCard {
  title: string;
  caseLine: string;
  municipality: string;
  facts: Fact[];
  answerLines: TextLine[];
  more: string;
  less: string;
  whyTitle: string;
  reasons: TextLine[];
  candidatesTitle: string;
  candidates: { line: string; reason: string }[];
  processTitle: string;
  steps: TextLine[];
  remindersTitle: string;
  reminders: TextLine[];
  note: string;
  sourcesTitle: string;
  sources: TextLine[];
  showStart: boolean;
  showStarted: boolean;
  startTitle: string;
  startHint: string;
  participantsLabel: string;
  memberChoices: Choice[];
  memberDefault: string;
  memberStyle: string;
  needsTwo: string;
  startLabel: string;
  started: string;
  verb: string;
  avklaringId: string;
  cardVersion: number;
}

export interface AvklaringMeetingCard {
  title: string;
  caseLine: string;
  intro: string;
  unitNote: string;
  suggested: string;
  proposalsTitle: string;
  noProposals: string;
  proposals: { label: string; count: string; agreedBy: string; agreeTitle: string; data: AvklaringCommon & { proposalId: string } }[];
  positionsTitle: string;
  positions: { name: string; status: string }[];
  proposeTitle: string;
  serviceLabel: string;
  serviceChoices: Choice[];
  serviceDefault: string;
  personLabel: string;
  personChoices: Choice[];
  proposeLabel: string;
  cannotLabel: string;
  convenerTitle: string;
  showMajority: boolean;
  majorityLabel: string;
  majorityText: string;
  noAgreementLabel: string;
  verbs: { refresh: string; agree: string; propose: string; cannot: string; majority: string; noAgreement: string };
  common: AvklaringCommon;
  /** Who gets the card refreshed with their own view (Teams' refresh.userIds). */
  refreshUserIds: string[];
  footer: string;
}

export interface AvklaringNoAgreementCard {
  title: string;
  caseLine: string;
  intro: string;
  /** The unit (not a person) decides: the card offers referral instead of rotation and escalation. */
  unitMode: boolean;
  referTitle: string;
  referHint: string;
  referButton: string;
  rotationTitle: string;
  rotationHint: string;
  personsHint: string;
  positions: { serviceId: string; personId: string; serviceLabel: string; personLabel: string; value: string; serviceChoices: Choice[]; personChoices: Choice[] }[];
  periodLabel: string;
  period: number;
  startLabel: string;
  startDate: string;
  rotationButton: string;
  escalationTitle: string;
  escalationHint: string;
  leaderLabel: string;
  leaderChoices: Choice[];
  escalationButton: string;
  backButton: string;
  verbs: { refer: string; back: string; rotation: string; escalate: string };
  common: AvklaringCommon;
}

export interface AvklaringDecisionCard {
  title: string;
  caseLine: string;
  facts: Fact[];
  lines: TextLine[];
  footer: string;
}

export interface MeetingFormCard {
  title: string;
  intro: string;
  /** Said when the form was filled in from the typed request; '' otherwise. */
  note: string;
  hasErrors: boolean;
  errorsTitle: string;
  errors: TextLine[];
  /** Per form field (meetingType, caseRef, date, start, end, …): the error shown under its input. */
  fieldErrors: Record<string, { show: boolean; text: string }>;
  hasWarnings: boolean;
  warnings: TextLine[];
  labels: {
    type: string;
    case: string;
    date: string;
    start: string;
    end: string;
    place: string;
    placePlaceholder: string;
    link: string;
    agenda: string;
    agendaPlaceholder: string;
    invitees: string;
    child: string;
    interpreter: string;
    language: string;
    required: string;
  };
  typeChoices: Choice[];
  meetingType: string;
  staffOnlyNote: string;
  caseChoices: Choice[];
  caseRef: string;
  hasCaseHint: boolean;
  caseHint: string;
  date: string;
  minDate: string;
  start: string;
  end: string;
  place: string;
  onlineLink: string;
  agenda: string;
  inviteeChoices: Choice[];
  invitees: string;
  childInvited: string;
  childPrompts: TextLine[];
  interpreterNeeded: string;
  interpreterLanguage: string;
  interpreterPrompts: TextLine[];
  privacy: string;
  submit: string;
  back: string;
  isEdit: boolean;
  mode: 'new' | 'edit';
  meetingId: string;
  cardVersion: string;
}

export interface MeetingInvitationCard {
  meetingId: string;
  cardVersion: string;
  hasWarnings: boolean;
  warnings: TextLine[];
  refreshUserIds: string[];
  mentions: { id: string; name: string }[];
  hasMentions: boolean;
  invitedLine: string;
  isCancelled: boolean;
  isOpen: boolean;
  cancelledTitle: string;
  cancelledText: string;
  title: string;
  facts: Fact[];
  agendaTitle: string;
  agenda: TextLine[];
  referentLine: string;
  referatNote: string;
  answersTitle: string;
  tally: string;
  answers: Fact[];
  hasStale: boolean;
  staleLine: string;
  hasChange: boolean;
  changeLines: TextLine[];
  hasSequence: boolean;
  sequenceLine: string;
  canMarkWritten: boolean;
  showReferatLater: boolean;
  referatLater: string;
  volunteerMode: string;
  skipReasons: Choice[];
  icsUrl: string;
  labels: {
    yes: string;
    no: string;
    maybe: string;
    volunteer: string;
    swap: string;
    skip: string;
    skipReason: string;
    skipConfirm: string;
    written: string;
    ics: string;
    icsCancel: string;
    edit: string;
    cancel: string;
    cancelQuestion: string;
    cancelConfirm: string;
  };
}

export interface MeetingStatusCard {
  title: string;
  isEmpty: boolean;
  empty: string;
  cases: { ref: string; facts: Fact[]; hasNudge: boolean; nudge: string }[];
}

export interface ReferatOverviewCard {
  title: string;
  note: string;
  isEmpty: boolean;
  empty: string;
  cases: { ref: string; next: string; historyTitle: string; history: TextLine[] }[];
}

export interface GuidanceOutcomeCard {
  /** The container style: 'attention' for the emergency and report-now outcomes. */
  style: string;
  title: string;
  intro: string;
  lines: TextLine[];
  contactsTitle: string;
  contacts: ContactRow[];
  attentionTitle: string;
  attention: TextLine[];
  privacy: string;
  source: string;
  rows: ButtonRow[];
}

export interface GuidanceMeldepliktCard {
  title: string;
  intro: string;
  situations: { number: number; text: string }[];
  stillTitle: string;
  still: TextLine[];
  howTitle: string;
  how: TextLine[];
  contactsTitle: string;
  note: string;
  contacts: ContactRow[];
  source: string;
  decideButton: string;
  portalButton: string;
  portalUrl: string;
  attentionButton: string;
}

export interface GuidanceDecisionCard {
  title: string;
  notice: string;
  question: string;
  help: string;
  anonymous: string;
  source: string;
  rows: ButtonRow[];
}

export interface GuidanceAnswerCard {
  title: string;
  groundIntro: string;
  situations: TextLine[];
  sections: { lead: string; lines: TextLine[]; extra: string; source: string }[];
  contactsTitle: string;
  contacts: ContactRow[];
  portalButton: string;
  portalUrl: string;
  rows: ButtonRow[];
}

export interface GuidanceNavigatorCard {
  emergencyTitle: string;
  emergencyText: string;
  levelTitle: string;
  summary: string;
  stepsTitle: string;
  steps: { label: string; weight: string }[];
  stepHeading: string;
  whatToDoTitle: string;
  whatToDo: TextLine[];
  questionsTitle: string;
  questions: TextLine[];
  toolsTitle: string;
  noTools: string;
  tools: TextLine[];
  relatedTitle: string;
  related: TextLine[];
  routesTitle: string;
  routes: { title: string; text: string }[];
  source: string;
  rows: ButtonRow[];
}

export interface GuidanceToolsCard {
  title: string;
  /** The rule asked about, in short facts, before the tools; empty for a plain search. */
  facts: { text: string }[];
  /** Each source the facts rest on, once ("Kilde: …"). */
  factSources: { text: string }[];
  hasFacts: boolean;
  /** '' hides the line (facts with no tool to follow). */
  intro: string;
  tools: ToolView[];
  rows: ButtonRow[];
}

export type GuidanceToolCard = ToolView;

/** Every template in /cards (file name without .json) and the data it binds. */
export interface CardData {
  'avklaring-decision': AvklaringDecisionCard;
  'avklaring-form': AvklaringFormCard;
  'avklaring-form-details': AvklaringFormDetailsCard;
  'avklaring-meeting': AvklaringMeetingCard;
  'avklaring-noagreement': AvklaringNoAgreementCard;
  'avklaring-recommendation': AvklaringRecommendationCard;
  'case-confirm': CaseConfirmCard;
  'case-list': CaseListCard;
  'guidance-answer': GuidanceAnswerCard;
  'guidance-decision': GuidanceDecisionCard;
  'guidance-meldeplikt': GuidanceMeldepliktCard;
  'guidance-navigator': GuidanceNavigatorCard;
  'guidance-outcome': GuidanceOutcomeCard;
  'guidance-tool': GuidanceToolCard;
  'guidance-tools': GuidanceToolsCard;
  help: HelpCard;
  'meeting-form': MeetingFormCard;
  'meeting-invitation': MeetingInvitationCard;
  'meeting-status': MeetingStatusCard;
  'nlu-choose': NluChooseCard;
  notice: NoticeCard;
  'referat-overview': ReferatOverviewCard;
  welcome: WelcomeCard;
}

export type CardName = keyof CardData;

/** The names at run time; the card tests compare them with the files in /cards. */
export const CARD_NAMES = [
  'avklaring-decision',
  'avklaring-form',
  'avklaring-form-details',
  'avklaring-meeting',
  'avklaring-noagreement',
  'avklaring-recommendation',
  'case-confirm',
  'case-list',
  'guidance-answer',
  'guidance-decision',
  'guidance-meldeplikt',
  'guidance-navigator',
  'guidance-outcome',
  'guidance-tool',
  'guidance-tools',
  'help',
  'meeting-form',
  'meeting-invitation',
  'meeting-status',
  'nlu-choose',
  'notice',
  'referat-overview',
  'welcome',
] as const satisfies readonly CardName[];

// A card added to CardData but not to CARD_NAMES fails here at compile time.
type Unlisted = Exclude<CardName, (typeof CARD_NAMES)[number]>;
const everyNameListed: [Unlisted] extends [never] ? true : Unlisted = true;
void everyNameListed;
