"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.turnLogger = turnLogger;
exports.createBot = createBot;
exports.unsupportedInvokeResponse = unsupportedInvokeResponse;
const node_crypto_1 = require("node:crypto");
const fs = __importStar(require("node:fs"));
const path = __importStar(require("node:path"));
const paths_1 = require("../paths");
const botbuilder_1 = require("botbuilder");
const teams_ai_1 = require("@microsoft/teams-ai");
const turnState_1 = require("./turnState");
const connectorRetry_1 = require("./connectorRetry");
const botAdapter_1 = require("./botAdapter");
const log_1 = require("../log");
const i18n_1 = require("../i18n");
const conversations_1 = require("../store/conversations");
const router_1 = require("./router");
const help_1 = require("./help");
const turn_1 = require("./turn");
const cardResponses_1 = require("./cardResponses");
const language_1 = require("./language");
const cardLocale_1 = require("./cardLocale");
const preferences_1 = require("../store/preferences");
const errors_1 = require("./errors");
const reminderWorker_1 = require("./reminderWorker");
const outbox_1 = require("./outbox");
const privacyGuard_1 = require("./privacyGuard");
const registry_1 = require("../actions/registry");
const wire_1 = require("../runtime/teamsAi/wire");
const LOGGER_KEY = Symbol('turnLogger');
/** The version in package.json, for the User-Agent of calls to Teams. */
const BOT_VERSION = (() => {
    try {
        return JSON.parse(fs.readFileSync(path.join((0, paths_1.projectRoot)(), 'package.json'), 'utf8')).version ?? '0';
    }
    catch {
        return '0';
    }
})();
function turnLogger(context, fallback) {
    return context.turnState.get(LOGGER_KEY) ?? fallback;
}
function activityTenant(context) {
    const channelData = context.activity.channelData;
    return channelData?.tenant?.id ?? context.activity.conversation?.tenantId ?? undefined;
}
function createBot(deps, features = []) {
    const { config, logger } = deps;
    const auth = {
        MicrosoftAppId: config.bot.appId ?? '',
        MicrosoftAppPassword: config.bot.appPassword ?? '',
        MicrosoftAppType: config.bot.appType,
        MicrosoftAppTenantId: config.bot.tenantId ?? '',
    };
    const adapter = new botAdapter_1.BotAdapter(auth, { product: `BTI-bot/${BOT_VERSION}`, openIdMetadataUrl: config.bot.openIdMetadataUrl, connectorTimeoutMs: config.bot.connectorTimeoutMs });
    adapter.retry = { ...connectorRetry_1.DEFAULT_CONNECTOR_RETRY, onRetry: (attempt, delayMs, context) => (context ? turnLogger(context, logger) : logger).warn('connector.throttled_retry', { attempt, delayMs }) };
    const app = new teams_ai_1.Application({
        adapter,
        botAppId: config.bot.appId ?? '',
        turnStateFactory: () => new turnState_1.BotTurnState(),
        removeRecipientMention: true,
        startTypingTimer: false,
        longRunningMessages: false,
    });
    const router = new router_1.IntentRouter();
    adapter.onTurnError = async (context, error) => {
        const log = turnLogger(context, logger);
        if ((0, errors_1.isConnectorUnavailable)(error)) {
            // Teams' endpoint for this conversation did not answer: not a database fault. A chat reply would go to the
            // same dead endpoint, so only an invoke (answered in the HTTP response itself) tells the user.
            log.warn('turn.connector_unavailable', { reason: error.reason, activityType: context.activity.type });
            if (context.activity.type === botbuilder_1.ActivityTypes.Invoke && !context.responded) {
                await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)((0, turn_1.turnLocale)(context, config.defaultLocale), 'error.teamsDown')).catch(() => undefined);
            }
            return;
        }
        const storeDown = (0, errors_1.isStoreUnavailable)(error);
        log.error(storeDown ? 'turn.store_unavailable' : 'turn.failed', { ...(0, log_1.errorFields)(error), activityType: context.activity.type });
        const locale = (0, turn_1.turnLocale)(context, config.defaultLocale);
        const text = (0, i18n_1.t)(locale, storeDown ? 'error.storeDown' : 'error.generic');
        try {
            if (context.activity.type === botbuilder_1.ActivityTypes.Invoke)
                await (0, cardResponses_1.respondWithMessage)(context, text);
            else
                await context.sendActivity(text);
        }
        catch (sendError) {
            log.error('turn.error_reply_failed', (0, log_1.errorFields)(sendError));
        }
    };
    const reminders = new reminderWorker_1.ReminderWorker({ store: deps.store, adapter, botAppId: config.bot.appId ?? '', logger: logger.child({ component: 'reminders' }), now: deps.now });
    const outbox = new outbox_1.OutboxSweeper({ deps, adapter, botAppId: config.bot.appId ?? '', logger: logger.child({ component: 'outbox' }) });
    reminders.onPoll('outbox', () => outbox.sweep());
    const bot = {
        adapter,
        app,
        router,
        jobs: new registry_1.ActionRegistry(),
        proactive: (0, wire_1.proactivePort)(adapter, config.bot.appId ?? ''),
        reminders,
        outbox,
        httpRoutes: [],
        async run(context) {
            const requestId = (0, node_crypto_1.randomUUID)();
            const log = logger.child({ requestId, activityId: context.activity.id ?? null });
            context.turnState.set(LOGGER_KEY, log);
            const started = Date.now();
            await app.run(context);
            // One line per turn for operators: what kind of activity, where, how long. Never its text.
            log.info('turn.completed', {
                activityType: context.activity.type,
                name: context.activity.name ?? null,
                conversationType: context.activity.conversation?.conversationType ?? null,
                durationMs: Date.now() - started,
            });
        },
    };
    const languages = new preferences_1.LanguagePreferenceRepository(deps.store, config.retentionDays);
    app.turn('beforeTurn', async (context) => {
        // A single-tenant bot serves its own municipality only: activities from another tenant change nothing.
        const tenant = activityTenant(context);
        if (config.bot.tenantId && tenant !== config.bot.tenantId) {
            turnLogger(context, logger).warn('tenant.refused', { activityType: context.activity.type });
            await (0, privacyGuard_1.refuse)(context, (0, i18n_1.t)((0, turn_1.turnLocale)(context, config.defaultLocale), 'error.otherTenant'));
            return false;
        }
        // The reply language is decided once per turn (the person's choice, what they wrote, Teams' locale).
        const type = context.activity.type;
        if (type === botbuilder_1.ActivityTypes.Message || type === botbuilder_1.ActivityTypes.Invoke) {
            context.turnState.set(turn_1.TURN_LOCALE_KEY, await (0, language_1.decideTurnLocale)(context, deps, languages));
            (0, cardLocale_1.stampCardsWithLocale)(context, () => (0, turn_1.turnLocale)(context, config.defaultLocale));
        }
        if (!(0, privacyGuard_1.activityHasIdNumber)(context.activity))
            return true;
        turnLogger(context, logger).warn('privacy.id_number_refused', { activityType: context.activity.type, name: context.activity.name ?? null });
        await (0, privacyGuard_1.warnAboutIdNumber)(context, (0, turn_1.turnLocale)(context, config.defaultLocale));
        return false;
    });
    app.conversationUpdate('membersAdded', async (context) => {
        const botId = context.activity.recipient.id;
        const added = context.activity.membersAdded ?? [];
        if (added.some((m) => m.id === botId)) {
            const locale = (0, turn_1.turnLocale)(context, config.defaultLocale);
            await (0, turn_1.replyWithCard)(context, (0, help_1.welcomeCard)(locale));
            turnLogger(context, logger).info('bot.installed', { conversationType: context.activity.conversation.conversationType ?? null });
        }
    });
    app.conversationUpdate('membersRemoved', async (context) => {
        const botId = context.activity.recipient.id;
        if (!(context.activity.membersRemoved ?? []).some((m) => m.id === botId))
            return;
        const removed = await new conversations_1.ConversationRepository(deps.store).removeOwner((0, turn_1.ownerScope)(context));
        turnLogger(context, logger).info('bot.removed', { conversationType: context.activity.conversation.conversationType ?? null, addressesDeleted: removed });
    });
    // A command button (help and welcome cards) does what typing its command does, through the same handler;
    // the card it was pressed on stays as it was.
    app.adaptiveCards.actionExecute(help_1.COMMAND_VERB, async (context, state) => {
        const locale = (0, turn_1.turnLocale)(context, config.defaultLocale);
        const data = (0, help_1.commandOf)(context);
        if (!data) {
            await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)(locale, 'error.unknownAction'));
            return '';
        }
        const intent = router.find(data.command);
        turnLogger(context, logger).info('command.pressed', { intent: intent?.name ?? 'help' });
        if (intent)
            await intent.handle(context, state, data.command, locale);
        else
            await (0, help_1.sendHelp)(context, locale);
        await (0, cardResponses_1.respondWithCard)(context, data.card === 'welcome' ? (0, help_1.welcomeCard)(locale) : (0, help_1.helpCard)(locale), { updateShared: false });
        // Answered through respondWithCard; teams-ai's own reply is bypassed.
        return '';
    });
    for (const feature of features)
        feature(bot, deps);
    (0, wire_1.wireRegistry)({ app, router, registry: bot.jobs, locale: (context) => (0, turn_1.turnLocale)(context, config.defaultLocale), logger: (context) => turnLogger(context, logger) });
    // Catch-all for text and for card submits that no job claimed.
    app.activity(botbuilder_1.ActivityTypes.Message, async (context, state) => {
        const locale = (0, turn_1.turnLocale)(context, config.defaultLocale);
        const text = context.activity.text ?? '';
        if (!text.trim()) {
            if (context.activity.value !== undefined)
                await context.sendActivity((0, i18n_1.t)(locale, 'error.unknownAction'));
            else
                await (0, help_1.sendHelp)(context, locale);
            return;
        }
        const intent = router.find(text);
        turnLogger(context, logger).info('message.routed', { intent: intent?.name ?? 'help' });
        if (intent)
            await intent.handle(context, state, text, locale);
        else
            await (0, help_1.sendHelp)(context, locale);
    });
    // Action.Execute with a verb no job knows: teams-ai would answer 501 with no body.
    app.addRoute(async (context) => context.activity.type === botbuilder_1.ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action', async (context) => {
        turnLogger(context, logger).warn('card.unknown_verb');
        await (0, cardResponses_1.respondWithMessage)(context, (0, i18n_1.t)((0, turn_1.turnLocale)(context, config.defaultLocale), 'error.unknownAction'));
    }, true);
    // Every other invoke nobody claimed: botbuilder would answer 501 with an empty body, which Teams shows as a
    // bare failure. Each kind gets the answer Teams expects for it (see README, "Invokes the bot answers").
    app.addRoute(async (context) => context.activity.type === botbuilder_1.ActivityTypes.Invoke, async (context) => {
        const name = context.activity.name ?? '';
        const locale = (0, turn_1.turnLocale)(context, config.defaultLocale);
        turnLogger(context, logger).warn('invoke.unsupported', { name: name.slice(0, 60) });
        await context.sendActivity({ type: botbuilder_1.ActivityTypes.InvokeResponse, value: unsupportedInvokeResponse(name, locale) });
    }, true);
    return bot;
}
/**
 * The answer to an invoke the bot has no handler for:
 * - dialogs (task/fetch, task/submit) and action commands of a message extension (composeExtension/fetchTask,
 *   composeExtension/submitAction): 200 with a task "message" response, which Teams shows in a small dialog;
 * - a search command the bot does not have (composeExtension/query and the like): 200 with a message
 *   extension "message" result, shown where the results would be;
 * - anything else (signin/verifyState: the bot uses no sign-in): 501 with a JSON body saying so.
 */
function unsupportedInvokeResponse(name, locale) {
    if (name === 'task/fetch' || name === 'task/submit' || name === 'composeExtension/fetchTask' || name === 'composeExtension/submitAction') {
        return { status: 200, body: { task: { type: 'message', value: (0, i18n_1.t)(locale, 'error.unsupportedInvoke') } } };
    }
    if (name.startsWith('composeExtension/')) {
        return { status: 200, body: { composeExtension: { type: 'message', text: (0, i18n_1.t)(locale, 'error.unknownSearchCommand') } } };
    }
    return { status: 501, body: { error: { code: 'NotImplemented', message: 'BTI-bot does not handle this kind of invoke.' } } };
}
//# sourceMappingURL=app.js.map