"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.withCardLocale = withCardLocale;
exports.stampActivity = stampActivity;
exports.stampCardsWithLocale = stampCardsWithLocale;
const botbuilder_1 = require("botbuilder");
const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';
/**
 * Puts the language a card was written in into the data of each of its Action.Execute buttons, unless the
 * template set one. A press carries no words of its own, and Teams' client language is often English for
 * Norwegian staff: without this, a Norwegian form submitted from an English Teams came back in English.
 * decideTurnLocale (./language) reads it back. Returns a copy; the card given is not changed, since one
 * rendered card may be sent to several people.
 */
function withCardLocale(card, locale) {
    if (Array.isArray(card))
        return card.map((item) => withCardLocale(item, locale));
    if (!card || typeof card !== 'object')
        return card;
    const out = {};
    for (const [key, value] of Object.entries(card))
        out[key] = withCardLocale(value, locale);
    if (out.type === 'Action.Execute') {
        const data = out.data;
        if (data === undefined)
            out.data = { locale };
        // Only an object can carry it; a button whose data is a string or a list is left as its template made it.
        else if (data && typeof data === 'object' && !Array.isArray(data) && !('locale' in data))
            out.data = { ...data, locale };
    }
    return out;
}
/** The same for every Adaptive Card an outgoing activity carries: as attachments, or as a card-action answer. */
function stampActivity(activity, locale) {
    let result = activity;
    if (Array.isArray(activity.attachments) && activity.attachments.some((a) => a?.contentType === ADAPTIVE)) {
        result = { ...result, attachments: activity.attachments.map((a) => (a?.contentType === ADAPTIVE ? { ...a, content: withCardLocale(a.content, locale) } : a)) };
    }
    if (activity.type === botbuilder_1.ActivityTypes.InvokeResponse) {
        const body = activity.value?.body;
        if (body && body.type === ADAPTIVE && body.value) {
            result = { ...result, value: { ...activity.value, body: { ...body, value: withCardLocale(body.value, locale) } } };
        }
    }
    return result;
}
/** Every card this turn sends or updates carries the turn's reply language in its buttons. */
function stampCardsWithLocale(context, locale) {
    context.onSendActivities(async (ctx, activities, next) => {
        const l = locale();
        activities.splice(0, activities.length, ...activities.map((a) => stampActivity(a, l)));
        return next();
    });
    context.onUpdateActivity(async (ctx, activity, next) => {
        Object.assign(activity, stampActivity(activity, locale()));
        return next();
    });
}
//# sourceMappingURL=cardLocale.js.map