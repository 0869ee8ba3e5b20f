/**
 * Group commit per key: jobs for the same key (one shared card) run in batches. While a batch runs, new
 * jobs for that key wait and form the next batch, so a crowd pressing the same card costs one read of the
 * card's state, one render and one update of the shared message per batch instead of one per press.
 * Different keys never wait for each other. A batch that throws fails all of its jobs (and only those).
 */
export class GroupCommit<J, R> {
  private readonly queues = new Map<string, { pending: Pending<J, R>[]; running: boolean }>();

  constructor(
    private readonly runBatch: (key: string, jobs: J[]) => Promise<R[]>,
    private readonly maxBatch = 64,
  ) {}

  submit(key: string, job: J): Promise<R> {
    return new Promise<R>((resolve, reject) => {
      let queue = this.queues.get(key);
      if (!queue) {
        queue = { pending: [], running: false };
        this.queues.set(key, queue);
      }
      queue.pending.push({ job, resolve, reject });
      if (!queue.running) void this.drain(key, queue);
    });
  }

  /** Keys with work queued or running (the map is emptied as keys go idle, so it never grows without bound). */
  get activeKeys(): number {
    return this.queues.size;
  }

  private async drain(key: string, queue: { pending: Pending<J, R>[]; running: boolean }): Promise<void> {
    queue.running = true;
    while (queue.pending.length > 0) {
      const batch = queue.pending.splice(0, this.maxBatch);
      try {
        const results = await this.runBatch(
          key,
          batch.map((p) => p.job),
        );
        if (results.length !== batch.length) throw new Error(`group commit: ${results.length} results for ${batch.length} jobs`);
        batch.forEach((p, i) => p.resolve(results[i]!));
      } catch (err) {
        for (const p of batch) p.reject(err);
      }
    }
    queue.running = false;
    this.queues.delete(key);
  }
}

interface Pending<J, R> {
  job: J;
  resolve: (r: R) => void;
  reject: (err: unknown) => void;
}
