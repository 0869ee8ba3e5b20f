import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from '../paths';
import { ActivityTypes, ConfigurationBotFrameworkAuthenticationOptions, InvokeResponse, TurnContext } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import { BotTurnState } from './turnState';
import { DEFAULT_CONNECTOR_RETRY } from './connectorRetry';
import { BotAdapter } from './botAdapter';
import { errorFields, Logger } from '../log';
import { Locale, t } from '../i18n';
import { CosmosBotStateStorage } from '../runtime/teamsAi/botStateStorage';
import { ConversationRepository } from '../store/conversations';
import { BotDeps } from './deps';
import { IntentRouter } from './router';
import { COMMAND_VERB, commandOf, helpCard, sendHelp, welcomeCard } from './help';
import { ownerScope, replyWithCard, turnLocale, TURN_LOCALE_KEY } from './turn';
import { respondWithCard, respondWithMessage } from './cardResponses';
import { decideTurnLocale } from './language';
import { stampCardsWithLocale } from './cardLocale';
import { LanguagePreferenceRepository } from '../store/preferences';
import { isConnectorUnavailable, isStoreUnavailable } from './errors';
import { ReminderWorker } from './reminderWorker';
import { OutboxSweeper } from './outbox';
import { activityHasIdNumber, warnAboutIdNumber, refuse } from './privacyGuard';
import { ActionRegistry } from '../actions/registry';
import type { ProactivePort } from '../actions/types';
import { proactivePort, wireRegistry } from '../runtime/teamsAi/wire';

const LOGGER_KEY = Symbol('turnLogger');

/** The version in package.json, for the User-Agent of calls to Teams. */
const BOT_VERSION: string = (() => {
  try {
    return (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
})();

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(LOGGER_KEY) as Logger | undefined) ?? fallback;
}

function activityTenant(context: TurnContext): string | undefined {
  const channelData = context.activity.channelData as { tenant?: { id?: string } } | undefined;
  return channelData?.tenant?.id ?? context.activity.conversation?.tenantId ?? undefined;
}

export interface Bot {
  adapter: BotAdapter;
  app: Application<TurnState>;
  router: IntentRouter;
  /** Card actions, typed commands and searches of the jobs that speak the action layer (src/actions). */
  jobs: ActionRegistry;
  /** Sends into a stored conversation outside a turn. */
  proactive: ProactivePort;
  /** Proactive reminders: features register a sender per reminder kind. */
  reminders: ReminderWorker;
  /** Finishes commands' unfinished steps in the background; features register their document types. */
  outbox: OutboxSweeper;
  /** Extra HTTP routes a job serves beside /api/messages (e.g. calendar files); applied by the server. */
  httpRoutes: Array<(server: import('restify').Server) => void>;
  /** Runs one turn with a request id on its logger. */
  run(context: TurnContext): Promise<void>;
}

/** Every job registers its routes here; the catch-all message and invoke routes come last. */
export type Feature = (bot: Bot, deps: BotDeps) => void;

export function createBot(deps: BotDeps, features: Feature[] = []): Bot {
  const { config, logger } = deps;
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
  };
  const adapter = new BotAdapter(auth, { product: `BTI-bot/${BOT_VERSION}`, openIdMetadataUrl: config.bot.openIdMetadataUrl, connectorTimeoutMs: config.bot.connectorTimeoutMs });
  adapter.retry = { ...DEFAULT_CONNECTOR_RETRY, onRetry: (attempt, delayMs, context) => (context ? turnLogger(context, logger) : logger).warn('connector.throttled_retry', { attempt, delayMs }) };
  const app = new Application<TurnState>({
    adapter,
    botAppId: config.bot.appId ?? '',
    storage: new CosmosBotStateStorage(deps.store.container('botstate')),
    turnStateFactory: () => new BotTurnState(),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  const router = new IntentRouter();

  adapter.onTurnError = async (context, error) => {
    const log = turnLogger(context, logger);
    if (isConnectorUnavailable(error)) {
      // Teams' endpoint for this conversation did not answer: not a database fault. A chat reply would go to the
      // same dead endpoint, so only an invoke (answered in the HTTP response itself) tells the user.
      log.warn('turn.connector_unavailable', { reason: error.reason, activityType: context.activity.type });
      if (context.activity.type === ActivityTypes.Invoke && !context.responded) {
        await respondWithMessage(context, t(turnLocale(context, config.defaultLocale), 'error.teamsDown')).catch(() => undefined);
      }
      return;
    }
    const storeDown = isStoreUnavailable(error);
    log.error(storeDown ? 'turn.store_unavailable' : 'turn.failed', { ...errorFields(error), activityType: context.activity.type });
    const locale = turnLocale(context, config.defaultLocale);
    const text = t(locale, storeDown ? 'error.storeDown' : 'error.generic');
    try {
      if (context.activity.type === ActivityTypes.Invoke) await respondWithMessage(context, text);
      else await context.sendActivity(text);
    } catch (sendError) {
      log.error('turn.error_reply_failed', errorFields(sendError));
    }
  };

  const proactive = proactivePort(adapter, config.bot.appId ?? '');
  const reminders = new ReminderWorker({ store: deps.store, proactive, logger: logger.child({ component: 'reminders' }), now: deps.now });
  const outbox = new OutboxSweeper({ deps, proactive, logger: logger.child({ component: 'outbox' }) });
  reminders.onPoll('outbox', () => outbox.sweep());
  const bot: Bot = {
    adapter,
    app,
    router,
    jobs: new ActionRegistry(),
    proactive,
    reminders,
    outbox,
    httpRoutes: [],
    async run(context) {
      const requestId = randomUUID();
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

  const languages = new LanguagePreferenceRepository(deps.store, config.retentionDays);
  app.turn('beforeTurn', async (context) => {
    // A single-tenant bot serves its own municipality only: activities from another tenant change nothing.
    const tenant = activityTenant(context);
    if (config.bot.tenantId && tenant !== config.bot.tenantId) {
      turnLogger(context, logger).warn('tenant.refused', { activityType: context.activity.type });
      await refuse(context, t(turnLocale(context, config.defaultLocale), 'error.otherTenant'));
      return false;
    }
    // The reply language is decided once per turn (the person's choice, what they wrote, Teams' locale).
    const type = context.activity.type;
    if (type === ActivityTypes.Message || type === ActivityTypes.Invoke) {
      context.turnState.set(TURN_LOCALE_KEY, await decideTurnLocale(context, deps, languages));
      stampCardsWithLocale(context, () => turnLocale(context, config.defaultLocale));
    }
    if (!activityHasIdNumber(context.activity)) return true;
    turnLogger(context, logger).warn('privacy.id_number_refused', { activityType: context.activity.type, name: context.activity.name ?? null });
    await warnAboutIdNumber(context, turnLocale(context, config.defaultLocale));
    return false;
  });

  app.conversationUpdate('membersAdded', async (context) => {
    const botId = context.activity.recipient.id;
    const added = context.activity.membersAdded ?? [];
    if (added.some((m) => m.id === botId)) {
      const locale = turnLocale(context, config.defaultLocale);
      await replyWithCard(context, welcomeCard(locale));
      turnLogger(context, logger).info('bot.installed', { conversationType: context.activity.conversation.conversationType ?? null });
    }
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    const botId = context.activity.recipient.id;
    if (!(context.activity.membersRemoved ?? []).some((m) => m.id === botId)) return;
    const removed = await new ConversationRepository(deps.store).removeOwner(ownerScope(context));
    turnLogger(context, logger).info('bot.removed', { conversationType: context.activity.conversation.conversationType ?? null, addressesDeleted: removed });
  });

  // A command button (help and welcome cards) does what typing its command does, through the same handler;
  // the card it was pressed on stays as it was.
  app.adaptiveCards.actionExecute(COMMAND_VERB, async (context, state) => {
    const locale = turnLocale(context, config.defaultLocale);
    const data = commandOf(context);
    if (!data) {
      await respondWithMessage(context, t(locale, 'error.unknownAction'));
      return '';
    }
    const intent = router.find(data.command);
    turnLogger(context, logger).info('command.pressed', { intent: intent?.name ?? 'help' });
    if (intent) await intent.handle(context, state, data.command, locale);
    else await sendHelp(context, locale);
    await respondWithCard(context, data.card === 'welcome' ? welcomeCard(locale) : helpCard(locale), { updateShared: false });
    // Answered through respondWithCard; teams-ai's own reply is bypassed.
    return '';
  });

  for (const feature of features) feature(bot, deps);
  wireRegistry({ app, router, registry: bot.jobs, locale: (context) => turnLocale(context, config.defaultLocale), logger: (context) => turnLogger(context, logger) });

  // Catch-all for text and for card submits that no job claimed.
  app.activity(ActivityTypes.Message, async (context, state) => {
    const locale = turnLocale(context, config.defaultLocale);
    const text = context.activity.text ?? '';
    if (!text.trim()) {
      if (context.activity.value !== undefined) await context.sendActivity(t(locale, 'error.unknownAction'));
      else await sendHelp(context, locale);
      return;
    }
    const intent = router.find(text);
    turnLogger(context, logger).info('message.routed', { intent: intent?.name ?? 'help' });
    if (intent) await intent.handle(context, state, text, locale);
    else await sendHelp(context, locale);
  });

  // Action.Execute with a verb no job knows: teams-ai would answer 501 with no body.
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    async (context) => {
      turnLogger(context, logger).warn('card.unknown_verb');
      await respondWithMessage(context, t(turnLocale(context, config.defaultLocale), 'error.unknownAction'));
    },
    true,
  );

  // Every other invoke nobody claimed: botbuilder would answer 501 with an empty body, which Teams shows as a
  // bare failure. Each kind gets the answer Teams expects for it (see README, "Invokes the bot answers").
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke,
    async (context) => {
      const name = context.activity.name ?? '';
      const locale = turnLocale(context, config.defaultLocale);
      turnLogger(context, logger).warn('invoke.unsupported', { name: name.slice(0, 60) });
      await context.sendActivity({ type: ActivityTypes.InvokeResponse, value: unsupportedInvokeResponse(name, locale) });
    },
    true,
  );

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
export function unsupportedInvokeResponse(name: string, locale: Locale): InvokeResponse {
  if (name === 'task/fetch' || name === 'task/submit' || name === 'composeExtension/fetchTask' || name === 'composeExtension/submitAction') {
    return { status: 200, body: { task: { type: 'message', value: t(locale, 'error.unsupportedInvoke') } } };
  }
  if (name.startsWith('composeExtension/')) {
    return { status: 200, body: { composeExtension: { type: 'message', text: t(locale, 'error.unknownSearchCommand') } } };
  }
  return { status: 501, body: { error: { code: 'NotImplemented', message: 'BTI-bot does not handle this kind of invoke.' } } };
}
