import type { ServerResponse } from 'node:http';

/**
 * Knows which HTTP responses are still open, so a stopping process can wait for running turns to answer
 * instead of cutting their connections (every deploy and scale-in would otherwise show users errors).
 */
export class RequestTracker {
  private readonly open = new Set<ServerResponse>();
  private idleWaiters: Array<() => void> = [];
  private answeredWaiters: Array<() => void> = [];
  /** Responses finished (or closed) since the process started. */
  answered = 0;
  draining = false;

  track(res: ServerResponse): void {
    this.open.add(res);
    const done = () => {
      if (!this.open.delete(res)) return;
      this.answered++;
      for (const wake of this.answeredWaiters.splice(0)) wake();
      if (this.open.size === 0) for (const wake of this.idleWaiters.splice(0)) wake();
    };
    res.once('finish', done);
    res.once('close', done);
  }

  get inFlight(): number {
    return this.open.size;
  }

  /** Resolves when no response is open (at once if none is). */
  idle(): Promise<void> {
    return this.open.size === 0 ? Promise.resolve() : new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Resolves when a response has been finished (at once if one already has). */
  firstAnswered(): Promise<void> {
    return this.answered > 0 ? Promise.resolve() : new Promise((resolve) => this.answeredWaiters.push(resolve));
  }

  /**
   * Refuses new requests from now on and resolves when the open ones have answered, or after `graceMs` with
   * the number still open. Responses not yet sent are told to close their connection, so keep-alive clients
   * do not send the next request to a process that is going away.
   */
  async drain(graceMs: number): Promise<{ unfinished: number }> {
    this.draining = true;
    for (const res of this.open) if (!res.headersSent) res.setHeader('connection', 'close');
    if (this.open.size === 0) return { unfinished: 0 };
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([
      this.idle(),
      new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs))),
    ]);
    clearTimeout(timer);
    return { unfinished: this.open.size };
  }
}
