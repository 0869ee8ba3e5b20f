import { loadConfig } from './config';
import { createLogger, errorFields } from './log';
import { startBot } from './startup';

async function main(): Promise<void> {
  const result = loadConfig(process.env);
  if (!result.ok) {
    process.stderr.write('BTI-bot cannot start: the configuration has problems:\n');
    for (const line of result.errors) process.stderr.write(`  - ${line}\n`);
    process.stderr.write('See the configuration table in README.md.\n');
    process.exit(1);
  }
  const logger = createLogger(result.config.logLevel, { service: 'bti-bot' });
  try {
    const running = await startBot(result.config, logger);
    const stop = async (signal: string) => {
      logger.info('bot.stopping', { signal });
      await running.stop();
      process.exit(0);
    };
    process.once('SIGINT', () => void stop('SIGINT'));
    process.once('SIGTERM', () => void stop('SIGTERM'));
  } catch (err) {
    logger.error('bot.start_failed', errorFields(err));
    process.stderr.write(`BTI-bot could not start: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}

void main();
