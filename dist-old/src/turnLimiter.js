"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.TurnLimiter = void 0;
class TurnLimiter {
    max;
    active = 0;
    waiting = [];
    constructor(max) {
        this.max = max;
    }
    async run(work) {
        if (this.active >= this.max)
            await new Promise((resolve) => this.waiting.push(resolve));
        else
            this.active++;
        let held = true;
        const release = () => {
            if (!held)
                return;
            held = false;
            const next = this.waiting.shift();
            // Hand the slot straight to the next waiter, so `active` never dips below the cap while work is queued.
            if (next)
                next();
            else
                this.active--;
        };
        try {
            return await work({ release });
        }
        finally {
            release();
        }
    }
    get inFlight() {
        return this.active;
    }
    get queued() {
        return this.waiting.length;
    }
}
exports.TurnLimiter = TurnLimiter;
//# sourceMappingURL=turnLimiter.js.map