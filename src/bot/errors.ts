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
