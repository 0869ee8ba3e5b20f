import { t, localeFrom, type Locale } from '../i18n';
import { errorFields, type Logger } from '../log';
import type { AdaptiveCardJson } from '../cards/render';
import type { CardAction, CardPress, Reply, SearchResult, StoredReference, TextCommand, Turn } from '../actions/types';
import { reply } from '../actions/types';
import { turnLanguage } from '../domain/language';
import type { LanguagePreferenceRepository } from '../store/preferences';
import { ConversationRepository } from '../store/conversations';
import type { BotDeps } from './deps';
import { activityHasIdNumber } from './privacyGuard';
import { COMMAND_VERB, commandOf, helpCard, welcomeCard } from './help';
import { normalizeText } from '../actions/input';
import { isConnectorUnavailable, isStoreUnavailable } from './errors';

/**
 * The turn pipeline both runtimes run (src/runtime/teamsAi through its app.ts, src/runtime/teamsSdk):
 * tenant check, the turn's language, the identity-number guard, welcome on install, cleanup on removal, the
 * command button, the catch-all message and the answers to what no job claimed. Everything here reads the
 * activity as the JSON Teams posted and answers through a Turn or with an invoke answer, so the two runtimes
 * cannot drift apart in what a person sees.
 */

/** An activity as posted to /api/messages. Every field is input: the server checked only the envelope. */
export interface WireActivity {
  type: string;
  name?: string | null;
  id?: string | null;
  text?: string | null;
  value?: unknown;
  locale?: string | null;
  replyToId?: string | null;
  serviceUrl?: string;
  channelId?: string | null;
  from: { id: string; aadObjectId?: string | null; name?: string | null };
  recipient?: { id: string; name?: string | null } | null;
  conversation: { id: string; conversationType?: string | null; tenantId?: string | null; isGroup?: boolean | null; name?: string | null };
  channelData?: unknown;
  entities?: unknown;
  membersAdded?: Array<{ id: string }> | null;
  membersRemoved?: Array<{ id: string }> | null;
}

/** What an invoke is answered with in the HTTP response (Bot Framework InvokeResponse). */
export interface InvokeAnswer {
  status: number;
  body?: unknown;
}

export const invokeAnswer = {
  /** A short text Teams shows the presser of a card button. */
  message: (text: string): InvokeAnswer => ({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: text } }),
  /** The card the presser sees instead of the one they pressed. */
  card: (card: AdaptiveCardJson): InvokeAnswer => ({ status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: card } }),
  /** A message-extension answer: results, or a message where the results would be. */
  search: (result: SearchResult): InvokeAnswer => ({ status: 200, body: { composeExtension: searchBody(result) } }),
};

/** A message-extension result as Teams expects it: the cards with their previews, or a message instead. */
export function searchBody(result: SearchResult): Record<string, unknown> {
  if (result.message !== undefined && result.items.length === 0) return { type: 'message', text: result.message };
  return {
    type: 'result',
    attachmentLayout: 'list',
    attachments: result.items.map((item) => ({
      contentType: 'application/vnd.microsoft.card.adaptive',
      content: item.card,
      preview: { contentType: 'application/vnd.microsoft.card.thumbnail', content: { title: item.preview.title, text: item.preview.text ?? '' } },
    })),
  };
}

/** How a refusal reaches the person: a chat message, or the HTTP answer of an invoke. */
export type Answer = { kind: 'send'; text: string } | { kind: 'invoke'; response: InvokeAnswer };

/** Answers any activity (message, card action, message-extension query) with a short text and nothing else. */
export function refusal(a: Pick<WireActivity, 'type' | 'name'>, text: string): Answer {
  if (a.type !== 'invoke') return { kind: 'send', text };
  if (a.name === 'composeExtension/query') return { kind: 'invoke', response: { status: 200, body: { composeExtension: { type: 'message', text } } } };
  return { kind: 'invoke', response: invokeAnswer.message(text) };
}

export function activityTenant(a: Pick<WireActivity, 'channelData' | 'conversation'>): string | undefined {
  const channelData = a.channelData as { tenant?: { id?: unknown } } | undefined | null;
  const fromChannel = channelData?.tenant?.id;
  return typeof fromChannel === 'string' ? fromChannel : (a.conversation?.tenantId ?? undefined);
}

/** Teams' client language: on the activity, or in its clientInfo entity (some activities carry only that). */
export function clientLocale(a: Pick<WireActivity, 'locale' | 'entities'>, fallback: Locale): Locale {
  const entities: unknown[] = Array.isArray(a.entities) ? a.entities : [];
  const clientInfo = entities.find((e) => !!e && typeof e === 'object' && (e as { type?: unknown }).type === 'clientInfo') as { locale?: unknown } | undefined;
  const fromEntity = typeof clientInfo?.locale === 'string' ? clientInfo.locale : undefined;
  return localeFrom(typeof a.locale === 'string' ? a.locale : fromEntity, fallback);
}

/** The owner scope cases and meetings are partitioned by: the team in a channel, otherwise the chat. */
export function ownerOf(a: Pick<WireActivity, 'channelData' | 'conversation'>): string {
  const teamId = (a.channelData as { team?: { id?: unknown } } | undefined | null)?.team?.id;
  return typeof teamId === 'string' && teamId ? `team:${teamId}` : `conv:${a.conversation.id}`;
}

/**
 * The conversation reference of an activity, as the Bot Framework defines it (botbuilder's
 * TurnContext.getConversationReference): what is stored for proactive sends, whichever runtime stored it.
 */
export function referenceOf(a: WireActivity): StoredReference {
  return {
    activityId: a.id ?? undefined,
    user: { ...a.from },
    bot: a.recipient ? ({ ...a.recipient } as StoredReference['bot']) : undefined,
    conversation: { ...a.conversation } as StoredReference['conversation'],
    channelId: a.channelId ?? undefined,
    locale: a.locale ?? undefined,
    serviceUrl: a.serviceUrl,
  };
}

/** The message text without the bot's own @mention (a channel message starts with it). */
export function withoutBotMention(a: Pick<WireActivity, 'text' | 'entities' | 'recipient'>): string {
  let text = typeof a.text === 'string' ? a.text : '';
  const entities: unknown[] = Array.isArray(a.entities) ? a.entities : [];
  for (const e of entities) {
    const m = e as { type?: unknown; text?: unknown; mentioned?: { id?: unknown } } | null;
    if (m?.type === 'mention' && typeof m.text === 'string' && m.text && m.mentioned?.id === a.recipient?.id) text = text.replace(m.text, '');
  }
  return text.trim();
}

export const botWasAdded = (a: WireActivity): boolean => a.type === 'conversationUpdate' && (a.membersAdded ?? []).some((m) => m.id === a.recipient?.id);
export const botWasRemoved = (a: WireActivity): boolean => a.type === 'conversationUpdate' && (a.membersRemoved ?? []).some((m) => m.id === a.recipient?.id);

/**
 * The reply language of a turn, in this order:
 * 1. the person's explicit choice (`språk engelsk`), remembered by a hash of their Entra object id;
 * 2. for a typed message or a command button, the language the text is clearly written in;
 * 3. Teams' client language (many Norwegian staff run Teams in English, which is why it comes after 2);
 * 4. the configured default (BTI_DEFAULT_LOCALE).
 * Other card actions use 1, then the language of the card pressed when the card says it (`locale` in its
 * action data), then 3 and 4: a press has no words of its own.
 */
export async function decideLocale(a: WireActivity, deps: BotDeps, prefs: LanguagePreferenceRepository): Promise<Locale> {
  const actor = a.from?.aadObjectId ?? undefined;
  const chosen = actor ? await prefs.get(actor) : undefined;
  return turnLanguage({ chosen, words: wordsOf(a), card: cardLocale(a), client: clientLocale(a, deps.config.defaultLocale) });
}

/** The language the pressed card was shown in, when its action data says it (withCardLocale, src/cards/locale.ts, puts it there). */
function cardLocale(a: WireActivity): Locale | undefined {
  if (a.type !== 'invoke' || a.name !== 'adaptiveCard/action') return undefined;
  const locale = (a.value as { action?: { data?: { locale?: unknown } } } | undefined)?.action?.data?.locale;
  return locale === 'nb' || locale === 'en' ? locale : undefined;
}

/** What the person wrote: the message text, or the command a help-card button stands for. */
function wordsOf(a: WireActivity): string | undefined {
  if (a.type === 'message') return typeof a.text === 'string' ? a.text : undefined;
  if (a.type === 'invoke' && a.name === 'adaptiveCard/action') {
    const action = (a.value as { action?: { verb?: unknown } } | undefined)?.action;
    if (action?.verb === COMMAND_VERB) return commandOf({ activity: a })?.command;
  }
  return undefined;
}

/** Whether the turn may go on, and in which language. */
export type Gate = { pass: true; locale?: Locale } | { pass: false; answer: Answer; locale?: Locale };

/**
 * What runs before any job sees a turn: the tenant check (a single-tenant bot serves its own municipality
 * only), the reply language (decided once per turn, for messages and invokes), and the identity-number guard
 * (nothing of such a turn is stored, logged or echoed).
 */
export async function gate(a: WireActivity, deps: BotDeps, prefs: LanguagePreferenceRepository, log: Logger): Promise<Gate> {
  const { config } = deps;
  if (config.bot.tenantId && activityTenant(a) !== config.bot.tenantId) {
    log.warn('tenant.refused', { activityType: a.type });
    return { pass: false, answer: refusal(a, t(clientLocale(a, config.defaultLocale), 'error.otherTenant')) };
  }
  const locale = a.type === 'message' || a.type === 'invoke' ? await decideLocale(a, deps, prefs) : undefined;
  if (!activityHasIdNumber(a)) return { pass: true, locale };
  log.warn('privacy.id_number_refused', { activityType: a.type, name: a.name ?? null });
  return { pass: false, locale, answer: refusal(a, t(locale ?? clientLocale(a, config.defaultLocale), 'privacy.idNumber')) };
}

/** The bot was added to a chat or team: a welcome card in the installer's language. */
export async function welcome(turn: Turn): Promise<void> {
  await turn.send({ card: welcomeCard(turn.locale) });
  turn.log.info('bot.installed', { conversationType: turn.place.conversationType });
}

/** The bot was removed: nothing can be sent there any more, so the conversation's addresses go. */
export async function forgetConversation(a: WireActivity, deps: BotDeps, log: Logger): Promise<void> {
  const removed = await new ConversationRepository(deps.store).removeOwner(ownerOf(a));
  log.info('bot.removed', { conversationType: a.conversation.conversationType ?? null, addressesDeleted: removed });
}

/** The first typed command (by priority) that takes this text, if any. */
export function findCommand<C extends Pick<TextCommand, 'matches'>>(commands: readonly C[], text: string): C | undefined {
  const normalized = normalizeText(text);
  return commands.find((c) => c.matches(normalized));
}

/**
 * A command button (help and welcome cards) does what typing its command does, through the same handler;
 * the card it was pressed on stays as it was. `run` runs the command for the text and says whether one took it.
 */
export async function commandButton(press: CardPress, run: (text: string) => Promise<string | undefined>): Promise<Reply> {
  const data = commandOf({ activity: { value: { action: { data: press.data } } } });
  if (!data) return reply.message(t(press.locale, 'error.unknownAction'));
  const ran = await run(data.command);
  press.log.info('command.pressed', { intent: ran ?? 'help' });
  if (!ran) await press.send({ card: helpCard(press.locale) });
  return reply.card(data.card === 'welcome' ? welcomeCard(press.locale) : helpCard(press.locale));
}

/**
 * Text and card submits that no job claimed: a submit gets "unknown action", empty text the help card, and
 * text goes to the first command that takes it, else the help card.
 */
export async function catchAll(a: WireActivity, turn: Turn, run: (text: string) => Promise<string | undefined>): Promise<void> {
  const text = withoutBotMention(a);
  if (!text) {
    if (a.value !== undefined && a.value !== null) await turn.send({ text: t(turn.locale, 'error.unknownAction') });
    else await turn.send({ card: helpCard(turn.locale) });
    return;
  }
  const ran = await run(text);
  turn.log.info('message.routed', { intent: ran ?? 'help' });
  if (!ran) await turn.send({ card: helpCard(turn.locale) });
}

/** Action.Execute with a verb no job knows. */
export function unknownVerb(locale: Locale, log: Logger): InvokeAnswer {
  log.warn('card.unknown_verb');
  return invokeAnswer.message(t(locale, 'error.unknownAction'));
}

/**
 * The answer to an invoke the bot has no handler for:
 * - dialogs (task/fetch, task/submit) and action commands of a message extension (composeExtension/fetchTask,
 *   composeExtension/submitAction): 200 with a task "message" response, which Teams shows in a small dialog;
 * - a search command the bot does not have (composeExtension/query and the like): 200 with a message
 *   extension "message" result, shown where the results would be;
 * - anything else (signin/verifyState: the bot uses no sign-in): 501 with a JSON body saying so.
 */
export function unsupportedInvokeResponse(name: string, locale: Locale): InvokeAnswer {
  if (name === 'task/fetch' || name === 'task/submit' || name === 'composeExtension/fetchTask' || name === 'composeExtension/submitAction') {
    return { status: 200, body: { task: { type: 'message', value: t(locale, 'error.unsupportedInvoke') } } };
  }
  if (name.startsWith('composeExtension/')) {
    return { status: 200, body: { composeExtension: { type: 'message', text: t(locale, 'error.unknownSearchCommand') } } };
  }
  return { status: 501, body: { error: { code: 'NotImplemented', message: 'BTI-bot does not handle this kind of invoke.' } } };
}

/**
 * A turn that failed: what to log and what to tell the person. Teams' endpoint not answering is not a database
 * fault; a chat reply would go to the same dead endpoint, so only an invoke (answered in the HTTP response
 * itself) tells the user.
 */
export function failure(
  error: unknown,
  a: Pick<WireActivity, 'type' | 'name'>,
  locale: Locale,
): { event: string; level: 'warn' | 'error'; fields: Record<string, unknown>; answer?: Answer } {
  if (isConnectorUnavailable(error)) {
    return { event: 'turn.connector_unavailable', level: 'warn', fields: { reason: error.reason }, answer: a.type === 'invoke' ? { kind: 'invoke', response: invokeAnswer.message(t(locale, 'error.teamsDown')) } : undefined };
  }
  const storeDown = isStoreUnavailable(error);
  const text = t(locale, storeDown ? 'error.storeDown' : 'error.generic');
  return { event: storeDown ? 'turn.store_unavailable' : 'turn.failed', level: 'error', fields: errorFields(error), answer: a.type === 'invoke' ? { kind: 'invoke', response: invokeAnswer.message(text) } : { kind: 'send', text } };
}

/** Parses the press's data with the action's schema, then runs it; a malformed press gets the action's own answer. */
export async function runPress(action: CardAction<unknown>, press: CardPress): Promise<Reply> {
  if (!action.input) return action.run(press.data, press);
  const parsed = action.input.safeParse(press.data);
  if (parsed.success) return action.run(parsed.data, press);
  press.log.warn('card.invalid_data', { verb: action.verb, issues: parsed.error.issues.length });
  return action.invalid ? action.invalid(press, parsed.error.issues) : { kind: 'message', text: t(press.locale, 'error.unknownAction') };
}
