"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.BotAdapter = exports.AuthRefusedError = void 0;
exports.classifyAuthError = classifyAuthError;
const botbuilder_1 = require("botbuilder");
const botframework_connector_1 = require("botframework-connector");
const connectorRetry_1 = require("./connectorRetry");
const errors_1 = require("./errors");
/** Why a request was not let in: 401 for any token problem, 503 when the token could not be checked at all. */
class AuthRefusedError extends Error {
    status;
    cause;
    name = 'AuthRefusedError';
    constructor(status, cause) {
        super(status === 401 ? 'authentication failed' : 'identity provider unavailable');
        this.status = status;
        this.cause = cause;
    }
}
exports.AuthRefusedError = AuthRefusedError;
/** Network failures where no request reached the other side, or the other side never answered. */
const SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE']);
function systemCode(err) {
    const e = err;
    if (!e)
        return undefined;
    if (typeof e.code === 'string' && SYSTEM_CODES.has(e.code))
        return e.code;
    if (typeof e.cause?.code === 'string' && SYSTEM_CODES.has(e.cause.code))
        return e.cause.code;
    if (e.name === 'AbortError')
        return 'timeout';
    return undefined;
}
/**
 * 401 for every problem with the token itself; 503 only when the identity provider's metadata or keys could
 * not be loaded (botbuilder throws an AuthenticationError with status 500, or node-fetch's network error).
 * Anything unforeseen is a refusal too: authentication fails closed.
 */
function classifyAuthError(err) {
    const e = err;
    const providerDown = (e?.name === 'AuthenticationError' && e.statusCode === 500) ||
        e?.name === 'FetchError' ||
        systemCode(err) !== undefined;
    return new AuthRefusedError(providerDown ? 503 : 401, err);
}
class BotAdapter extends connectorRetry_1.RetryingTeamsAdapter {
    tuning;
    constructor(auth, options) {
        super(options.openIdMetadataUrl ? withOpenIdMetadata(auth, options.openIdMetadataUrl) : auth);
        this.tuning = { product: options.product, connectorTimeoutMs: options.connectorTimeoutMs ?? 10_000, connectRetryDelayMs: options.connectRetryDelayMs ?? 300 };
        // Proactive sends (reminders) build their connector through this factory method, not through a request.
        const bfa = this.botFrameworkAuthentication;
        const createConnectorFactory = bfa.createConnectorFactory.bind(bfa);
        bfa.createConnectorFactory = (claims) => this.tuneFactory(createConnectorFactory(claims));
    }
    /** Checks the request's token; throws AuthRefusedError (401/503) on any failure. */
    async authenticate(activity, authHeader) {
        try {
            const result = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
            return result.connectorFactory ? { ...result, connectorFactory: this.tuneFactory(result.connectorFactory) } : result;
        }
        catch (err) {
            throw classifyAuthError(err);
        }
    }
    /** Runs the turn for an authenticated request; resolves with the invoke response, if the turn made one. */
    processAuthenticated(auth, activity, logic) {
        return this.processActivity(auth, activity, logic);
    }
    tuneFactory(factory) {
        const tuneClient = (client) => this.tuneClient(client);
        return {
            async create(serviceUrl, audience) {
                return tuneClient(await factory.create(serviceUrl, audience));
            },
        };
    }
    tuneClient(client) {
        // Private in the compat layer's typings; present at run time (botbuilder-stdlib ServiceClientContext).
        const pipeline = client.client?.pipeline;
        if (!pipeline)
            return client;
        const { product, connectorTimeoutMs, connectRetryDelayMs } = this.tuning;
        // Outermost: whatever network failure is left after the pipeline's own retries is Teams being unreachable.
        pipeline.addPolicy({
            name: 'btiConnectorUnavailable',
            async sendRequest(request, next) {
                try {
                    return await next(request);
                }
                catch (err) {
                    const code = systemCode(err);
                    throw code ? new errors_1.ConnectorUnavailableError(code) : err;
                }
            },
        });
        // Innermost (next to the socket, inside the retry policy): one quick retry of a failed connection, then an
        // error the retry policy does not retry. Its exponential back-off is for 5xx answers, which still get it.
        pipeline.addPolicy({
            name: 'btiConnectorFailFast',
            async sendRequest(request, next) {
                const ua = request.headers.get('user-agent') ?? '';
                if (!ua.startsWith(product))
                    request.headers.set('user-agent', `${product} ${ua}`.trim());
                if (!request.timeout)
                    request.timeout = connectorTimeoutMs;
                for (let attempt = 1;; attempt++) {
                    try {
                        return await next(request);
                    }
                    catch (err) {
                        const code = systemCode(err);
                        if (!code)
                            throw err;
                        if (attempt >= 2 || code === 'timeout')
                            throw new errors_1.ConnectorUnavailableError(code);
                        await new Promise((r) => setTimeout(r, connectRetryDelayMs));
                    }
                }
            },
        }, { phase: 'Sign' });
        return client;
    }
}
exports.BotAdapter = BotAdapter;
/** botbuilder's "parameterized" settings: the public cloud's endpoints with another OpenID metadata URL. */
function withOpenIdMetadata(auth, url) {
    return {
        ...auth,
        ToChannelFromBotLoginUrl: botframework_connector_1.AuthenticationConstants.ToChannelFromBotLoginUrl,
        ToChannelFromBotOAuthScope: botframework_connector_1.AuthenticationConstants.ToChannelFromBotOAuthScope,
        ToBotFromChannelTokenIssuer: botframework_connector_1.AuthenticationConstants.ToBotFromChannelTokenIssuer,
        OAuthUrl: botframework_connector_1.AuthenticationConstants.OAuthUrl,
        ToBotFromChannelOpenIdMetadataUrl: url,
        ToBotFromEmulatorOpenIdMetadataUrl: url,
        CallerId: botbuilder_1.CallerIdConstants.PublicAzureChannel,
    };
}
//# sourceMappingURL=botAdapter.js.map