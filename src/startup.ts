import { AddressInfo } from 'node:net';
import { AppConfig } from './config';
import { Logger } from './log';
import { openStore, CosmosStore } from './store/cosmos';
import { createBot, Bot } from './bot/app';
import { FEATURES } from './bot/features';
import { createServer } from './server';
import { TurnLimiter } from './turnLimiter';

export interface RunningBot {
  url: string;
  port: number;
  bot: Bot;
  store: CosmosStore;
  stop(): Promise<void>;
}

/** Opens the store, builds the bot and listens. Used by `npm start` and by the end-to-end tests. */
export async function startBot(config: AppConfig, logger: Logger, opts: { store?: CosmosStore; now?: () => Date } = {}): Promise<RunningBot> {
  const started = Date.now();
  const store = opts.store ?? (await openStore(config, logger));
  const deps = { config, store, logger, now: opts.now ?? (() => new Date()) };
  const bot = createBot(deps, FEATURES);
  const server = createServer({ bot, store, logger, limiter: new TurnLimiter(config.maxConcurrentTurns) });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, () => resolve()));
  const port = (server.address() as AddressInfo).port;
  bot.reminders.start(config.reminderPollSeconds * 1000);
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
  logger.info('bot.listening', { url, profile: config.profile, storeMode: config.cosmos.mode, startupMs: Date.now() - started });
  let stopped = false;
  return {
    url,
    port,
    bot,
    store,
    async stop() {
      if (stopped) return;
      stopped = true;
      bot.reminders.stop();
      server.close();
      if (!opts.store) await store.close();
    },
  };
}
