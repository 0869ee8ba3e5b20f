import type { Server } from 'restify';
import { buildIcs, icsFileName } from '../../domain/meetings';
import { currentWriter } from '../referat/rotation';
import { MeetingsCtx } from './common';

/**
 * GET /ics/<token>: the meeting as an .ics file for Outlook and other calendars. The token is a random id
 * stored on the meeting; the file holds only the meeting type, the case ref, time, place and agenda.
 */
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;
export const ICS_ORGANIZER_NAME = 'BTI-bot';

export function icsRoute(ctx: MeetingsCtx) {
  return (server: Server) => {
    server.get('/ics/:token', async (req, res) => {
      const token = String((req.params as { token?: unknown } | undefined)?.token ?? '');
      const meeting = TOKEN.test(token) ? await ctx.meetings.findByIcsToken(token).catch(() => undefined) : undefined;
      if (!meeting) {
        res.sendRaw(404, 'Not found', { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        return;
      }
      const rotation = await ctx.referat.get(meeting.pk, meeting.caseRef).catch(() => undefined);
      const w = currentWriter(rotation, meeting.meetingId);
      const writerName = w.writer ? meeting.people.find((p) => p.aadObjectId === w.writer && p.role !== 'family')?.name : undefined;
      // iTIP (RFC 5546) wants an ORGANIZER on PUBLISH and CANCEL, and its value must be a calendar address (a
      // URI), not just a name. Only a mailbox the municipality configured is used: the bot under its own name,
      // never a person's address. Without one the file has no ORGANIZER and calendars import it as it is.
      const organizerEmail = ctx.deps.config.icsOrganizerEmail;
      const body = buildIcs(
        { ...meeting, id: meeting.meetingId },
        {
          now: ctx.deps.now(),
          locale: ctx.deps.config.defaultLocale,
          ...(writerName ? { referatWriterName: writerName } : {}),
          ...(organizerEmail ? { organizer: { name: ICS_ORGANIZER_NAME, email: organizerEmail } } : {}),
        },
      );
      res.sendRaw(200, body, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${icsFileName(meeting)}"`,
        'cache-control': 'no-store',
      });
      ctx.deps.logger.info('meeting.ics_served', { meetingId: meeting.meetingId, sequence: meeting.sequence });
    });
  };
}
