"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.RetryingTeamsAdapter = exports.DEFAULT_CONNECTOR_RETRY = void 0;
exports.withRetry = withRetry;
const teams_ai_1 = require("@microsoft/teams-ai");
exports.DEFAULT_CONNECTOR_RETRY = { retries: 3, baseDelayMs: 300 };
class RetryingTeamsAdapter extends teams_ai_1.TeamsAdapter {
    retry = exports.DEFAULT_CONNECTOR_RETRY;
    async sendActivities(context, activities) {
        const responses = [];
        for (const activity of activities) {
            const [response] = await withRetry(this.retry, () => super.sendActivities(context, [activity]), context);
            responses.push(response ?? { id: '' });
        }
        return responses;
    }
    updateActivity(context, activity) {
        return withRetry(this.retry, () => super.updateActivity(context, activity), context);
    }
}
exports.RetryingTeamsAdapter = RetryingTeamsAdapter;
async function withRetry(settings, send, context) {
    for (let attempt = 1;; attempt++) {
        try {
            return await send();
        }
        catch (err) {
            if (!isBare429(err) || attempt > settings.retries)
                throw err;
            const delayMs = Math.round(settings.baseDelayMs * 2 ** (attempt - 1) * (0.5 + Math.random() / 2));
            settings.onRetry?.(attempt, delayMs, context);
            await new Promise((r) => setTimeout(r, delayMs));
        }
    }
}
/** 429 without a Retry-After header (with one, botbuilder's pipeline has already waited and retried). */
function isBare429(err) {
    const e = err;
    return e?.statusCode === 429 && !e.response?.headers?.get?.('retry-after');
}
//# sourceMappingURL=connectorRetry.js.map