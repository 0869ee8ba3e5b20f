"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ICS_CONCURRENT = exports.ICS_MISSES_PER_CLIENT = exports.ICS_ORGANIZER_NAME = void 0;
exports.icsRoute = icsRoute;
const meetings_1 = require("../../domain/meetings");
const icsIndex_1 = require("../../store/icsIndex");
const rateLimit_1 = require("../../rateLimit");
const turnLimiter_1 = require("../../turnLimiter");
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
exports.ICS_ORGANIZER_NAME = 'BTI-bot';
exports.ICS_MISSES_PER_CLIENT = 10;
exports.ICS_CONCURRENT = 4;
function icsRoute(ctx) {
    const index = new icsIndex_1.IcsIndex(ctx.deps.store);
    const misses = new rateLimit_1.RateLimiter(exports.ICS_MISSES_PER_CLIENT, exports.ICS_MISSES_PER_CLIENT);
    const limiter = new turnLimiter_1.TurnLimiter(exports.ICS_CONCURRENT);
    const log = ctx.deps.logger;
    // Meetings stored before the index existed get their entries at start-up (src/startup.ts); should that have
    // failed, the old query across partitions still finds them (rate-limited like any miss).
    let backfilled = false;
    const indexComplete = async () => (backfilled ||= await index.backfilled());
    async function find(token) {
        const entry = await index.get(token);
        if (entry) {
            const meeting = await ctx.meetings.get(entry.owner, entry.meetingId);
            if (meeting?.icsToken === token)
                return meeting;
            await index.remove(token).catch(() => undefined);
            return undefined;
        }
        return (await indexComplete()) ? undefined : ctx.meetings.findByIcsToken(token);
    }
    return (server) => {
        server.get('/ics/:token', async (req, res) => {
            const client = (0, rateLimit_1.clientAddress)(req.headers, req.socket?.remoteAddress);
            if (!misses.allows(client)) {
                log.warn('meeting.ics_rate_limited', {});
                res.sendRaw(429, 'Too many requests', { 'content-type': 'text/plain; charset=utf-8', 'retry-after': String(misses.retryAfterSeconds(client)), 'cache-control': 'no-store' });
                return;
            }
            const token = String(req.params?.token ?? '');
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
            const body = (0, meetings_1.buildIcs)({ ...meeting, id: meeting.meetingId }, {
                now: ctx.deps.now(),
                locale: ctx.deps.config.defaultLocale,
                ...(organizerEmail ? { organizer: { name: exports.ICS_ORGANIZER_NAME, email: organizerEmail } } : {}),
            });
            res.sendRaw(200, body, {
                'content-type': 'text/calendar; charset=utf-8',
                'content-disposition': `attachment; filename="${(0, meetings_1.icsFileName)(meeting)}"`,
                'cache-control': 'no-store',
            });
            log.info('meeting.ics_served', { meetingId: meeting.meetingId, sequence: meeting.sequence });
        });
    };
}
//# sourceMappingURL=ics.js.map