import { conversationPort } from '../../runtime/teamsAi/turn';
import { createHash, randomBytes } from 'node:crypto';
import { TurnContext } from 'botbuilder';
import { Locale, t } from '../../i18n';
import { meetingChanges, updateMeeting, validateMeeting, type Meeting, type ValidMeeting } from '../../domain/meetings';
import { CaseDoc, CaseMember, isCaseMember } from '../../store/cases';
import { meetingDocId, type MeetingDoc, type MeetingPerson } from '../../store/meetings';
import { stepsOf, withSteps, type Lease } from '../../store/outbox';
import { newLease, runOutbox } from '../outbox';
import { errorFields } from '../../log';
import { meetingOutbox, MEETING_STEPS, newMeetingSteps } from './outbox';
import type { Mutation } from '../../store/documents';
import { turnLogger } from '../app';
import { respondWithCard, respondWithMessage, updateSharedCard } from '../cardResponses';
import { conversationMembers } from '../roster';
import { actorId, ownerScope, rememberConversation, replyWithCard, turnLocale } from '../turn';
import { noticeCard } from '../cases';
import { release } from '../../domain/meetings';
import { rotationMutation, settleWriter, withMembers } from '../referat/rotation';
import { formCard, invitationCard, NEW_CASE, type FormError, type FormPerson } from './cards';
import { absentIds, loadView, meetingIdSchema, MeetingsCtx, typeName } from './common';
import { actionData, cardVersionSchema } from '../cardActions';
import { rescheduleReminders } from './reminders';
import { announceChange } from './announce';

/** The meeting form: opening it, validating a submission, creating or changing the meeting. */

/** Inputs whose free text could carry a fødselsnummer. */
/** A syntactically valid stand-in while the real case ref is made only after the form passes. */
const PLACEHOLDER_REF = 'BTI-0000-0000';

async function roster(context: TurnContext): Promise<CaseMember[] | undefined> {
  try {
    return await conversationMembers(context);
  } catch {
    return undefined;
  }
}

function openCases(cases: CaseDoc[]): CaseDoc[] {
  return cases.filter((c) => c.status !== 'closed');
}

/** People the form offers: the conversation roster, plus anyone already on the meeting (editing). */
function formPeople(members: CaseMember[], extra: MeetingPerson[] = []): FormPerson[] {
  const out = new Map<string, FormPerson>();
  for (const m of [...members, ...extra]) if (!out.has(m.aadObjectId)) out.set(m.aadObjectId, { aadObjectId: m.aadObjectId, name: m.name });
  return [...out.values()];
}

export async function openForm(context: TurnContext, ctx: MeetingsCtx, locale: Locale, caseRef?: string): Promise<void> {
  const owner = ownerScope(context);
  const [members, cases] = await Promise.all([roster(context), ctx.cases.list(owner)]);
  if (!members) {
    await context.sendActivity(t(locale, 'meetings.form.noRoster'));
    return;
  }
  const open = openCases(cases);
  await replyWithCard(
    context,
    formCard(locale, {
      mode: 'new',
      values: { caseRef: caseRef && open.some((c) => c.ref === caseRef) ? caseRef : '' },
      errors: [],
      cases: open,
      people: formPeople(members),
      now: ctx.deps.now(),
    }),
  );
  turnLogger(context, ctx.deps.logger).info('meeting.form_opened', { cases: open.length, people: members.length });
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

export async function handleSubmit(context: TurnContext, ctx: MeetingsCtx): Promise<void> {
  const { deps } = ctx;
  const locale = turnLocale(context, deps.config.defaultLocale);
  const log = turnLogger(context, deps.logger);
  const owner = ownerScope(context);
  const actor = actorId(context);
  const data = actionData(context);
  const mode = data.mode === 'edit' ? 'edit' : 'new';
  const now = deps.now();
  if (!actor) return respondWithMessage(context, t(locale, 'error.notMember'));

  let existing: MeetingDoc | undefined;
  if (mode === 'edit') {
    const id = meetingIdSchema.safeParse(data.meetingId);
    existing = id.success ? await ctx.meetings.get(owner, id.data) : undefined;
    if (!existing) return respondWithMessage(context, t(locale, 'meetings.notFound'));
    if (existing.coordinator.aadObjectId !== actor) return respondWithMessage(context, t(locale, 'meetings.onlyCoordinator', { name: existing.coordinator.name }));
    const version = cardVersionSchema.safeParse(data.cardVersion);
    if (!version.success || version.data < existing.sequence || existing.status === 'cancelled') {
      const view = await loadView(ctx, owner, existing);
      return respondWithCard(context, invitationCard(locale, view, { publicUrl: deps.config.publicUrl, now }), { updateShared: false });
    }
  }

  const members = (await roster(context)) ?? [];
  const cases = openCases(await ctx.cases.list(owner));
  const reRender = (errors: FormError[], values: Record<string, unknown>, warnings: string[] = []) =>
    respondWithCard(
      context,
      existing
        ? editFormCard(locale, existing, members, now, errors, values)
        : formCard(locale, { mode: 'new', values, errors, warnings, cases, people: formPeople(members), now }),
      { updateShared: false },
    );

  // Identity numbers never reach this point: the privacy guard before every turn (src/bot/privacyGuard.ts)
  // refuses any press whose inputs hold one.
  const wantsNewCase = mode === 'new' && data.caseRef === NEW_CASE;
  const caseDoc = existing ? cases.find((c) => c.ref === existing.caseRef) ?? (await ctx.cases.get(owner, existing.caseRef)) : cases.find((c) => c.ref === data.caseRef);
  const raw = { ...data, caseRef: existing ? existing.caseRef : wantsNewCase ? PLACEHOLDER_REF : data.caseRef };
  const family = (caseDoc?.members ?? []).filter((m) => m.role === 'family').map((m) => m.aadObjectId);
  const result = validateMeeting(raw, now, { familyInviteeIds: family });
  const errors: FormError[] = result.ok ? [] : result.errors.map((e) => ({ field: e.field, text: locale === 'en' ? e.messageEn : e.messageNb }));
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
  const warnings = [...new Set(result.warnings.map((w) => (locale === 'en' ? w.messageEn : w.messageNb)))];
  if (existing) return saveEdit(context, ctx, existing, result.meeting, members, caseDoc, warnings);
  return createNew(context, ctx, result.meeting, members, caseDoc, wantsNewCase, warnings);
}

async function createNew(
  context: TurnContext,
  ctx: MeetingsCtx,
  valid: ValidMeeting,
  members: CaseMember[],
  found: CaseDoc | undefined,
  wantsNewCase: boolean,
  warnings: string[],
): Promise<void> {
  const { deps } = ctx;
  const locale = turnLocale(context, deps.config.defaultLocale);
  const owner = ownerScope(context);
  const actor = actorId(context) as string;
  const now = deps.now();
  const opId = context.activity.id ?? randomBytes(12).toString('hex');
  // The same submit delivered twice maps to the same meeting id, so it is created (and posted) once; a
  // re-delivery finishes whatever the first delivery left undone.
  const meetingId = createHash('sha256').update(`${owner}|${opId}`).digest('hex').slice(0, 32);
  const already = await ctx.meetings.get(owner, meetingId);
  if (already) return finishAndAnswer(context, ctx, already, newLease(deps), warnings);

  // The address first: the background sweep posts with it if this turn does not get that far.
  await rememberConversation(context, ctx.conversations, locale, now);
  // A new case gets its number now; a retry that comes before the meeting is saved takes the next one (a gap).
  const ref = wantsNewCase || !found ? await ctx.cases.nextRef(owner, now) : found.ref;
  const caseMembers = found?.members ?? [];
  const lookup = (id: string): MeetingPerson => {
    const m = members.find((x) => x.aadObjectId === id) ?? caseMembers.find((x) => x.aadObjectId === id);
    return m ? personFrom({ ...m, role: caseMembers.find((x) => x.aadObjectId === id)?.role ?? m.role }) : { aadObjectId: id, name: '—', role: 'professional' };
  };
  const coordinator = { aadObjectId: actor, name: context.activity.from.name ?? lookup(actor).name, ...(context.activity.from.id ? { teamsId: context.activity.from.id } : {}) };
  const people = [...new Set([...valid.invitees, actor])].map((id) => (id === actor ? { ...lookup(id), name: coordinator.name, teamsId: coordinator.teamsId } : lookup(id)));
  const steps = found
    ? // Invitees from the roster who are not in the case yet become members, so they can answer and write referat.
      newMeetingSteps({ addMembers: members.filter((m) => valid.invitees.includes(m.aadObjectId) && !found.members.some((c) => c.aadObjectId === m.aadObjectId)), locale, opId })
    : newMeetingSteps({
        createCase: members.some((m) => m.aadObjectId === actor) ? members : [...members, { aadObjectId: actor, name: context.activity.from.name ?? '—', teamsId: context.activity.from.id, role: 'professional' }],
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
        conversationId: context.activity.conversation.id,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
      },
      steps,
      now.toISOString(),
      lease,
    ),
    opId,
  );
  if (created) turnLogger(context, deps.logger).info('meeting.created', { meetingId, caseRef: ref, invitees: meeting.invitees.length, newCase: !found });
  // Not created here: the same submit reached another instance at the same moment; its lease tells us apart.
  return finishAndAnswer(context, ctx, meeting, created ? lease : newLease(deps), warnings);
}

/**
 * Runs the meeting's steps left to do (all of them right after the first write) and tells the user how far it
 * got: sent, saved but not posted yet, or still being sent by another turn. The case ref is the meeting's own.
 */
async function finishAndAnswer(context: TurnContext, ctx: MeetingsCtx, meeting: MeetingDoc, lease: Lease, warnings: string[]): Promise<void> {
  const { deps } = ctx;
  const locale = turnLocale(context, deps.config.defaultLocale);
  const log = turnLogger(context, deps.logger);
  const result = await runOutbox(meetingOutbox(ctx), deps, meeting.pk, meetingDocId(meeting.meetingId), { lease, port: conversationPort(context), log });
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
    await updateSharedCard(context, card);
  } catch (err) {
    log.warn('meeting.form_update_failed', errorFields(err));
  }
  return respondWithCard(context, card, { updateShared: false });
}

async function saveEdit(
  context: TurnContext,
  ctx: MeetingsCtx,
  existing: MeetingDoc,
  valid: ValidMeeting,
  members: CaseMember[],
  caseDoc: CaseDoc | undefined,
  warnings: string[],
): Promise<void> {
  const { deps } = ctx;
  const locale = turnLocale(context, deps.config.defaultLocale);
  const owner = ownerScope(context);
  const now = deps.now();
  const opId = context.activity.id ?? '';
  const outcome = await ctx.meetings.update(
    owner,
    existing.meetingId,
    (cur): Mutation<MeetingDoc, MeetingDoc | undefined> => {
      if (!cur) return { kind: 'unchanged', result: undefined };
      const asDomain: Meeting = { ...cur, id: cur.meetingId };
      const next = updateMeeting(asDomain, { ...valid, caseRef: cur.caseRef });
      if (next === asDomain) return { kind: 'unchanged', result: cur };
      const known = new Map(cur.people.map((p) => [p.aadObjectId, p] as const));
      for (const m of members) if (!known.has(m.aadObjectId)) known.set(m.aadObjectId, personFrom(m));
      const people = [...new Set([...next.invitees, cur.coordinator.aadObjectId])].map((id) => known.get(id) ?? { aadObjectId: id, name: '—', role: 'professional' as const });
      const { id: _id, ...fields } = next;
      void _id;
      const changes = meetingChanges(cur, next);
      const doc: MeetingDoc = {
        ...cur,
        ...fields,
        interpreterLanguage: next.interpreterLanguage,
        place: next.place,
        onlineLink: next.onlineLink,
        meetingId: cur.meetingId,
        people,
        updatedAt: now.toISOString(),
        // Answers given for the old time no longer count; a new place alone keeps them.
        ...(changes.includes('time') ? { answersFrom: next.sequence } : {}),
        ...(changes.length ? { lastChange: { sequence: next.sequence, kinds: changes, previousStartUtc: cur.startUtc, previousEndUtc: cur.endUtc } } : {}),
      };
      return { kind: 'write', doc, result: doc };
    },
    opId,
  );
  const saved = outcome.doc ?? existing;
  if (outcome.written && caseDoc) {
    // The writer must be among the invited; a changed invite list may need a new one.
    const absent = absentIds(saved, await ctx.meetings.rsvps(owner, saved.meetingId));
    await ctx.referat.update(
      owner,
      saved.caseRef,
      (doc) =>
        rotationMutation(doc, (s) => {
          let state = withMembers(s, caseDoc);
          const active = state.history.find((e) => e.meetingId === saved.meetingId && e.status === 'assigned');
          if (active && !saved.invitees.includes(active.writer)) {
            const r = release(state, saved.meetingId, active.writer, { at: now.toISOString() });
            if (r.ok) state = r.state;
          }
          return { ok: true, state: settleWriter(state, saved, caseDoc, absent, now.toISOString()), changed: true };
        }),
      opId,
    );
    await rescheduleReminders(ctx, owner, saved, existing);
    turnLogger(context, deps.logger).info('meeting.updated', { meetingId: saved.meetingId, sequence: saved.sequence });
  }
  // Its own step after the store write: an updated card notifies nobody in Teams, so a new time or place is
  // said in the thread, to the invitees by name.
  // Also on a re-delivery of the same press, in case the first delivery stopped before this.
  if ((outcome.written || outcome.duplicate) && saved.lastChange?.sequence === saved.sequence) await announceChange(context, ctx, saved, locale);
  const view = await loadView(ctx, owner, saved);
  const card = invitationCard(locale, view, { publicUrl: deps.config.publicUrl, now });
  if (!warnings.length) return respondWithCard(context, card, { updateShared: outcome.written });
  // Everyone gets the card; the note about the doubled hour is for the coordinator, who chose the time.
  if (outcome.written) await updateSharedCard(context, card);
  return respondWithCard(context, invitationCard(locale, view, { publicUrl: deps.config.publicUrl, now, warnings }), { updateShared: false });
}
