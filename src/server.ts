import * as restify from 'restify';
import { Bot } from './bot/app';
import { Logger, errorFields } from './log';
import { CosmosStore } from './store/cosmos';

/** Largest request body accepted on /api/messages. Teams activities are a few KB; this leaves room for cards. */
export const MAX_BODY_BYTES = 512 * 1024;

export interface ServerDeps {
  bot: Bot;
  store: CosmosStore;
  logger: Logger;
}

export function createServer({ bot, store, logger }: ServerDeps): restify.Server {
  const server = restify.createServer({ name: 'bti-bot', handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));

  server.post('/api/messages', async (req, res) => {
    // A malformed activity is bad input, not a server fault: without these checks the adapter or the error
    // handler throws on it and the request is answered 500.
    const activity = req.body as Record<string, unknown> | undefined;
    const badString = (key: string) => activity?.[key] != null && typeof activity[key] !== 'string';
    if (typeof activity?.type !== 'string' || activity.type === '' || ['locale', 'serviceUrl', 'channelId', 'id', 'replyToId', 'name'].some(badString)) {
      res.send(400, { error: 'bad_request', message: 'The activity is malformed (type, locale, serviceUrl and ids must be strings).' });
      return;
    }
    try {
      await bot.adapter.process(req, res, (context) => bot.run(context));
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
