"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.startBot = startBot;
const log_1 = require("./log");
const icsIndex_1 = require("./store/icsIndex");
const cosmos_1 = require("./store/cosmos");
const app_1 = require("./bot/app");
const features_1 = require("./bot/features");
const server_1 = require("./server");
const turnLimiter_1 = require("./turnLimiter");
const requestTracker_1 = require("./requestTracker");
/** Opens the store, builds the bot and listens. Used by `npm start` and by the end-to-end tests. */
async function startBot(config, logger, opts = {}) {
    const started = Date.now();
    const store = opts.store ?? (await (0, cosmos_1.openStore)(config, logger));
    // Calendar links of meetings stored before the link index existed: indexed once per store, before serving.
    const indexed = await new icsIndex_1.IcsIndex(store).backfill().catch((err) => {
        logger.warn('store.ics_index_backfill_failed', (0, log_1.errorFields)(err));
        return 0;
    });
    if (indexed > 0)
        logger.info('store.ics_index_backfilled', { meetings: indexed });
    const deps = { config, store, logger, now: opts.now ?? (() => new Date()) };
    const bot = (0, app_1.createBot)(deps, features_1.FEATURES);
    const tracker = new requestTracker_1.RequestTracker();
    const server = (0, server_1.createServer)({ bot, store, logger, limiter: new turnLimiter_1.TurnLimiter(config.maxConcurrentTurns), tracker });
    await new Promise((resolve) => server.listen(config.port, config.host, () => resolve()));
    const port = server.address().port;
    bot.reminders.start(config.reminderPollSeconds * 1000);
    const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${port}`;
    logger.info('bot.listening', { url, profile: config.profile, storeMode: config.cosmos.mode, startupMs: Date.now() - started });
    let stopping;
    const stop = async (graceMs) => {
        // No new connections; connections idle in keep-alive are closed by Node, busy ones after their answer.
        const closed = new Promise((resolve) => server.close(() => resolve()));
        bot.reminders.stop();
        logger.info('bot.draining', { inFlight: tracker.inFlight, graceMs });
        const { unfinished } = await tracker.drain(graceMs);
        if (unfinished > 0)
            logger.warn('bot.shutdown_grace_exceeded', { unfinished, graceMs });
        server.server.closeAllConnections?.();
        await closed;
        if (!opts.store)
            await store.close();
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
//# sourceMappingURL=startup.js.map