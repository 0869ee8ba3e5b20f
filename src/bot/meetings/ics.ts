import type { Request, Response, Server } from 'restify';
import { buildIcs, icsFileName } from '../../present/ics';
import { IcsIndex } from '../../store/icsIndex';
import type { MeetingDoc } from '../../store/meetings';
import { RateLimiter, clientAddress } from '../../rateLimit';
import { TurnLimiter } from '../../turnLimiter';
import { MeetingsCtx } from './common';

/**
 * GET /ics/<token>: the meeting as an .ics file for Outlook and other calendars. The token is a random id
 * stored on the meeting. The link needs no sign-in, so the file holds only the meeting type, the case ref,
 * time, place and agenda (see buildIcs), and the route guards itself:
 * - a token is looked up by one point read in an index (src/store/icsIndex.ts), never by a query across
 *   partitions, so a guess costs one read;
 * - each client may miss (ask for a token that does not exist) ICS_MISSES_PER_CLIENT times, refilled at that
 *   many a minute; past that every request from it gets 429 until it has waited, so guessing a token is
 *   hopeless while a colleague behind the same address who opens real links is not counted against;
 * - at most ICS_CONCURRENT lookups run at once, apart from the bot's turns.
 */
const TOKEN = /^[A-Za-z0-9_-]{20,64}$/;
export const ICS_ORGANIZER_NAME = 'BTI-bot';
export const ICS_MISSES_PER_CLIENT = 10;
export const ICS_CONCURRENT = 4;

export function icsRoute(ctx: MeetingsCtx) {
  const index = new IcsIndex(ctx.deps.store);
  const misses = new RateLimiter(ICS_MISSES_PER_CLIENT, ICS_MISSES_PER_CLIENT);
  const limiter = new TurnLimiter(ICS_CONCURRENT);
  const log = ctx.deps.logger;
  // Meetings stored before the index existed get their entries at start-up (src/startup.ts); should that have
  // failed, the old query across partitions still finds them (rate-limited like any miss).
  let backfilled = false;
  const indexComplete = async () => (backfilled ||= await index.backfilled());

  async function find(token: string): Promise<MeetingDoc | undefined> {
    const entry = await index.get(token);
    if (entry) {
      const meeting = await ctx.meetings.get(entry.owner, entry.meetingId);
      if (meeting?.icsToken === token) return meeting;
      await index.remove(token).catch(() => undefined);
      return undefined;
    }
    return (await indexComplete()) ? undefined : ctx.meetings.findByIcsToken(token);
  }

  return (server: Server) => {
    server.get('/ics/:token', async (req: Request, res: Response) => {
      const client = clientAddress(req.headers, req.socket?.remoteAddress);
      if (!misses.allows(client)) {
        log.warn('meeting.ics_rate_limited', {});
        res.sendRaw(429, 'Too many requests', { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(misses.retryAfterSeconds(client)), 'cache-control': 'no-store' });
        return;
      }
      const token = String((req.params as { token?: unknown } | undefined)?.token ?? '');
      const meeting = TOKEN.test(token) ? await limiter.run(() => find(token)).catch(() => undefined) : undefined;
      if (!meeting) {
        misses.take(client);
        res.sendRaw(404, 'Not found', { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' });
        return;
      }
      // iTIP (RFC 5546) wants an ORGANIZER on PUBLISH and CANCEL, and its value must be a calendar address (a
      // URI), not just a name. Only a mailbox the municipality configured is used: the bot under its own name,
      // never a person's address. Without one the file has no ORGANIZER and calendars import it as it is.
      const organizerEmail = ctx.deps.config.icsOrganizerEmail;
      const body = buildIcs(
        { ...meeting, id: meeting.meetingId },
        {
          now: ctx.deps.now(),
          locale: ctx.deps.config.defaultLocale,
          ...(organizerEmail ? { organizer: { name: ICS_ORGANIZER_NAME, email: organizerEmail } } : {}),
        },
      );
      res.sendRaw(200, body, {
        'content-type': 'text/calendar; charset=utf-8',
        'content-disposition': `attachment; filename="${icsFileName(meeting)}"`,
        'cache-control': 'no-store',
      });
      log.info('meeting.ics_served', { meetingId: meeting.meetingId, sequence: meeting.sequence });
    });
  };
}
