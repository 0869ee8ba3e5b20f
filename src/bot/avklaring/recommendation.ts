import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import { parseAdviceInput } from '../../domain/avklaring';
import { adviceInWords, type WordedAdviceOk } from '../../present/phrase';
import type { Source, Text } from '../../content/profiles';
import type { SourceDoc } from '../../domain/sources';
import { citationSection, sourceTitle } from '../../present/sources';
import type { CaseDoc, CaseMember } from '../../store/cases';
import { AvklaringDoc } from '../../store/avklaring';
import type { Turn } from '../../actions/types';
import { rosterNow, VERBS } from './common';

/** The advice again from the stored answers (the engine is pure, so it is what the user saw unless the rules changed since). */
export function adviceOf(doc: Pick<AvklaringDoc, 'answers' | 'recommendation'>): WordedAdviceOk | undefined {
  // Answers stored before the "must the services coordinate among themselves" question existed: an
  // individuell plan was only found when that was so, and the advice must stay what the user saw.
  const answers =
    doc.answers.mustCoordinateAmongThemselves === undefined && doc.recommendation.planKind === 'individuell-plan'
      ? { ...doc.answers, mustCoordinateAmongThemselves: true }
      : doc.answers;
  const parsed = parseAdviceInput(answers);
  if (!parsed.ok) return undefined;
  const advice = adviceInWords(parsed.value);
  return advice.ok ? advice : undefined;
}

/** What the avklaring document keeps of the advice: enough to show it in lists without running the rules again. */
export function recommendationSummary(advice: WordedAdviceOk): AvklaringDoc['recommendation'] {
  return {
    planNeeded: advice.planNeeded.needed,
    planKind: advice.planType.kind,
    suggestedServiceId: advice.suggestedServiceId,
    rankedServiceIds: advice.candidates.map((c) => c.serviceId),
    decidedByUnit: advice.planType.decidedBy?.unit ?? null,
  };
}

/**
 * The unit that decides which service coordinates (Vestre Toten: KTK for individuell plan), or null when the
 * services settle it themselves. Then the meeting only agrees on a proposal to that unit.
 */
export function decidingUnit(doc: Pick<AvklaringDoc, 'answers' | 'recommendation'>): Text | null {
  if (doc.recommendation.decidedByUnit !== undefined) return doc.recommendation.decidedByUnit;
  return adviceOf(doc)?.planType.decidedBy?.unit ?? null;
}

/** Most people a recommendation card offers as participants (the avklaring keeps at most 60). */
export const MAX_CHOICES = 60;

/**
 * Most people who can take part in one avklaringsmøte. The shared meeting card lists each of them with their
 * position; with 30 long names it still stays under Teams' 28 KB card limit (checked by the card samples).
 */
export const MAX_PARTICIPANTS = 30;

/** Who can be picked for the avklaringsmøte, and who is ticked already. */
export interface StartPeople {
  offered: CaseMember[];
  preselected: string[];
}

/**
 * Everyone who may take part: the case's stored members and the people in the conversation now (someone may
 * have joined the chat after the case was made). Ticked in advance: the one who asked for the advice, and in
 * a chat the case members too; in a channel the stored members are the whole team, so the rest are picked on
 * the card (a unanimous decision needs every participant).
 */
export function startPeople(doc: Pick<AvklaringDoc, 'createdBy'>, caseMembers: CaseMember[], roster: CaseMember[], inChannel: boolean): StartPeople {
  const all = unionOf(caseMembers, roster);
  const creator = all.filter((m) => m.aadObjectId === doc.createdBy);
  const offered = [...creator, ...all.filter((m) => m.aadObjectId !== doc.createdBy)].slice(0, MAX_CHOICES);
  const ticked = new Set([doc.createdBy, ...(inChannel ? [] : caseMembers.map((m) => m.aadObjectId))]);
  // Never more ticked than a meeting takes, or pressing Start unchanged could only be refused.
  return { offered, preselected: offered.filter((m) => ticked.has(m.aadObjectId)).map((m) => m.aadObjectId).slice(0, MAX_PARTICIPANTS) };
}

/**
 * Case members first, then the roster; each person once. Family members never take part (the child and
 * family are not present where the role is discussed), also when the roster lists them like anyone else.
 */
export function unionOf(caseMembers: CaseMember[], roster: CaseMember[]): CaseMember[] {
  const family = new Set(caseMembers.filter((m) => m.role === 'family').map((m) => m.aadObjectId));
  const byId = new Map<string, CaseMember>();
  for (const m of [...caseMembers, ...roster]) if (!family.has(m.aadObjectId) && !byId.has(m.aadObjectId)) byId.set(m.aadObjectId, m);
  return [...byId.values()];
}

/** The start choices for a recommendation card; the roster is read only while a meeting can still be started. */
export async function startPeopleFor(
  turn: Turn | undefined,
  owner: string,
  doc: AvklaringDoc,
  caseDoc: CaseDoc | undefined,
  roster?: CaseMember[],
): Promise<StartPeople> {
  const members = caseDoc?.members ?? [];
  if (doc.status !== 'recommended') return startPeople(doc, members, [], false);
  const here = roster ?? (turn ? await rosterNow(turn) : []);
  return startPeople(doc, members, here, owner.startsWith('team:'));
}

/** "Title: section; section" per source document, in the order the card first cites each. */
function sourceLines(locale: Locale, sources: Source[]): { text: string }[] {
  const byDoc = new Map<string, string[]>();
  for (const s of sources) {
    const section = citationSection(s, locale);
    const sections = byDoc.get(s.doc) ?? [];
    if (!sections.includes(section)) sections.push(section);
    byDoc.set(s.doc, sections);
  }
  return [...byDoc].map(([doc, sections]) => ({ text: `${sourceTitle(doc as SourceDoc, locale)}: ${sections.join('; ')}` }));
}

/** Who coordinates, in a few words for the top of the card; undefined when no one needs the role. */
function whoCoordinates(locale: Locale, advice: WordedAdviceOk): string | undefined {
  const { planNeeded, process, candidates } = advice;
  if (planNeeded.code === 'barnekoordinator') return t(locale, 'avklaring.rec.whoBk');
  if (planNeeded.code !== 'plan') return undefined;
  if (process.kind === 'keep-existing') return t(locale, 'avklaring.rec.whoExisting');
  const suggested = candidates.find((c) => c.serviceId === advice.suggestedServiceId);
  return suggested ? suggested.name[locale] : t(locale, 'avklaring.rec.whoUnclear');
}

/**
 * The recommendation as card data: the answer first (plan? which? who? barnekoordinator? next step), and the
 * reasons, every service's verdict, all steps, reminders and the sources behind "Vis mer".
 */
export function recommendationData(locale: Locale, advice: WordedAdviceOk) {
  const yesNo = (b: boolean) => t(locale, b ? 'avklaring.rec.yes' : 'avklaring.rec.no');
  const { planNeeded, planType, barnekoordinator: bk, candidates, process, reminders } = advice;
  const showPlanType = planNeeded.needed || planType.kind === 'iup-iop';
  const who = whoCoordinates(locale, advice);
  const facts = [
    { title: t(locale, 'avklaring.rec.planNeeded'), value: yesNo(planNeeded.needed) },
    ...(showPlanType ? [{ title: t(locale, 'avklaring.rec.planType'), value: planType.name[locale] }] : []),
    ...(planNeeded.needed && planType.roleLabel ? [{ title: t(locale, 'avklaring.rec.role'), value: planType.roleLabel[locale] }] : []),
    ...(who ? [{ title: t(locale, 'avklaring.rec.whoCoordinates'), value: who }] : []),
    ...(planType.decidedBy ? [{ title: t(locale, 'avklaring.rec.decidedBy'), value: planType.decidedBy.unit[locale] }] : []),
    { title: t(locale, 'avklaring.rec.bk'), value: yesNo(bk.right) },
  ];
  const bold = (label: string, text: string) => ({ text: `**${label}:** ${text}` });
  // Where the services settle it themselves, the first step only says what to do *if* the table points to you;
  // what everyone does next is the one after it (contact the other service, or the avklaringsmøte).
  const settles = (process.kind === 'agree-directly' || process.kind === 'avklaringsmote') && !process.decidedBy;
  const nextStep = settles ? (process.steps[1] ?? process.steps[0]) : process.steps[0];
  const consent = reminders.filter((r) => r.id === 'consent' || r.id === 'consent-who').map((r) => r.text[locale]);
  const answerLines = [
    ...(bk.right ? [bold(t(locale, 'avklaring.rec.bkHow'), bk.howToGet.text[locale])] : []),
    // With a barnekoordinator route the first step is that route, already said just above.
    ...(process.kind !== 'barnekoordinator' && nextStep ? [bold(t(locale, 'avklaring.rec.next'), nextStep.text[locale])] : []),
    ...(consent.length ? [bold(t(locale, 'avklaring.rec.consent'), consent.join(' '))] : []),
  ];
  const steps = [
    ...process.steps.map((s, i) => ({ text: `${i + 1}. ${s.text[locale]}`, source: s.source })),
    ...(process.ifNoAgreement ? [{ text: `${t(locale, 'avklaring.rec.ifNoAgreement')}: ${process.ifNoAgreement.text[locale]}`, source: process.ifNoAgreement.source }] : []),
    ...(process.kind === 'agree-directly' || process.kind === 'avklaringsmote' || process.kind === 'nobody-wants'
      ? [{ text: `${t(locale, 'avklaring.rec.change')}: ${process.changeOfCoordinator.text[locale]}`, source: process.changeOfCoordinator.source }]
      : []),
  ];
  const reasons = [
    { text: planNeeded.reason[locale], source: planNeeded.source },
    ...(showPlanType ? [{ text: planType.reason[locale], source: planType.source }] : []),
    { text: bk.reason[locale], source: bk.source },
    ...(bk.right
      ? [{ text: `${t(locale, 'avklaring.rec.bkHolder')}: ${bk.holder.text[locale]}${bk.holder.note ? ` ${bk.holder.note[locale]}` : ''}`, source: bk.holder.source }]
      : []),
  ];
  const rows = candidates.map((c) => ({
    // The role is named only where it differs from the plan's (e.g. barnekoordinator, or stafettholder).
    line: `${c.rank}. ${c.name[locale]} – ${t(locale, `avklaring.verdict.${c.verdict}`)}${c.roleLabel && c.role !== planType.role ? ` (${t(locale, 'avklaring.rec.roleHere', { role: c.roleLabel[locale] })})` : ''}`,
    reason: c.reason[locale],
    source: c.source,
  }));
  const sources = [
    ...reasons.map((r) => r.source),
    ...(bk.right ? [bk.howToGet.source] : []),
    ...rows.map((r) => r.source),
    ...steps.map((s) => s.source),
    ...reminders.map((r) => r.source),
  ];
  return {
    municipality: advice.profile.displayName[locale],
    facts,
    answerLines,
    more: t(locale, 'avklaring.rec.more'),
    less: t(locale, 'avklaring.rec.less'),
    whyTitle: t(locale, 'avklaring.rec.why'),
    reasons: reasons.map((r) => ({ text: r.text })),
    candidatesTitle: t(locale, 'avklaring.rec.candidates'),
    candidates: rows.map(({ line, reason }) => ({ line, reason })),
    processTitle: t(locale, 'avklaring.rec.process'),
    steps: steps.map((s) => ({ text: s.text })),
    remindersTitle: t(locale, 'avklaring.rec.reminders'),
    reminders: reminders.map((r) => ({ text: r.text[locale] })),
    note: advice.profile.tableNote ? `${t(locale, 'avklaring.rec.note')}: ${advice.profile.tableNote[locale]}` : '',
    sourcesTitle: t(locale, 'avklaring.rec.sources'),
    sources: sourceLines(locale, sources),
  };
}

/**
 * The recommendation card; while no meeting has started it also offers "Start avklaringsmøte", when there are
 * at least two services to choose between and two professionals to meet (not in a personal chat).
 */
export function recommendationCard(locale: Locale, doc: AvklaringDoc, people: StartPeople): AdaptiveCardJson {
  const advice = adviceOf(doc);
  if (!advice) throw new Error(`stored answers of avklaring ${doc.avklaringId} no longer give advice`);
  // A meeting about who takes the role only makes sense when the services need a plan among themselves.
  const meetingUseful = doc.status === 'recommended' && advice.planNeeded.code === 'plan' && advice.candidates.length >= 2;
  const showStart = meetingUseful && people.offered.length >= 2;
  const choosable = people.offered;
  return renderCard('avklaring-recommendation', {
    title: t(locale, 'avklaring.rec.title'),
    caseLine: `${t(locale, 'avklaring.rec.case')}: ${doc.caseRef}`,
    ...recommendationData(locale, advice),
    showStart,
    showStarted: doc.status !== 'recommended',
    startTitle: t(locale, 'avklaring.rec.startTitle'),
    startHint: t(locale, advice.process.kind === 'nobody-wants' ? 'avklaring.rec.startHintNobody' : 'avklaring.rec.startHint'),
    participantsLabel: t(locale, 'avklaring.rec.participants'),
    memberChoices: choosable.map((m) => ({ title: m.name, value: m.aadObjectId })),
    memberDefault: people.preselected.join(','),
    // A long expanded list pushes the button off screen; a drop-down with ticks holds many names.
    memberStyle: choosable.length > 12 ? 'compact' : 'expanded',
    needsTwo: meetingUseful && !showStart ? t(locale, 'avklaring.rec.needsTwo') : '',
    startLabel: t(locale, 'avklaring.rec.start'),
    started: t(locale, 'avklaring.rec.started'),
    verb: VERBS.start,
    avklaringId: doc.avklaringId,
    cardVersion: doc.version,
  });
}
