import { Client as HttpClient, type Interceptor } from '@microsoft/teams.common';
import { ConnectorUnavailableError } from '../../bot/errors';

/**
 * The HTTP client every call to Teams goes through under the Teams SDK runtime, with what the teams-ai runtime
 * does in src/runtime/teamsAi/botAdapter.ts and src/runtime/teamsAi/connectorRetry.ts:
 * - BTI-bot named first in the User-Agent;
 * - a timeout per call (CONNECTOR_TIMEOUT_SECONDS), so a hung Teams endpoint cannot hold a turn;
 * - a connection that fails gets one quick retry, then ConnectorUnavailableError (not an error that reads like
 *   a database outage); a timeout is that error at once;
 * - 429 and 5xx answers are retried a few times with doubling waits (a 429's Retry-After is honoured, capped),
 *   short enough that a card press is still answered within Teams' time limit.
 */

export interface ConnectorHttpOptions {
  product: string;
  timeoutMs: number;
  retries?: number;
  baseDelayMs?: number;
  connectRetryDelayMs?: number;
  onRetry?: (attempt: number, delayMs: number, status: number) => void;
}

const CONNECT_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'EPIPE']);
const TIMEOUT_CODES = new Set(['ECONNABORTED', 'ETIMEDOUT', 'ESOCKETTIMEDOUT']);
const MAX_RETRY_AFTER_MS = 10_000;

interface AxiosLikeError {
  code?: string;
  config?: Record<string, unknown> & { btiAttempt?: number };
  response?: { status?: number; headers?: Record<string, unknown> };
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export function connectorHttpClient(opts: ConnectorHttpOptions): HttpClient {
  const retries = opts.retries ?? 3;
  const base = opts.baseDelayMs ?? 300;
  // Re-sends go through a plain client: the failed request's config already carries its headers and token.
  const resend = new HttpClient();
  const interceptor: Interceptor = {
    request: ({ config }) => {
      const ua = String(config.headers.get('User-Agent') ?? '');
      if (!ua.startsWith(opts.product)) config.headers.set('User-Agent', `${opts.product} ${ua}`.trim());
      config.timeout ||= opts.timeoutMs;
      return config;
    },
    response: ({ res }) => res,
    error: async ({ error }: { error: AxiosLikeError }) => {
      const config = error?.config;
      const attempt = (config?.btiAttempt ?? 0) + 1;
      const code = typeof error?.code === 'string' ? error.code : undefined;
      if (!error?.response && code && TIMEOUT_CODES.has(code)) throw new ConnectorUnavailableError('timeout');
      if (!error?.response && code && CONNECT_CODES.has(code)) {
        if (attempt >= 2 || !config) throw new ConnectorUnavailableError(code);
        await sleep(opts.connectRetryDelayMs ?? 300);
        return resendOrFail(config, attempt);
      }
      const status = error?.response?.status ?? 0;
      const retriable = status === 429 || (status >= 500 && status !== 501 && status !== 505);
      if (!retriable || !config || attempt > retries) throw error;
      const retryAfter = Number(error.response?.headers?.['retry-after']);
      const delayMs = status === 429 && Number.isFinite(retryAfter) && retryAfter >= 0
        ? Math.min(retryAfter * 1000, MAX_RETRY_AFTER_MS)
        : Math.round(base * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
      opts.onRetry?.(attempt, delayMs, status);
      await sleep(delayMs);
      return resendOrFail(config, attempt);
    },
  };
  async function resendOrFail(config: Record<string, unknown>, attempt: number): Promise<unknown> {
    try {
      return await resend.request({ ...config, btiAttempt: attempt } as Parameters<HttpClient['request']>[0]);
    } catch (err) {
      // The re-sent request has no interceptor of its own: judge its failure with the same rules.
      return interceptor.error!({ error: err, log: undefined as never });
    }
  }
  return new HttpClient({ timeout: opts.timeoutMs, interceptors: [interceptor] });
}
