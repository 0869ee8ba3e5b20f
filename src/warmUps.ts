import { Logger, errorFields } from './log';

/** What the warm-ups need to know of the HTTP door: src/requestTracker.ts. */
export interface WarmUpGate {
  /** Requests being answered now. */
  readonly inFlight: number;
  /** Resolves when no request is being answered. */
  idle(): Promise<void>;
  /** Resolves once the first request has been answered. */
  firstAnswered(): Promise<void>;
}

/**
 * Runs the bot's warm-ups (`bot.warmUps`: loading the card templating, training the free-text router), work no
 * turn has to wait for since a turn that needs a piece first does it itself. Each piece holds the event loop for
 * a while (a few hundred ms on a busy machine), so they run only when the bot has nothing else to do:
 * - not before the first request has been answered (normally the platform's probe of `/readyz`, which comes
 *   right after the port opens and would otherwise wait for every piece) or `startAfterMs` has passed without one;
 * - one piece per turn of the event loop, and only while no request is open: a request that arrives during a
 *   piece waits for that piece at most, never for the ones after it.
 * Returns a stop function (shutdown): pieces not yet started are dropped.
 */
export function runWarmUps(pieces: ReadonlyArray<() => void>, gate: WarmUpGate, logger: Logger, startAfterMs = 1_000): () => void {
  const queue = [...pieces];
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  const started = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, startAfterMs);
    timer.unref();
    void gate.firstAnswered().then(resolve);
  });
  const next = async (): Promise<void> => {
    await started;
    clearTimeout(timer);
    while (!stopped && queue.length > 0) {
      // A turn of the event loop first: requests that came in meanwhile are counted before the check.
      await new Promise<void>((resolve) => setImmediate(resolve));
      if (stopped) return;
      if (gate.inFlight > 0) {
        await gate.idle();
        continue;
      }
      const piece = queue.shift()!;
      try {
        piece();
      } catch (err) {
        logger.warn('bot.warm_up_failed', errorFields(err));
      }
    }
  };
  void next();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
