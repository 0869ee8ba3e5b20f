"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TURN_SLOT_KEY = exports.TURN_LOCALE_KEY = void 0;
exports.turnLocale = turnLocale;
exports.teamsLocale = teamsLocale;
exports.actorId = actorId;
exports.replyWithCard = replyWithCard;
exports.ownerScope = ownerScope;
exports.rememberConversation = rememberConversation;
exports.releaseTurnSlot = releaseTurnSlot;
const botbuilder_1 = require("botbuilder");
const i18n_1 = require("../i18n");
/** Where the turn's decided reply language is kept (see decideTurnLocale in ./language). */
exports.TURN_LOCALE_KEY = Symbol('turnLocale');
/**
 * The language to answer this turn in: the one decided for the turn (the person's choice, or the language
 * they wrote in), else Teams' client language.
 */
function turnLocale(context, fallback) {
    return context.turnState.get(exports.TURN_LOCALE_KEY) ?? teamsLocale(context, fallback);
}
/** Teams' client language: on the activity, or in its clientInfo entity (some activities carry only that). */
function teamsLocale(context, fallback) {
    const a = context.activity;
    // Activities are input: any field may be missing or of the wrong type.
    const entities = Array.isArray(a.entities) ? a.entities : [];
    const clientInfo = entities.find((e) => !!e && typeof e === 'object' && e.type === 'clientInfo');
    const fromEntity = typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined;
    return (0, i18n_1.localeFrom)(typeof a.locale === 'string' ? a.locale : fromEntity, fallback);
}
/** The acting user's Entra object id; card actions are authorised on this, never on display names. */
function actorId(context) {
    return context.activity.from?.aadObjectId ?? undefined;
}
async function replyWithCard(context, card) {
    const response = await context.sendActivity({ attachments: [botbuilder_1.CardFactory.adaptiveCard(card)] });
    return response?.id;
}
/** The owning scope of a case: the team when in a channel, otherwise the chat. Used as the partition key. */
function ownerScope(context) {
    const channelData = context.activity.channelData;
    const teamId = channelData?.team?.id;
    return teamId ? `team:${teamId}` : `conv:${context.activity.conversation.id}`;
}
/** Remembers where this conversation is, so reminders can be sent to it later. */
async function rememberConversation(context, conversations, locale, now) {
    await conversations.save(botbuilder_1.TurnContext.getConversationReference(context.activity), ownerScope(context), locale, now);
}
/** Where the server leaves the turn's place in the turn limiter (src/turnLimiter.ts). */
exports.TURN_SLOT_KEY = Symbol('turnSlot');
/** Gives up this turn's place in the turn limiter: call only when the rest of the turn does no store work of its own. */
function releaseTurnSlot(context) {
    context.turnState.get(exports.TURN_SLOT_KEY)?.release();
}
//# sourceMappingURL=turn.js.map