import { Activity, CallerIdConstants, ConfigurationBotFrameworkAuthenticationOptions, InvokeResponse, TurnContext } from 'botbuilder';
import { AuthenticateRequestResult, AuthenticationConstants, ClaimsIdentity, ConnectorClient, ConnectorFactory } from 'botframework-connector';
import { RetryingTeamsAdapter } from './connectorRetry';
import { ConnectorUnavailableError } from '../../bot/errors';
import { AuthRefusedError } from '../inbound';

export { AuthRefusedError };

/**
 * The adapter the bot runs on: teams-ai's adapter with the connector retry (connectorRetry.ts), plus
 * - authentication as its own step, so the server can answer a refused token 401 and an unreachable identity
 *   provider 503, with no library text in the body (botbuilder's `process` answers 500 with the JWT library's
 *   message for half of the forged-token variants, and prints stack traces);
 * - connector calls that fail fast when Teams' endpoint cannot be reached at all, with an error of their own
 *   (ConnectorUnavailableError), instead of the HTTP pipeline's three exponential retries (about ten seconds
 *   holding a turn slot) ending in an error that reads like a database outage;
 * - a User-Agent on every connector call that names BTI-bot before the SDK's own parts.
 */

/** Settings from config that the adapter needs beyond botbuilder's own options. */
export interface BotAdapterOptions {
  /** Product token for the User-Agent, e.g. "BTI-bot/0.1.0". */
  product: string;
  /**
   * OpenID metadata URL for inbound tokens, instead of the public Bot Framework one (tests, private clouds).
   * botbuilder then needs every other endpoint spelled out, so the public-cloud values are filled in.
   */
  openIdMetadataUrl?: string;
  /** Longest wait for one connector call; a hung Teams endpoint must not hold a turn forever. */
  connectorTimeoutMs?: number;
  /** Pause before the single retry of a call whose connection failed. */
  connectRetryDelayMs?: number;
}

/** Network failures where no request reached the other side, or the other side never answered. */
const SYSTEM_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ETIMEDOUT', 'ESOCKETTIMEDOUT', 'EPIPE']);

function systemCode(err: unknown): string | undefined {
  const e = err as { code?: unknown; name?: unknown; cause?: { code?: unknown } } | undefined;
  if (!e) return undefined;
  if (typeof e.code === 'string' && SYSTEM_CODES.has(e.code)) return e.code;
  if (typeof e.cause?.code === 'string' && SYSTEM_CODES.has(e.cause.code)) return e.cause.code;
  if (e.name === 'AbortError') return 'timeout';
  return undefined;
}

/**
 * 401 for every problem with the token itself; 503 only when the identity provider's metadata or keys could
 * not be loaded (botbuilder throws an AuthenticationError with status 500, or node-fetch's network error).
 * Anything unforeseen is a refusal too: authentication fails closed.
 */
export function classifyAuthError(err: unknown): AuthRefusedError {
  const e = err as { name?: unknown; statusCode?: unknown; type?: unknown } | undefined;
  const providerDown =
    (e?.name === 'AuthenticationError' && e.statusCode === 500) ||
    e?.name === 'FetchError' ||
    systemCode(err) !== undefined;
  return new AuthRefusedError(providerDown ? 503 : 401, err);
}

// Structural view of the HTTP pipeline under botframework-connector's client (@azure/core-rest-pipeline):
// the compat layer keeps it private and botbuilder replaces any policies passed in through options.
interface PipelineRequestLike {
  timeout: number;
  headers: { get(name: string): string | undefined; set(name: string, value: string): void };
}
interface PipelinePolicyLike {
  name: string;
  sendRequest(request: PipelineRequestLike, next: (request: PipelineRequestLike) => Promise<unknown>): Promise<unknown>;
}
interface PipelineLike {
  addPolicy(policy: PipelinePolicyLike, options?: { phase?: 'Serialize' | 'Deserialize' | 'Retry' | 'Sign' }): void;
}

export class BotAdapter extends RetryingTeamsAdapter {
  private readonly tuning: Required<Omit<BotAdapterOptions, 'openIdMetadataUrl'>>;

  constructor(auth: ConfigurationBotFrameworkAuthenticationOptions, options: BotAdapterOptions) {
    super(options.openIdMetadataUrl ? withOpenIdMetadata(auth, options.openIdMetadataUrl) : auth);
    this.tuning = { product: options.product, connectorTimeoutMs: options.connectorTimeoutMs ?? 10_000, connectRetryDelayMs: options.connectRetryDelayMs ?? 300 };
    // Proactive sends (reminders) build their connector through this factory method, not through a request.
    const bfa = this.botFrameworkAuthentication;
    const createConnectorFactory = bfa.createConnectorFactory.bind(bfa);
    bfa.createConnectorFactory = (claims: ClaimsIdentity) => this.tuneFactory(createConnectorFactory(claims));
  }

  /** Checks the request's token; throws AuthRefusedError (401/503) on any failure. */
  async authenticate(activity: Activity, authHeader: string): Promise<AuthenticateRequestResult> {
    try {
      const result = await this.botFrameworkAuthentication.authenticateRequest(activity, authHeader);
      return result.connectorFactory ? { ...result, connectorFactory: this.tuneFactory(result.connectorFactory) } : result;
    } catch (err) {
      throw classifyAuthError(err);
    }
  }

  /** Runs the turn for an authenticated request; resolves with the invoke response, if the turn made one. */
  processAuthenticated(auth: AuthenticateRequestResult, activity: Activity, logic: (context: TurnContext) => Promise<void>): Promise<InvokeResponse | undefined> {
    return this.processActivity(auth, activity, logic);
  }

  private tuneFactory(factory: ConnectorFactory): ConnectorFactory {
    const tuneClient = (client: ConnectorClient) => this.tuneClient(client);
    return {
      async create(serviceUrl: string, audience?: string) {
        return tuneClient(await factory.create(serviceUrl, audience));
      },
    };
  }

  private tuneClient(client: ConnectorClient): ConnectorClient {
    // Private in the compat layer's typings; present at run time (botbuilder-stdlib ServiceClientContext).
    const pipeline = (client as unknown as { client?: { pipeline?: PipelineLike } }).client?.pipeline;
    if (!pipeline) return client;
    const { product, connectorTimeoutMs, connectRetryDelayMs } = this.tuning;
    // Outermost: whatever network failure is left after the pipeline's own retries is Teams being unreachable.
    pipeline.addPolicy({
      name: 'btiConnectorUnavailable',
      async sendRequest(request, next) {
        try {
          return await next(request);
        } catch (err) {
          const code = systemCode(err);
          throw code ? new ConnectorUnavailableError(code) : err;
        }
      },
    });
    // Innermost (next to the socket, inside the retry policy): one quick retry of a failed connection, then an
    // error the retry policy does not retry. Its exponential back-off is for 5xx answers, which still get it.
    pipeline.addPolicy(
      {
        name: 'btiConnectorFailFast',
        async sendRequest(request, next) {
          const ua = request.headers.get('user-agent') ?? '';
          if (!ua.startsWith(product)) request.headers.set('user-agent', `${product} ${ua}`.trim());
          if (!request.timeout) request.timeout = connectorTimeoutMs;
          for (let attempt = 1; ; attempt++) {
            try {
              return await next(request);
            } catch (err) {
              const code = systemCode(err);
              if (!code) throw err;
              if (attempt >= 2 || code === 'timeout') throw new ConnectorUnavailableError(code);
              await new Promise<void>((r) => setTimeout(r, connectRetryDelayMs));
            }
          }
        },
      },
      { phase: 'Sign' },
    );
    return client;
  }
}

/** botbuilder's "parameterized" settings: the public cloud's endpoints with another OpenID metadata URL. */
function withOpenIdMetadata(auth: ConfigurationBotFrameworkAuthenticationOptions, url: string): ConfigurationBotFrameworkAuthenticationOptions {
  return {
    ...auth,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    ToBotFromChannelTokenIssuer: AuthenticationConstants.ToBotFromChannelTokenIssuer,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    ToBotFromChannelOpenIdMetadataUrl: url,
    ToBotFromEmulatorOpenIdMetadataUrl: url,
    CallerId: CallerIdConstants.PublicAzureChannel,
  };
}
