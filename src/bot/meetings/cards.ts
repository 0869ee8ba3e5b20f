import { renderCard, AdaptiveCardJson } from '../../cards/render';
import { Locale, t, type TextKey } from '../../i18n';
import {
  MEETING_TYPES,
  MEETING_TYPE_INFO,
  USER_SKIP_REASONS,
  currentWriter,
  formatOsloRange,
  osloDateTime,
  responders as meetingResponders,
  type GuidancePromptId,
  type MeetingField,
} from '../../domain/meetings';
import type { CaseDoc } from '../../store/cases';
import type { RsvpAnswer } from '../../store/meetings';
import { promptText, skipReasonText, typeLabel } from './texts';
import { currentRsvps, icsUrl, MeetingView, personName, typeName } from './common';

/** The value the case choice carries when the coordinator wants a new case made for the meeting. */
export const NEW_CASE = 'new';

export interface FormPerson {
  aadObjectId: string;
  name: string;
}

/** A problem with the form; `field` puts it under that input too (none: only in the list at the top). */
export interface FormError {
  field?: MeetingField;
  text: string;
}

/** The form's own label of each input, so a message names what the person sees. */
const FIELD_LABEL: Record<Exclude<MeetingField, 'form'>, TextKey> = {
  meetingType: 'meetings.form.type',
  caseRef: 'meetings.form.case',
  date: 'meetings.form.date',
  start: 'meetings.form.start',
  end: 'meetings.form.end',
  place: 'meetings.form.place',
  onlineLink: 'meetings.form.link',
  agenda: 'meetings.form.agenda',
  invitees: 'meetings.form.invitees',
  childInvited: 'meetings.form.child',
  interpreterNeeded: 'meetings.form.interpreter',
  interpreterLanguage: 'meetings.form.language',
};

export interface FormCardInput {
  mode: 'new' | 'edit';
  /** What the user typed (or the stored meeting, when editing): shown again as it was. */
  values: Record<string, unknown>;
  errors: FormError[];
  warnings?: string[];
  cases: Pick<CaseDoc, 'ref'>[];
  people: FormPerson[];
  meetingId?: string;
  cardVersion?: number;
  now: Date;
  /** Said above the form when it was filled in from the typed request. */
  note?: string;
}

const str = (v: unknown): string => {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' || typeof v === 'boolean') return String(v);
  if (Array.isArray(v)) return v.filter((x) => typeof x === 'string').join(',');
  return '';
};

/** Next to the "child invited" toggle: invite when possible, the child's view weighs heavily from 12, of age in health matters at 16. */
export const CHILD_FORM_PROMPTS = ['child-invite-when-possible', 'child-weight-from-12', 'child-of-age-16'] as const satisfies readonly GuidancePromptId[];

export function formCard(locale: Locale, input: FormCardInput): AdaptiveCardJson {
  const v = input.values;
  const caseChoices = [
    ...input.cases.map((c) => ({ title: c.ref, value: c.ref })),
    ...(input.mode === 'new' ? [{ title: t(locale, 'meetings.form.newCase'), value: NEW_CASE }] : []),
  ];
  const defaultCase = input.cases.length === 1 ? (input.cases[0]?.ref ?? '') : input.cases.length === 0 ? NEW_CASE : '';
  const agenda = Array.isArray(v.agenda) ? (v.agenda as unknown[]).filter((x) => typeof x === 'string').join('\n') : str(v.agenda);
  // All problems at once: listed at the top, each on its own line under the label the person sees, and
  // again right under the input it is about.
  const errors = input.errors.map((e) => {
    const label = e.field && e.field !== 'form' ? t(locale, FIELD_LABEL[e.field]) : undefined;
    return { text: label ? t(locale, 'meetings.form.errorLine', { label, text: e.text }) : e.text };
  });
  const fieldErrors = Object.fromEntries(
    (Object.keys(FIELD_LABEL) as (keyof typeof FIELD_LABEL)[]).map((f) => {
      const mine = input.errors.filter((e) => e.field === f).map((e) => e.text);
      return [f, { show: mine.length > 0, text: mine.join(' ') }];
    }),
  );
  return renderCard('meeting-form', {
    title: t(locale, input.mode === 'edit' ? 'meetings.form.editTitle' : 'meetings.form.title'),
    intro: t(locale, 'meetings.form.intro'),
    note: input.note ?? '',
    hasErrors: input.errors.length > 0,
    errorsTitle: t(locale, input.errors.length === 1 ? 'meetings.form.errorsTitleOne' : 'meetings.form.errorsTitle', { n: input.errors.length }),
    errors,
    fieldErrors,
    hasWarnings: (input.warnings ?? []).length > 0,
    warnings: (input.warnings ?? []).map((text) => ({ text: t(locale, 'meetings.form.warning', { text }) })),
    labels: {
      type: t(locale, 'meetings.form.type'),
      case: t(locale, 'meetings.form.case'),
      date: t(locale, 'meetings.form.date'),
      start: t(locale, 'meetings.form.start'),
      end: t(locale, 'meetings.form.end'),
      place: t(locale, 'meetings.form.place'),
      placePlaceholder: t(locale, 'meetings.form.placePlaceholder'),
      link: t(locale, 'meetings.form.link'),
      agenda: t(locale, 'meetings.form.agenda'),
      agendaPlaceholder: t(locale, 'meetings.form.agendaPlaceholder'),
      invitees: t(locale, 'meetings.form.invitees'),
      child: t(locale, 'meetings.form.child'),
      interpreter: t(locale, 'meetings.form.interpreter'),
      language: t(locale, 'meetings.form.language'),
      required: t(locale, 'meetings.form.required'),
    },
    typeChoices: MEETING_TYPES.map((m) => ({ title: typeLabel(m, locale), value: m })),
    meetingType: str(v.meetingType) || 'samarbeidsmote',
    staffOnlyNote: t(locale, 'meetings.form.staffOnly'),
    caseChoices,
    caseRef: str(v.caseRef) || defaultCase,
    hasCaseHint: input.mode === 'new' && input.cases.length === 0,
    caseHint: t(locale, 'meetings.form.noCaseHint'),
    date: str(v.date),
    minDate: osloDateTime(input.now)?.date ?? '',
    start: str(v.start),
    end: str(v.end),
    place: str(v.place),
    onlineLink: str(v.onlineLink),
    agenda,
    inviteeChoices: input.people.map((p) => ({ title: p.name, value: p.aadObjectId })),
    invitees: str(v.invitees),
    childInvited: str(v.childInvited) === 'true' ? 'true' : 'false',
    childPrompts: CHILD_FORM_PROMPTS.map((id) => ({ text: promptText(locale, id) })),
    interpreterNeeded: str(v.interpreterNeeded) === 'true' ? 'true' : 'false',
    interpreterLanguage: str(v.interpreterLanguage),
    interpreterPrompts: (['interpreter-telephone', 'interpreter-no-relatives'] as const).map((id) => ({ text: promptText(locale, id) })),
    privacy: t(locale, 'meetings.form.privacy'),
    submit: t(locale, input.mode === 'edit' ? 'meetings.form.save' : 'meetings.form.submit'),
    back: t(locale, 'meetings.form.back'),
    isEdit: input.mode === 'edit',
    mode: input.mode,
    meetingId: input.meetingId ?? '',
    cardVersion: String(input.cardVersion ?? 0),
  });
}

const ANSWERS: RsvpAnswer[] = ['yes', 'no', 'maybe'];

/** Who may answer: the invitees and the coordinator. */
export function responders(view: Pick<MeetingView, 'meeting'>): string[] {
  return meetingResponders(view.meeting);
}

/**
 * `warnings`: notes for the one who just saved the meeting (the autumn hour that comes twice), never shared.
 * `now` decides whether "Referatet er skrevet" is offered: only once the meeting has started (the card is
 * built again on every press, on refresh and when the referat falls due).
 */
export function invitationCard(locale: Locale, view: MeetingView, opts: { publicUrl: string; now: Date; warnings?: string[] }): AdaptiveCardJson {
  const m = view.meeting;
  const cancelled = m.status === 'cancelled';
  const invitedPeople = m.invitees.map((id) => m.people.find((p) => p.aadObjectId === id) ?? { aadObjectId: id, name: personName(view, id) });
  const mentioned = invitedPeople.filter((p): p is typeof p & { teamsId: string } => 'teamsId' in p && typeof p.teamsId === 'string');
  const names = invitedPeople.map((p) => (mentioned.includes(p as (typeof mentioned)[number]) ? `<at>${p.name}</at>` : p.name)).join(', ');

  const facts = [
    { title: t(locale, 'meetings.card.type'), value: typeName(m.meetingType, locale) },
    { title: t(locale, 'meetings.card.case'), value: m.caseRef },
    { title: t(locale, 'meetings.card.time'), value: formatOsloRange(m.startUtc, m.endUtc, locale) },
    ...(m.place ? [{ title: t(locale, 'meetings.card.place'), value: m.place }] : []),
    ...(m.onlineLink ? [{ title: t(locale, 'meetings.card.link'), value: `[${t(locale, 'meetings.card.link')}](${m.onlineLink})` }] : []),
    { title: t(locale, 'meetings.card.coordinator'), value: m.coordinator.name },
    ...(MEETING_TYPE_INFO[m.meetingType].staffOnly
      ? []
      : [{ title: t(locale, 'meetings.card.child'), value: t(locale, m.childInvited ? 'meetings.card.childYes' : 'meetings.card.childNo') }]),
    ...(m.interpreterNeeded
      ? [
          {
            title: t(locale, 'meetings.card.interpreter'),
            value: m.interpreterLanguage
              ? t(locale, 'meetings.card.interpreterYes', { language: m.interpreterLanguage })
              : t(locale, 'meetings.card.interpreterYesNoLanguage'),
          },
        ]
      : []),
  ];

  // Answers given for an earlier time are not counted: those people are asked again, and named apart.
  const current = currentRsvps(m, view.rsvps);
  const who = responders(view);
  const byPerson = new Map(current.map((r) => [r.aadObjectId, r.answer] as const));
  const stale = view.rsvps.filter((r) => !current.includes(r) && !byPerson.has(r.aadObjectId) && who.includes(r.aadObjectId));
  const groups: Record<RsvpAnswer | 'none', string[]> = { yes: [], no: [], maybe: [], none: [] };
  for (const id of who) groups[byPerson.get(id) ?? 'none'].push(personName(view, id));
  const answers = ([...ANSWERS, 'none'] as const).map((a) => ({
    title: `${t(locale, `meetings.card.${a}`)} (${groups[a].length})`,
    value: groups[a].length ? groups[a].join(', ') : '—',
  }));

  const w = currentWriter(view.rotation, m.meetingId);
  const started = opts.now.getTime() >= Date.parse(m.startUtc);
  const change = m.lastChange;
  const changeLines = cancelled || !change
    ? []
    : [
        ...(change.kinds.includes('time') ? [{ text: t(locale, 'meetings.card.changedTime', { old: formatOsloRange(change.previousStartUtc, change.previousEndUtc, locale) }) }] : []),
        ...(change.kinds.includes('place') ? [{ text: t(locale, 'meetings.card.changedPlace') }] : []),
      ];
  const referentLine = w.writer
    ? t(locale, w.written ? 'meetings.card.referentWritten' : 'meetings.card.referent', { name: personName(view, w.writer) })
    : t(locale, 'meetings.card.referentNone');

  return renderCard('meeting-invitation', {
    meetingId: m.meetingId,
    cardVersion: String(m.sequence),
    hasWarnings: (opts.warnings ?? []).length > 0,
    warnings: (opts.warnings ?? []).map((text) => ({ text: t(locale, 'meetings.form.warning', { text }) })),
    refreshUserIds: m.people.map((p) => p.teamsId).filter((x): x is string => !!x).slice(0, 60),
    mentions: cancelled ? [] : mentioned.map((p) => ({ id: p.teamsId, name: p.name })),
    hasMentions: invitedPeople.length > 0,
    invitedLine: t(locale, 'meetings.card.invited', { names: cancelled ? invitedPeople.map((p) => p.name).join(', ') : names }),
    isCancelled: cancelled,
    isOpen: !cancelled,
    cancelledTitle: t(locale, 'meetings.card.cancelled'),
    cancelledText: t(locale, 'meetings.card.cancelledText'),
    title: t(locale, 'meetings.card.title', { type: typeName(m.meetingType, locale) }),
    facts,
    agendaTitle: t(locale, 'meetings.card.agenda'),
    agenda: m.agenda.length ? m.agenda.map((p, i) => ({ text: `${i + 1}. ${p}` })) : [{ text: t(locale, 'meetings.card.noAgenda') }],
    referentLine,
    referatNote: t(locale, 'meetings.card.referatNote'),
    answersTitle: t(locale, 'meetings.card.answers'),
    tally: t(locale, 'meetings.card.tally', { yes: groups.yes.length, no: groups.no.length, maybe: groups.maybe.length, none: groups.none.length }),
    answers,
    hasStale: stale.length > 0,
    staleLine: t(locale, 'meetings.card.staleAnswers', { names: stale.map((r) => personName(view, r.aadObjectId)).join(', ') }),
    hasChange: changeLines.length > 0,
    changeLines,
    hasSequence: m.sequence > 0 && !cancelled,
    sequenceLine: t(locale, m.sequence === 1 ? 'meetings.card.sequence.one' : 'meetings.card.sequence.other', { n: m.sequence }),
    // Before the meeting "Referatet er skrevet" would only be refused: it appears once the meeting has started,
    // and from then on it is the main referat button.
    canMarkWritten: !cancelled && started && !w.written,
    showReferatLater: !cancelled && !started,
    referatLater: t(locale, 'meetings.card.referatLater'),
    volunteerMode: started ? 'secondary' : 'primary',
    skipReasons: USER_SKIP_REASONS.map((r) => ({ title: skipReasonText(locale, r), value: r })),
    icsUrl: icsUrl(opts.publicUrl, m),
    labels: {
      yes: t(locale, 'meetings.card.yes'),
      no: t(locale, 'meetings.card.no'),
      maybe: t(locale, 'meetings.card.maybe'),
      volunteer: t(locale, 'meetings.card.volunteer'),
      swap: t(locale, 'meetings.card.swap'),
      skip: t(locale, 'meetings.card.skip'),
      skipReason: t(locale, 'meetings.card.skipReason'),
      skipConfirm: t(locale, 'meetings.card.skipConfirm'),
      written: t(locale, 'meetings.card.written'),
      ics: t(locale, 'meetings.card.ics'),
      icsCancel: t(locale, 'meetings.card.icsCancel'),
      edit: t(locale, 'meetings.card.edit'),
      cancel: t(locale, 'meetings.card.cancel'),
      cancelQuestion: t(locale, 'meetings.card.cancelQuestion'),
      cancelConfirm: t(locale, 'meetings.card.cancelConfirm'),
    },
  });
}
