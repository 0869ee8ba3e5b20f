/**
 * Token buckets per client, in memory (per instance): `capacity` requests at once, refilled at `perMinute`.
 * Small and forgetful on purpose: it bounds what one client can try, not a quota anyone relies on.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; at: number }>();

  constructor(
    readonly capacity: number,
    readonly perMinute: number,
    private readonly now: () => number = Date.now,
    private readonly maxClients = 10_000,
  ) {}

  private bucket(client: string) {
    const now = this.now();
    let b = this.buckets.get(client);
    if (!b) {
      // Forget the longest-unseen client first, so a flood of addresses cannot grow the map without bound.
      if (this.buckets.size >= this.maxClients) this.buckets.delete(this.buckets.keys().next().value as string);
      b = { tokens: this.capacity, at: now };
    } else {
      b.tokens = Math.min(this.capacity, b.tokens + ((now - b.at) / 60_000) * this.perMinute);
      b.at = now;
      this.buckets.delete(client);
    }
    this.buckets.set(client, b);
    return b;
  }

  /** True when the client has a token left (without taking it). */
  allows(client: string): boolean {
    return this.bucket(client).tokens >= 1;
  }

  /** Takes one token. */
  take(client: string): void {
    const b = this.bucket(client);
    b.tokens = Math.max(0, b.tokens - 1);
  }

  /** Whole seconds until the client has a token again. */
  retryAfterSeconds(client: string): number {
    const b = this.bucket(client);
    return b.tokens >= 1 ? 0 : Math.ceil(((1 - b.tokens) / this.perMinute) * 60);
  }
}

/**
 * The client's address: behind Azure App Service (or any proxy) the socket is the front end's, and the front
 * end appends the client's address as the last X-Forwarded-For entry (IPv4 with a port). Without the header,
 * the socket's address.
 */
export function clientAddress(headers: Record<string, string | string[] | undefined>, socketAddress: string | undefined): string {
  const xff = headers['x-forwarded-for'];
  const last = (Array.isArray(xff) ? xff.join(',') : xff ?? '').split(',').map((s) => s.trim()).filter(Boolean).pop();
  if (!last) return socketAddress ?? 'unknown';
  const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(last);
  if (v4WithPort) return v4WithPort[1];
  const v6WithPort = /^\[([0-9a-fA-F:.]+)\]:\d+$/.exec(last);
  return (v6WithPort ? v6WithPort[1] : last).slice(0, 64);
}
