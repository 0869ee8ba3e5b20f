"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.meetingsFeature = void 0;
const actions_1 = require("../referat/actions");
const overview_1 = require("../referat/overview");
const common_1 = require("./common");
const form_1 = require("./form");
const ics_1 = require("./ics");
const invitation_1 = require("./invitation");
const reminders_1 = require("./reminders");
const outbox_1 = require("./outbox");
const status_1 = require("./status");
/** Meetings (issue 5): the form, the invitation with RSVP and referat rotation, the .ics file, reminders, status. */
const NEW_MEETING = /^(?:nytt møte|nytt mote|kall inn til (?:et )?møte|kall inn|innkalling|møte|new meeting|call a meeting|schedule a meeting)(?:\s+(?:for|i|til|in)?\s*(bti-\d{4}-\d{4}))?$/;
const REFERAT = /^(?:referat|hvem skriver referat|minutes|who writes the minutes)$/;
const STATUS = /^(?:status|møtestatus|case status)$/;
const meetingsFeature = (bot, deps) => {
    const ctx = (0, common_1.makeCtx)(deps);
    bot.router.add({
        name: 'meetings.new',
        priority: 30,
        matches: (text) => NEW_MEETING.test(text),
        handle: async (context, _state, text, locale) => {
            const ref = NEW_MEETING.exec(text.toLowerCase().replace(/<at>[^<]*<\/at>/g, '').replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, ''))?.[1];
            await (0, form_1.openForm)(context, ctx, locale, ref?.toUpperCase());
        },
    });
    bot.router.add({ name: 'referat.overview', priority: 30, matches: (text) => REFERAT.test(text), handle: (context, _s, _t, locale) => (0, overview_1.sendReferatOverview)(context, ctx, locale) });
    bot.router.add({ name: 'meetings.status', priority: 30, matches: (text) => STATUS.test(text), handle: (context, _s, _t, locale) => (0, status_1.sendStatus)(context, ctx, locale) });
    // Every handler answers the invoke itself (respondWithCard / respondWithMessage).
    const execute = (verb, handler) => bot.app.adaptiveCards.actionExecute(verb, async (context) => {
        await handler(context);
        return '';
    });
    execute('meeting.submit', (c) => (0, form_1.handleSubmit)(c, ctx));
    execute('meeting.rsvp', (c) => (0, invitation_1.handleRsvp)(c, ctx));
    execute('meeting.refresh', (c) => (0, invitation_1.handleView)(c, ctx));
    execute('meeting.view', (c) => (0, invitation_1.handleView)(c, ctx));
    execute('meeting.edit', (c) => (0, invitation_1.handleEdit)(c, ctx));
    execute('meeting.cancel', (c) => (0, invitation_1.handleCancel)(c, ctx));
    execute('referat.volunteer', (c) => (0, actions_1.handleReferatAction)(c, ctx, 'volunteer'));
    execute('referat.swap', (c) => (0, actions_1.handleReferatAction)(c, ctx, 'swap'));
    execute('referat.skip', (c) => (0, actions_1.handleReferatAction)(c, ctx, 'skip'));
    execute('referat.written', (c) => (0, actions_1.handleReferatAction)(c, ctx, 'written'));
    (0, reminders_1.registerReminderSenders)(bot, ctx);
    bot.outbox.register((0, outbox_1.meetingOutbox)(ctx));
    bot.httpRoutes.push((0, ics_1.icsRoute)(ctx));
};
exports.meetingsFeature = meetingsFeature;
//# sourceMappingURL=index.js.map