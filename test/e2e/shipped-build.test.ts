import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { buildDist } from '../../scripts/build';
import { ConnectorStandIn } from '../support/connector';
import { postActivity, startBotProcess, type BotProcess } from '../support/botProcess';
import { makeUser, messageActivity, messageExtensionQuery } from '../support/activities';

/**
 * The build that is shipped (`npm run build`: scripts/build.ts, what `npm start`, `npm run bundle` and App
 * Service run), started with plain node from a folder laid out as the production bundle: package.json, dist/,
 * cards/ and node_modules, nothing of src/. A file the bot reads at run time that the build does not find
 * (a card template, package.json, the embedded store's worker thread, a package left out of the bundle)
 * fails here; the other tests run the sources under tsx and would not notice. The working directory is
 * another folder, so nothing is found through it either.
 */
const ROOT = path.resolve(__dirname, '../..');
/** Building and starting on a loaded 2-core machine can take a while. */
const BUILD_MS = 180_000;
const alice = makeUser(1, 'Alice Fagperson');
const CONV = '19:shipped-build@thread.v2';

describe('the shipped build (dist/, as npm start and App Service run it)', () => {
  let app: string;
  let bot: BotProcess;
  let connector: ConnectorStandIn;

  beforeAll(async () => {
    app = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-shipped-'));
    await buildDist(path.join(app, 'dist'));
    for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(ROOT, f), path.join(app, f));
    fs.cpSync(path.join(ROOT, 'cards'), path.join(app, 'cards'), { recursive: true });
    // The packages the build loads from node_modules (the Teams SDK 2, the card templating, the emulator).
    fs.symlinkSync(path.join(ROOT, 'node_modules'), path.join(app, 'node_modules'), 'dir');
    connector = await new ConnectorStandIn().start();
    bot = await startBotProcess({ LOG_LEVEL: 'info' }, BUILD_MS, { entry: path.join(app, 'dist/src/index.js'), cwd: os.tmpdir() });
  }, BUILD_MS * 2);

  afterAll(async () => {
    await bot?.stop();
    await connector?.stop();
    if (app) fs.rmSync(app, { recursive: true, force: true });
  });

  it('is ready on the embedded store, listening from the built files', async () => {
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
    const listening = await bot.waitForLog('bot.listening');
    expect(listening.storeMode).toBe('embedded');
    expect(listening.runtime).toBe(process.env.BOT_RUNTIME ?? 'teams-ai');
  });

  it('answers "hjelp" with the help card bound from cards/', async () => {
    const res = await postActivity(bot.url, messageActivity({ serviceUrl: connector.url, conversationId: CONV }, alice, 'hjelp'));
    expect(res.status).toBe(200);
    const cards = connector.cards(CONV);
    expect(cards).toHaveLength(1);
    const text = JSON.stringify(cards[0]);
    for (const job of ['Hvem bør koordinere?', 'Møter', 'Referat', 'Veiledning og meldeplikt']) expect(text).toContain(job);
    expect(text).not.toContain('${');
  });

  it('answers a compose-box search from the bundled guidance content', async () => {
    const res = await postActivity(bot.url, messageExtensionQuery({ serviceUrl: connector.url, conversationId: CONV }, alice, 'searchVerktoy', 'samtykke'));
    expect(res.status).toBe(200);
    const titles = (res.body.composeExtension.attachments as { preview: { content: { title: string } } }[]).map((a) => a.preview.content.title);
    expect(titles).toContain('Samtykkeskjema (for digital utfylling)');
  });

  it('stops on SIGTERM with exit code 0', async () => {
    await bot.stop();
    expect(await bot.exited).toBe(0);
  });
});
