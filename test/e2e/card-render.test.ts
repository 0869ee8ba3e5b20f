import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { chromium, Browser, Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';
import { CARD_SAMPLES } from '../support/cardSamples';
import { teamsLightHostConfig } from '../support/teamsHostConfig';

/**
 * Renders every bound card sample with the real `adaptivecards` renderer in headless Chromium (Debian's
 * package, installed by scripts/ensure-chromium.sh), at a desktop and a mobile width, and keeps screenshots
 * in test-output/cards/. Fails on parse or validation warnings and on a card that renders empty.
 */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const outDir = path.join(projectRoot(), 'test-output', 'cards');
const runIt = CHROMIUM || process.env.CI ? describe : describe.skip;
if (!CHROMIUM && !process.env.CI) console.warn('card-render test skipped: install Debian chromium (scripts/ensure-chromium.sh)');

const page = `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/adaptivecards.css"><style>body{margin:0;background:#F5F5F5;font-family:'Segoe UI',Arial,sans-serif}
#host{background:#fff;margin:12px;border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.15)}</style>
<script src="/adaptivecards.js"></script></head><body><div id="host"></div></body></html>`;


runIt('cards in a real renderer (headless Chromium)', () => {
  let server: http.Server;
  let browser: Browser;
  let base = '';
  beforeAll(async () => {
    const dist = path.join(projectRoot(), 'node_modules', 'adaptivecards', 'dist');
    server = http.createServer((req, res) => {
      const file = req.url === '/adaptivecards.js' ? 'adaptivecards.js' : req.url === '/adaptivecards.css' ? 'adaptivecards.css' : undefined;
      if (file) {
        res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/css' });
        res.end(fs.readFileSync(path.join(dist, file)));
      } else {
        res.writeHead(200, { 'content-type': 'text/html' });
        res.end(page);
      }
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    fs.mkdirSync(outDir, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function render(p: Page, card: unknown) {
    return p.evaluate(
      ({ card, hostConfig }) => {
        // This function runs in the page: its globals (the UMD bundle, the DOM) have no types in this Node project.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const page = globalThis as any;
        const AC = page.AdaptiveCards;
        // Teams renders the Markdown subset in TextBlocks; the bare renderer needs a processor for it.
        AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml: string; didProcess: boolean }) => {
          const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
          result.outputHtml = escaped
            .replace(/\*\*(.+?)\*\*/g, '<strong>$1</strong>')
            .replace(/\[([^\]]+)\]\((https?:[^)\s]+)\)/g, '<a href="$2">$1</a>')
            .replace(/(^|\s)_(.+?)_(?=\s|$)/g, '$1<em>$2</em>')
            .replace(/\n/g, '<br>');
          result.didProcess = true;
        };
        const ac = new AC.AdaptiveCard();
        ac.hostConfig = new AC.HostConfig(hostConfig);
        const ctx = new AC.SerializationContext(new AC.Version(1, 5));
        ac.parse(card, ctx);
        const messages: string[] = [];
        for (let i = 0; i < ctx.eventCount; i++) messages.push(ctx.getEventAt(i).message);
        for (const e of ac.validateProperties().validationEvents) messages.push(e.message);
        const host = page.document.getElementById('host');
        host.innerHTML = '';
        const el = ac.render();
        if (el) host.appendChild(el);
        const actions: string[] = ac.getAllActions().map((a: { title?: string }) => a.title ?? '');
        return { messages, height: el ? el.getBoundingClientRect().height : 0, text: host.innerText, actions };
      },
      { card, hostConfig: teamsLightHostConfig },
    );
  }

  it.each(CARD_SAMPLES.map((s) => [s.name, s] as const))('%s renders without warnings on desktop and mobile', async (name, sample) => {
    const card = sample.build();
    for (const [label, width] of [['desktop', 560], ['mobile', 360]] as const) {
      const p = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
      await p.goto(base);
      const result = await render(p, card);
      expect(result.messages, `${name} ${label}`).toEqual([]);
      expect(result.height).toBeGreaterThan(40);
      expect(result.text).not.toContain('${');
      const host = await p.$('#host');
      await host!.screenshot({ path: path.join(outDir, `${name}-${label}.png`) });
      await p.close();
    }
    expect(fs.existsSync(path.join(outDir, `${name}-desktop.png`))).toBe(true);
  });
});
