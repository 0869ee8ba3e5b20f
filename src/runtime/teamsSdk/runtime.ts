import { AsyncLocalStorage } from 'node:async_hooks';
import { randomUUID } from 'node:crypto';
import { App, type IActivityContext, type IHttpServerAdapter } from '@microsoft/teams.apps';
import { Client as ApiClient, type Activity, type IToken, type InvokeResponse } from '@microsoft/teams.api';
import type { Client as HttpClient, ILogger } from '@microsoft/teams.common';
import type { Locale } from '../../i18n';
import { errorFields, type Logger } from '../../log';
import type { ActionRegistry } from '../../actions/registry';
import type { CardPress, ConversationPort, Member, OutMessage, ProactivePort, Reply, StoredReference, Turn } from '../../actions/types';
import type { BotDeps } from '../../bot/deps';
import { COMMAND_VERB } from '../../bot/help';
import { withCardLocale } from '../../cards/locale';
import { LanguagePreferenceRepository } from '../../store/preferences';
import type { TurnSlot } from '../../turnLimiter';
import * as pipeline from '../../bot/pipeline';
import type { Answer, InvokeAnswer, WireActivity } from '../../bot/pipeline';
import type { Inbound } from '../inbound';
import { BotFrameworkTokenValidator } from './auth';
import { connectorHttpClient } from './http';

/**
 * The Teams SDK 2 runtime (@microsoft/teams.apps 2.0, BOT_RUNTIME=teams-sdk): the same jobs (src/actions
 * registry) and the same turn pipeline (src/bot/pipeline.ts) as the teams-ai runtime, on the SDK's App and
 * its typed routes. restify keeps the port: the App gets an HTTP adapter that listens nowhere, and the server
 * hands each authenticated activity to App.process(), which runs the routes and returns the invoke response.
 */

/**
 * The pipeline's invoke answers are the Bot Framework wire shapes (statusCode/type/value for a card action,
 * composeExtension for a search) that the SDK's typed InvokeResponse<name> describes; built in src/bot/pipeline.ts
 * so both runtimes send the same bytes.
 */
function typed<N extends 'adaptiveCard/action' | 'composeExtension/query'>(answer: InvokeAnswer): InvokeResponse<N> {
  return answer as InvokeResponse<N>;
}

/** The SDK's HTTP adapter seam, with no server of its own: the bot's restify server owns /api/messages. */
const noPortAdapter: IHttpServerAdapter = { registerRoute: () => undefined };

/** What the SDK logs goes to the bot's JSON log at debug level, without its arguments (they may hold activities). */
function sdkLogger(log: Logger, name = 'teams.apps'): ILogger {
  const line = (level: 'debug' | 'warn') => () => log[level]('teams_sdk.log', { logger: name });
  return {
    debug: () => undefined,
    info: () => undefined,
    trace: () => undefined,
    log: () => undefined,
    warn: line('debug'),
    error: line('warn'),
    child: (child: string) => sdkLogger(log, `${name}/${child}`),
  };
}

function outgoing(message: OutMessage, locale?: Locale): Record<string, unknown> {
  const activity: Record<string, unknown> = { type: 'message' };
  if (message.text !== undefined) activity.text = message.text;
  if (message.mentions?.length) activity.entities = message.mentions.map((m) => ({ type: 'mention', text: `<at>${m.name}</at>`, mentioned: { id: m.id, name: m.name } }));
  if (message.card) {
    const card = locale ? withCardLocale(message.card, locale) : message.card;
    activity.attachments = [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }];
  }
  return activity;
}

/**
 * Sends, updates and reads the roster in one conversation, as botbuilder does it: a message that answers an
 * activity (in a turn, or a stored reference with its activity id) is posted as a reply to it.
 */
function conversationPort(api: ApiClient, reference: StoredReference, stamp?: () => Locale): ConversationPort {
  const conversationId = reference.conversation.id;
  // teams.api 2.0 puts ids into its URLs as they are; botbuilder encodes them. Encoding here gives the same URL
  // as botbuilder for every id (a thread id with ';', an id with '%' or a space).
  const url = encodeURIComponent;
  const envelope = () => ({ conversation: reference.conversation, from: reference.bot, recipient: reference.user, channelId: reference.channelId, serviceUrl: reference.serviceUrl });
  return {
    async send(message, opts = {}) {
      if (opts.conversationId && opts.conversationId !== conversationId) {
        // Another conversation of the same service (a channel thread): a new post there, not a reply.
        const conversation = { ...reference.conversation, id: opts.conversationId };
        const activity = { ...outgoing(message, stamp?.()), ...envelope(), conversation } as unknown as Parameters<typeof api.conversations.createActivity>[1];
        return (await api.conversations.createActivity(url(opts.conversationId), activity))?.id;
      }
      const replyToId = reference.activityId;
      const activity = { ...outgoing(message, stamp?.()), ...envelope(), ...(replyToId ? { replyToId } : {}) } as unknown as Parameters<typeof api.conversations.createActivity>[1];
      const res = replyToId ? await api.conversations.replyToActivity(url(conversationId), replyToId, activity) : await api.conversations.createActivity(url(conversationId), activity);
      return res?.id;
    },
    async update(activityId, message) {
      const activity = { ...outgoing(message, stamp?.()), ...envelope(), id: activityId } as unknown as Parameters<typeof api.conversations.updateActivity>[2];
      await api.conversations.updateActivity(url(conversationId), url(activityId), activity);
    },
    async members(max = 200) {
      // In a channel the roster is the team's (as botbuilder's TeamsInfo.getPagedMembers reads it).
      const rosterId = typeof reference.teamId === 'string' ? reference.teamId : conversationId;
      const members: Member[] = [];
      let token: string | undefined;
      do {
        const page = await api.conversations.getPagedMembers(url(rosterId), 100, token);
        for (const m of page.members ?? []) if (m.aadObjectId) members.push({ id: m.id, aadObjectId: m.aadObjectId, name: m.name ?? m.aadObjectId });
        token = page.continuationToken ?? undefined;
      } while (token && members.length < max);
      return members.slice(0, max);
    },
  };
}

interface TurnExtras {
  log: Logger;
  slot?: TurnSlot;
  locale: Locale;
}

function turnOf(ctx: IActivityContext, a: WireActivity, extras: TurnExtras): Turn {
  let locale = extras.locale;
  const reference = pipeline.referenceOf(a);
  const teamId = (a.channelData as { team?: { id?: unknown } } | undefined)?.team?.id;
  const port = conversationPort(ctx.api, { ...reference, teamId: typeof teamId === 'string' ? teamId : undefined }, () => locale);
  return {
    ...port,
    actor: { id: a.from.id, aadObjectId: a.from.aadObjectId ?? undefined, name: a.from.name ?? '' },
    place: {
      conversationId: a.conversation.id,
      conversationType: a.conversation.conversationType ?? 'personal',
      tenantId: pipeline.activityTenant(a),
      teamId: typeof teamId === 'string' ? teamId : undefined,
      owner: pipeline.ownerOf(a),
    },
    get locale() {
      return locale;
    },
    log: extras.log,
    reference: () => reference,
    activityId: a.id ?? undefined,
    releaseStoreSlot: () => extras.slot?.release(),
    setLocale: (next) => {
      locale = next;
    },
    clientLocale: (fallback) => pipeline.clientLocale(a, fallback),
  };
}

function pressOf(turn: Turn, a: WireActivity): CardPress {
  const value = a.value as { action?: { verb?: unknown; data?: unknown }; trigger?: unknown } | undefined;
  const data = value?.action?.data;
  // A getter would be lost by spreading: the locale stays the turn's own.
  return Object.defineProperties(
    {
      ...turn,
      verb: typeof value?.action?.verb === 'string' ? value.action.verb : '',
      data: data && typeof data === 'object' ? (data as Record<string, unknown>) : {},
      cardMessageId: a.replyToId ?? undefined,
      automatic: value?.trigger === 'automatic',
    },
    { locale: { get: () => turn.locale, enumerable: true } },
  ) as CardPress;
}

/**
 * One turn's own state, carried from process() through the SDK's routes: the SDK rebuilds its context for
 * every route and turns a message into a MessageActivity instance, so nothing of ours can ride on its objects.
 */
interface TurnState {
  /** The activity as posted (JSON), which the pipeline reads. */
  activity: WireActivity;
  log: Logger;
  slot?: TurnSlot;
  /** Set by the pipeline middleware. */
  turn?: Turn;
}

export interface TeamsSdkRuntime {
  app: App;
  /** Sends into stored conversations (the jobs, reminders, the outbox): usable before any route exists. */
  proactive: ProactivePort;
  /** Routes the activities to what the jobs registered; call once, after every job has registered. */
  attach(registry: ActionRegistry): Inbound<true>;
}

export function createTeamsSdkRuntime(deps: BotDeps, product: string): TeamsSdkRuntime {
  const { config, logger } = deps;
  const client: HttpClient = connectorHttpClient({
    product,
    timeoutMs: config.bot.connectorTimeoutMs,
    onRetry: (attempt, delayMs, status) => logger.warn('connector.throttled_retry', { attempt, delayMs, status }),
  });
  const app = new App({
    clientId: config.bot.appId,
    clientSecret: config.bot.appType === 'UserAssignedMSI' ? undefined : config.bot.appPassword,
    tenantId: config.bot.appType === 'MultiTenant' ? undefined : config.bot.tenantId,
    managedIdentityClientId: config.bot.appType === 'UserAssignedMSI' ? config.bot.appId : undefined,
    client,
    logger: sdkLogger(logger),
    httpServerAdapter: noPortAdapter,
    // Tokens are checked before App.process() is called (BotFrameworkTokenValidator); process() itself does not check.
    dangerouslyAllowUnauthenticatedRequests: true,
  });
  const botHttp = app.api.http;
  const proactive: ProactivePort = {
    async continue(reference, work) {
      if (!reference.serviceUrl) throw new Error('stored reference has no serviceUrl');
      return work(conversationPort(new ApiClient(reference.serviceUrl.replace(/\/+$/, ''), botHttp), reference));
    },
  };
  const validator = new BotFrameworkTokenValidator({ appId: config.bot.appId, openIdMetadataUrl: config.bot.openIdMetadataUrl });
  const languages = new LanguagePreferenceRepository(deps.store, config.retentionDays);
  return { app, proactive, attach: (registry) => attach(registry) };

  function attach(registry: ActionRegistry): Inbound<true> {
    const current = new AsyncLocalStorage<TurnState>();
    const state = (): { activity: WireActivity; turn: Turn } => {
      const found = current.getStore();
      if (!found?.turn) throw new Error('turn state missing: the pipeline middleware did not run');
      return { activity: found.activity, turn: found.turn };
    };
    const respond = (answer: Answer, turn: Turn): Promise<InvokeAnswer | undefined> =>
      answer.kind === 'invoke' ? Promise.resolve(answer.response) : turn.send({ text: answer.text }).then(() => undefined);
    const answerPress = async (press: CardPress, answer: Reply): Promise<InvokeAnswer> => {
      if (answer.kind === 'message') return pipeline.invokeAnswer.message(answer.text);
      if (answer.updateShared && !press.automatic && press.cardMessageId) await press.update(press.cardMessageId, { card: answer.card });
      return pipeline.invokeAnswer.card(withCardLocale(answer.card, press.locale));
    };
    const runText = async (text: string, turn: Turn): Promise<string | undefined> => {
      const command = pipeline.findCommand(registry.textCommands(), text);
      if (!command) return undefined;
      await command.run(text, turn);
      return command.name;
    };

    // 1. The shared pipeline: tenant, language, identity-number guard; errors answered as the teams-ai runtime does.
    app.use(async (ctx) => {
      const own = current.getStore();
      if (!own) throw new Error('activity processed outside the runtime');
      const { activity: a, log } = own;
      const turn = turnOf(ctx, a, { log, slot: own.slot, locale: pipeline.clientLocale(a, config.defaultLocale) });
      own.turn = turn;
      try {
        // Inside the try: a store that cannot be read for the language choice is answered like any failed turn.
        const gated = await pipeline.gate(a, deps, languages, log);
        if (gated.locale) turn.setLocale(gated.locale);
        if (!gated.pass) return await respond(gated.answer, turn);
        return await ctx.next();
      } catch (error) {
        const failed = pipeline.failure(error, a, turn.locale);
        log[failed.level](failed.event, { ...failed.fields, activityType: a.type });
        if (!failed.answer) return undefined;
        return await respond(failed.answer, turn).catch((sendError: unknown) => {
          log.error('turn.error_reply_failed', errorFields(sendError));
          return undefined;
        });
      }
    });

    // 2. Install and removal.
    app.on('conversationUpdate', async () => {
      const { activity, turn } = state();
      if (pipeline.botWasAdded(activity)) await pipeline.welcome(turn);
      if (pipeline.botWasRemoved(activity)) await pipeline.forgetConversation(activity, deps, turn.log);
    });

    // 3. Card actions (Action.Execute): by verb, the command button first, then the jobs' actions.
    const actions = new Map(registry.cardActions().map((action) => [action.verb, action]));
    app.on('card.action', async () => {
      const { activity, turn } = state();
      const press = pressOf(turn, activity);
      const action = actions.get(press.verb);
      if (press.verb === COMMAND_VERB) return typed<'adaptiveCard/action'>(await answerPress(press, await pipeline.commandButton(press, (text) => runText(text, press))));
      if (!action) return typed<'adaptiveCard/action'>(pipeline.unknownVerb(turn.locale, turn.log));
      return typed<'adaptiveCard/action'>(await answerPress(press, await pipeline.runPress(action, press)));
    });

    // 4. The message extension's search commands.
    const searches = new Map(registry.searchCommands().map((search) => [search.commandId, search]));
    app.on('message.ext.query', async () => {
      const { activity, turn } = state();
      const value = activity.value as { commandId?: unknown; parameters?: Array<{ name?: unknown; value?: unknown }>; queryOptions?: { count?: unknown; skip?: unknown } } | undefined;
      const search = typeof value?.commandId === 'string' ? searches.get(value.commandId) : undefined;
      if (!search) return typed<'composeExtension/query'>(unsupported(activity, turn));
      const raw = value?.parameters?.find((p) => p?.name === 'query')?.value ?? value?.parameters?.[0]?.value;
      const count = typeof value?.queryOptions?.count === 'number' ? value.queryOptions.count : 25;
      const skip = typeof value?.queryOptions?.skip === 'number' ? value.queryOptions.skip : 0;
      return typed<'composeExtension/query'>(pipeline.invokeAnswer.search(await search.run({ text: typeof raw === 'string' ? raw.slice(0, 200) : '', count, skip }, turn)));
    });

    // 5. Text and unclaimed card submits.
    app.on('message', async () => {
      const { activity, turn } = state();
      await pipeline.catchAll(activity, turn, (text) => runText(text, turn));
    });

    // 6. Every other invoke, sign-in included (the bot uses no sign-in; the SDK's own handlers are replaced).
    const unsupported = (activity: WireActivity, turn: Turn): InvokeAnswer => {
      const name = activity.name ?? '';
      turn.log.warn('invoke.unsupported', { name: name.slice(0, 60) });
      return pipeline.unsupportedInvokeResponse(name, turn.locale);
    };
    // The SDK types these routes' results as void: App.process() still answers with any InvokeResponse returned.
    const anyInvoke = () => unsupported(state().activity, state().turn) as unknown as void;
    for (const signin of ['signin.token-exchange', 'signin.verify-state', 'signin.failure'] as const) app.on(signin, anyInvoke as never);
    app.on('invoke', anyInvoke);

    return {
      async authenticate(activity, authHeader) {
        await validator.check(authHeader, activity);
        return true;
      },
      async process(_auth, activity, slot) {
        const log = logger.child({ requestId: randomUUID(), activityId: activity.id ?? null });
        // The SDK gets its own copy: it rehydrates messages into its classes; the pipeline reads the JSON.
        const body = structuredClone(activity) as unknown as Activity;
        const started = Date.now();
        const token: IToken = { appId: config.bot.appId ?? '', from: 'azure', fromId: '', serviceUrl: activity.serviceUrl ?? '', isExpired: () => false } as IToken;
        const response: InvokeResponse = await current.run({ activity, log, slot }, () => app.process({ body, token } as Parameters<App['process']>[0]));
        log.info('turn.completed', { activityType: activity.type, name: activity.name ?? null, conversationType: activity.conversation?.conversationType ?? null, durationMs: Date.now() - started });
        return activity.type === 'invoke' || response.body !== undefined ? { status: response.status, body: response.body } : undefined;
      },
    };
  }
}
