"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.SECURITY_HEADERS = exports.MAX_BODY_BYTES = void 0;
exports.createServer = createServer;
const restify = __importStar(require("restify"));
const zod_1 = require("zod");
const botAdapter_1 = require("./bot/botAdapter");
const log_1 = require("./log");
const turn_1 = require("./bot/turn");
/** Largest request body accepted on /api/messages. Teams activities are a few KB; this leaves room for cards. */
exports.MAX_BODY_BYTES = 512 * 1024;
/**
 * Sent on every response, errors included. The bot serves no pages: nothing may be sniffed into another type,
 * framed, or leak the URL (calendar links carry their token) to another site.
 */
exports.SECURITY_HEADERS = {
    'x-content-type-options': 'nosniff',
    'strict-transport-security': 'max-age=31536000; includeSubDomains',
    'referrer-policy': 'no-referrer',
    'content-security-policy': "default-src 'none'; frame-ancestors 'none'",
    'x-frame-options': 'DENY',
};
const isHttpUrl = (v) => {
    try {
        const u = new URL(v);
        return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname !== '';
    }
    catch {
        return false;
    }
};
/**
 * The fields the adapter and the turn read before any job's own schema runs. Anything else that is wrong is
 * found by the job that reads it; what is checked here would otherwise fail inside the turn (a 200 with an
 * error reply, or a reply posted to nowhere) instead of being refused as bad input.
 */
const optionalString = zod_1.z.string().max(10_000).nullish();
const idString = zod_1.z.string().min(1).max(1_000);
const activityEnvelopeSchema = zod_1.z
    .object({
    type: zod_1.z.string().min(1).max(100),
    serviceUrl: zod_1.z.string().max(2_000).refine(isHttpUrl),
    from: zod_1.z.object({ id: idString, aadObjectId: optionalString, name: optionalString }).passthrough(),
    conversation: zod_1.z.object({ id: idString }).passthrough(),
    recipient: zod_1.z.object({ id: idString }).passthrough().nullish(),
    text: zod_1.z.string().nullish(),
    locale: optionalString,
    channelId: optionalString,
    id: optionalString,
    replyToId: optionalString,
    name: optionalString,
    channelData: zod_1.z.object({}).passthrough().nullish(),
    entities: zod_1.z.array(zod_1.z.object({}).passthrough()).nullish(),
    attachments: zod_1.z.array(zod_1.z.object({}).passthrough()).nullish(),
    membersAdded: zod_1.z.array(zod_1.z.object({ id: idString }).passthrough()).nullish(),
    membersRemoved: zod_1.z.array(zod_1.z.object({ id: idString }).passthrough()).nullish(),
})
    .passthrough()
    .superRefine((a, ctx) => {
    // A message extension's query parameters are a list of { name, value }; anything else is not from Teams.
    if (a.type === 'invoke' && typeof a.name === 'string' && a.name.startsWith('composeExtension/')) {
        const value = a.value;
        const parameters = value && typeof value === 'object' ? value.parameters : undefined;
        if (parameters !== undefined && parameters !== null && !Array.isArray(parameters))
            ctx.addIssue({ code: 'custom', message: 'parameters' });
    }
});
function createServer({ bot, store, logger, limiter, tracker }) {
    const server = restify.createServer({ name: 'bti-bot', handleUncaughtExceptions: false });
    // pre() runs for every request, also those no route matches (404, 405) and those the body parser refuses.
    server.pre((req, res, next) => {
        for (const [name, value] of Object.entries(exports.SECURITY_HEADERS))
            res.header(name, value);
        if (tracker?.draining) {
            // Stopping: requests on connections that were already open are refused cleanly, and the connection
            // closed, so the client (Teams re-delivers) goes to another instance or retries after the restart.
            res.header('connection', 'close');
            res.header('retry-after', '5');
            res.send(503, { error: 'shutting_down', message: 'The bot is restarting. Try again shortly.' });
            return next(false);
        }
        tracker?.track(res);
        return next();
    });
    server.use(restify.plugins.bodyParser({ maxBodySize: exports.MAX_BODY_BYTES, mapParams: false, rejectUnknown: true }));
    server.post('/api/messages', async (req, res) => {
        // Teams posts JSON. A form or text body is not an activity, even when it parses into fields.
        if (req.getContentType().trim() !== 'application/json') {
            res.send(415, { error: 'unsupported_media_type', message: 'Activities must be sent as application/json.' });
            return;
        }
        // A malformed activity is bad input, not a server fault: refused here, before the adapter or a job trips on it.
        if (!activityEnvelopeSchema.safeParse(req.body).success) {
            res.send(400, { error: 'bad_request', message: 'The activity is malformed.' });
            return;
        }
        const activity = req.body;
        const authHeader = typeof req.headers.authorization === 'string' ? req.headers.authorization : '';
        let auth;
        try {
            auth = await bot.adapter.authenticate(activity, authHeader);
        }
        catch (err) {
            const status = err instanceof botAdapter_1.AuthRefusedError ? err.status : 401;
            const cause = err instanceof botAdapter_1.AuthRefusedError ? err.cause : err;
            logger.warn(status === 503 ? 'auth.provider_unavailable' : 'auth.refused', { status, activityType: activity.type, ...(0, log_1.errorFields)(cause) });
            if (status === 503)
                res.header('retry-after', '30');
            res.send(status, status === 503 ? { error: 'service_unavailable', message: 'The sign-in service could not be reached. Try again later.' } : { error: 'unauthorized', message: 'Unauthorized.' });
            return;
        }
        // As botbuilder's own request handler does: ISO timestamps become Dates, the text kept as raw<Name>.
        const fields = activity;
        for (const [key, rawKey] of [['timestamp', 'rawTimestamp'], ['localTimestamp', 'rawLocalTimestamp'], ['expiration', 'rawExpiration']]) {
            const raw = fields[key];
            if (typeof raw === 'string') {
                fields[rawKey] = raw;
                fields[key] = new Date(raw);
            }
        }
        try {
            const turn = (slot) => bot.adapter.processAuthenticated(auth, activity, (context) => {
                if (slot)
                    context.turnState.set(turn_1.TURN_SLOT_KEY, slot);
                return bot.run(context);
            });
            const invokeResponse = await (limiter ? limiter.run(turn) : turn());
            if (res.headersSent)
                return;
            if (invokeResponse?.body !== undefined)
                res.send(invokeResponse.status ?? 200, invokeResponse.body);
            else
                res.send(invokeResponse?.status ?? 200);
        }
        catch (err) {
            logger.error('http.messages_failed', (0, log_1.errorFields)(err));
            if (!res.headersSent)
                res.send(500, { error: 'internal_error', message: 'The bot could not process this activity.' });
        }
    });
    // Local Teams clients (Agents Playground) probe the endpoint with HEAD before they post.
    server.head('/api/messages', async (_req, res) => {
        res.send(200);
    });
    // Load balancers and uptime checks use GET or HEAD.
    const health = async (_req, res) => {
        res.send(200, { status: 'ok' });
    };
    server.get('/healthz', health);
    server.head('/healthz', health);
    server.get('/readyz', async (_req, res) => {
        const ok = await store.ping();
        res.send(ok ? 200 : 503, { status: ok ? 'ready' : 'store_unavailable' });
    });
    for (const register of bot.httpRoutes)
        register(server);
    server.on('restifyError', (req, _res, err, next) => {
        logger.warn('http.error', { method: req.method, path: req.path(), status: err.statusCode ?? 500, error: err.name });
        next();
    });
    return server;
}
//# sourceMappingURL=server.js.map