"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.decideDataSchema = exports.navDataSchema = exports.VERBS = void 0;
exports.buttonRows = buttonRows;
exports.contentFor = contentFor;
exports.tx = tx;
exports.sourceLine = sourceLine;
exports.phoneText = phoneText;
exports.contactRows = contactRows;
exports.barnevernvaktaShort = barnevernvaktaShort;
exports.toolView = toolView;
exports.popularTools = popularTools;
const zod_1 = require("zod");
const i18n_1 = require("../../i18n");
const guidance_1 = require("../../content/guidance");
/** Card verbs of the guidance job. Every card is stateless: the button data says where to go. */
exports.VERBS = {
    nav: 'guidance.nav',
    meldeplikt: 'guidance.meldeplikt',
    decide: 'guidance.decide',
    attention: 'guidance.attention',
};
/**
 * Buttons in short rows (an ActionSet each): Teams on a phone truncates a row of four buttons to "J…",
 * so related buttons share a row of at most two or three and the rest go below.
 */
function buttonRows(...groups) {
    return groups.filter((g) => g.length > 0).map((g) => ({ buttons: g.map((b) => ({ ...b, style: b.style ?? 'default' })) }));
}
exports.navDataSchema = zod_1.z.object({ level: zod_1.z.number().int().min(0).max(2), step: zod_1.z.number().int().min(0).max(20) });
exports.decideDataSchema = zod_1.z.union([
    zod_1.z.object({ node: zod_1.z.string().regex(/^[a-z0-9-]{1,60}$/), answer: zod_1.z.enum(['yes', 'no']), n: zod_1.z.number().int().min(1).max(50).optional() }),
    zod_1.z.object({}).strict(),
]);
function contentFor(deps) {
    return (0, guidance_1.getGuidanceContent)(deps.config.profile);
}
function tx(text, locale) {
    return text[locale];
}
function sourceLine(source, locale) {
    return source.label[locale];
}
/** Phone numbers are written with spaces ("95 19 52 40"); non-breaking ones keep a number on one line on phones. */
function phoneText(phone) {
    return phone.replace(/ /g, '\u00a0');
}
/**
 * Who to call, from the profile. A number is shown only when the profile has one: a municipality without
 * a registered barnevernvakt number gets "kommunens barnevernvakt" and the profile's own advice, never a guess.
 */
function contactRows(content, ids, locale) {
    const rows = [];
    for (const id of ids) {
        const c = content.contacts.find((x) => x.id === id);
        if (!c)
            continue;
        const name = id === 'barnevernvakta' && !c.phone ? (0, i18n_1.t)(locale, 'guidance.contact.bvvFallback') : c.name[locale];
        let detail;
        if (c.phone)
            detail = [`**${phoneText(c.phone)}**`, c.hours?.[locale]].filter(Boolean).join(' · ');
        else if (c.link)
            detail = `[${c.link.replace(/^https?:\/\//, '')}](${c.link})`;
        else if (c.email)
            detail = `[${c.email}](mailto:${c.email})`;
        else
            detail = c.description[locale];
        rows.push({ name, detail });
    }
    return rows;
}
/** "Barnevernvakta i Tromsø (95 19 52 40)" or "kommunens barnevernvakt" for the short emergency box. */
function barnevernvaktaShort(content, locale) {
    const c = content.contacts.find((x) => x.id === 'barnevernvakta');
    if (!c?.phone)
        return (0, i18n_1.t)(locale, 'guidance.contact.bvvFallback').toLowerCase();
    // Mid-sentence in English "Child welfare …" reads as a heading; the Norwegian name is a proper noun.
    const name = locale === 'en' ? c.name.en.charAt(0).toLowerCase() + c.name.en.slice(1) : c.name.nb;
    return `${name} (${phoneText(c.phone)})`;
}
function toolView(tool, content, locale) {
    const places = tool.placements.map((p) => (0, i18n_1.t)(locale, p.basis === 'source' ? 'guidance.tools.place' : 'guidance.tools.placeRelated', { level: p.level, step: p.stepIndex + 1 }));
    for (const routeId of tool.routeIds) {
        const route = content.specialRoutes.find((r) => r.id === routeId);
        if (route)
            places.push((0, i18n_1.t)(locale, 'guidance.tools.route', { route: route.title[locale].toLowerCase() }));
    }
    const hint = [tool.whereToFind?.[locale], content.missingLinkHint[locale]].filter(Boolean).join(' ');
    return {
        name: tool.name[locale],
        description: tool.description[locale],
        where: places.length > 0 ? (0, i18n_1.t)(locale, 'guidance.tools.where', { places: places.slice(0, 4).join('; ') }) : '',
        who: (0, i18n_1.t)(locale, 'guidance.tools.for', { who: tool.audience.map((a) => guidance_1.AUDIENCE_LABELS[a][locale]).join(', ') }),
        link: tool.link ?? '',
        openTitle: (0, i18n_1.t)(locale, 'guidance.tools.open', { name: tool.name[locale] }),
        noLink: tool.link ? '' : (0, i18n_1.t)(locale, 'guidance.tools.noLink', { hint }),
        source: tool.source.label[locale],
    };
}
/**
 * The tools people reach for most: the ones the source places on the most steps (source placements count
 * double), so the list follows the content instead of a hand-kept ranking.
 */
function popularTools(content, limit) {
    const weight = (tool) => tool.placements.reduce((n, p) => n + (p.basis === 'source' ? 2 : 1), 0);
    return [...content.tools]
        .filter((tool) => tool.kind === 'tool')
        .sort((a, b) => weight(b) - weight(a) || a.name.nb.localeCompare(b.name.nb, 'nb'))
        .slice(0, limit);
}
//# sourceMappingURL=common.js.map