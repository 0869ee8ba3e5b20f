import type { Feature } from '../app';
import { CASE_REF_GROUP } from '../../domain/caseRef';
import { handleReferatAction } from '../referat/actions';
import { sendReferatOverview } from '../referat/overview';
import { makeCtx } from './common';
import { handleSubmit, openForm } from './form';
import { icsRoute } from './ics';
import { handleCancel, handleEdit, handleRsvp, handleView } from './invitation';
import { registerReminderSenders } from './reminders';
import { meetingOutbox } from './outbox';
import { sendStatus } from './status';

/** Meetings (issue 5): the form, the invitation with RSVP and referat rotation, the .ics file, reminders, status. */

const NEW_MEETING = new RegExp(String.raw`^(?:nytt møte|nytt mote|kall inn til (?:et )?møte|kall inn|innkalling|møte|new meeting|call a meeting|schedule a meeting)(?:\s+(?:for|i|til|in)?\s*${CASE_REF_GROUP})?$`);
const REFERAT = /^(?:referat|hvem skriver referat|minutes|who writes the minutes)$/;
const STATUS = /^(?:status|møtestatus|case status)$/;

export const meetingsFeature: Feature = (bot, deps) => {
  const ctx = makeCtx(deps);

  bot.router.add({
    name: 'meetings.new',
    priority: 30,
    matches: (text) => NEW_MEETING.test(text),
    handle: async (context, _state, text, locale) => {
      const ref = NEW_MEETING.exec(text.toLowerCase().replace(/<at>[^<]*<\/at>/g, '').replace(/\s+/g, ' ').trim().replace(/[.!?]+$/, ''))?.[1];
      await openForm(context, ctx, locale, ref?.toUpperCase());
    },
  });
  bot.router.add({ name: 'referat.overview', priority: 30, matches: (text) => REFERAT.test(text), handle: (context, _s, _t, locale) => sendReferatOverview(context, ctx, locale) });
  bot.router.add({ name: 'meetings.status', priority: 30, matches: (text) => STATUS.test(text), handle: (context, _s, _t, locale) => sendStatus(context, ctx, locale) });

  // Every handler answers the invoke itself (respondWithCard / respondWithMessage).
  const execute = (verb: string, handler: (context: Parameters<typeof handleView>[0]) => Promise<void>) =>
    bot.app.adaptiveCards.actionExecute(verb, async (context) => {
      await handler(context);
      return '';
    });
  execute('meeting.submit', (c) => handleSubmit(c, ctx));
  execute('meeting.rsvp', (c) => handleRsvp(c, ctx));
  execute('meeting.refresh', (c) => handleView(c, ctx));
  execute('meeting.view', (c) => handleView(c, ctx));
  execute('meeting.edit', (c) => handleEdit(c, ctx));
  execute('meeting.cancel', (c) => handleCancel(c, ctx));
  execute('referat.volunteer', (c) => handleReferatAction(c, ctx, 'volunteer'));
  execute('referat.swap', (c) => handleReferatAction(c, ctx, 'swap'));
  execute('referat.skip', (c) => handleReferatAction(c, ctx, 'skip'));
  execute('referat.written', (c) => handleReferatAction(c, ctx, 'written'));

  registerReminderSenders(bot, ctx);
  bot.outbox.register(meetingOutbox(ctx));
  bot.httpRoutes.push(icsRoute(ctx));
};
