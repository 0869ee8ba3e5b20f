import * as restify from 'restify';
import { z } from 'zod';
import { Bot } from './bot/app';
import { Logger, errorFields } from './log';
import { CosmosStore } from './store/cosmos';
import { TurnLimiter, TurnSlot } from './turnLimiter';
import { TURN_SLOT_KEY } from './bot/turn';

/** Largest request body accepted on /api/messages. Teams activities are a few KB; this leaves room for cards. */
export const MAX_BODY_BYTES = 512 * 1024;

/** The fields the adapter reads before any of our code runs; the rest is checked per job. */
const optionalString = z.string().nullish();
const activityEnvelopeSchema = z
  .object({
    type: z.string().min(1),
    locale: optionalString,
    serviceUrl: optionalString,
    channelId: optionalString,
    id: optionalString,
    replyToId: optionalString,
    name: optionalString,
  })
  .passthrough();

export interface ServerDeps {
  /** Caps turns in flight; absent = no cap (tests of the server alone). */
  limiter?: TurnLimiter;
  bot: Bot;
  store: CosmosStore;
  logger: Logger;
}

export function createServer({ bot, store, logger, limiter }: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'bti-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req, res) => {
    // A malformed activity is bad input, not a server fault: without this check the adapter or the error
    // handler throws on it and the request is answered 500.
    if (!activityEnvelopeSchema.safeParse(req.body).success) {
      res.send(400, { error: 'bad_request', message: 'The activity is malformed (type, locale, serviceUrl and ids must be strings).' });
      return;
    }
    try {
      const turn = (slot?: TurnSlot) =>
        bot.adapter.process(req, res, (context) => {
          if (slot) context.turnState.set(TURN_SLOT_KEY, slot);
          return bot.run(context);
        });
      await (limiter ? limiter.run(turn) : turn());
    } catch (err) {
      // The adapter answers auth failures itself; anything reaching here is unexpected.
      logger.error('http.messages_failed', errorFields(err));
      if (!res.headersSent) res.send(500, { error: 'internal_error', message: 'The bot could not process this activity.' });
    }
  });

  // Local Teams clients (Agents Playground) probe the endpoint with HEAD before they post.
  server.head('/api/messages', async (_req, res) => {
    res.send(200);
  });

  server.get('/healthz', async (_req, res) => {
    res.send(200, { status: 'ok' });
  });

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
