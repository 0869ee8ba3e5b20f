import type { z } from 'zod';
import type { Locale } from '../i18n';
import type { AdaptiveCardJson } from '../cards/render';
import type { Logger } from '../log';

/**
 * The framework-neutral action layer. A job (src/bot/<job>) says what it does with these types only; a runtime
 * (src/runtime/<name>) maps a Teams SDK onto them. Nothing here, in a job, or below (domain, store, content,
 * cards) imports botbuilder, teams-ai or the Teams SDK: a second runtime replaces one folder, not the bot.
 */

/** The person who acted. Authorisation uses `aadObjectId` (Entra object id), never the shape of `id` or a name. */
export interface Actor {
  /** The channel account id: opaque, used only to address or mention the person. */
  id: string;
  aadObjectId?: string;
  name: string;
}

/** Where the turn happens. */
export interface Place {
  conversationId: string;
  /** 'personal', 'groupChat' or 'channel' as Teams says it; other values are kept as they come. */
  conversationType: string;
  tenantId?: string;
  teamId?: string;
  /** The owner scope cases and meetings are partitioned by: `team:<id>` in a channel, `conv:<id>` elsewhere. */
  owner: string;
}

/** A person @mentioned in a text: the text holds `<at>name</at>` where the mention goes. */
export interface Mention {
  /** The channel account id (opaque). */
  id: string;
  name: string;
}

/** A message the bot posts: plain text (with @mentions), a card, or both. */
export type OutMessage = { text: string; mentions?: Mention[]; card?: undefined } | { card: AdaptiveCardJson; text?: string; mentions?: undefined };

/** A member of the conversation as the roster gives it: ids are opaque strings. */
export interface Member {
  id: string;
  aadObjectId: string;
  name: string;
}

/**
 * A conversation address kept for proactive sends. It is the Bot Framework's conversation reference as JSON
 * (the wire format both runtimes speak), so an address stored under one runtime works under the other.
 */
export interface StoredReference {
  serviceUrl?: string;
  channelId?: string;
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean; name?: string };
  bot?: { id: string; name?: string };
  activityId?: string;
  locale?: string;
  [extra: string]: unknown;
}

/** What a handler may do in one conversation, inside a turn or proactively. */
export interface ConversationPort {
  /**
   * Posts a message; returns its activity id when Teams gives one. `conversationId` posts into another
   * conversation of the same service instead (a channel thread the turn did not come from).
   */
  send(message: OutMessage, opts?: { conversationId?: string }): Promise<string | undefined>;
  /** Replaces an earlier message of the bot's (a shared card) for everyone. */
  update(activityId: string, message: OutMessage): Promise<void>;
  /** The conversation's roster (the team's in a channel), at most `max` people. */
  members(max?: number): Promise<Member[]>;
}

/** One incoming turn, seen by a job. */
export interface Turn extends ConversationPort {
  actor: Actor;
  place: Place;
  /** The reply language decided for this turn. */
  locale: Locale;
  /** The turn's logger (request id attached). Never log message text. */
  log: Logger;
  /** This conversation's address, for proactive sends later. */
  reference(): StoredReference;
  /** Says the turn does no more store work, so its place in the store's turn limiter can go to another turn. */
  releaseStoreSlot(): void;
  /** Changes the language of the rest of this turn (after `språk engelsk`, say). */
  setLocale(locale: Locale): void;
}

/** A press on an Action.Execute button. */
export interface CardPress extends Turn {
  verb: string;
  /** The raw action data (action.data merged with the card's inputs): parse it, never trust it. */
  data: Record<string, unknown>;
  /** Id of the message the pressed card is in (the shared card to update), when Teams says it. */
  cardMessageId?: string;
  /** A card's automatic refresh (Universal Actions): it must never write anything. */
  automatic: boolean;
}

/**
 * The answer to a press:
 * - `card`: the card the presser sees; with `updateShared` the message it was pressed on is replaced by it for
 *   everyone (never on an automatic refresh: the runtime skips that);
 * - `message`: a short text Teams shows the presser (a refusal, a form error, "done").
 */
export type Reply = { kind: 'card'; card: AdaptiveCardJson; updateShared?: boolean } | { kind: 'message'; text: string };

export const reply = {
  card: (card: AdaptiveCardJson, opts: { updateShared?: boolean } = {}): Reply => ({ kind: 'card', card, updateShared: opts.updateShared ?? false }),
  message: (text: string): Reply => ({ kind: 'message', text }),
};

/** A card action: its verb, the shape of its data, and what it does. */
export interface CardAction<I = Record<string, unknown>> {
  verb: string;
  /** Validates the press's data. When it fails, `invalid` answers (default: the "unknown action" message). */
  input?: z.ZodType<I, z.ZodTypeDef, unknown>;
  invalid?(press: CardPress, issues: z.ZodIssue[]): Promise<Reply> | Reply;
  run(input: I, press: CardPress): Promise<Reply>;
}

/** A typed command (or a help-card button for it): the first match by priority handles the message. */
export interface TextCommand {
  name: string;
  /** Lower goes first (the emergency route is 0; the free-text router is last). */
  priority: number;
  /** Tested on the normalised text (lower case, no mention, no trailing punctuation). */
  matches(normalized: string): boolean;
  /** `text` is the message as written (mention removed). */
  run(text: string, turn: Turn): Promise<void>;
}

/** A search command of the message extension. */
export interface SearchCommand {
  commandId: string;
  run(query: { text: string; count: number; skip: number }, turn: Turn): Promise<SearchResult>;
}

/** Results of a message-extension search: each a card to insert and its preview in the list. */
export interface SearchResult {
  items: Array<{ card: AdaptiveCardJson; preview: { title: string; text?: string } }>;
  /** Shown instead of results (nothing found, say). */
  message?: string;
}

/** Sends into a stored conversation outside a turn (reminders, the outbox). */
export interface ProactivePort {
  continue<T>(reference: StoredReference, work: (port: ConversationPort) => Promise<T>): Promise<T>;
}
