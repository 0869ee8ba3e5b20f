"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.respondWithCard = respondWithCard;
exports.updateSharedCard = updateSharedCard;
exports.respondWithMessage = respondWithMessage;
const botbuilder_1 = require("botbuilder");
const cardActions_1 = require("./cardActions");
/**
 * Answers an Action.Execute ourselves instead of through teams-ai's response types, so we decide when the
 * shared message is updated: only when something changed and the press was a user's, never on an
 * automatic refresh (that would start a refresh loop for everybody who has the card open).
 */
async function respondWithCard(context, card, opts) {
    if (opts.updateShared && !(0, cardActions_1.isAutomatic)(context))
        await updateSharedCard(context, card);
    await sendInvoke(context, { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card });
}
/** Replaces the message the pressed card belongs to (the press's replyToId) with `card`, for everyone. */
async function updateSharedCard(context, card) {
    if (!context.activity.replyToId)
        return;
    const activity = botbuilder_1.MessageFactory.attachment(botbuilder_1.CardFactory.adaptiveCard(card));
    activity.id = context.activity.replyToId;
    await context.updateActivity(activity);
}
async function respondWithMessage(context, message) {
    await sendInvoke(context, { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: message });
}
async function sendInvoke(context, body) {
    const response = { status: 200, body };
    await context.sendActivity({ type: botbuilder_1.ActivityTypes.InvokeResponse, value: response });
}
//# sourceMappingURL=cardResponses.js.map