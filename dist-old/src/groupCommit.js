"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.GroupCommit = void 0;
/**
 * Group commit per key: jobs for the same key (one shared card) run in batches. While a batch runs, new
 * jobs for that key wait and form the next batch, so a crowd pressing the same card costs one read of the
 * card's state, one render and one update of the shared message per batch instead of one per press.
 * Different keys never wait for each other. A batch that throws fails all of its jobs (and only those).
 */
class GroupCommit {
    runBatch;
    maxBatch;
    queues = new Map();
    constructor(runBatch, maxBatch = 64) {
        this.runBatch = runBatch;
        this.maxBatch = maxBatch;
    }
    submit(key, job) {
        return new Promise((resolve, reject) => {
            let queue = this.queues.get(key);
            if (!queue) {
                queue = { pending: [], running: false };
                this.queues.set(key, queue);
            }
            queue.pending.push({ job, resolve, reject });
            if (!queue.running)
                void this.drain(key, queue);
        });
    }
    /** Keys with work queued or running (the map is emptied as keys go idle, so it never grows without bound). */
    get activeKeys() {
        return this.queues.size;
    }
    async drain(key, queue) {
        queue.running = true;
        while (queue.pending.length > 0) {
            const batch = queue.pending.splice(0, this.maxBatch);
            try {
                const results = await this.runBatch(key, batch.map((p) => p.job));
                if (results.length !== batch.length)
                    throw new Error(`group commit: ${results.length} results for ${batch.length} jobs`);
                batch.forEach((p, i) => p.resolve(results[i]));
            }
            catch (err) {
                for (const p of batch)
                    p.reject(err);
            }
        }
        queue.running = false;
        this.queues.delete(key);
    }
}
exports.GroupCommit = GroupCommit;
//# sourceMappingURL=groupCommit.js.map