import { loadConfig } from './config';
import { createLogger, errorFields, routeConsoleToLogger } from './log';
import type { EmbeddedCosmos } from './store/embedded';

/** The human-readable start-up line of a local run; the port is the one the bot really listens on. */
function readyLine(port: number): string {
  return `BTI-bot is ready on http://localhost:${port}/api/messages — open the playground: PORT=${port} npm run playground, then http://localhost:${process.env.PLAYGROUND_PORT || 56150}`;
}

async function main(): Promise<void> {
  const startedAt = Date.now();
  const result = loadConfig(process.env);
  if (!result.ok) {
    process.stderr.write('BTI-bot cannot start: the configuration has problems:\n');
    for (const line of result.errors) process.stderr.write(`  - ${line}\n`);
    process.stderr.write('See the configuration table in README.md.\n');
    process.exit(1);
  }
  const logger = createLogger(result.config.logLevel, { service: 'bti-bot' });
  // Libraries print to the console (botbuilder prints stack traces of refused tokens): one JSON line each instead.
  routeConsoleToLogger(logger);
  // The embedded store's server thread starts before the bot's code is loaded: loading takes most of start-up
  // and runs on this thread, the emulator loads on its own, so the two overlap. Its failure is reported where
  // the store is opened (startBot), not here.
  let embedded: Promise<EmbeddedCosmos> | undefined;
  if (result.config.cosmos.mode === 'embedded') {
    const { startEmbeddedCosmos } = await import('./store/embedded');
    embedded = startEmbeddedCosmos({ dataDir: result.config.cosmos.dataDir, port: result.config.cosmos.port, logger });
    embedded.catch(() => undefined);
  }
  try {
    const { startBot } = await import('./startup');
    const running = await startBot(result.config, logger, { embedded, startedAt });
    // Locally (no bot app id, so no Bot Framework auth) a person is reading the terminal: one plain line for
    // them beside the JSON logs. A deployed bot writes only JSON.
    if (!result.config.bot.appId) process.stdout.write(`${readyLine(running.port)}\n`);
    const stop = async (signal: string) => {
      logger.info('bot.stopping', { signal, graceSeconds: result.config.shutdownGraceSeconds });
      try {
        await running.stop();
        logger.info('bot.stopped', { signal });
        process.exit(0);
      } catch (err) {
        logger.error('bot.stop_failed', errorFields(err));
        process.exit(1);
      }
    };
    // A second signal while stopping (an impatient Ctrl-C) ends the process at once.
    let stopping = false;
    const onSignal = (signal: string) => {
      if (stopping) process.exit(1);
      stopping = true;
      void stop(signal);
    };
    process.on('SIGINT', () => onSignal('SIGINT'));
    process.on('SIGTERM', () => onSignal('SIGTERM'));
  } catch (err) {
    logger.error('bot.start_failed', errorFields(err));
    process.stderr.write(`BTI-bot could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}

void main();
