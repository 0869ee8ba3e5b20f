import type { TeamsAdapter } from '@microsoft/teams-ai';

/**
 * Retries calls to the Bot Connector (sending and updating messages) that Teams refuses with 429 and no
 * Retry-After. botbuilder's own pipeline already waits out a 429 that names a wait and retries 5xx, but a
 * bare 429 fails at once and the user would get an error instead of the answer. Teams asks bots to back
 * off exponentially on 429, so: a few retries, doubling waits with jitter, short enough that a card press is
 * still answered within Teams' time limit.
 */

type ClientOptions = NonNullable<ConstructorParameters<typeof TeamsAdapter>[3]>;
type PolicyFactory = Extract<NonNullable<ClientOptions['requestPolicyFactories']>, unknown[]>[number];
type Policy = ReturnType<PolicyFactory['create']>;
type Request = Parameters<Policy['sendRequest']>[0];
type Response = Awaited<ReturnType<Policy['sendRequest']>>;

export interface ConnectorRetrySettings {
  retries: number;
  baseDelayMs: number;
  /** Told about each wait (for the log). */
  onRetry?: (attempt: number, delayMs: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

export const DEFAULT_CONNECTOR_RETRY: ConnectorRetrySettings = { retries: 3, baseDelayMs: 300 };

export function connectorClientOptions(settings: ConnectorRetrySettings = DEFAULT_CONNECTOR_RETRY): ClientOptions {
  const factory: PolicyFactory = { create: (next) => ({ sendRequest: (request) => sendWithRetry(next, request, settings) }) };
  return { requestPolicyFactories: [factory] };
}

async function sendWithRetry(next: Policy, request: Request, settings: ConnectorRetrySettings): Promise<Response> {
  const sleep = settings.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  for (let attempt = 1; ; attempt++) {
    let response: Response | undefined;
    let error: unknown;
    try {
      response = await next.sendRequest(request);
    } catch (err) {
      error = err;
    }
    const seen = response ?? (error as { response?: Response } | undefined)?.response;
    const status = seen?.status ?? (error as { statusCode?: number } | undefined)?.statusCode;
    const bare429 = status === 429 && !seen?.headers.get('retry-after');
    if (!bare429 || attempt > settings.retries) {
      if (response) return response;
      throw error;
    }
    const delayMs = Math.round(settings.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
    settings.onRetry?.(attempt, delayMs);
    await sleep(delayMs);
  }
}
