import type { Locale } from '../i18n';

/**
 * Puts the language a card was written in into the data of each of its Action.Execute buttons, unless the
 * template set one. A press carries no words of its own, and Teams' client language is often English for
 * Norwegian staff: without this, a Norwegian form submitted from an English Teams came back in English.
 * decideLocale (src/bot/pipeline.ts) reads it back. Returns a copy; the card given is not changed, since one
 * rendered card may be sent to several people.
 */
export function withCardLocale<T>(card: T, locale: Locale): T {
  if (Array.isArray(card)) return card.map((item) => withCardLocale(item, locale)) as T;
  if (!card || typeof card !== 'object') return card;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(card as Record<string, unknown>)) out[key] = withCardLocale(value, locale);
  if (out.type === 'Action.Execute') {
    const data = out.data;
    if (data === undefined) out.data = { locale };
    // Only an object can carry it; a button whose data is a string or a list is left as its template made it.
    else if (data && typeof data === 'object' && !Array.isArray(data) && !('locale' in data)) out.data = { ...(data as object), locale };
  }
  return out as T;
}
