import type { TurnSlot } from '../turnLimiter';
import type { InvokeAnswer, WireActivity } from '../bot/pipeline';

/**
 * What the HTTP server needs from a runtime (BOT_RUNTIME): check a request's token, then run the turn and
 * return the invoke response, if the turn made one. The server owns the port, the body checks and the limits.
 */
export interface Inbound<A = unknown> {
  /** Throws AuthRefusedError (src/runtime/teamsAi/botAdapter.ts): 401 for a refused token, 503 when it could not be checked. */
  authenticate(activity: WireActivity, authHeader: string): Promise<A>;
  process(auth: A, activity: WireActivity, slot?: TurnSlot): Promise<InvokeAnswer | undefined>;
}

/** Why a request was not let in: 401 for any token problem, 503 when the token could not be checked at all. */
export class AuthRefusedError extends Error {
  override readonly name = 'AuthRefusedError';
  constructor(
    readonly status: 401 | 503,
    override readonly cause: unknown,
  ) {
    super(status === 401 ? 'authentication failed' : 'identity provider unavailable');
  }
}
