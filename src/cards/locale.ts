import type { Locale } from '../i18n';

/**
 * Puts the language a card was written in into the data of each of its Action.Execute buttons, unless the
 * template set one. A press carries no words of its own, and Teams' client language is often English for
 * Norwegian staff: without this, a Norwegian form submitted from an English Teams came back in English.
 * decideLocale (src/bot/pipeline.ts) reads it back. The card given is never changed, since one rendered card
 * may be sent to several people (the help card is one frozen object for everyone): what needs the language
 * is copied, with the parts above it, and the rest is shared; a card whose buttons all say their language
 * already (the help card) comes back as it was, without a copy.
 */
export function withCardLocale<T>(card: T, locale: Locale): T {
  if (Array.isArray(card)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < card.length; i++) {
      const item: unknown = card[i];
      const stamped = withCardLocale(item, locale);
      if (stamped !== item) (out ??= card.slice())[i] = stamped;
    }
    return (out ?? card) as T;
  }
  if (!card || typeof card !== 'object') return card;
  const node = card as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const key in node) {
    if (!Object.prototype.hasOwnProperty.call(node, key)) continue;
    const value = node[key];
    if (!value || typeof value !== 'object') continue;
    const stamped = withCardLocale(value, locale);
    if (stamped !== value) (out ??= { ...node })[key] = stamped;
  }
  if (node.type === 'Action.Execute') {
    const data = (out ?? node).data;
    if (data === undefined) (out ??= { ...node }).data = { locale };
    // Only an object can carry it; a button whose data is a string or a list is left as its template made it.
    else if (data && typeof data === 'object' && !Array.isArray(data) && !('locale' in data)) (out ??= { ...node }).data = { ...(data as object), locale };
  }
  return (out ?? card) as T;
}
