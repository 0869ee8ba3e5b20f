import { TurnContext } from 'botbuilder';
import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import { advise, parseAdviceInput, type AdviceOk } from '../../domain/avklaring';
import type { Text } from '../../content/profiles';
import type { CaseDoc, CaseMember } from '../../store/cases';
import { AvklaringDoc } from '../../store/avklaring';
import { conversationMembers } from '../roster';
import { errorFields } from '../../log';
import { turnLogger } from '../app';
import { AvklaringCtx, VERBS } from './common';

/** The advice again from the stored answers (the engine is pure, so it is what the user saw unless the rules changed since). */
export function adviceOf(doc: Pick<AvklaringDoc, 'answers' | 'recommendation'>): AdviceOk | undefined {
  // Answers stored before the "must the services coordinate among themselves" question existed: an
  // individuell plan was only found when that was so, and the advice must stay what the user saw.
  const answers =
    doc.answers.mustCoordinateAmongThemselves === undefined && doc.recommendation.planKind === 'individuell-plan'
      ? { ...doc.answers, mustCoordinateAmongThemselves: true }
      : doc.answers;
  const parsed = parseAdviceInput(answers);
  if (!parsed.ok) return undefined;
  const advice = advise(parsed.value);
  return advice.ok ? advice : undefined;
}

/** What the avklaring document keeps of the advice: enough to show it in lists without running the rules again. */
export function recommendationSummary(advice: AdviceOk): AvklaringDoc['recommendation'] {
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

/** The conversation roster now; an empty list (and a warning) when the connector cannot give it. */
export async function rosterNow(ctx: AvklaringCtx, context: TurnContext): Promise<CaseMember[]> {
  try {
    return await conversationMembers(context);
  } catch (err) {
    turnLogger(context, ctx.deps.logger).warn('avklaring.roster_failed', errorFields(err));
    return [];
  }
}

/** The start choices for a recommendation card; the roster is read only while a meeting can still be started. */
export async function startPeopleFor(
  ctx: AvklaringCtx,
  context: TurnContext | undefined,
  owner: string,
  doc: AvklaringDoc,
  caseDoc: CaseDoc | undefined,
  roster?: CaseMember[],
): Promise<StartPeople> {
  const members = caseDoc?.members ?? [];
  if (doc.status !== 'recommended') return startPeople(doc, members, [], false);
  const here = roster ?? (context ? await rosterNow(ctx, context) : []);
  return startPeople(doc, members, here, owner.startsWith('team:'));
}

export function recommendationData(locale: Locale, advice: AdviceOk) {
  const yesNo = (b: boolean) => t(locale, b ? 'avklaring.rec.yes' : 'avklaring.rec.no');
  const { planNeeded, planType, barnekoordinator: bk, candidates, process, reminders } = advice;
  const suggested = candidates.find((c) => c.serviceId === advice.suggestedServiceId);
  const facts = [
    { title: t(locale, 'avklaring.rec.planNeeded'), value: yesNo(planNeeded.needed) },
    { title: t(locale, 'avklaring.rec.planType'), value: planType.name[locale] },
    ...(planType.roleLabel ? [{ title: t(locale, 'avklaring.rec.role'), value: planType.roleLabel[locale] }] : []),
    ...(planType.decidedBy ? [{ title: t(locale, 'avklaring.rec.decidedBy'), value: planType.decidedBy.unit[locale] }] : []),
    { title: t(locale, 'avklaring.rec.bk'), value: yesNo(bk.right) },
    ...(bk.right ? [{ title: t(locale, 'avklaring.rec.bkHolder'), value: bk.holder.text[locale] }] : []),
  ];
  return {
    municipality: advice.profile.displayName[locale],
    facts,
    reasons: [
      { text: planNeeded.reason[locale], source: planNeeded.source.label[locale] },
      { text: planType.reason[locale], source: planType.source.label[locale] },
      { text: bk.reason[locale], source: bk.source.label[locale] },
    ],
    candidatesTitle: t(locale, 'avklaring.rec.candidates'),
    candidates: candidates.map((c) => ({
      line: `${c.rank}. ${c.name[locale]} – ${t(locale, `avklaring.verdict.${c.verdict}`)}${c.roleLabel ? ` · ${c.roleLabel[locale]}` : ''}`,
      reason: c.reason[locale],
      source: c.source.label[locale],
    })),
    suggestion: `${t(locale, 'avklaring.rec.suggestion')}: ${suggested ? suggested.name[locale] : t(locale, 'avklaring.rec.noSuggestion')}`,
    processTitle: t(locale, 'avklaring.rec.process'),
    steps: [
      ...process.steps.map((s, i) => ({ text: `${i + 1}. ${s.text[locale]}`, source: s.source.label[locale] })),
      ...(process.ifNoAgreement
        ? [{ text: `${t(locale, 'avklaring.rec.ifNoAgreement')}: ${process.ifNoAgreement.text[locale]}`, source: process.ifNoAgreement.source.label[locale] }]
        : []),
      ...(process.kind === 'agree-directly' || process.kind === 'avklaringsmote'
        ? [{ text: `${t(locale, 'avklaring.rec.change')}: ${process.changeOfCoordinator.text[locale]}`, source: process.changeOfCoordinator.source.label[locale] }]
        : []),
    ],
    remindersTitle: t(locale, 'avklaring.rec.reminders'),
    reminders: reminders.map((r) => ({ text: r.text[locale], source: r.source.label[locale] })),
    note: advice.profile.tableNote ? `${t(locale, 'avklaring.rec.note')}: ${advice.profile.tableNote[locale]}` : '',
  };
}

/**
 * The recommendation card; while no meeting has started it also offers "Start avklaringsmøte", when there are
 * at least two services to choose between and two professionals to meet (not in a personal chat).
 */
export function recommendationCard(locale: Locale, doc: AvklaringDoc, people: StartPeople): AdaptiveCardJson {
  const advice = adviceOf(doc);
  if (!advice) throw new Error(`stored answers of avklaring ${doc.avklaringId} no longer give advice`);
  const meetingUseful = doc.status === 'recommended' && advice.candidates.length >= 2;
  const showStart = meetingUseful && people.offered.length >= 2;
  const choosable = people.offered;
  return renderCard('avklaring-recommendation', {
    title: t(locale, 'avklaring.rec.title'),
    caseLine: `${t(locale, 'avklaring.rec.case')}: ${doc.caseRef}`,
    ...recommendationData(locale, advice),
    showStart,
    showStarted: doc.status !== 'recommended',
    startTitle: t(locale, 'avklaring.rec.startTitle'),
    startHint: t(locale, 'avklaring.rec.startHint'),
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
