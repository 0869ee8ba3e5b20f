"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RequestTracker = void 0;
/**
 * Knows which HTTP responses are still open, so a stopping process can wait for running turns to answer
 * instead of cutting their connections (every deploy and scale-in would otherwise show users errors).
 */
class RequestTracker {
    open = new Set();
    idleWaiters = [];
    draining = false;
    track(res) {
        this.open.add(res);
        const done = () => {
            if (!this.open.delete(res))
                return;
            if (this.open.size === 0)
                for (const wake of this.idleWaiters.splice(0))
                    wake();
        };
        res.once('finish', done);
        res.once('close', done);
    }
    get inFlight() {
        return this.open.size;
    }
    /**
     * Refuses new requests from now on and resolves when the open ones have answered, or after `graceMs` with
     * the number still open. Responses not yet sent are told to close their connection, so keep-alive clients
     * do not send the next request to a process that is going away.
     */
    async drain(graceMs) {
        this.draining = true;
        for (const res of this.open)
            if (!res.headersSent)
                res.setHeader('connection', 'close');
        if (this.open.size === 0)
            return { unfinished: 0 };
        let timer;
        await Promise.race([
            new Promise((resolve) => this.idleWaiters.push(resolve)),
            new Promise((resolve) => (timer = setTimeout(resolve, graceMs))),
        ]);
        clearTimeout(timer);
        return { unfinished: this.open.size };
    }
}
exports.RequestTracker = RequestTracker;
//# sourceMappingURL=requestTracker.js.map