import { Activity, ActivityTypes, TurnContext } from 'botbuilder';
import type { Locale } from '../../i18n';
import { withCardLocale } from '../../cards/locale';

const ADAPTIVE = 'application/vnd.microsoft.card.adaptive';

/** Every Adaptive Card an outgoing activity carries (as attachments, or as a card-action answer) gets its language in its buttons (withCardLocale). */
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
