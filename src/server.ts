import * as restify from 'restify';
import { z } from 'zod';
import { Bot } from './runtime/teamsAi/app';
import { Logger, errorFields } from './log';
import { CosmosStore } from './store/cosmos';
import { TurnLimiter, TurnSlot } from './turnLimiter';
import { RequestTracker } from './requestTracker';
import { AuthRefusedError, type Inbound } from './runtime/inbound';
import type { WireActivity } from './bot/pipeline';
import { teamsAiInbound } from './runtime/teamsAi/inbound';

/** Largest request body accepted on /api/messages. Teams activities are a few KB; this leaves room for cards. */
export const MAX_BODY_BYTES = 512 * 1024;

/**
 * Sent on every response, errors included. The bot serves no pages: nothing may be sniffed into another type,
 * framed, or leak the URL (calendar links carry their token) to another site.
 */
export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'x-content-type-options': 'nosniff',
  'strict-transport-security': 'max-age=31536000; includeSubDomains',
  'referrer-policy': 'no-referrer',
  'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
  'x-frame-options': 'DENY',
};

const isHttpUrl = (v: string) => {
  try {
    const u = new URL(v);
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
  } catch {
    return false;
  }
};

/**
 * The fields the adapter and the turn read before any job's own schema runs. Anything else that is wrong is
 * found by the job that reads it; what is checked here would otherwise fail inside the turn (a 200 with an
 * error reply, or a reply posted to nowhere) instead of being refused as bad input.
 */
const optionalString = z.string().max(10_000).nullish();
const idString = z.string().min(1).max(1_000);
const activityEnvelopeSchema = z
  .object({
    type: z.string().min(1).max(100),
    serviceUrl: z.string().max(2_000).refine(isHttpUrl),
    from: z.object({ id: idString, aadObjectId: optionalString, name: optionalString }).passthrough(),
    conversation: z.object({ id: idString }).passthrough(),
    recipient: z.object({ id: idString }).passthrough().nullish(),
    text: z.string().nullish(),
    locale: optionalString,
    channelId: optionalString,
    id: optionalString,
    replyToId: optionalString,
    name: optionalString,
    channelData: z.object({}).passthrough().nullish(),
    entities: z.array(z.object({}).passthrough()).nullish(),
    attachments: z.array(z.object({}).passthrough()).nullish(),
    membersAdded: z.array(z.object({ id: idString }).passthrough()).nullish(),
    membersRemoved: z.array(z.object({ id: idString }).passthrough()).nullish(),
  })
  .passthrough()
  .superRefine((a, ctx) => {
    // A message extension's query parameters are a list of { name, value }; anything else is not from Teams.
    if (a.type === 'invoke' && typeof a.name === 'string' && a.name.startsWith('composeExtension/')) {
      const value = (a as { value?: unknown }).value;
      const parameters = value && typeof value === 'object' ? (value as { parameters?: unknown }).parameters : undefined;
      if (parameters !== undefined && parameters !== null && !Array.isArray(parameters)) ctx.addIssue({ code: 'custom', message: 'parameters' });
    }
  });

export interface ServerDeps {
  /** Caps turns in flight; absent = no cap (tests of the server alone). */
  limiter?: TurnLimiter;
  /** Counts requests in flight and refuses new ones while the process is stopping. */
  tracker?: RequestTracker;
  bot: Bot;
  /** The runtime that checks tokens and runs turns (BOT_RUNTIME); the teams-ai one when absent. */
  inbound?: Inbound;
  store: CosmosStore;
  logger: Logger;
}

export function createServer({ bot, store, logger, limiter, tracker, inbound = teamsAiInbound(bot) as Inbound }: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'bti-bot', handleUncaughtExceptions: false });

  // pre() runs for every request, also those no route matches (404, 405) and those the body parser refuses.
  server.pre((req: restify.Request, res: restify.Response, next: restify.Next) => {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) res.header(name, value);
    if (tracker?.draining) {
      // Stopping: requests on connections that were already open are refused cleanly, and the connection
      // closed, so the client (Teams re-delivers) goes to another instance or retries after the restart.
      res.header('connection', 'close');
      res.header('retry-after', '5');
      res.send(503, { error: 'shutting_down', message: 'The bot is restarting. Try again shortly.' });
      return next(false);
    }
    tracker?.track(res);
    return next();
  });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req, res) => {
    // Teams posts JSON. A form or text body is not an activity, even when it parses into fields.
    if (req.getContentType().trim() !== 'application/json') {
      res.send(415, { error: 'unsupported_media_type', message: 'Activities must be sent as application/json.' });
      return;
    }
    // A malformed activity is bad input, not a server fault: refused here, before the adapter or a job trips on it.
    if (!activityEnvelopeSchema.safeParse(req.body).success) {
      res.send(400, { error: 'bad_request', message: 'The activity is malformed.' });
      return;
    }
    const activity = req.body as WireActivity;
    const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
    let auth: unknown;
    try {
      auth = await inbound.authenticate(activity, authHeader);
    } catch (err) {
      const status = err instanceof AuthRefusedError ? err.status : 401;
      const cause = err instanceof AuthRefusedError ? err.cause : err;
      logger.warn(status === 503 ? 'auth.provider_unavailable' : 'auth.refused', { status, activityType: activity.type, ...errorFields(cause) });
      if (status === 503) res.header('retry-after', '30');
      res.send(status, status === 503 ? { error: 'service_unavailable', message: 'The sign-in service could not be reached. Try again later.' } : { error: 'unauthorized', message: 'Unauthorized.' });
      return;
    }
    try {
      const turn = (slot?: TurnSlot) => inbound.process(auth, activity, slot);
      const invokeResponse = await (limiter ? limiter.run(turn) : turn());
      if (res.headersSent) return;
      if (invokeResponse?.body !== undefined) res.send(invokeResponse.status ?? 200, invokeResponse.body);
      else res.send(invokeResponse?.status ?? 200);
    } catch (err) {
      logger.error('http.messages_failed', errorFields(err));
      if (!res.headersSent) res.send(500, { error: 'internal_error', message: 'The bot could not process this activity.' });
    }
  });

  // Local Teams clients (Agents Playground) probe the endpoint with HEAD before they post.
  server.head('/api/messages', async (_req, res) => {
    res.send(200);
  });

  // Load balancers and uptime checks use GET or HEAD.
  const health = async (_req: restify.Request, res: restify.Response) => {
    res.send(200, { status: 'ok' });
  };
  server.get('/healthz', health);
  server.head('/healthz', health);

  server.get('/readyz', async (_req, res) => {
    const ok = await store.ping();
    res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'store_unavailable' });
  });

  for (const register of bot.httpRoutes) register(server);

  server.on('restifyError', (req: restify.Request, _res: restify.Response, err: Error & { statusCode?: number }, next: () => void) => {
    logger.warn('http.error', { method: req.method, path: req.path(), status: err.statusCode ?? 500, error: err.name });
    next();
  });

  return server;
}
