"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.statusCard = statusCard;
exports.sendStatus = sendStatus;
const render_1 = require("../../cards/render");
const i18n_1 = require("../../i18n");
const meetings_1 = require("../../domain/meetings");
const turn_1 = require("../turn");
const overview_1 = require("../referat/overview");
const common_1 = require("./common");
/** `status` in the chat: per case the last and next meeting, the next referat writer, the coordinator, the nudge. */
function statusCard(locale, views, now) {
    const cases = views.map((v) => {
        const held = v.meetings.filter((m) => m.status !== 'cancelled');
        const last = held.filter((m) => Date.parse(m.startUtc) <= now.getTime()).sort((a, b) => b.startUtc.localeCompare(a.startUtc))[0];
        const next = held.filter((m) => Date.parse(m.startUtc) > now.getTime()).sort((a, b) => a.startUtc.localeCompare(b.startUtc))[0];
        const describe = (m) => (m ? `${(0, common_1.typeName)(m.meetingType, locale)}, ${(0, meetings_1.formatOsloRange)(m.startUtc, m.endUtc, locale)}` : (0, i18n_1.t)(locale, 'meetings.status.none'));
        const c = v.caseDoc.coordinator;
        return {
            ref: v.caseDoc.ref,
            facts: [
                { title: (0, i18n_1.t)(locale, 'meetings.status.last'), value: describe(last) },
                { title: (0, i18n_1.t)(locale, 'meetings.status.next'), value: describe(next) },
                { title: (0, i18n_1.t)(locale, 'meetings.status.writer'), value: (0, overview_1.nextWriterName)(v, now) ?? (0, i18n_1.t)(locale, 'meetings.status.none') },
                { title: (0, i18n_1.t)(locale, 'meetings.status.coordinator'), value: c ? (c.name ?? c.service) : (0, i18n_1.t)(locale, 'meetings.status.noCoordinator') },
            ],
            hasNudge: (0, meetings_1.needsMeetingNudge)(v.meetings, now, { caseCreatedAt: v.caseDoc.createdAt }),
            nudge: (0, i18n_1.t)(locale, 'meetings.status.nudge'),
        };
    });
    return (0, render_1.renderCard)('meeting-status', { title: (0, i18n_1.t)(locale, 'meetings.status.title'), isEmpty: cases.length === 0, empty: (0, i18n_1.t)(locale, 'meetings.status.empty'), cases });
}
async function sendStatus(context, ctx, locale) {
    await (0, turn_1.replyWithCard)(context, statusCard(locale, await (0, overview_1.loadCaseViews)(ctx, (0, turn_1.ownerScope)(context)), ctx.deps.now()));
}
//# sourceMappingURL=status.js.map