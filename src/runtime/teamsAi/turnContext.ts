import type { TurnContext } from 'botbuilder';
import type { Locale } from '../../i18n';
import { clientLocale, ownerOf } from '../../bot/pipeline';
import type { TurnSlot } from '../../turnLimiter';

/** Where the turn's decided reply language is kept (see decideLocale in src/bot/pipeline.ts). */
export const TURN_LOCALE_KEY = Symbol('turnLocale');

/**
 * The language to answer this turn in: the one decided for the turn (the person's choice, or the language
 * they wrote in), else Teams' client language.
 */
export function turnLocale(context: TurnContext, fallback: Locale): Locale {
  return (context.turnState.get(TURN_LOCALE_KEY) as Locale | undefined) ?? teamsLocale(context, fallback);
}

/** Teams' client language: on the activity, or in its clientInfo entity (some activities carry only that). */
export function teamsLocale(context: TurnContext, fallback: Locale): Locale {
  return clientLocale(context.activity, fallback);
}

/** The owning scope of a case: the team when in a channel, otherwise the chat. Used as the partition key. */
export function ownerScope(context: TurnContext): string {
  return ownerOf(context.activity);
}

/** Where the server leaves the turn's place in the turn limiter (src/turnLimiter.ts). */
export const TURN_SLOT_KEY = Symbol('turnSlot');

/** Gives up this turn's place in the turn limiter: call only when the rest of the turn does no store work of its own. */
export function releaseTurnSlot(context: TurnContext): void {
  (context.turnState.get(TURN_SLOT_KEY) as TurnSlot | undefined)?.release();
}
