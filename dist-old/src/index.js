"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const config_1 = require("./config");
const log_1 = require("./log");
const startup_1 = require("./startup");
/** The human-readable start-up line of a local run; the port is the one the bot really listens on. */
function readyLine(port) {
    return `BTI-bot is ready on http://localhost:${port}/api/messages — open the playground: PORT=${port} npm run playground, then http://localhost:${process.env.PLAYGROUND_PORT || 56150}`;
}
async function main() {
    const result = (0, config_1.loadConfig)(process.env);
    if (!result.ok) {
        process.stderr.write('BTI-bot cannot start: the configuration has problems:\n');
        for (const line of result.errors)
            process.stderr.write(`  - ${line}\n`);
        process.stderr.write('See the configuration table in README.md.\n');
        process.exit(1);
    }
    const logger = (0, log_1.createLogger)(result.config.logLevel, { service: 'bti-bot' });
    // Libraries print to the console (botbuilder prints stack traces of refused tokens): one JSON line each instead.
    (0, log_1.routeConsoleToLogger)(logger);
    try {
        const running = await (0, startup_1.startBot)(result.config, logger);
        // Locally (no bot app id, so no Bot Framework auth) a person is reading the terminal: one plain line for
        // them beside the JSON logs. A deployed bot writes only JSON.
        if (!result.config.bot.appId)
            process.stdout.write(`${readyLine(running.port)}\n`);
        const stop = async (signal) => {
            logger.info('bot.stopping', { signal, graceSeconds: result.config.shutdownGraceSeconds });
            try {
                await running.stop();
                logger.info('bot.stopped', { signal });
                process.exit(0);
            }
            catch (err) {
                logger.error('bot.stop_failed', (0, log_1.errorFields)(err));
                process.exit(1);
            }
        };
        // A second signal while stopping (an impatient Ctrl-C) ends the process at once.
        let stopping = false;
        const onSignal = (signal) => {
            if (stopping)
                process.exit(1);
            stopping = true;
            void stop(signal);
        };
        process.on('SIGINT', () => onSignal('SIGINT'));
        process.on('SIGTERM', () => onSignal('SIGTERM'));
    }
    catch (err) {
        logger.error('bot.start_failed', (0, log_1.errorFields)(err));
        process.stderr.write(`BTI-bot could not start: ${err instanceof Error ? err.message : String(err)}\n`);
        process.exit(1);
    }
}
void main();
//# sourceMappingURL=index.js.map