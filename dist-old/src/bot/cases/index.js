"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.casesFeature = void 0;
exports.noticeCard = noticeCard;
exports.caseListCard = caseListCard;
exports.confirmCard = confirmCard;
const zod_1 = require("zod");
const i18n_1 = require("../../i18n");
const render_1 = require("../../cards/render");
const cases_1 = require("../../store/cases");
const router_1 = require("../router");
const types_1 = require("../../actions/types");
/** Listing, closing and deleting cases: the privacy controls a coordinator needs (see PRIVACY.md). */
const REF = String.raw `(bti-\d{4}-\d{4})`;
const LIST = /^(saker|mine saker|vis saker|cases|list cases|my cases)$/;
const DELETE = new RegExp(`^(?:slett sak|delete case)\\s+${REF}$`);
const CLOSE = new RegExp(`^(?:lukk sak|avslutt sak|close case)\\s+${REF}$`);
const confirmSchema = zod_1.z.object({ caseRef: zod_1.z.string().regex(cases_1.CASE_REF_PATTERN), confirm: zod_1.z.boolean() });
function noticeCard(text) {
    return (0, render_1.renderCard)('notice', { text });
}
function caseListCard(locale, cases) {
    return (0, render_1.renderCard)('case-list', {
        title: (0, i18n_1.t)(locale, 'cases.list.title'),
        empty: (0, i18n_1.t)(locale, 'cases.list.empty'),
        hint: (0, i18n_1.t)(locale, 'cases.list.hint'),
        cases: cases.map((c) => ({
            ref: c.ref,
            status: (0, i18n_1.t)(locale, `cases.status.${c.status}`),
            coordinator: c.coordinator ? (0, i18n_1.t)(locale, 'cases.list.coordinator', { service: c.coordinator.name ?? c.coordinator.service }) : (0, i18n_1.t)(locale, 'cases.list.noCoordinator'),
            members: (0, i18n_1.t)(locale, 'cases.list.members', { count: c.members.length }),
        })),
    });
}
function confirmCard(locale, kind, ref, retentionDays) {
    return (0, render_1.renderCard)('case-confirm', {
        title: (0, i18n_1.t)(locale, `cases.${kind}.title`, { ref }),
        text: (0, i18n_1.t)(locale, `cases.${kind}.text`, { days: retentionDays }),
        confirm: (0, i18n_1.t)(locale, `cases.${kind}.confirm`),
        cancel: (0, i18n_1.t)(locale, 'cases.cancel'),
        verb: `case.${kind}`,
        caseRef: ref,
    });
}
const casesFeature = (bot, deps) => {
    const repo = new cases_1.CaseRepository(deps.store, deps.logger);
    bot.jobs.text({
        name: 'cases.list',
        priority: 20,
        matches: (text) => LIST.test(text),
        run: async (_text, turn) => {
            await turn.send({ card: caseListCard(turn.locale, await repo.list(turn.place.owner)) });
        },
    });
    for (const [kind, pattern] of [['delete', DELETE], ['close', CLOSE]]) {
        bot.jobs.text({
            name: `cases.${kind}`,
            priority: 20,
            matches: (text) => pattern.test(text),
            run: async (text, turn) => {
                const ref = (pattern.exec((0, router_1.normalizeText)(text))?.[1] ?? '').toUpperCase();
                const found = await allowedCase(turn, repo, ref);
                if (found)
                    await turn.send({ card: confirmCard(turn.locale, kind, ref, deps.config.retentionDays) });
            },
        });
        bot.jobs.action({ verb: `case.${kind}`, input: confirmSchema, run: (input, press) => confirm(press, deps, repo, kind, input) });
    }
};
exports.casesFeature = casesFeature;
async function allowedCase(turn, repo, ref) {
    const doc = await repo.get(turn.place.owner, ref);
    if (!doc) {
        await turn.send({ text: (0, i18n_1.t)(turn.locale, 'cases.notFound', { ref }) });
        return undefined;
    }
    if (!(0, cases_1.mayAdministerCase)(doc, turn.actor.aadObjectId)) {
        await turn.send({ text: (0, i18n_1.t)(turn.locale, 'cases.notAllowed') });
        return undefined;
    }
    return doc;
}
async function confirm(press, deps, repo, kind, input) {
    const { locale, log } = press;
    const { caseRef } = input;
    const owner = press.place.owner;
    const doc = await repo.get(owner, caseRef);
    const notice = (text) => types_1.reply.card(noticeCard(text), { updateShared: true });
    if (!doc)
        return notice((0, i18n_1.t)(locale, 'cases.notFound', { ref: caseRef }));
    if (!(0, cases_1.mayAdministerCase)(doc, press.actor.aadObjectId))
        return types_1.reply.message((0, i18n_1.t)(locale, 'cases.notAllowed'));
    if (!input.confirm)
        return notice((0, i18n_1.t)(locale, 'cases.cancelled'));
    if (kind === 'delete') {
        const count = await repo.deleteCase(owner, caseRef);
        log.info('case.deleted', { caseRef, documents: count });
        return notice((0, i18n_1.t)(locale, 'cases.deleted', { ref: caseRef, count }));
    }
    const ttl = deps.config.retentionDays * 86_400;
    const now = deps.now();
    await repo.close(owner, caseRef, ttl, now);
    log.info('case.closed', { caseRef, retentionDays: deps.config.retentionDays });
    const date = new Date(now.getTime() + ttl * 1000).toISOString().slice(0, 10);
    return notice((0, i18n_1.t)(locale, 'cases.closed', { ref: caseRef, date }));
}
//# sourceMappingURL=index.js.map