import { AddressInfo } from 'node:net';
import { AppConfig } from './config';
import { Logger, errorFields } from './log';
import { IcsIndex } from './store/icsIndex';
import { openStore, CosmosStore } from './store/cosmos';
import type { EmbeddedCosmos } from './store/embedded';
import { createBot, Bot, BOT_PRODUCT } from './runtime/teamsAi/app';
import { FEATURES } from './bot/features';
import { createServer } from './server';
import { TurnLimiter } from './turnLimiter';
import { RequestTracker } from './requestTracker';
import type { Inbound } from './runtime/inbound';
import { runWarmUps } from './warmUps';

export interface RunningBot {
  url: string;
  port: number;
  bot: Bot;
  store: CosmosStore;
  /**
   * Stops gracefully: refuses new requests, lets running turns answer (up to the grace period), stops the
   * reminder worker, then closes the store (the embedded store writes its snapshot). Idempotent.
   */
  stop(opts?: { graceMs?: number }): Promise<void>;
}

/** Opens the store, builds the bot and listens. Used by `npm start` and by the end-to-end tests. */
export async function startBot(
  config: AppConfig,
  logger: Logger,
  opts: { store?: CosmosStore; now?: () => Date; embedded?: Promise<EmbeddedCosmos>; startedAt?: number } = {},
): Promise<RunningBot> {
  const started = Date.now();
  const store = opts.store ?? (await openStore(config, logger, opts.embedded));
  // Calendar links of meetings stored before the link index existed: indexed once per store, before serving.
  const indexed = await new IcsIndex(store).backfill().catch((err: unknown) => {
    logger.warn('store.ics_index_backfill_failed', errorFields(err));
    return 0;
  });
  if (indexed > 0) logger.info('store.ics_index_backfilled', { meetings: indexed });
  const deps = { config, store, logger, now: opts.now ?? (() => new Date()) };
  // BOT_RUNTIME: on teams-sdk the Teams SDK 2 runtime takes the inbound turns and every proactive send (jobs,
  // reminders, the outbox). The teams-ai pieces are built either way: jobs not yet on the action layer register there.
  // Its code (@microsoft/teams.apps, some 500 modules) is loaded only when it is the runtime chosen.
  const sdk = config.runtime === 'teams-sdk' ? (await import('./runtime/teamsSdk/runtime')).createTeamsSdkRuntime(deps, BOT_PRODUCT) : undefined;
  const bot = createBot(deps, FEATURES, { proactive: sdk?.proactive });
  const inbound: Inbound | undefined = sdk?.attach(bot.jobs) as Inbound | undefined;
  const tracker = new RequestTracker();
  const server = createServer({ bot, inbound, store, logger, limiter: new TurnLimiter(config.maxConcurrentTurns), tracker });
  // A port another process holds is said in words (the process then exits with start_failed), not thrown as
  // an unhandled 'error' event.
  await new Promise<void>((resolve, reject) => {
    const failed = (err: NodeJS.ErrnoException) =>
      reject(err.code === 'EADDRINUSE' ? new Error(`port ${config.port} on ${config.host} is already in use by another process; stop it or set PORT`) : err);
    server.once('error', failed);
    server.listen(config.port, config.host, () => {
      server.off('error', failed);
      resolve();
    });
  }).catch(async (err: unknown) => {
    // The store this call opened is closed again (the embedded store's thread would keep a test process alive).
    if (!opts.store) await store.close().catch(() => undefined);
    throw err;
  });
  const port = (server.address() as AddressInfo).port;
  bot.reminders.start(config.reminderPollSeconds * 1000);
  // Work no turn waits for (the card templating, the free-text router), done when the bot has nothing else to do.
  const stopWarmUps = runWarmUps(bot.warmUps, tracker, logger);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  // startupMs: this function (the store and the bot); sinceMainMs: from the process's main(), code loading included;
  // sinceProcessMs: from the start of the process (Node's own start and reading the bot's code too).
  logger.info('bot.listening', {
    url,
    profile: config.profile,
    storeMode: config.cosmos.mode,
    runtime: config.runtime,
    startupMs: Date.now() - started,
    sinceMainMs: opts.startedAt === undefined ? undefined : Date.now() - opts.startedAt,
    sinceProcessMs: Math.round(performance.now()),
  });
  let stopping: Promise<void> | undefined;
  const stop = async (graceMs: number) => {
    // No new connections; connections idle in keep-alive are closed by Node, busy ones after their answer.
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    bot.reminders.stop();
    stopWarmUps();
    logger.info('bot.draining', { inFlight: tracker.inFlight, graceMs });
    const { unfinished } = await tracker.drain(graceMs);
    if (unfinished > 0) logger.warn('bot.shutdown_grace_exceeded', { unfinished, graceMs });
    server.server.closeAllConnections?.();
    await closed;
    if (!opts.store) await store.close();
  };
  return {
    url,
    port,
    bot,
    store,
    stop(stopOpts = {}) {
      stopping ??= stop(stopOpts.graceMs ?? config.shutdownGraceSeconds * 1000);
      return stopping;
    },
  };
}
