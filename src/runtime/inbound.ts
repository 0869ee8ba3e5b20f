import type { TurnSlot } from '../turnLimiter';
import type { InvokeAnswer, WireActivity } from '../bot/pipeline';

/**
 * What the HTTP server needs from a runtime (BOT_RUNTIME): check a request's token, then run the turn and
 * return the invoke response, if the turn made one. The server owns the port, the body checks and the limits.
 */
export interface Inbound<A = unknown> {
  /** Throws AuthRefusedError (src/bot/botAdapter.ts): 401 for a refused token, 503 when it could not be checked. */
  authenticate(activity: WireActivity, authHeader: string): Promise<A>;
  process(auth: A, activity: WireActivity, slot?: TurnSlot): Promise<InvokeAnswer | undefined>;
}
