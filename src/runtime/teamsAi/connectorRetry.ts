import { Activity, ResourceResponse, TurnContext } from 'botbuilder';
import { TeamsAdapter } from '@microsoft/teams-ai';

/**
 * Retries sends and updates that Teams refuses with 429 and no Retry-After. botbuilder's own HTTP pipeline
 * already waits out a 429 that names a wait and retries 5xx, but a bare 429 fails at once and the user would
 * get an error instead of the answer. Teams asks bots to back off exponentially on 429, so: a few retries with
 * doubling waits and jitter, short enough that a card press is still answered within Teams' time limit.
 * (The connector's request-policy option cannot carry this: botbuilder's connector factory overwrites it.)
 * Activities are sent one by one, so a retry never sends again what already went through.
 */

export interface ConnectorRetrySettings {
  retries: number;
  baseDelayMs: number;
  /** Told about each wait (for the log; the turn's context so the line carries its request id). */
  onRetry?: (attempt: number, delayMs: number, context?: TurnContext) => void;
}

export const DEFAULT_CONNECTOR_RETRY: ConnectorRetrySettings = { retries: 3, baseDelayMs: 300 };

export class RetryingTeamsAdapter extends TeamsAdapter {
  retry: ConnectorRetrySettings = DEFAULT_CONNECTOR_RETRY;

  override async sendActivities(context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    const responses: ResourceResponse[] = [];
    for (const activity of activities) {
      const [response] = await withRetry(this.retry, () => super.sendActivities(context, [activity]), context);
      responses.push(response ?? { id: '' });
    }
    return responses;
  }

  override updateActivity(context: TurnContext, activity: Partial<Activity>): Promise<ResourceResponse | void> {
    return withRetry(this.retry, () => super.updateActivity(context, activity), context);
  }
}

export async function withRetry<T>(settings: ConnectorRetrySettings, send: () => Promise<T>, context?: TurnContext): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await send();
    } catch (err) {
      if (!isBare429(err) || attempt > settings.retries) throw err;
      const delayMs = Math.round(settings.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
      settings.onRetry?.(attempt, delayMs, context);
      await new Promise<void>((r) => setTimeout(r, delayMs));
    }
  }
}

/** 429 without a Retry-After header (with one, botbuilder's pipeline has already waited and retried). */
function isBare429(err: unknown): boolean {
  const e = err as { statusCode?: number; response?: { headers?: { get?(name: string): string | undefined } } } | undefined;
  return e?.statusCode === 429 && !e.response?.headers?.get?.('retry-after');
}
