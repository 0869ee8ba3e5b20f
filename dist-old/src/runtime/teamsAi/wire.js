"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.answerPress = answerPress;
exports.runPress = runPress;
exports.toMessagingExtensionResult = toMessagingExtensionResult;
exports.wireRegistry = wireRegistry;
exports.proactivePort = proactivePort;
const botbuilder_1 = require("botbuilder");
const i18n_1 = require("../../i18n");
const cardResponses_1 = require("../../bot/cardResponses");
const turn_1 = require("./turn");
async function answerPress(context, answer) {
    if (answer.kind === 'card')
        await (0, cardResponses_1.respondWithCard)(context, answer.card, { updateShared: answer.updateShared ?? false });
    else
        await (0, cardResponses_1.respondWithMessage)(context, answer.text);
}
/** Parses the press's data with the action's schema, then runs it; a malformed press gets the action's own answer. */
async function runPress(action, press) {
    if (!action.input)
        return action.run(press.data, press);
    const parsed = action.input.safeParse(press.data);
    if (parsed.success)
        return action.run(parsed.data, press);
    press.log.warn('card.invalid_data', { verb: action.verb, issues: parsed.error.issues.length });
    return action.invalid ? action.invalid(press, parsed.error.issues) : { kind: 'message', text: (0, i18n_1.t)(press.locale, 'error.unknownAction') };
}
function toMessagingExtensionResult(result) {
    if (result.message !== undefined && result.items.length === 0)
        return { type: 'message', text: result.message };
    return {
        type: 'result',
        attachmentLayout: 'list',
        attachments: result.items.map((item) => ({ ...botbuilder_1.CardFactory.adaptiveCard(item.card), preview: botbuilder_1.CardFactory.thumbnailCard(item.preview.title, item.preview.text ?? '') })),
    };
}
function wireRegistry(opts) {
    const { app, router, registry } = opts;
    for (const command of registry.textCommands()) {
        router.add({
            name: command.name,
            priority: command.priority,
            matches: (text) => command.matches(text),
            handle: (context, _state, text) => command.run(text, (0, turn_1.turnOf)(context, () => opts.locale(context), opts.logger(context))),
        });
    }
    for (const action of registry.cardActions()) {
        app.adaptiveCards.actionExecute(action.verb, async (context) => {
            const press = (0, turn_1.pressOf)(context, () => opts.locale(context), opts.logger(context));
            await answerPress(context, await runPress(action, press));
            // Answered through answerPress; teams-ai's own reply is bypassed.
            return '';
        });
    }
    for (const search of registry.searchCommands()) {
        app.messageExtensions.query(search.commandId, async (context, _state, query) => {
            const raw = query.parameters?.query;
            const text = typeof raw === 'string' ? raw.slice(0, 200) : '';
            const result = await search.run({ text, count: query.count ?? 25, skip: query.skip ?? 0 }, (0, turn_1.turnOf)(context, () => opts.locale(context), opts.logger(context)));
            return toMessagingExtensionResult(result);
        });
    }
}
/** Proactive sends (reminders, the outbox) through botbuilder's continueConversation. */
function proactivePort(adapter, botAppId) {
    return {
        async continue(reference, work) {
            let result;
            let done = false;
            await adapter.continueConversationAsync(botAppId, (0, turn_1.botbuilderReference)(reference), async (context) => {
                result = await work((0, turn_1.conversationPort)(context));
                done = true;
            });
            if (!done)
                throw new Error('proactive turn did not run');
            return result;
        },
    };
}
//# sourceMappingURL=wire.js.map