"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.conversationPort = conversationPort;
exports.storedReference = storedReference;
exports.botbuilderReference = botbuilderReference;
exports.turnOf = turnOf;
exports.pressOf = pressOf;
const botbuilder_1 = require("botbuilder");
const cardActions_1 = require("../../bot/cardActions");
const turn_1 = require("../../bot/turn");
/** botbuilder + teams-ai → the action layer: a TurnContext seen as a Turn, a ConversationPort, a CardPress. */
function toActivity(message) {
    if (message.card) {
        const activity = botbuilder_1.MessageFactory.attachment(botbuilder_1.CardFactory.adaptiveCard(message.card));
        if (message.text)
            activity.text = message.text;
        return activity;
    }
    return botbuilder_1.MessageFactory.text(message.text);
}
/** The roster through the Bot Connector (the team's roster in a channel). Only people with an Entra id count. */
async function roster(context, max) {
    const members = [];
    let token;
    do {
        const page = await botbuilder_1.TeamsInfo.getPagedMembers(context, 100, token);
        for (const m of page.members ?? []) {
            if (m.aadObjectId)
                members.push({ id: m.id, aadObjectId: m.aadObjectId, name: m.name ?? m.aadObjectId });
        }
        token = page.continuationToken;
    } while (token && members.length < max);
    return members.slice(0, max);
}
function conversationPort(context) {
    return {
        async send(message) {
            const response = await context.sendActivity(toActivity(message));
            return response?.id;
        },
        async update(activityId, message) {
            const activity = toActivity(message);
            activity.id = activityId;
            await context.updateActivity(activity);
        },
        members: (max = 200) => roster(context, max),
    };
}
function storedReference(context) {
    const reference = botbuilder_1.TurnContext.getConversationReference(context.activity);
    return reference;
}
function botbuilderReference(reference) {
    // The stored JSON is the Bot Framework reference itself.
    return reference;
}
function turnOf(context, locale, log) {
    const a = context.activity;
    const channelData = a.channelData;
    return {
        ...conversationPort(context),
        actor: { id: a.from?.id ?? '', aadObjectId: a.from?.aadObjectId ?? undefined, name: a.from?.name ?? '' },
        place: {
            conversationId: a.conversation?.id ?? '',
            conversationType: a.conversation?.conversationType ?? 'personal',
            tenantId: channelData?.tenant?.id ?? a.conversation?.tenantId ?? undefined,
            teamId: channelData?.team?.id ?? undefined,
            owner: (0, turn_1.ownerScope)(context),
        },
        get locale() {
            return locale();
        },
        log,
        reference: () => storedReference(context),
        releaseStoreSlot: () => (0, turn_1.releaseTurnSlot)(context),
        setLocale: (next) => context.turnState.set(turn_1.TURN_LOCALE_KEY, next),
    };
}
function pressOf(context, locale, log) {
    const value = context.activity.value;
    const turn = turnOf(context, locale, log);
    // A getter would be lost by spreading: copy the port and fields explicitly.
    return Object.defineProperties({ ...turn, verb: typeof value?.action?.verb === 'string' ? value.action.verb : '', data: (0, cardActions_1.actionData)(context), cardMessageId: context.activity.replyToId ?? undefined, automatic: (0, cardActions_1.isAutomatic)(context) }, { locale: { get: locale, enumerable: true } });
}
//# sourceMappingURL=turn.js.map