"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RateLimiter = void 0;
exports.clientAddress = clientAddress;
/**
 * Token buckets per client, in memory (per instance): `capacity` requests at once, refilled at `perMinute`.
 * Small and forgetful on purpose: it bounds what one client can try, not a quota anyone relies on.
 */
class RateLimiter {
    capacity;
    perMinute;
    now;
    maxClients;
    buckets = new Map();
    constructor(capacity, perMinute, now = Date.now, maxClients = 10_000) {
        this.capacity = capacity;
        this.perMinute = perMinute;
        this.now = now;
        this.maxClients = maxClients;
    }
    bucket(client) {
        const now = this.now();
        let b = this.buckets.get(client);
        if (!b) {
            // Forget the longest-unseen client first, so a flood of addresses cannot grow the map without bound.
            if (this.buckets.size >= this.maxClients)
                this.buckets.delete(this.buckets.keys().next().value);
            b = { tokens: this.capacity, at: now };
        }
        else {
            b.tokens = Math.min(this.capacity, b.tokens + ((now - b.at) / 60_000) * this.perMinute);
            b.at = now;
            this.buckets.delete(client);
        }
        this.buckets.set(client, b);
        return b;
    }
    /** True when the client has a token left (without taking it). */
    allows(client) {
        return this.bucket(client).tokens >= 1;
    }
    /** Takes one token. */
    take(client) {
        const b = this.bucket(client);
        b.tokens = Math.max(0, b.tokens - 1);
    }
    /** Whole seconds until the client has a token again. */
    retryAfterSeconds(client) {
        const b = this.bucket(client);
        return b.tokens >= 1 ? 0 : Math.ceil(((1 - b.tokens) / this.perMinute) * 60);
    }
}
exports.RateLimiter = RateLimiter;
/**
 * The client's address: behind Azure App Service (or any proxy) the socket is the front end's, and the front
 * end appends the client's address as the last X-Forwarded-For entry (IPv4 with a port). Without the header,
 * the socket's address.
 */
function clientAddress(headers, socketAddress) {
    const xff = headers['x-forwarded-for'];
    const last = (Array.isArray(xff) ? xff.join(',') : xff ?? '').split(',').map((s) => s.trim()).filter(Boolean).pop();
    if (!last)
        return socketAddress ?? 'unknown';
    const v4WithPort = /^(\d{1,3}(?:\.\d{1,3}){3}):\d+$/.exec(last);
    if (v4WithPort)
        return v4WithPort[1];
    const v6WithPort = /^\[([0-9a-fA-F:.]+)\]:\d+$/.exec(last);
    return (v6WithPort ? v6WithPort[1] : last).slice(0, 64);
}
//# sourceMappingURL=rateLimit.js.map