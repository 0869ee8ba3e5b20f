"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.roleGuard = roleGuard;
exports.withMembers = withMembers;
exports.settleWriter = settleWriter;
exports.currentWriter = currentWriter;
exports.rotationMutation = rotationMutation;
const meetings_1 = require("../../domain/meetings");
/**
 * Glue between the stored rotation document and the pure rotation rules: who counts as a professional, and
 * settling the writer of a meeting. Everything here is pure so it can run inside updateDoc's retry loop.
 */
/** Role map for the domain guard: professionals and leaders write, family never (missing = not a professional). */
function roleGuard(caseDoc) {
    const out = {};
    for (const m of caseDoc.members)
        out[m.aadObjectId] = m.role === 'family' ? 'family' : 'professional';
    return out;
}
/** Adds the case's professionals that the rotation does not know yet (new members join at the end). */
function withMembers(state, caseDoc) {
    const guard = roleGuard(caseDoc);
    let s = state;
    for (const m of caseDoc.members) {
        if (m.role === 'family')
            continue;
        const r = (0, meetings_1.addMember)(s, m.aadObjectId, { guard });
        if (r.ok)
            s = r.state;
    }
    return s;
}
/**
 * Makes sure the meeting has a writer: keeps the current one, else picks the next in line among the invited
 * professionals who have not said "kommer ikke". No candidate leaves the meeting without a writer.
 */
function settleWriter(state, meeting, caseDoc, absent, at) {
    const guard = roleGuard(caseDoc);
    const invited = new Set(meeting.invitees);
    const excluded = state.order.filter((id) => !invited.has(id));
    const next = (0, meetings_1.nextWriter)(state, { meetingId: meeting.meetingId, absent, excluded, guard });
    if (!next.ok || next.why !== 'in-turn')
        return state;
    const r = (0, meetings_1.assign)(state, meeting.meetingId, next.writer, { at, guard });
    return r.ok ? r.state : state;
}
function currentWriter(state, meetingId) {
    if (!state)
        return { written: false };
    const s = (0, meetings_1.referatStatus)(state, meetingId);
    return s.status === 'unassigned' ? { written: false } : { writer: s.writer, written: s.status === 'written' };
}
/** Applies domain steps to the stored document and turns the outcome into an updateDoc mutation. */
function rotationMutation(doc, step) {
    const r = step(doc);
    if (!r.ok)
        return { kind: 'unchanged', result: { ok: false, error: r.error } };
    const same = JSON.stringify({ o: doc.order, h: doc.history }) === JSON.stringify({ o: r.state.order, h: r.state.history });
    if (same)
        return { kind: 'unchanged', result: { ok: true } };
    return { kind: 'write', doc: { ...doc, order: r.state.order, history: r.state.history }, result: { ok: true } };
}
//# sourceMappingURL=rotation.js.map