"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.openForm = openForm;
exports.editFormCard = editFormCard;
exports.handleSubmit = handleSubmit;
const node_crypto_1 = require("node:crypto");
const i18n_1 = require("../../i18n");
const meetings_1 = require("../../domain/meetings");
const cases_1 = require("../../store/cases");
const meetings_2 = require("../../store/meetings");
const outbox_1 = require("../../store/outbox");
const outbox_2 = require("../outbox");
const log_1 = require("../../log");
const outbox_3 = require("./outbox");
const app_1 = require("../app");
const cardResponses_1 = require("../cardResponses");
const roster_1 = require("../roster");
const turn_1 = require("../turn");
const cases_2 = require("../cases");
const meetings_3 = require("../../domain/meetings");
const rotation_1 = require("../referat/rotation");
const cards_1 = require("./cards");
const common_1 = require("./common");
const cardActions_1 = require("../cardActions");
const reminders_1 = require("./reminders");
const announce_1 = require("./announce");
/** The meeting form: opening it, validating a submission, creating or changing the meeting. */
/** Inputs whose free text could carry a fødselsnummer. */
/** A syntactically valid stand-in while the real case ref is made only after the form passes. */
const PLACEHOLDER_REF = 'BTI-0000-0000';
async function roster(context) {
    try {
        return await (0, roster_1.conversationMembers)(context);
    }
    catch {
        return undefined;
    }
}
function openCases(cases) {
    return cases.filter((c) => c.status !== 'closed');
}
/** People the form offers: the conversation roster, plus anyone already on the meeting (editing). */
function formPeople(members, extra = []) {
    const out = new Map();
    for (const m of [...members, ...extra])
        if (!out.has(m.aadObjectId))
            out.set(m.aadObjectId, { aadObjectId: m.aadObjectId, name: m.name });
    return [...out.values()];
}
async function openForm(context, ctx, locale, caseRef) {
    const owner = (0, turn_1.ownerScope)(context);
    const [members, cases] = await Promise.all([roster(context), ctx.cases.list(owner)]);
    if (!members) {
        await context.sendActivity((0, i18n_1.t)(locale, 'meetings.form.noRoster'));
        return;
    }
    const open = openCases(cases);
    await (0, turn_1.replyWithCard)(context, (0, cards_1.formCard)(locale, {
        mode: 'new',
        values: { caseRef: caseRef && open.some((c) => c.ref === caseRef) ? caseRef : '' },
        errors: [],
        cases: open,
        people: formPeople(members),
        now: ctx.deps.now(),
    }));
    (0, app_1.turnLogger)(context, ctx.deps.logger).info('meeting.form_opened', { cases: open.length, people: members.length });
}
/** The form opened again on the invitation, for the coordinator only (not shared). */
function editFormCard(locale, meeting, members, now, errors = [], values) {
    return (0, cards_1.formCard)(locale, {
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
function personFrom(m) {
    return { aadObjectId: m.aadObjectId, name: m.name, ...(m.teamsId ? { teamsId: m.teamsId } : {}), role: m.role };
}
async function handleSubmit(context, ctx) {
    const { deps } = ctx;
    const locale = (0, turn_1.turnLocale)(context, deps.config.defaultLocale);
    const log = (0, app_1.turnLogger)(context, deps.logger);
    const owner = (0, turn_1.ownerScope)(context);
    const actor = (0, turn_1.actorId)(context);
    const data = (0, cardActions_1.actionData)(context);
    const mode = data.mode === 'edit' ? 'edit' : 'new';
    const now = deps.now();
    if (!actor)
        return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.notMember'));
    let existing;
    if (mode === 'edit') {
        const id = common_1.meetingIdSchema.safeParse(data.meetingId);
        existing = id.success ? await ctx.meetings.get(owner, id.data) : undefined;
        if (!existing)
            return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.notFound'));
        if (existing.coordinator.aadObjectId !== actor)
            return (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'meetings.onlyCoordinator', { name: existing.coordinator.name }));
        const version = cardActions_1.cardVersionSchema.safeParse(data.cardVersion);
        if (!version.success || version.data < existing.sequence || existing.status === 'cancelled') {
            const view = await (0, common_1.loadView)(ctx, owner, existing);
            return (0, cardResponses_1.respondWithCard)(context, (0, cards_1.invitationCard)(locale, view, { publicUrl: deps.config.publicUrl, now }), { updateShared: false });
        }
    }
    const members = (await roster(context)) ?? [];
    const cases = openCases(await ctx.cases.list(owner));
    const reRender = (errors, values, warnings = []) => (0, cardResponses_1.respondWithCard)(context, existing
        ? editFormCard(locale, existing, members, now, errors, values)
        : (0, cards_1.formCard)(locale, { mode: 'new', values, errors, warnings, cases, people: formPeople(members), now }), { updateShared: false });
    // Identity numbers never reach this point: the privacy guard before every turn (src/bot/privacyGuard.ts)
    // refuses any press whose inputs hold one.
    const wantsNewCase = mode === 'new' && data.caseRef === cards_1.NEW_CASE;
    const caseDoc = existing ? cases.find((c) => c.ref === existing.caseRef) ?? (await ctx.cases.get(owner, existing.caseRef)) : cases.find((c) => c.ref === data.caseRef);
    const raw = { ...data, caseRef: existing ? existing.caseRef : wantsNewCase ? PLACEHOLDER_REF : data.caseRef };
    const family = (caseDoc?.members ?? []).filter((m) => m.role === 'family').map((m) => m.aadObjectId);
    const result = (0, meetings_1.validateMeeting)(raw, now, { familyInviteeIds: family });
    const errors = result.ok ? [] : result.errors.map((e) => ({ field: e.field, text: locale === 'en' ? e.messageEn : e.messageNb }));
    // The checks against this conversation run whatever else is wrong, so every problem is listed at once.
    const flagged = new Set(errors.map((e) => e.field));
    // Membership, never the shape of an id, decides who can be invited.
    const known = new Set([...members.map((m) => m.aadObjectId), ...(caseDoc?.members ?? []).map((m) => m.aadObjectId), ...(existing?.people ?? []).map((p) => p.aadObjectId)]);
    const picked = result.ok ? result.meeting.invitees : typeof data.invitees === 'string' ? data.invitees.split(',').map((x) => x.trim()).filter(Boolean) : [];
    if (!flagged.has('invitees') && picked.some((id) => !known.has(id)))
        errors.push({ field: 'invitees', text: (0, i18n_1.t)(locale, 'meetings.form.unknownInvitee') });
    if (!flagged.has('caseRef') && !wantsNewCase && !caseDoc)
        errors.push({ field: 'caseRef', text: (0, i18n_1.t)(locale, 'meetings.form.caseMissing', { ref: String(data.caseRef ?? '') }) });
    else if (caseDoc && !(0, cases_1.isCaseMember)(caseDoc, actor) && !existing)
        errors.push({ field: 'form', text: (0, i18n_1.t)(locale, 'error.notMember') });
    if (!result.ok || errors.length > 0) {
        log.info('meeting.form_invalid', { errors: errors.length });
        // The domain's identity-number check (the same detector as the guard): never echo such a value back.
        const kept = { ...data };
        if (!result.ok)
            for (const e of result.errors)
                if (e.code.endsWith('.nationalId'))
                    kept[e.field] = '';
        return reRender(errors, kept);
    }
    // Start and end in the doubled autumn hour give the same note: show it once.
    const warnings = [...new Set(result.warnings.map((w) => (locale === 'en' ? w.messageEn : w.messageNb)))];
    if (existing)
        return saveEdit(context, ctx, existing, result.meeting, members, caseDoc, warnings);
    return createNew(context, ctx, result.meeting, members, caseDoc, wantsNewCase, warnings);
}
async function createNew(context, ctx, valid, members, found, wantsNewCase, warnings) {
    const { deps } = ctx;
    const locale = (0, turn_1.turnLocale)(context, deps.config.defaultLocale);
    const owner = (0, turn_1.ownerScope)(context);
    const actor = (0, turn_1.actorId)(context);
    const now = deps.now();
    const opId = context.activity.id ?? (0, node_crypto_1.randomBytes)(12).toString('hex');
    // The same submit delivered twice maps to the same meeting id, so it is created (and posted) once; a
    // re-delivery finishes whatever the first delivery left undone.
    const meetingId = (0, node_crypto_1.createHash)('sha256').update(`${owner}|${opId}`).digest('hex').slice(0, 32);
    const already = await ctx.meetings.get(owner, meetingId);
    if (already)
        return finishAndAnswer(context, ctx, already, (0, outbox_2.newLease)(deps), warnings);
    // The address first: the background sweep posts with it if this turn does not get that far.
    await (0, turn_1.rememberConversation)(context, ctx.conversations, locale, now);
    // A new case gets its number now; a retry that comes before the meeting is saved takes the next one (a gap).
    const ref = wantsNewCase || !found ? await ctx.cases.nextRef(owner, now) : found.ref;
    const caseMembers = found?.members ?? [];
    const lookup = (id) => {
        const m = members.find((x) => x.aadObjectId === id) ?? caseMembers.find((x) => x.aadObjectId === id);
        return m ? personFrom({ ...m, role: caseMembers.find((x) => x.aadObjectId === id)?.role ?? m.role }) : { aadObjectId: id, name: '—', role: 'professional' };
    };
    const coordinator = { aadObjectId: actor, name: context.activity.from.name ?? lookup(actor).name, ...(context.activity.from.id ? { teamsId: context.activity.from.id } : {}) };
    const people = [...new Set([...valid.invitees, actor])].map((id) => (id === actor ? { ...lookup(id), name: coordinator.name, teamsId: coordinator.teamsId } : lookup(id)));
    const steps = found
        ? // Invitees from the roster who are not in the case yet become members, so they can answer and write referat.
            (0, outbox_3.newMeetingSteps)({ addMembers: members.filter((m) => valid.invitees.includes(m.aadObjectId) && !found.members.some((c) => c.aadObjectId === m.aadObjectId)), locale, opId })
        : (0, outbox_3.newMeetingSteps)({
            createCase: members.some((m) => m.aadObjectId === actor) ? members : [...members, { aadObjectId: actor, name: context.activity.from.name ?? '—', teamsId: context.activity.from.id, role: 'professional' }],
            locale,
            opId,
        });
    const lease = (0, outbox_2.newLease)(deps);
    const { doc: meeting, created } = await ctx.meetings.create(owner, (0, outbox_1.withSteps)({
        ...valid,
        id: '',
        pk: owner,
        type: 'meeting',
        ops: [],
        caseRef: ref,
        meetingId,
        sequence: 0,
        status: 'scheduled',
        people,
        coordinator,
        icsToken: (0, node_crypto_1.randomBytes)(24).toString('base64url'),
        conversationId: context.activity.conversation.id,
        createdAt: now.toISOString(),
        updatedAt: now.toISOString(),
    }, steps, now.toISOString(), lease), opId);
    if (created)
        (0, app_1.turnLogger)(context, deps.logger).info('meeting.created', { meetingId, caseRef: ref, invitees: meeting.invitees.length, newCase: !found });
    // Not created here: the same submit reached another instance at the same moment; its lease tells us apart.
    return finishAndAnswer(context, ctx, meeting, created ? lease : (0, outbox_2.newLease)(deps), warnings);
}
/**
 * Runs the meeting's steps left to do (all of them right after the first write) and tells the user how far it
 * got: sent, saved but not posted yet, or still being sent by another turn. The case ref is the meeting's own.
 */
async function finishAndAnswer(context, ctx, meeting, lease, warnings) {
    const { deps } = ctx;
    const locale = (0, turn_1.turnLocale)(context, deps.config.defaultLocale);
    const log = (0, app_1.turnLogger)(context, deps.logger);
    const result = await (0, outbox_2.runOutbox)((0, outbox_3.meetingOutbox)(ctx), deps, meeting.pk, (0, meetings_2.meetingDocId)(meeting.meetingId), { lease, context, log });
    const doc = result.doc ?? meeting;
    const vars = { type: (0, common_1.typeName)(doc.meetingType, locale), ref: doc.caseRef };
    const posted = !(0, outbox_1.stepsOf)(doc).some((p) => p.step === outbox_3.MEETING_STEPS.post);
    let text;
    if (result.status === 'done')
        text = (0, i18n_1.t)(locale, 'meetings.form.sent', vars);
    else if (result.status === 'busy')
        text = (0, i18n_1.t)(locale, posted ? 'meetings.form.sentFinishing' : 'meetings.form.sending', vars);
    else
        text = (0, i18n_1.t)(locale, posted ? 'meetings.form.sentFinishing' : 'meetings.form.notSentYet', vars);
    if (result.status !== 'done')
        log.warn('meeting.unfinished', { meetingId: doc.meetingId, status: result.status, left: (0, outbox_1.stepsOf)(doc).length });
    const card = (0, cases_2.noticeCard)(warnings.length ? `${text}\n\n${warnings.map((w) => (0, i18n_1.t)(locale, 'meetings.form.warning', { text: w })).join('\n\n')}` : text);
    // The form turns into the notice for everyone; if Teams refuses that, the submitter still gets the answer.
    try {
        await (0, cardResponses_1.updateSharedCard)(context, card);
    }
    catch (err) {
        log.warn('meeting.form_update_failed', (0, log_1.errorFields)(err));
    }
    return (0, cardResponses_1.respondWithCard)(context, card, { updateShared: false });
}
async function saveEdit(context, ctx, existing, valid, members, caseDoc, warnings) {
    const { deps } = ctx;
    const locale = (0, turn_1.turnLocale)(context, deps.config.defaultLocale);
    const owner = (0, turn_1.ownerScope)(context);
    const now = deps.now();
    const opId = context.activity.id ?? '';
    const outcome = await ctx.meetings.update(owner, existing.meetingId, (cur) => {
        if (!cur)
            return { kind: 'unchanged', result: undefined };
        const asDomain = { ...cur, id: cur.meetingId };
        const next = (0, meetings_1.updateMeeting)(asDomain, { ...valid, caseRef: cur.caseRef });
        if (next === asDomain)
            return { kind: 'unchanged', result: cur };
        const known = new Map(cur.people.map((p) => [p.aadObjectId, p]));
        for (const m of members)
            if (!known.has(m.aadObjectId))
                known.set(m.aadObjectId, personFrom(m));
        const people = [...new Set([...next.invitees, cur.coordinator.aadObjectId])].map((id) => known.get(id) ?? { aadObjectId: id, name: '—', role: 'professional' });
        const { id: _id, ...fields } = next;
        void _id;
        const changes = (0, meetings_1.meetingChanges)(cur, next);
        const doc = {
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
    }, opId);
    const saved = outcome.doc ?? existing;
    if (outcome.written && caseDoc) {
        // The writer must be among the invited; a changed invite list may need a new one.
        const absent = (0, common_1.absentIds)(saved, await ctx.meetings.rsvps(owner, saved.meetingId));
        await ctx.referat.update(owner, saved.caseRef, (doc) => (0, rotation_1.rotationMutation)(doc, (s) => {
            let state = (0, rotation_1.withMembers)(s, caseDoc);
            const active = state.history.find((e) => e.meetingId === saved.meetingId && e.status === 'assigned');
            if (active && !saved.invitees.includes(active.writer)) {
                const r = (0, meetings_3.release)(state, saved.meetingId, active.writer, { at: now.toISOString() });
                if (r.ok)
                    state = r.state;
            }
            return { ok: true, state: (0, rotation_1.settleWriter)(state, saved, caseDoc, absent, now.toISOString()), changed: true };
        }), opId);
        await (0, reminders_1.rescheduleReminders)(ctx, owner, saved, existing);
        (0, app_1.turnLogger)(context, deps.logger).info('meeting.updated', { meetingId: saved.meetingId, sequence: saved.sequence });
    }
    // Its own step after the store write: an updated card notifies nobody in Teams, so a new time or place is
    // said in the thread, to the invitees by name.
    // Also on a re-delivery of the same press, in case the first delivery stopped before this.
    if ((outcome.written || outcome.duplicate) && saved.lastChange?.sequence === saved.sequence)
        await (0, announce_1.announceChange)(context, ctx, saved, locale);
    const view = await (0, common_1.loadView)(ctx, owner, saved);
    const card = (0, cards_1.invitationCard)(locale, view, { publicUrl: deps.config.publicUrl, now });
    if (!warnings.length)
        return (0, cardResponses_1.respondWithCard)(context, card, { updateShared: outcome.written });
    // Everyone gets the card; the note about the doubled hour is for the coordinator, who chose the time.
    if (outcome.written)
        await (0, cardResponses_1.updateSharedCard)(context, card);
    return (0, cardResponses_1.respondWithCard)(context, (0, cards_1.invitationCard)(locale, view, { publicUrl: deps.config.publicUrl, now, warnings }), { updateShared: false });
}
//# sourceMappingURL=form.js.map