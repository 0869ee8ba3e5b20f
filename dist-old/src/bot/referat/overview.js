"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.nextWriterName = nextWriterName;
exports.referatOverviewCard = referatOverviewCard;
exports.loadCaseViews = loadCaseViews;
exports.sendReferatOverview = sendReferatOverview;
const render_1 = require("../../cards/render");
const i18n_1 = require("../../i18n");
const meetings_1 = require("../../domain/meetings");
const turn_1 = require("../turn");
const common_1 = require("../meetings/common");
const rotation_1 = require("./rotation");
/**
 * Who writes the next referat: the writer already given the next meeting that has not ended (and is not
 * cancelled), as the invitation shows; when that meeting has none, or there is no such meeting, the first in
 * line in the rotation.
 */
function nextWriterName(v, now) {
    if (!v.rotation)
        return undefined;
    const upcoming = v.meetings
        .filter((m) => m.status !== 'cancelled' && Date.parse(m.endUtc) > now.getTime())
        .sort((a, b) => a.startUtc.localeCompare(b.startUtc))[0];
    const assigned = upcoming ? (0, rotation_1.currentWriter)(v.rotation, upcoming.meetingId) : undefined;
    const writer = assigned?.writer && !assigned.written ? assigned.writer : undefined;
    const id = writer ?? nextInLine(v);
    if (id === undefined)
        return undefined;
    return v.caseDoc.members.find((m) => m.aadObjectId === id)?.name ?? upcoming?.people.find((p) => p.aadObjectId === id)?.name ?? '—';
}
function nextInLine(v) {
    if (!v.rotation)
        return undefined;
    const next = (0, meetings_1.nextWriter)((0, rotation_1.withMembers)(v.rotation, v.caseDoc), { guard: (0, rotation_1.roleGuard)(v.caseDoc) });
    return next.ok ? next.writer : undefined;
}
function referatOverviewCard(locale, views, now) {
    const cases = views
        .filter((v) => v.rotation)
        .map((v) => {
        const name = nextWriterName(v, now);
        const byId = new Map(v.meetings.map((m) => [m.meetingId, m]));
        const history = [...(v.rotation?.history ?? [])].reverse().slice(0, 10).map((e) => {
            const m = byId.get(e.meetingId);
            return {
                text: (0, i18n_1.t)(locale, `meetings.referat.entry.${e.status}`, {
                    // Without the meeting (an older one no longer stored), the day of the entry, in the same words.
                    date: (0, meetings_1.formatOslo)(m ? m.startUtc : e.at, locale, 'date'),
                    name: v.caseDoc.members.find((x) => x.aadObjectId === e.writer)?.name ?? '—',
                    type: m ? (0, common_1.typeName)(m.meetingType, locale) : '—',
                    reason: e.reason ? meetings_1.SKIP_REASON_INFO[e.reason].label[locale] : '',
                }),
            };
        });
        return {
            ref: v.caseDoc.ref,
            next: name ? (0, i18n_1.t)(locale, 'meetings.referat.next', { name }) : (0, i18n_1.t)(locale, 'meetings.referat.nextNone'),
            historyTitle: (0, i18n_1.t)(locale, 'meetings.referat.history'),
            history: history.length ? history : [{ text: (0, i18n_1.t)(locale, 'meetings.referat.noHistory') }],
        };
    });
    return (0, render_1.renderCard)('referat-overview', {
        title: (0, i18n_1.t)(locale, 'meetings.referat.title'),
        note: (0, i18n_1.t)(locale, 'meetings.referat.note'),
        isEmpty: cases.length === 0,
        empty: (0, i18n_1.t)(locale, 'meetings.referat.empty'),
        cases,
    });
}
async function loadCaseViews(ctx, owner) {
    const cases = (await ctx.cases.list(owner)).filter((c) => c.status !== 'closed');
    const all = await ctx.meetings.list(owner);
    return Promise.all(cases.map(async (caseDoc) => ({ caseDoc, rotation: await ctx.referat.get(owner, caseDoc.ref), meetings: all.filter((m) => m.caseRef === caseDoc.ref) })));
}
async function sendReferatOverview(context, ctx, locale) {
    await (0, turn_1.replyWithCard)(context, referatOverviewCard(locale, await loadCaseViews(ctx, (0, turn_1.ownerScope)(context)), ctx.deps.now()));
}
//# sourceMappingURL=overview.js.map