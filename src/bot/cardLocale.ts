import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import type { Locale } from '../i18n';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

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

/** The same for every Adaptive Card an outgoing activity carries: as attachments, or as a card-action answer. */
export function stampActivity(activity: Partial<Activity>, locale: Locale): Partial<Activity> {
  let result = activity;
  if (Array.isArray(activity.attachments) && activity.attachments.some((a) => a?.contentType === ADAPTIVE)) {
    result = { ...result, attachments: activity.attachments.map((a) => (a?.contentType === ADAPTIVE ? { ...a, content: withCardLocale(a.content, locale) } : a)) };
  }
  if (activity.type === ActivityTypes.InvokeResponse) {
    const body = (activity.value as { body?: { type?: unknown; value?: unknown } } | undefined)?.body;
    if (body && body.type === ADAPTIVE && body.value) {
      result = { ...result, value: { ...(activity.value as object), body: { ...body, value: withCardLocale(body.value, locale) } } };
    }
  }
  return result;
}

/** Every card this turn sends or updates carries the turn's reply language in its buttons. */
export function stampCardsWithLocale(context: TurnContext, locale: () => Locale): void {
  context.onSendActivities(async (ctx, activities, next) => {
    const l = locale();
    activities.splice(0, activities.length, ...activities.map((a) => stampActivity(a, l) as typeof a));
    return next();
  });
  context.onUpdateActivity(async (ctx, activity, next) => {
    Object.assign(activity, stampActivity(activity, locale()));
    return next();
  });
}
