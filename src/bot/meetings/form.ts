import { createHash, randomBytes } from 'node:crypto';
import { Locale, t } from '../../i18n';
import { edit, settleAfterSave, validateMeeting, type ValidMeeting } from '../../domain/meetings';
import { meetingFromText } from '../../domain/meetings/fromText';
import { CaseDoc, CaseMember, isCaseMember } from '../../store/cases';
import { meetingDocId, type MeetingDoc, type MeetingPerson } from '../../store/meetings';
import { stepsOf, withSteps, type Lease } from '../../store/outbox';
import { newLease, runOutbox } from '../outbox';
import { errorFields } from '../../log';
import { meetingOutbox, MEETING_STEPS, newMeetingSteps } from './outbox';
import type { Mutation } from '../../store/documents';
import { reply, type CardPress, type Reply, type Turn } from '../../actions/types';
import { noticeCard } from '../cases';
import { rotationMutation } from '../referat/rotation';
import { formCard, invitationCard, NEW_CASE, type FormError, type FormPerson } from './cards';
import { absentIds, loadView, meetingIdSchema, MeetingsCtx, rememberConversation, tryRoster, typeName } from './common';
import { formIssueText } from './texts';
import { cardVersionSchema } from '../../actions/input';
import { rescheduleReminders } from './reminders';
import { announceChange } from './announce';

/** The meeting form: opening it, validating a submission, creating or changing the meeting. */

/** Inputs whose free text could carry a fødselsnummer. */
/** A syntactically valid stand-in while the real case ref is made only after the form passes. */
const PLACEHOLDER_REF = 'BTI-0000-0000';

function openCases(cases: CaseDoc[]): CaseDoc[] {
  return cases.filter((c) => c.status !== 'closed');
}

/** People the form offers: the conversation roster, plus anyone already on the meeting (editing). */
function formPeople(members: CaseMember[], extra: MeetingPerson[] = []): FormPerson[] {
  const out = new Map<string, FormPerson>();
  for (const m of [...members, ...extra]) if (!out.has(m.aadObjectId)) out.set(m.aadObjectId, { aadObjectId: m.aadObjectId, name: m.name });
  return [...out.values()];
}

/**
 * The form for a new meeting. `text`: the typed request, when it was more than the command ("kall inn til
 * ansvarsgruppemøte tirsdag kl 13–14 med tolk på arabisk"): what it says plainly fills the form in, for the
 * coordinator to check; nothing of it is kept until the form is sent.
 */
export async function openForm(turn: Turn, ctx: MeetingsCtx, caseRef?: string, text = ''): Promise<void> {
  const { locale } = turn;
  const said = meetingFromText(text, ctx.deps.now());
  const [members, cases] = await Promise.all([tryRoster(turn), ctx.cases.list(turn.place.owner)]);
  if (!members) {
    await turn.send({ text: t(locale, 'meetings.form.noRoster') });
    return;
  }
  const open = openCases(cases);
  await turn.send({
    card: formCard(locale, {
      mode: 'new',
      values: { ...said, caseRef: caseRef && open.some((c) => c.ref === caseRef) ? caseRef : '' },
      errors: [],
      cases: open,
      people: formPeople(members),
      now: ctx.deps.now(),
      note: Object.keys(said).length > 0 ? t(locale, 'meetings.form.prefilled') : '',
    }),
  });
  turn.log.info('meeting.form_opened', { cases: open.length, people: members.length, prefilled: Object.keys(said).length });
}

/** The form opened again on the invitation, for the coordinator only (not shared). */
export function editFormCard(locale: Locale, meeting: MeetingDoc, members: CaseMember[], now: Date, errors: FormError[] = [], values?: Record<string, unknown>) {
  return formCard(locale, {
    mode: 'edit',
    values: values ?? { ...meeting, invitees: meeting.invitees.join(','), childInvited: String(meeting.childInvited), interpreterNeeded: String(meeting.interpreterNeeded) },
    errors,
    cases: [{ ref: meeting.caseRef }],
    people: formPeople(members, meeting.people),
    meetingId: meeting.meetingId,
    cardVersion: meeting.sequence,
    now,
  });
}

function personFrom(m: Pick<CaseMember, 'aadObjectId' | 'name' | 'teamsId' | 'role'>): MeetingPerson {
  return { aadObjectId: m.aadObjectId, name: m.name, ...(m.teamsId ? { teamsId: m.teamsId } : {}), role: m.role };
}

export async function handleSubmit(press: CardPress, ctx: MeetingsCtx): Promise<Reply> {
  const { deps } = ctx;
  const { locale, log } = press;
  const owner = press.place.owner;
  const actor = press.actor.aadObjectId;
  const data = press.data;
  const mode = data.mode === 'edit' ? 'edit' : 'new';
  const now = deps.now();
  if (!actor) return reply.message(t(locale, 'error.notMember'));

  let existing: MeetingDoc | undefined;
  if (mode === 'edit') {
    const id = meetingIdSchema.safeParse(data.meetingId);
    existing = id.success ? await ctx.meetings.get(owner, id.data) : undefined;
    if (!existing) return reply.message(t(locale, 'meetings.notFound'));
    if (existing.coordinator.aadObjectId !== actor) return reply.message(t(locale, 'meetings.onlyCoordinator', { name: existing.coordinator.name }));
    const version = cardVersionSchema.safeParse(data.cardVersion);
    if (!version.success || version.data < existing.sequence || existing.status === 'cancelled') {
      const view = await loadView(ctx, owner, existing);
      return reply.card(invitationCard(locale, view, { publicUrl: deps.config.publicUrl, now }));
    }
  }

  const members = (await tryRoster(press)) ?? [];
  const cases = openCases(await ctx.cases.list(owner));
  const reRender = (errors: FormError[], values: Record<string, unknown>, warnings: string[] = []) =>
    reply.card(
      existing
        ? editFormCard(locale, existing, members, now, errors, values)
        : formCard(locale, { mode: 'new', values, errors, warnings, cases, people: formPeople(members), now }),
    );

  // Identity numbers never reach this point: the privacy guard before every turn (src/bot/privacyGuard.ts)
  // refuses any press whose inputs hold one.
  const wantsNewCase = mode === 'new' && data.caseRef === NEW_CASE;
  const caseDoc = existing ? cases.find((c) => c.ref === existing.caseRef) ?? (await ctx.cases.get(owner, existing.caseRef)) : cases.find((c) => c.ref === data.caseRef);
  const raw = { ...data, caseRef: existing ? existing.caseRef : wantsNewCase ? PLACEHOLDER_REF : data.caseRef };
  const family = (caseDoc?.members ?? []).filter((m) => m.role === 'family').map((m) => m.aadObjectId);
  const result = validateMeeting(raw, now, { familyInviteeIds: family });
  const errors: FormError[] = result.ok ? [] : result.errors.map((e) => ({ field: e.field, text: formIssueText(locale, e) }));
  // The checks against this conversation run whatever else is wrong, so every problem is listed at once.
  const flagged = new Set(errors.map((e) => e.field));
  // Membership, never the shape of an id, decides who can be invited.
  const known = new Set([...members.map((m) => m.aadObjectId), ...(caseDoc?.members ?? []).map((m) => m.aadObjectId), ...(existing?.people ?? []).map((p) => p.aadObjectId)]);
  const picked = result.ok ? result.meeting.invitees : typeof data.invitees === 'string' ? data.invitees.split(',').map((x) => x.trim()).filter(Boolean) : [];
  if (!flagged.has('invitees') && picked.some((id) => !known.has(id))) errors.push({ field: 'invitees', text: t(locale, 'meetings.form.unknownInvitee') });
  if (!flagged.has('caseRef') && !wantsNewCase && !caseDoc) errors.push({ field: 'caseRef', text: t(locale, 'meetings.form.caseMissing', { ref: String(data.caseRef ?? '') }) });
  else if (caseDoc && !isCaseMember(caseDoc, actor) && !existing) errors.push({ field: 'form', text: t(locale, 'error.notMember') });
  if (!result.ok || errors.length > 0) {
    log.info('meeting.form_invalid', { errors: errors.length });
    // The domain's identity-number check (the same detector as the guard): never echo such a value back.
    const kept = { ...data };
    if (!result.ok) for (const e of result.errors) if (e.code.endsWith('.nationalId')) kept[e.field] = '';
    return reRender(errors, kept);
  }
  // Start and end in the doubled autumn hour give the same note: show it once.
  const warnings = [...new Set(result.warnings.map((w) => formIssueText(locale, w)))];
  if (existing) return saveEdit(press, ctx, existing, result.meeting, members, caseDoc, warnings);
  return createNew(press, ctx, result.meeting, members, caseDoc, wantsNewCase, warnings);
}

async function createNew(
  press: CardPress,
  ctx: MeetingsCtx,
  valid: ValidMeeting,
  members: CaseMember[],
  found: CaseDoc | undefined,
  wantsNewCase: boolean,
  warnings: string[],
): Promise<Reply> {
  const { deps } = ctx;
  const { locale } = press;
  const owner = press.place.owner;
  const actor = press.actor.aadObjectId as string;
  const now = deps.now();
  const opId = press.activityId ?? randomBytes(12).toString('hex');
  // The same submit delivered twice maps to the same meeting id, so it is created (and posted) once; a
  // re-delivery finishes whatever the first delivery left undone.
  const meetingId = createHash('sha256').update(`${owner}|${opId}`).digest('hex').slice(0, 32);
  const already = await ctx.meetings.get(owner, meetingId);
  if (already) return finishAndAnswer(press, ctx, already, newLease(deps), warnings);

  // The address first: the background sweep posts with it if this turn does not get that far.
  await rememberConversation(press, ctx, now);
  // A new case gets its number now; a retry that comes before the meeting is saved takes the next one (a gap).
  const ref = wantsNewCase || !found ? await ctx.cases.nextRef(owner, now) : found.ref;
  const caseMembers = found?.members ?? [];
  const lookup = (id: string): MeetingPerson => {
    const m = members.find((x) => x.aadObjectId === id) ?? caseMembers.find((x) => x.aadObjectId === id);
    return m ? personFrom({ ...m, role: caseMembers.find((x) => x.aadObjectId === id)?.role ?? m.role }) : { aadObjectId: id, name: '—', role: 'professional' };
  };
  const coordinator = { aadObjectId: actor, name: press.actor.name || lookup(actor).name, ...(press.actor.id ? { teamsId: press.actor.id } : {}) };
  const people = [...new Set([...valid.invitees, actor])].map((id) => (id === actor ? { ...lookup(id), name: coordinator.name, teamsId: coordinator.teamsId } : lookup(id)));
  const steps = found
    ? // Invitees from the roster who are not in the case yet become members, so they can answer and write referat.
      newMeetingSteps({ addMembers: members.filter((m) => valid.invitees.includes(m.aadObjectId) && !found.members.some((c) => c.aadObjectId === m.aadObjectId)), locale, opId })
    : newMeetingSteps({
        createCase: members.some((m) => m.aadObjectId === actor) ? members : [...members, { aadObjectId: actor, name: press.actor.name || '—', teamsId: press.actor.id, role: 'professional' }],
        locale,
        opId,
      });
  const lease = newLease(deps);
  const { doc: meeting, created } = await ctx.meetings.create(
    owner,
    withSteps(
      {
        ...valid,
        id: '',
        pk: owner,
        type: 'meeting' as const,
        ops: [],
        caseRef: ref,
        meetingId,
        sequence: 0,
        status: 'scheduled' as const,
        people,
        coordinator,
        icsToken: randomBytes(24).toString('base64url'),
        conversationId: press.place.conversationId,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
      steps,
      now.toISOString(),
      lease,
    ),
    opId,
  );
  if (created) press.log.info('meeting.created', { meetingId, caseRef: ref, invitees: meeting.invitees.length, newCase: !found });
  // Not created here: the same submit reached another instance at the same moment; its lease tells us apart.
  return finishAndAnswer(press, ctx, meeting, created ? lease : newLease(deps), warnings);
}

/**
 * Runs the meeting's steps left to do (all of them right after the first write) and tells the user how far it
 * got: sent, saved but not posted yet, or still being sent by another turn. The case ref is the meeting's own.
 */
async function finishAndAnswer(press: CardPress, ctx: MeetingsCtx, meeting: MeetingDoc, lease: Lease, warnings: string[]): Promise<Reply> {
  const { deps } = ctx;
  const { locale, log } = press;
  const result = await runOutbox(meetingOutbox(ctx), deps, meeting.pk, meetingDocId(meeting.meetingId), { lease, port: press, log });
  const doc = result.doc ?? meeting;
  const vars = { type: typeName(doc.meetingType, locale), ref: doc.caseRef };
  const posted = !stepsOf(doc).some((p) => p.step === MEETING_STEPS.post);
  let text: string;
  if (result.status === 'done') text = t(locale, 'meetings.form.sent', vars);
  else if (result.status === 'busy') text = t(locale, posted ? 'meetings.form.sentFinishing' : 'meetings.form.sending', vars);
  else text = t(locale, posted ? 'meetings.form.sentFinishing' : 'meetings.form.notSentYet', vars);
  if (result.status !== 'done') log.warn('meeting.unfinished', { meetingId: doc.meetingId, status: result.status, left: stepsOf(doc).length });
  const card = noticeCard(warnings.length ? `${text}\n\n${warnings.map((w) => t(locale, 'meetings.form.warning', { text: w })).join('\n\n')}` : text);
  // The form turns into the notice for everyone; if Teams refuses that, the submitter still gets the answer.
  try {
    if (press.cardMessageId) await press.update(press.cardMessageId, { card });
  } catch (err) {
    log.warn('meeting.form_update_failed', errorFields(err));
  }
  return reply.card(card);
}

async function saveEdit(
  press: CardPress,
  ctx: MeetingsCtx,
  existing: MeetingDoc,
  valid: ValidMeeting,
  members: CaseMember[],
  caseDoc: CaseDoc | undefined,
  warnings: string[],
): Promise<Reply> {
  const { deps } = ctx;
  const { locale } = press;
  const owner = press.place.owner;
  const now = deps.now();
  const opId = press.activityId ?? '';
  const known = members.map(personFrom);
  const outcome = await ctx.meetings.update(
    owner,
    existing.meetingId,
    (cur): Mutation<MeetingDoc, MeetingDoc | undefined> => {
      if (!cur) return { kind: 'unchanged', result: undefined };
      // The command on the stored copy (not the one read before the form was checked): an edit that raced
      // another is applied to what is there now. The card version was checked above.
      const r = edit(cur, valid, { actor: press.actor.aadObjectId, known });
      if (!r.ok || !r.changed) return { kind: 'unchanged', result: cur };
      const doc: MeetingDoc = { ...r.state, updatedAt: now.toISOString() };
      return { kind: 'write', doc, result: doc };
    },
    opId,
  );
  const saved = outcome.doc ?? existing;
  if (outcome.written && caseDoc) {
    // The writer must be among the invited; a changed invite list may need a new one.
    const absent = absentIds(saved, await ctx.meetings.rsvps(owner, saved.meetingId));
    await ctx.referat.update(owner, saved.caseRef, (doc) => rotationMutation(doc, (s) => settleAfterSave(s, saved, caseDoc.members, absent, now.toISOString())), opId);
    await rescheduleReminders(ctx, owner, saved, existing);
    press.log.info('meeting.updated', { meetingId: saved.meetingId, sequence: saved.sequence });
  }
  // Its own step after the store write: an updated card notifies nobody in Teams, so a new time or place is
  // said in the thread, to the invitees by name.
  // Also on a re-delivery of the same press, in case the first delivery stopped before this.
  if ((outcome.written || outcome.duplicate) && saved.lastChange?.sequence === saved.sequence) await announceChange(press, ctx, saved, locale);
  const view = await loadView(ctx, owner, saved);
  const card = invitationCard(locale, view, { publicUrl: deps.config.publicUrl, now });
  if (!warnings.length) return reply.card(card, { updateShared: outcome.written });
  // Everyone gets the card; the note about the doubled hour is for the coordinator, who chose the time.
  if (outcome.written && press.cardMessageId) await press.update(press.cardMessageId, { card });
  return reply.card(invitationCard(locale, view, { publicUrl: deps.config.publicUrl, now, warnings }));
}
