"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.createLogger = createLogger;
exports.errorFields = errorFields;
exports.routeConsoleToLogger = routeConsoleToLogger;
/**
 * Structured JSON-lines logger. It takes event names and small fields, never message text:
 * staff may write confidential things in chat, and logs go to operators.
 */
const nationalId_1 = require("./domain/guidance/nationalId");
const ORDER = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };
function createLogger(level = 'info', base = {}, write = (l) => process.stdout.write(l + '\n')) {
    const emit = (lvl, event, fields) => {
        if (ORDER[lvl] < ORDER[level])
            return;
        write(JSON.stringify({ time: new Date().toISOString(), level: lvl, event, ...base, ...fields }));
    };
    return {
        debug: (e, f) => emit('debug', e, f),
        info: (e, f) => emit('info', e, f),
        warn: (e, f) => emit('warn', e, f),
        error: (e, f) => emit('error', e, f),
        child: (fields) => createLogger(level, { ...base, ...fields }, write),
    };
}
/**
 * An error message made safe for logs. Messages come from libraries and may quote what they failed on – a
 * parse error can echo a fragment of a card's data – so any identity number in it is replaced (with the same
 * detector the privacy guard uses) before the message is cut, so a cut never leaves half a number behind.
 */
function safeMessage(message) {
    return (0, nationalId_1.redactNationalIdNumbers)(message.slice(0, 600)).slice(0, 300);
}
/** Error details safe for logs: the kind and code, not user content. */
function errorFields(err) {
    if (err instanceof Error) {
        const code = err.code;
        return { error: err.name, errorMessage: safeMessage(err.message), code: typeof code === 'string' || typeof code === 'number' ? code : undefined };
    }
    return { error: safeMessage(String(err)) };
}
/**
 * Sends what libraries print with console.* to the log as one JSON line each, at debug level: botbuilder prints
 * whole error objects (multi-line stack traces) for every refused token, which would break the one-line-per-event
 * log and repeat what the bot already logs itself. Only the first line of each message is kept, made safe like
 * any error message.
 */
function routeConsoleToLogger(logger) {
    const forward = (level) => (...args) => {
        const first = args
            .map((a) => (a instanceof Error ? `${a.name}: ${a.message}` : typeof a === 'string' ? a : (() => { try {
            return JSON.stringify(a);
        }
        catch {
            return String(a);
        } })()))
            .join(' ')
            .split('\n')[0];
        logger.debug('library.console', { consoleLevel: level, message: safeMessage(first ?? '') });
    };
    console.log = forward('log');
    console.info = forward('info');
    console.warn = forward('warn');
    console.error = forward('error');
    console.debug = forward('debug');
}
//# sourceMappingURL=log.js.map