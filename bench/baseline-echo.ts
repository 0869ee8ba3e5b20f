import * as restify from 'restify';
import { AddressInfo } from 'node:net';
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication, TurnContext } from 'botbuilder';

/**
 * Baseline (b): the echo bot a team would start from (the Bot Framework template for Node): restify, the
 * JSON body parser, CloudAdapter without an app id, an ActivityHandler that echoes the text back. It replies
 * through the Bot Connector at the activity's serviceUrl, so it does the same outbound HTTP as BTI-bot.
 */
export async function startEchoBot(port = 0, host = '127.0.0.1'): Promise<{ url: string; server: restify.Server }> {
  const auth = new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppType: 'MultiTenant', MicrosoftAppTenantId: '' });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    process.stderr.write(`echo bot turn error: ${error.message}\n`);
    await context.sendActivity('error');
  };

  class EchoBot extends ActivityHandler {
    constructor() {
      super();
      this.onMessage(async (context, next) => {
        await context.sendActivity(`Echo: ${context.activity.text ?? ''}`);
        await next();
      });
    }
  }
  const bot = new EchoBot();

  const server = restify.createServer({ name: 'echo-baseline' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(port, host, () => resolve()));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, server };
}

/** Ceiling (a): restify with the same body parser, answering 200 without doing anything. */
export async function startBareEndpoint(port = 0, host = '127.0.0.1'): Promise<{ url: string; server: restify.Server }> {
  const server = restify.createServer({ name: 'bare' });
  server.use(restify.plugins.bodyParser({ mapParams: false }));
  server.post('/api/messages', async (_req, res) => {
    res.send(200);
  });
  await new Promise<void>((resolve) => server.listen(port, host, () => resolve()));
  return { url: `http://${host}:${(server.address() as AddressInfo).port}`, server };
}
