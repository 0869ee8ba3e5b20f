import { describe, it, expect } from 'vitest';
import { RateLimiter, clientAddress } from '../../src/rateLimit';

describe('RateLimiter', () => {
  it('allows `capacity` takes, then refuses until time refills a token, per client', () => {
    let now = 0;
    const r = new RateLimiter(3, 6, () => now); // 6 a minute: one every 10 s
    for (let i = 0; i < 3; i++) {
      expect(r.allows('a')).toBe(true);
      r.take('a');
    }
    expect(r.allows('a')).toBe(false);
    expect(r.retryAfterSeconds('a')).toBe(10);
    expect(r.allows('b')).toBe(true);
    now += 5_000;
    expect(r.allows('a')).toBe(false);
    now += 5_000;
    expect(r.allows('a')).toBe(true);
    now += 3_600_000;
    for (let i = 0; i < 3; i++) r.take('a');
    expect(r.allows('a')).toBe(false); // never more than capacity, however long it waited
  });

  it('forgets the longest-unseen client when full', () => {
    const r = new RateLimiter(1, 1, () => 0, 2);
    r.take('a');
    r.take('b');
    r.take('c'); // 'a' is forgotten
    expect(r.allows('a')).toBe(true);
    expect(r.allows('c')).toBe(false);
  });
});

describe('clientAddress', () => {
  it('takes the last X-Forwarded-For entry, without its port, else the socket', () => {
    expect(clientAddress({ 'x-forwarded-for': '1.2.3.4, 203.0.113.7:51234' }, '10.0.0.9')).toBe('203.0.113.7');
    expect(clientAddress({ 'x-forwarded-for': '[2001:db8::1]:443' }, '10.0.0.9')).toBe('2001:db8::1');
    expect(clientAddress({}, '::ffff:127.0.0.1')).toBe('::ffff:127.0.0.1');
    expect(clientAddress({ 'x-forwarded-for': ' ' }, undefined)).toBe('unknown');
  });
});
