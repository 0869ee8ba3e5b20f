import { randomUUID } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { projectRoot } from '../../paths';
import { ActivityTypes, ConfigurationBotFrameworkAuthenticationOptions, TurnContext } from 'botbuilder';
import { Application, TurnState } from '@microsoft/teams-ai';
import { BotTurnState } from './turnState';
import { DEFAULT_CONNECTOR_RETRY } from './connectorRetry';
import { BotAdapter } from './botAdapter';
import { errorFields, Logger } from '../../log';
import { BotDeps } from '../../bot/deps';
import type { Feature, JobHost } from '../../bot/host';
import { IntentRouter } from './router';
import { COMMAND_VERB } from '../../bot/help';
import { turnLocale, TURN_LOCALE_KEY } from './turnContext';
import { stampCardsWithLocale } from './cardLocale';
import { LanguagePreferenceRepository } from '../../store/preferences';
import { isConnectorUnavailable } from '../../bot/errors';
import { ReminderWorker } from '../../bot/reminderWorker';
import { OutboxSweeper } from '../../bot/outbox';
import { ActionRegistry } from '../../actions/registry';
import type { ProactivePort } from '../../actions/types';
import { answerPress, proactivePort, wireRegistry } from './wire';
import { deliver, pressOf, turnOf } from './turn';
import { botWasAdded, botWasRemoved, catchAll, commandButton, failure, forgetConversation, gate, unknownVerb, unsupportedInvokeResponse, welcome } from '../../bot/pipeline';

const LOGGER_KEY = Symbol('turnLogger');

/** The version in package.json, for the User-Agent of calls to Teams. */
const BOT_VERSION: string = (() => {
  try {
    return (JSON.parse(fs.readFileSync(path.join(projectRoot(), 'package.json'), 'utf8')) as { version?: string }).version ?? '0';
  } catch {
    return '0';
  }
})();

/** Names BTI-bot and its version first in the User-Agent of calls to Teams ("BTI-bot/0.1.0"). */
export const BOT_PRODUCT = `BTI-bot/${BOT_VERSION}`;

export function turnLogger(context: TurnContext, fallback: Logger): Logger {
  return (context.turnState.get(LOGGER_KEY) as Logger | undefined) ?? fallback;
}

/** The teams-ai runtime's bot: what the jobs see (JobHost) and the SDK objects they never see. */
export interface Bot extends JobHost {
  adapter: BotAdapter;
  app: Application<TurnState>;
  router: IntentRouter;
  /** Runs one turn with a request id on its logger. */
  run(context: TurnContext): Promise<void>;
}

/** `proactive`: the runtime's port for proactive sends (BOT_RUNTIME=teams-sdk); botbuilder's when absent. */
export function createBot(deps: BotDeps, features: Feature[] = [], opts: { proactive?: ProactivePort } = {}): Bot {
  const { config, logger } = deps;
  const auth: ConfigurationBotFrameworkAuthenticationOptions = {
    MicrosoftAppId: config.bot.appId ?? '',
    MicrosoftAppPassword: config.bot.appPassword ?? '',
    MicrosoftAppType: config.bot.appType,
    MicrosoftAppTenantId: config.bot.tenantId ?? '',
  };
  const adapter = new BotAdapter(auth, { product: BOT_PRODUCT, openIdMetadataUrl: config.bot.openIdMetadataUrl, connectorTimeoutMs: config.bot.connectorTimeoutMs });
  adapter.retry = { ...DEFAULT_CONNECTOR_RETRY, onRetry: (attempt, delayMs, context) => (context ? turnLogger(context, logger) : logger).warn('connector.throttled_retry', { attempt, delayMs }) };
  const app = new Application<TurnState>({
    adapter,
    botAppId: config.bot.appId ?? '',
    turnStateFactory: () => new BotTurnState(),
    removeRecipientMention: true,
    startTypingTimer: false,
    longRunningMessages: false,
  });
  const router = new IntentRouter();

  adapter.onTurnError = async (context, error) => {
    const log = turnLogger(context, logger);
    const failed = failure(error, context.activity, turnLocale(context, config.defaultLocale));
    log[failed.level](failed.event, { ...failed.fields, activityType: context.activity.type });
    if (!failed.answer || (failed.answer.kind === 'invoke' && context.responded && isConnectorUnavailable(error))) return;
    try {
      await deliver(context, failed.answer);
    } catch (sendError) {
      log.error('turn.error_reply_failed', errorFields(sendError));
    }
  };

  const proactive = opts.proactive ?? proactivePort(adapter, config.bot.appId ?? '');
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
    warmUps: [],
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
    // Tenant, language and the identity-number guard: the same steps under both runtimes (src/bot/pipeline.ts).
    const checked = await gate(context.activity, deps, languages, turnLogger(context, logger));
    if (checked.locale) {
      context.turnState.set(TURN_LOCALE_KEY, checked.locale);
      stampCardsWithLocale(context, () => turnLocale(context, config.defaultLocale));
    }
    if (checked.pass) return true;
    await deliver(context, checked.answer);
    return false;
  });

  app.conversationUpdate('membersAdded', async (context) => {
    if (botWasAdded(context.activity)) await welcome(turnOf(context, () => turnLocale(context, config.defaultLocale), turnLogger(context, logger)));
  });

  app.conversationUpdate('membersRemoved', async (context) => {
    if (botWasRemoved(context.activity)) await forgetConversation(context.activity, deps, turnLogger(context, logger));
  });

  // A command button (help and welcome cards) does what typing its command does, through the same handler;
  // the card it was pressed on stays as it was.
  app.adaptiveCards.actionExecute(COMMAND_VERB, async (context, state) => {
    const press = pressOf(context, () => turnLocale(context, config.defaultLocale), turnLogger(context, logger));
    const answer = await commandButton(press, async (text) => {
      const intent = router.find(text);
      if (intent) await intent.handle(context, state, text, press.locale);
      return intent?.name;
    });
    await answerPress(context, answer);
    // Answered through answerPress; teams-ai's own reply is bypassed.
    return '';
  });

  for (const feature of features) feature(bot, deps);
  wireRegistry({ app, router, registry: bot.jobs, locale: (context) => turnLocale(context, config.defaultLocale), logger: (context) => turnLogger(context, logger) });

  // Catch-all for text and for card submits that no job claimed.
  app.activity(ActivityTypes.Message, async (context, state) => {
    const turn = turnOf(context, () => turnLocale(context, config.defaultLocale), turnLogger(context, logger));
    // teams-ai has removed the bot's mention from the text already.
    await catchAll(context.activity, turn, async (text) => {
      const intent = router.find(text);
      if (intent) await intent.handle(context, state, text, turn.locale);
      return intent?.name;
    });
  });

  // Action.Execute with a verb no job knows: teams-ai would answer 501 with no body.
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke && context.activity.name === 'adaptiveCard/action',
    async (context) => {
      await deliver(context, { kind: 'invoke', response: unknownVerb(turnLocale(context, config.defaultLocale), turnLogger(context, logger)) });
    },
    true,
  );

  // Every other invoke nobody claimed: botbuilder would answer 501 with an empty body, which Teams shows as a
  // bare failure. Each kind gets the answer Teams expects for it (see README, "Invokes the bot answers").
  app.addRoute(
    async (context) => context.activity.type === ActivityTypes.Invoke,
    async (context) => {
      const name = context.activity.name ?? '';
      turnLogger(context, logger).warn('invoke.unsupported', { name: name.slice(0, 60) });
      await deliver(context, { kind: 'invoke', response: unsupportedInvokeResponse(name, turnLocale(context, config.defaultLocale)) });
    },
    true,
  );

  return bot;
}

export { unsupportedInvokeResponse };
