import { z } from 'zod';

/** How what a person sent is read, the same under every runtime: typed text as commands match it, a card's version. */

/** Lower-case, trimmed, with the bot mention and trailing punctuation gone: what intents match on. */
export function normalizeText(text: string): string {
  return text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/[.!?]+$/, '')
    .trim();
}

/** Card action data always arrives as strings; accept numbers too. */
export const cardVersionSchema = z.preprocess((v) => (typeof v === 'string' && /^\d+$/.test(v) ? Number(v) : v), z.number().int().min(0));
