"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.ConnectorUnavailableError = void 0;
exports.isStoreUnavailable = isStoreUnavailable;
exports.isConnectorUnavailable = isConnectorUnavailable;
/** True when an error means the database could not be reached (as opposed to a bug or bad data). */
function isStoreUnavailable(err) {
    const e = err;
    if (!e)
        return false;
    const code = e.code;
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'ETIMEDOUT' || code === 'ENOTFOUND' || code === 'EPIPE')
        return true;
    if (code === 503 || code === 408)
        return true;
    if (e.name === 'TimeoutError' || e.name === 'AbortError')
        return true;
    return /ECONNREFUSED|ECONNRESET|socket hang up|Timeout/i.test(e.message ?? '');
}
/**
 * Teams' side (the Bot Connector at the activity's serviceUrl) could not be reached. Kept apart from store
 * errors: an unreachable Teams endpoint is not a database outage, and the user is told something else.
 * The message names no code such as ECONNREFUSED, so isStoreUnavailable never mistakes it for the store.
 */
class ConnectorUnavailableError extends Error {
    name = 'ConnectorUnavailableError';
    code = 'CONNECTOR_UNAVAILABLE';
    /** The system error code (ECONNREFUSED, ENOTFOUND, …) or 'timeout', for the log. */
    reason;
    constructor(reason) {
        super('the Bot Connector could not be reached');
        this.reason = reason.replace(/[^A-Za-z0-9_]/g, '').slice(0, 40);
    }
}
exports.ConnectorUnavailableError = ConnectorUnavailableError;
function isConnectorUnavailable(err) {
    return err instanceof ConnectorUnavailableError;
}
//# sourceMappingURL=errors.js.map