import type { Feature } from '../host';
import type { CardPress, Reply } from '../../actions/types';
import { normalizeText } from '../../actions/input';
import { CASE_REF_GROUP, findCaseRef } from '../../domain/caseRef';
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

  bot.jobs.text({
    name: 'meetings.new',
    priority: 30,
    matches: (text) => NEW_MEETING.test(text),
    // The exact command, or a request the free-text router hands over whole ("kall inn til ansvarsgruppemøte
    // tirsdag kl 13"): the case number from either, and the rest of the request fills the form in.
    run: async (text, turn) => {
      const ref = NEW_MEETING.exec(normalizeText(text))?.[1] ?? findCaseRef(text);
      await openForm(turn, ctx, ref?.toUpperCase(), text);
    },
  });
  bot.jobs.text({ name: 'referat.overview', priority: 30, matches: (text) => REFERAT.test(text), run: (_text, turn) => sendReferatOverview(turn, ctx) });
  bot.jobs.text({ name: 'meetings.status', priority: 30, matches: (text) => STATUS.test(text), run: (_text, turn) => sendStatus(turn, ctx) });

  // Each handler parses the press's data itself (the meeting id first, then what its verb needs), so a bad
  // press gets the answer that fits it: unknown action, meeting not found, or the current card.
  const action = (verb: string, run: (press: CardPress) => Promise<Reply>) => bot.jobs.action({ verb, run: (_data, press) => run(press) });
  action('meeting.submit', (p) => handleSubmit(p, ctx));
  action('meeting.rsvp', (p) => handleRsvp(p, ctx));
  action('meeting.refresh', (p) => handleView(p, ctx));
  action('meeting.view', (p) => handleView(p, ctx));
  action('meeting.edit', (p) => handleEdit(p, ctx));
  action('meeting.cancel', (p) => handleCancel(p, ctx));
  action('referat.volunteer', (p) => handleReferatAction(p, ctx, 'volunteer'));
  action('referat.swap', (p) => handleReferatAction(p, ctx, 'swap'));
  action('referat.skip', (p) => handleReferatAction(p, ctx, 'skip'));
  action('referat.written', (p) => handleReferatAction(p, ctx, 'written'));

  registerReminderSenders(bot, ctx);
  bot.outbox.register(meetingOutbox(ctx));
  bot.httpRoutes.push(icsRoute(ctx));
};
