import { createPublicKey, type JsonWebKey, type KeyObject } from 'node:crypto';
import jwt from 'jsonwebtoken';
import { AuthRefusedError } from '../inbound';

/**
 * Bot Framework token validation for the Teams SDK runtime, with the rules botbuilder applies to a channel's
 * token (botframework-connector ChannelValidation + JwtTokenExtractor): a Bearer JWT signed RS256/384/512 by
 * a key from the Bot Framework's OpenID metadata, issuer https://api.botframework.com, audience the bot's app
 * id, 5 minutes' clock tolerance, the key endorsed for the activity's channel when the key lists endorsements,
 * and the token's `serviceurl` claim equal to the activity's serviceUrl.
 *
 * Why not the SDK's own check (teams.apps HttpServer/ServiceTokenValidator): it answers 401 for everything,
 * including an identity provider that cannot be reached (its JwtValidator swallows the key-fetch error), so a
 * Bot Framework outage would look like forged tokens and Teams would not retry; it derives the key URL from
 * the metadata URL's name instead of reading `jwks_uri`; and it does not check endorsements. Like the
 * teams-ai runtime, a refused token is 401 and an unreachable provider 503 (AuthRefusedError).
 */

const CHANNEL_ISSUER = 'https://api.botframework.com';
const PUBLIC_METADATA_URL = 'https://login.botframework.com/v1/.well-known/openidconfiguration';
const ALGORITHMS: jwt.Algorithm[] = ['RS256', 'RS384', 'RS512'];
/** Keys are re-read after a day, or sooner when a token names a key not seen (at most every 5 minutes). */
const KEYS_MAX_AGE_MS = 24 * 3_600_000;
const UNKNOWN_KID_REFRESH_MS = 5 * 60_000;

interface SigningKey {
  key: KeyObject;
  endorsements: string[];
}

/** The identity provider could not be asked (network, timeout, a broken answer): 503, never 401. */
class ProviderDown extends Error {
  override readonly name = 'ProviderDown';
}

export interface TokenValidatorOptions {
  /** The bot's Entra app id; without one, authentication is off (local runs and tests), as in botbuilder. */
  appId?: string;
  /** Where the signing keys are published (BOT_OPENID_METADATA_URL); the public Bot Framework otherwise. */
  openIdMetadataUrl?: string;
  fetchTimeoutMs?: number;
}

export class BotFrameworkTokenValidator {
  private keys: Map<string, SigningKey> | undefined;
  private loadedAt = 0;
  private loading: Promise<Map<string, SigningKey>> | undefined;

  constructor(private readonly opts: TokenValidatorOptions) {}

  get enabled(): boolean {
    return !!this.opts.appId;
  }

  /** Resolves when the request may go on; throws AuthRefusedError (401 or 503) otherwise. */
  async check(authHeader: string, activity: { serviceUrl?: string; channelId?: string | null }): Promise<void> {
    if (!this.enabled) return;
    try {
      await this.verify(authHeader, activity);
    } catch (err) {
      throw new AuthRefusedError(err instanceof ProviderDown ? 503 : 401, err);
    }
  }

  private async verify(authHeader: string, activity: { serviceUrl?: string; channelId?: string | null }): Promise<void> {
    const [scheme, token, ...rest] = authHeader.trim().split(' ');
    if (scheme !== 'Bearer' || !token || rest.length > 0) throw new Error('no bearer token');
    const decoded = jwt.decode(token, { complete: true });
    const kid = decoded?.header.kid;
    if (!decoded || typeof kid !== 'string' || !ALGORITHMS.includes(decoded.header.alg as jwt.Algorithm)) throw new Error('malformed token');
    const signing = await this.key(kid);
    if (!signing) throw new Error('unknown signing key');
    const claims = jwt.verify(token, signing.key, { algorithms: ALGORITHMS, issuer: CHANNEL_ISSUER, audience: this.opts.appId, clockTolerance: 300 });
    if (typeof claims !== 'object') throw new Error('no claims');
    const channelId = activity.channelId ?? '';
    if (channelId && signing.endorsements.length > 0 && !signing.endorsements.includes(channelId)) throw new Error('key not endorsed for the channel');
    if ((claims as { serviceurl?: unknown }).serviceurl !== activity.serviceUrl) throw new Error('serviceurl claim does not match');
  }

  private async key(kid: string): Promise<SigningKey | undefined> {
    const age = Date.now() - this.loadedAt;
    if (!this.keys || age > KEYS_MAX_AGE_MS || (!this.keys.has(kid) && age > UNKNOWN_KID_REFRESH_MS)) {
      this.loading ??= this.load().finally(() => {
        this.loading = undefined;
      });
      this.keys = await this.loading;
      this.loadedAt = Date.now();
    }
    return this.keys.get(kid);
  }

  private async load(): Promise<Map<string, SigningKey>> {
    const metadata = (await this.getJson(this.opts.openIdMetadataUrl ?? PUBLIC_METADATA_URL)) as { jwks_uri?: unknown };
    if (typeof metadata.jwks_uri !== 'string') throw new ProviderDown('metadata without jwks_uri');
    const set = (await this.getJson(metadata.jwks_uri)) as { keys?: unknown };
    const keys = new Map<string, SigningKey>();
    for (const k of Array.isArray(set.keys) ? set.keys : []) {
      const jwk = k as JsonWebKey & { kid?: unknown; endorsements?: unknown };
      if (typeof jwk.kid !== 'string' || jwk.kty !== 'RSA') continue;
      try {
        const endorsements = Array.isArray(jwk.endorsements) ? jwk.endorsements.filter((e): e is string => typeof e === 'string') : [];
        keys.set(jwk.kid, { key: createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' }), endorsements });
      } catch {
        // A key that does not parse is left out; a token signed with it is refused as unknown.
      }
    }
    return keys;
  }

  private async getJson(url: string): Promise<unknown> {
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(this.opts.fetchTimeoutMs ?? 10_000) });
      if (!res.ok) throw new Error(`status ${res.status}`);
      return await res.json();
    } catch (err) {
      throw new ProviderDown(err instanceof Error ? err.message : 'unreachable');
    }
  }
}
