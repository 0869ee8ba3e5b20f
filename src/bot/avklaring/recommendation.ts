import { Locale, t } from '../../i18n';
import { renderCard, AdaptiveCardJson } from '../../cards/render';
import { advise, parseAdviceInput, type AdviceOk } from '../../domain/avklaring';
import type { CaseMember } from '../../store/cases';
import { AvklaringDoc } from '../../store/avklaring';
import { VERBS } from './common';

/** The advice again from the stored answers: the engine is pure, so this is exactly what the user saw. */
export function adviceOf(doc: Pick<AvklaringDoc, 'answers'>): AdviceOk | undefined {
  const parsed = parseAdviceInput(doc.answers);
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
  };
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

/** The recommendation card; while no meeting has started it also offers "Start avklaringsmøte". */
export function recommendationCard(locale: Locale, doc: AvklaringDoc, members: CaseMember[]): AdaptiveCardJson {
  const advice = adviceOf(doc);
  if (!advice) throw new Error(`stored answers of avklaring ${doc.avklaringId} no longer give advice`);
  const showStart = doc.status === 'recommended' && advice.candidates.length >= 2;
  const choosable = members.filter((m) => m.role !== 'family').slice(0, 60);
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
    memberDefault: choosable.map((m) => m.aadObjectId).join(','),
    startLabel: t(locale, 'avklaring.rec.start'),
    started: t(locale, 'avklaring.rec.started'),
    verb: VERBS.start,
    avklaringId: doc.avklaringId,
    cardVersion: doc.version,
  });
}
