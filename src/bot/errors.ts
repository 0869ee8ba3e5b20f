/** True when an error means the database could not be reached (as opposed to a bug or bad data). */
export function isStoreUnavailable(err: unknown): boolean {
  const e = err as { code?: unknown; name?: string; message?: string } | undefined;
  if (!e) return false;
  const code = e.code;
  if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'ENOTFOUND' || code === 'EPIPE') return true;
  if (code === 503 || code === 408) return true;
  if (e.name === 'TimeoutError' || e.name === 'AbortError') return true;
  return /ECONNREFUSED|ECONNRESET|socket hang up|Timeout/i.test(e.message ?? '');
}

/**
 * Teams' side (the Bot Connector at the activity's serviceUrl) could not be reached. Kept apart from store
 * errors: an unreachable Teams endpoint is not a database outage, and the user is told something else.
 * The message names no code such as ECONNREFUSED, so isStoreUnavailable never mistakes it for the store.
 */
export class ConnectorUnavailableError extends Error {
  override readonly name = 'ConnectorUnavailableError';
  readonly code = 'CONNECTOR_UNAVAILABLE';
  /** The system error code (ECONNREFUSED, ENOTFOUND, …) or 'timeout', for the log. */
  readonly reason: string;
  constructor(reason: string) {
    super('the Bot Connector could not be reached');
    this.reason = reason.replace(/[^A-Za-z0-9_]/g, '').slice(0, 40);
  }
}

export function isConnectorUnavailable(err: unknown): err is ConnectorUnavailableError {
  return err instanceof ConnectorUnavailableError;
}
