"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.avklaringFeature = void 0;
const turn_1 = require("../turn");
const common_1 = require("./common");
const intents_1 = require("./intents");
const outbox_1 = require("./outbox");
const form_1 = require("./form");
const meeting_1 = require("./meeting");
const rotation_1 = require("./rotation");
/**
 * "Hvem bør koordinere?": form → recommendation → shared avklaringsmøte card → decision, rotation or escalation;
 * where a unit decides (KTK), the decision is a proposal to it, or the question is sent there.
 */
const avklaringFeature = (bot, deps) => {
    const ctx = (0, common_1.makeCtx)(deps);
    bot.router.add({
        name: 'avklaring',
        priority: 50,
        matches: intents_1.isAvklaringIntent,
        handle: (context, _state, _text, locale) => (0, form_1.sendForm)(ctx, context, locale),
    });
    const routes = [
        [common_1.VERBS.next, form_1.handleNext],
        [common_1.VERBS.formBack, form_1.handleFormBack],
        [common_1.VERBS.submit, form_1.handleSubmit],
        [common_1.VERBS.start, meeting_1.handleStart],
        [common_1.VERBS.propose, meeting_1.handlePropose],
        [common_1.VERBS.agree, meeting_1.handleAgree],
        [common_1.VERBS.cannot, meeting_1.handleCannot],
        [common_1.VERBS.majority, meeting_1.handleMajority],
        [common_1.VERBS.noAgreement, rotation_1.handleNoAgreement],
        [common_1.VERBS.rotation, rotation_1.handleRotation],
        [common_1.VERBS.escalate, rotation_1.handleEscalate],
        [common_1.VERBS.refer, rotation_1.handleReferral],
        [common_1.VERBS.back, rotation_1.handleBack],
        [common_1.VERBS.refresh, meeting_1.handleRefresh],
    ];
    for (const [verb, handler] of routes) {
        bot.app.adaptiveCards.actionExecute(verb, async (context) => {
            await handler(ctx, context, (0, turn_1.turnLocale)(context, deps.config.defaultLocale));
            // The answer was already sent through respondWithCard/respondWithMessage; teams-ai's own reply is bypassed.
            return '';
        });
    }
    bot.reminders.register(rotation_1.HANDOVER_KIND, (0, rotation_1.handoverSender)(ctx));
    bot.outbox.register((0, outbox_1.avklaringOutbox)(ctx));
};
exports.avklaringFeature = avklaringFeature;
//# sourceMappingURL=index.js.map