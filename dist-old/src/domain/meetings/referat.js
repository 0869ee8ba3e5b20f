"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.rotationStateSchema = exports.rotationEntrySchema = exports.MAX_ROTATION_HISTORY = exports.MAX_ROTATION_MEMBERS = exports.USER_SKIP_REASONS = exports.SKIP_REASON_INFO = exports.SKIP_REASONS = void 0;
exports.createRotation = createRotation;
exports.ranking = ranking;
exports.nextWriter = nextWriter;
exports.assign = assign;
exports.volunteer = volunteer;
exports.swap = swap;
exports.skip = skip;
exports.release = release;
exports.withdraw = withdraw;
exports.markWritten = markWritten;
exports.addMember = addMember;
exports.removeMember = removeMember;
exports.referatStatus = referatStatus;
exports.writtenCounts = writtenCounts;
const zod_1 = require("zod");
/**
 * Referat rotation: who writes the minutes of each meeting.
 *
 * The sources say writing the minutes goes round the group and should be settled before the meeting.
 * The state is a plain object stored as it is in Cosmos. Every command is a pure function
 * (state, command) -> result that never throws, and applying the same command twice changes nothing the
 * second time, whatever `at` the second delivery carries (Teams re-delivers activities).
 *
 * Model
 * - `order`: member ids (professionals only), in a stable order that breaks ties.
 * - `history`: entries in the order the commands were applied. An entry's position, not its `at`, is what
 *   "longer ago" means, so clocks that disagree cannot reorder turns.
 *   - 'assigned' / 'written': a TURN. A meeting has at most one of these (its active entry). 'assigned'
 *     becomes 'written' in place, so a late referat does not move the writer's turn.
 *   - 'skipped': a record that the member passed this meeting; it is not a turn, so the member keeps
 *     their place in the queue. Skip records are never removed.
 *   An 'assigned' entry that is handed to somebody else (volunteer, swap, someone else wrote it,
 *   the member will not come, the member left the group) is removed: it never became a turn.
 *
 * Fairness: the next writer is the eligible member whose last turn is oldest (never = oldest), ties by
 * `order`. Absent members are left out for that meeting only; since nothing is recorded for them, they keep
 * their place and are first in line next time. See `ranking`.
 *
 * Skip rule: a member may not skip with the same reason twice in a row. "In a row" means the member's own
 * previous resolved entry (their last 'written' or 'skipped' entry, any meeting) is a skip with that
 * reason. Pending assignments do not break the row; writing a referat does. Swapping counts as a skip with
 * the reason 'bytte', so nobody can swap twice in a row either. Not coming to the meeting is not a skip:
 * use the `absent` option or `release`.
 */
exports.SKIP_REASONS = ['fravaer', 'sykdom', 'skrev-sist', 'annet', 'bytte'];
exports.SKIP_REASON_INFO = {
    fravaer: { label: { nb: 'Borte når referatet skal skrives', en: 'Away when the minutes are due' }, userSelectable: true },
    sykdom: { label: { nb: 'Syk', en: 'Ill' }, userSelectable: true },
    'skrev-sist': { label: { nb: 'Skrev referatet sist', en: 'Wrote the minutes last time' }, userSelectable: true },
    annet: { label: { nb: 'Annen grunn', en: 'Other reason' }, userSelectable: true },
    bytte: { label: { nb: 'Byttet med nestemann', en: 'Swapped with the next in line' }, userSelectable: false },
};
/** The reasons a person can pick on the card ('bytte' is only written by swap). */
exports.USER_SKIP_REASONS = exports.SKIP_REASONS.filter((r) => exports.SKIP_REASON_INFO[r].userSelectable);
exports.MAX_ROTATION_MEMBERS = 100;
exports.MAX_ROTATION_HISTORY = 10_000;
const idSchema = zod_1.z.string().min(1).max(200);
const atSchema = zod_1.z
    .string()
    .max(40)
    .refine((s) => Number.isFinite(Date.parse(s)));
exports.rotationEntrySchema = zod_1.z
    .object({
    meetingId: idSchema,
    writer: idSchema,
    at: atSchema,
    status: zod_1.z.enum(['assigned', 'written', 'skipped']),
    reason: zod_1.z.enum(exports.SKIP_REASONS).optional(),
})
    .strict()
    .refine((e) => (e.status === 'skipped') === (e.reason !== undefined), { message: 'reason belongs to skipped entries' });
exports.rotationStateSchema = zod_1.z
    .object({
    version: zod_1.z.literal(1),
    order: zod_1.z.array(idSchema).max(exports.MAX_ROTATION_MEMBERS),
    history: zod_1.z.array(exports.rotationEntrySchema).max(exports.MAX_ROTATION_HISTORY),
})
    // Stored next to other document fields (id, pk, _etag): keep them.
    .passthrough()
    .superRefine((s, ctx) => {
    if (new Set(s.order).size !== s.order.length)
        ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, message: 'duplicate member' });
    const active = new Set();
    for (const e of s.history) {
        if (e.status === 'skipped')
            continue;
        if (active.has(e.meetingId))
            ctx.addIssue({ code: zod_1.z.ZodIssueCode.custom, message: 'two writers for one meeting' });
        active.add(e.meetingId);
    }
});
const ERROR_TEXT = {
    'invalid-state': {
        nb: 'Oversikten over referatskrivere er skadet. Be en administrator se på saken.',
        en: 'The list of minute-takers is damaged. Ask an administrator to look at it.',
    },
    'invalid-id': { nb: 'Ukjent møte eller person.', en: 'Unknown meeting or person.' },
    'invalid-at': { nb: 'Tidspunktet mangler eller er ugyldig.', en: 'The time is missing or invalid.' },
    'not-member': {
        nb: 'Personen er ikke med i gruppa som skriver referat.',
        en: 'This person is not in the group that takes turns writing minutes.',
    },
    'not-professional': {
        nb: 'Bare fagpersoner skriver referat. Foresatte og barnet skal aldri få den oppgaven.',
        en: 'Only professionals write the minutes. Parents and the child are never given this task.',
    },
    'already-assigned': {
        nb: 'Noen andre skal allerede skrive referat fra dette møtet.',
        en: 'Someone else is already writing the minutes for this meeting.',
    },
    'already-written': {
        nb: 'Referatet fra dette møtet er allerede skrevet.',
        en: 'The minutes for this meeting have already been written.',
    },
    'already-skipped': {
        nb: 'Du har allerede meldt at du står over dette møtet.',
        en: 'You have already said you are passing on this meeting.',
    },
    'skipped-this-meeting': {
        nb: 'Denne personen har sagt fra seg referatet fra dette møtet. Vil de likevel, kan de melde seg selv.',
        en: 'This person has passed on the minutes for this meeting. If they want it after all, they can volunteer.',
    },
    'not-assigned': {
        nb: 'Du står ikke som referatskriver for dette møtet.',
        en: 'You are not the minute-taker for this meeting.',
    },
    'invalid-reason': { nb: 'Velg en av grunnene i lista.', en: 'Choose one of the reasons in the list.' },
    'same-reason-twice': {
        nb: 'Du sto over forrige gang av samme grunn. Velg en annen grunn, eller snakk med koordinator.',
        en: 'You passed last time for the same reason. Choose another reason, or talk to the coordinator.',
    },
    'reason-not-valid': {
        nb: 'Det var noen andre som skrev referatet sist, så den grunnen passer ikke.',
        en: 'Someone else wrote the minutes last time, so that reason does not fit.',
    },
    'no-candidate': {
        nb: 'Det er ingen fagperson som kan skrive referatet denne gangen. Koordinator må avtale det med gruppa.',
        en: 'There is no professional who can write the minutes this time. The coordinator must agree it with the group.',
    },
    'too-many-members': {
        nb: `Gruppa kan ha høyst ${exports.MAX_ROTATION_MEMBERS} medlemmer.`,
        en: `The group can have at most ${exports.MAX_ROTATION_MEMBERS} members.`,
    },
    'history-full': {
        nb: 'Historikken er full. Be en administrator rydde.',
        en: 'The history is full. Ask an administrator to tidy it.',
    },
};
function fail(code, ids = {}) {
    const t = ERROR_TEXT[code];
    return { ok: false, error: { code, messageNb: t.nb, messageEn: t.en, ...ids } };
}
const unchanged = (state) => ({ ok: true, state: state, changed: false });
const changedTo = (s, history, order = s.order) => history.length > exports.MAX_ROTATION_HISTORY ? fail('history-full') : { ok: true, state: { ...s, order, history }, changed: true };
function parseState(state) {
    const r = exports.rotationStateSchema.safeParse(state);
    return r.success ? r.data : undefined;
}
const validId = (id) => idSchema.safeParse(id).success;
function isProfessional(guard, id) {
    if (!guard)
        return true;
    if (typeof guard === 'function') {
        try {
            return guard(id) === true;
        }
        catch {
            return false;
        }
    }
    return Object.prototype.hasOwnProperty.call(guard, id) && guard[id] === 'professional';
}
const isTurn = (e) => e.status === 'assigned' || e.status === 'written';
const activeIndex = (h, meetingId) => h.findIndex((e) => e.meetingId === meetingId && isTurn(e));
/** Position of the member's most recent turn, -1 when they never had one. */
function lastTurn(h, member) {
    for (let i = h.length - 1; i >= 0; i--) {
        const e = h[i];
        if (e.writer === member && isTurn(e))
            return i;
    }
    return -1;
}
function lastResolved(h, member) {
    for (let i = h.length - 1; i >= 0; i--) {
        const e = h[i];
        if (e.writer === member && e.status !== 'assigned')
            return e;
    }
    return undefined;
}
function lastEntryFor(h, meetingId, member) {
    for (let i = h.length - 1; i >= 0; i--) {
        const e = h[i];
        if (e.writer === member && e.meetingId === meetingId)
            return e;
    }
    return undefined;
}
const skippedFor = (h, meetingId) => new Set(h.filter((e) => e.meetingId === meetingId && e.status === 'skipped').map((e) => e.writer));
function checkCtx(ctx) {
    if (!ctx || !atSchema.safeParse(ctx.at).success)
        return fail('invalid-at');
    return undefined;
}
/** A new, empty rotation. Members the guard does not accept as professionals are left out. */
function createRotation(memberIds, opts = {}) {
    const order = [...new Set(memberIds.filter((id) => validId(id) && isProfessional(opts.guard, id)))].slice(0, exports.MAX_ROTATION_MEMBERS);
    return { version: 1, order, history: [] };
}
/**
 * The queue: eligible members, first in line first. Ordered by the position of their last turn (never had
 * one = first), ties by `order`. Leaving someone out never changes how the others are ordered.
 */
function ranking(state, opts = {}) {
    const s = parseState(state);
    if (!s)
        return [];
    const out = new Set([...(opts.absent ?? []), ...(opts.excluded ?? [])]);
    if (opts.meetingId !== undefined)
        for (const id of skippedFor(s.history, opts.meetingId))
            out.add(id);
    return s.order
        .map((id, i) => ({ id, i, last: lastTurn(s.history, id) }))
        .filter((m) => !out.has(m.id) && isProfessional(opts.guard, m.id))
        .sort((a, b) => a.last - b.last || a.i - b.i)
        .map((m) => m.id);
}
/**
 * Who should write the referat. For a meeting that already has a writer, that writer (so a re-delivered
 * "choose writer" gives the same answer). Otherwise the first in `ranking`, leaving out the absent, the
 * excluded, members who skipped this meeting and anyone the guard does not accept.
 */
function nextWriter(state, opts = {}) {
    const s = parseState(state);
    if (!s)
        return fail('invalid-state');
    if (opts.meetingId !== undefined) {
        if (!validId(opts.meetingId))
            return fail('invalid-id');
        const i = activeIndex(s.history, opts.meetingId);
        const e = s.history[i];
        if (e)
            return { ok: true, writer: e.writer, why: e.status === 'written' ? 'already-written' : 'already-assigned' };
    }
    const first = ranking(s, opts)[0];
    return first === undefined ? fail('no-candidate', { meetingId: opts.meetingId }) : { ok: true, writer: first, why: 'in-turn' };
}
function memberCheck(s, memberId, guard) {
    if (!validId(memberId))
        return fail('invalid-id');
    if (!s.order.includes(memberId))
        return fail('not-member', { memberId });
    if (!isProfessional(guard, memberId))
        return fail('not-professional', { memberId });
    return undefined;
}
function prelude(state, meetingId, memberId, ctx, needsProfessional) {
    const s = parseState(state);
    if (!s)
        return fail('invalid-state');
    if (!validId(meetingId))
        return fail('invalid-id');
    const bad = checkCtx(ctx) ?? memberCheck(s, memberId, needsProfessional ? ctx?.guard : undefined);
    if (bad && !bad.ok)
        return bad;
    return { s, meetingId, memberId: memberId };
}
const entry = (meetingId, writer, at, status, reason) => reason ? { meetingId, writer, at, status, reason } : { meetingId, writer, at, status };
/** The coordinator (or the bot) gives the referat of a meeting to a member. */
function assign(state, meetingId, writer, ctx) {
    const p = prelude(state, meetingId, writer, ctx, true);
    if ('ok' in p)
        return p;
    const { s } = p;
    const i = activeIndex(s.history, meetingId);
    const active = s.history[i];
    if (active) {
        if (active.writer === writer)
            return unchanged(state);
        return fail(active.status === 'written' ? 'already-written' : 'already-assigned', { meetingId, memberId: active.writer });
    }
    if (skippedFor(s.history, meetingId).has(writer))
        return fail('skipped-this-meeting', { meetingId, memberId: writer });
    return changedTo(s, [...s.history, entry(meetingId, writer, ctx.at, 'assigned')]);
}
/** A member offers to write. Takes over a pending assignment (whose holder keeps their place). */
function volunteer(state, meetingId, memberId, ctx) {
    const p = prelude(state, meetingId, memberId, ctx, true);
    if ('ok' in p)
        return p;
    const { s } = p;
    const i = activeIndex(s.history, meetingId);
    const active = s.history[i];
    if (active?.writer === memberId)
        return unchanged(state);
    if (active?.status === 'written')
        return fail('already-written', { meetingId, memberId: active.writer });
    const history = s.history.filter((_, j) => j !== i);
    return changedTo(s, [...history, entry(meetingId, memberId, ctx.at, 'assigned')]);
}
/**
 * The assigned member swaps with the next in line: that person writes this time, and the member, who keeps
 * their place, is first in line next time. Recorded as a skip with reason 'bytte'. Needs the member id
 * so a re-delivered swap is recognised and does not swap back.
 */
function swap(state, meetingId, memberId, ctx) {
    const p = prelude(state, meetingId, memberId, ctx, false);
    if ('ok' in p)
        return p;
    const { s } = p;
    const i = activeIndex(s.history, meetingId);
    const active = s.history[i];
    if (!active || active.writer !== memberId) {
        const last = lastEntryFor(s.history, meetingId, memberId);
        if (last?.status === 'skipped' && last.reason === 'bytte')
            return unchanged(state);
        if (active?.status === 'written')
            return fail('already-written', { meetingId, memberId: active.writer });
        return fail('not-assigned', { meetingId, memberId });
    }
    if (active.status === 'written')
        return fail('already-written', { meetingId, memberId });
    const prev = lastResolved(s.history, memberId);
    if (prev?.status === 'skipped' && prev.reason === 'bytte')
        return fail('same-reason-twice', { meetingId, memberId });
    const next = ranking(s, { ...ctx, meetingId, excluded: [...(ctx.excluded ?? []), memberId] })[0];
    if (next === undefined)
        return fail('no-candidate', { meetingId });
    const history = s.history.filter((_, j) => j !== i);
    return changedTo(s, [
        ...history,
        entry(meetingId, memberId, ctx.at, 'skipped', 'bytte'),
        entry(meetingId, next, ctx.at, 'assigned'),
    ]);
}
/**
 * A member passes on writing the referat of a meeting, with a reason from USER_SKIP_REASONS. They keep
 * their place. Works before or after they were assigned. The meeting is then without a writer: call
 * nextWriter with the meeting id and assign.
 */
function skip(state, meetingId, memberId, reason, ctx) {
    const p = prelude(state, meetingId, memberId, ctx, false);
    if ('ok' in p)
        return p;
    const { s } = p;
    if (typeof reason !== 'string' || !exports.USER_SKIP_REASONS.includes(reason))
        return fail('invalid-reason');
    const i = activeIndex(s.history, meetingId);
    const active = s.history[i];
    const mine = active?.writer === memberId;
    if (mine && active.status === 'written')
        return fail('already-written', { meetingId, memberId });
    if (!mine) {
        const last = lastEntryFor(s.history, meetingId, memberId);
        if (last?.status === 'skipped')
            return last.reason === reason ? unchanged(state) : fail('already-skipped', { meetingId, memberId });
    }
    const prev = lastResolved(s.history, memberId);
    if (prev?.status === 'skipped' && prev.reason === reason)
        return fail('same-reason-twice', { meetingId, memberId });
    if (reason === 'skrev-sist') {
        // "I wrote last time" is only true when the most recent turn of another meeting is this member's.
        const latest = [...s.history].reverse().find((e) => isTurn(e) && e.meetingId !== meetingId);
        if (latest?.writer !== memberId)
            return fail('reason-not-valid', { meetingId, memberId });
    }
    const history = mine ? s.history.filter((_, j) => j !== i) : s.history;
    return changedTo(s, [...history, entry(meetingId, memberId, ctx.at, 'skipped', reason)]);
}
/**
 * The member will not come to the meeting ("kommer ikke"): their pending assignment is withdrawn and they
 * keep their place, exactly as if they had been `absent` when the writer was chosen. No skip is recorded.
 */
function release(state, meetingId, memberId, ctx) {
    const p = prelude(state, meetingId, memberId, ctx, false);
    if ('ok' in p)
        return p;
    const { s } = p;
    const i = activeIndex(s.history, meetingId);
    const active = s.history[i];
    if (!active || active.writer !== memberId)
        return unchanged(state);
    if (active.status === 'written')
        return fail('already-written', { meetingId, memberId });
    return changedTo(s, s.history.filter((_, j) => j !== i));
}
/**
 * The meeting is cancelled: its pending assignment is withdrawn, so the writer keeps their place (a meeting that
 * never takes place is nobody's turn). A referat already marked written stays a turn; skip records stay too.
 * Withdrawing again, or from a meeting without a writer, changes nothing.
 */
function withdraw(state, meetingId) {
    const s = parseState(state);
    if (!s)
        return fail('invalid-state');
    if (!validId(meetingId))
        return fail('invalid-id');
    const i = activeIndex(s.history, meetingId);
    const active = s.history[i];
    if (!active || active.status === 'written')
        return unchanged(state);
    return changedTo(s, s.history.filter((_, j) => j !== i));
}
/**
 * The referat is written. Normally by the assigned member; if somebody else wrote it, they get the turn
 * and the assigned member keeps their place.
 */
function markWritten(state, meetingId, memberId, ctx) {
    const p = prelude(state, meetingId, memberId, ctx, true);
    if ('ok' in p)
        return p;
    const { s } = p;
    const i = activeIndex(s.history, meetingId);
    const active = s.history[i];
    if (active?.writer === memberId) {
        if (active.status === 'written')
            return unchanged(state);
        return changedTo(s, s.history.map((e, j) => (j === i ? entry(meetingId, memberId, ctx.at, 'written') : e)));
    }
    if (active?.status === 'written')
        return fail('already-written', { meetingId, memberId: active.writer });
    const history = s.history.filter((_, j) => j !== i);
    return changedTo(s, [...history, entry(meetingId, memberId, ctx.at, 'written')]);
}
/** Adds a professional at the end of the order. Never having written, they are first in line. */
function addMember(state, memberId, opts = {}) {
    const s = parseState(state);
    if (!s)
        return fail('invalid-state');
    if (!validId(memberId))
        return fail('invalid-id');
    if (!isProfessional(opts.guard, memberId))
        return fail('not-professional', { memberId });
    if (s.order.includes(memberId))
        return unchanged(state);
    if (s.order.length >= exports.MAX_ROTATION_MEMBERS)
        return fail('too-many-members');
    return changedTo(s, s.history, [...s.order, memberId]);
}
/**
 * Removes a member. Their pending assignments are withdrawn (those meetings need a new writer); what they
 * wrote or skipped stays in the history, so coming back later does not put them first in line.
 */
function removeMember(state, memberId) {
    const s = parseState(state);
    if (!s)
        return fail('invalid-state');
    if (!validId(memberId))
        return fail('invalid-id');
    const history = s.history.filter((e) => !(e.writer === memberId && e.status === 'assigned'));
    if (!s.order.includes(memberId) && history.length === s.history.length)
        return unchanged(state);
    return changedTo(s, history, s.order.filter((id) => id !== memberId));
}
/** Where the referat of one meeting stands. */
function referatStatus(state, meetingId) {
    const s = parseState(state);
    if (!s)
        return { status: 'unassigned', skippedBy: [] };
    const skippedBy = [...skippedFor(s.history, meetingId)];
    const active = s.history[activeIndex(s.history, meetingId)];
    return active ? { status: active.status, writer: active.writer, skippedBy } : { status: 'unassigned', skippedBy };
}
/** How many referater each current member has written. */
function writtenCounts(state) {
    const s = parseState(state);
    const counts = new Map();
    if (!s)
        return {};
    for (const id of s.order)
        counts.set(id, 0);
    for (const e of s.history) {
        const n = counts.get(e.writer);
        if (e.status === 'written' && n !== undefined)
            counts.set(e.writer, n + 1);
    }
    return Object.fromEntries(counts);
}
//# sourceMappingURL=referat.js.map