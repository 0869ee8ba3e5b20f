import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as path from 'node:path';
import { AddressInfo } from 'node:net';
import { chromium, Browser, Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';
import { CARD_SAMPLES } from '../support/cardSamples';
import { TEAMS_THEMES, type TeamsTheme } from '../support/teamsHostConfig';

/**
 * Renders every bound card sample with the real `adaptivecards` renderer in headless Chromium (Debian's
 * package, installed by scripts/ensure-chromium.sh) with the Microsoft Teams host configs and chat styles the
 * Adaptive Cards designer uses (light, dark, and a high-contrast check), at a desktop and a phone width, and
 * keeps screenshots in test-output/cards/. Fails on parse or validation warnings, on a card that renders empty
 * and on text or a button too faint to read against its background in any theme.
 *
 * Every sample is checked in every theme and width, the six pages at once. Taking the picture costs more than
 * the check, so by default each sample keeps two (light on a desktop, dark on a phone); CARD_SCREENSHOTS=all
 * keeps all six.
 *
 * With UPDATE_SCREENSHOTS=1 it also writes the README's pictures to docs/screenshots/: light and dark side by
 * side.
 */
const CHROMIUM = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => fs.existsSync(p));
const outDir = path.join(projectRoot(), 'test-output', 'cards');
const readmeDir = path.join(projectRoot(), 'docs', 'screenshots');
const runIt = CHROMIUM || process.env.CI ? describe : describe.skip;
if (!CHROMIUM && !process.env.CI) console.warn('card-render test skipped: install Debian chromium (scripts/ensure-chromium.sh)');

const THEMES = Object.keys(TEAMS_THEMES) as TeamsTheme[];
const WIDTHS = [
  ['desktop', 560],
  ['mobile', 360],
] as const;

/** The README's pictures: sample name and width. */
const README_SHOTS: [string, (typeof WIDTHS)[number][0]][] = [
  ['help-nb', 'desktop'],
  ['meeting-invitation-typical-nb', 'desktop'],
  ['guidance-emergency-nb', 'desktop'],
  ['avklaring-decision-nb', 'desktop'],
  ['meeting-form-en', 'desktop'],
  ['guidance-meldeplikt-nb', 'mobile'],
  ['avklaring-recommendation-nb', 'desktop'],
  ['meeting-invitation-typical-moved-nb', 'mobile'],
];

/** The theme and width pictures kept for every sample unless CARD_SCREENSHOTS=all. */
const KEPT_SHOTS = new Set(['light-desktop', 'dark-mobile']);
const keepShot = (theme: TeamsTheme, label: string) => process.env.CARD_SCREENSHOTS === 'all' || KEPT_SHOTS.has(`${theme}-${label}`);

/** Below this contrast ratio (WCAG's floor for large text and controls) a text or button counts as unreadable. */
const MIN_CONTRAST = 3;

function pageFor(theme: TeamsTheme): string {
  const t = TEAMS_THEMES[theme];
  // The v3 renderer marks a positive action "style-positive"; the designer's Teams styles fill "style-emphasis".
  const emphasis = /\.ac-pushButton\.style-emphasis\s*\{[^}]*\}/.exec(t.css)?.[0] ?? '';
  return `<!doctype html><html><head><meta charset="utf-8">
<link rel="stylesheet" href="/adaptivecards.css"><style>${t.css}
${emphasis.replace('.style-emphasis', '.style-positive')}
body{margin:0;background:${t.background};font-family:'Segoe UI',Arial,sans-serif}
#host{background:${t.frame};margin:12px;border-radius:6px;box-shadow:0 1px 2px rgba(0,0,0,.25);overflow:hidden}</style>
<script src="/adaptivecards.js"></script></head><body><div id="host"></div></body></html>`;
}

runIt('cards in a real renderer with the Teams themes (headless Chromium)', () => {
  let server: http.Server;
  let browser: Browser;
  let base = '';
  // One page per theme and width, loaded once and reused: a fresh page per card costs seconds on a busy machine.
  const pages = new Map<string, Page>();
  beforeAll(async () => {
    const dist = path.join(projectRoot(), 'node_modules', 'adaptivecards', 'dist');
    server = http.createServer((req, res) => {
      const file = req.url === '/adaptivecards.js' ? 'adaptivecards.js' : req.url === '/adaptivecards.css' ? 'adaptivecards.css' : undefined;
      if (file) {
        res.writeHead(200, { 'content-type': file.endsWith('.js') ? 'text/javascript' : 'text/css' });
        res.end(fs.readFileSync(path.join(dist, file)));
        return;
      }
      const theme = (req.url ?? '').replace(/^\/theme\//, '') as TeamsTheme;
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(pageFor(THEMES.includes(theme) ? theme : 'light'));
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    fs.mkdirSync(outDir, { recursive: true });
    for (const theme of THEMES) {
      for (const [label, width] of WIDTHS) {
        const p = await browser.newPage({ viewport: { width, height: 800 }, deviceScaleFactor: 1 });
        await p.goto(`${base}/theme/${theme}`);
        pages.set(`${theme}-${label}`, p);
      }
    }
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    server?.close();
  });

  async function render(p: Page, card: unknown, theme: TeamsTheme) {
    return p.evaluate(
      ({ card, hostConfig, minContrast }) => {
        // This function runs in the page: its globals (the UMD bundle, the DOM) have no types in this Node project.
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        const page = globalThis as any;
        const AC = page.AdaptiveCards;
        // Teams turns <at>Name</at> into a mention only when the card's msteams.entities has that exact text;
        // any other tag stays as typed (the test fails on it).
        const mentions = new Set<string>(((card as { msteams?: { entities?: { type?: string; text?: string }[] } }).msteams?.entities ?? []).filter((e) => e.type === 'mention').map((e) => String(e.text)));
        // Teams renders the Markdown subset in TextBlocks; the bare renderer needs a processor for it.
        AC.AdaptiveCard.onProcessMarkdown = (text: string, result: { outputHtml: string; didProcess: boolean }) => {
          const escaped = text
            .replace(/<at>([^<]*)<\/at>/g, (tag, name: string) => (mentions.has(tag) ? `\u0001${name}\u0002` : tag))
            .replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
            .replace(/\u0001([^\u0002]*)\u0002/g, '<span class="mention" style="font-weight:600">$1</span>');
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

        // Legibility: every visible piece of text against the colour behind it (alpha blended).
        const rgba = (s: string): number[] => {
          const m = /rgba?\(([^)]+)\)/.exec(s);
          if (!m) return [0, 0, 0, 0];
          const [r, g, b, a] = m[1]!.split(',').map((x) => parseFloat(x));
          return [r!, g!, b!, a === undefined ? 1 : a];
        };
        const over = (top: number[], under: number[]) => [0, 1, 2].map((i) => top[i]! * top[3]! + under[i]! * (1 - top[3]!)).concat(1);
        // DOM nodes of the page; the Node project has no DOM types.
        type DomNode = { parentElement: DomNode | null; getBoundingClientRect(): { width: number; height: number } };
        const backgroundOf = (node: DomNode | null): number[] => {
          const layers: number[][] = [];
          for (let n = node; n; n = n.parentElement) {
            const c = rgba(page.getComputedStyle(n).backgroundColor);
            if (c[3]! > 0) layers.push(c);
            if (c[3] === 1) break;
          }
          let bg = rgba(page.getComputedStyle(page.document.body).backgroundColor);
          if (bg[3] === 0) bg = [255, 255, 255, 1];
          for (const layer of layers.reverse()) bg = over(layer, bg);
          return bg;
        };
        const lum = (c: number[]) => {
          const ch = c.slice(0, 3).map((v) => {
            const s = v / 255;
            return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
          });
          return 0.2126 * ch[0]! + 0.7152 * ch[1]! + 0.0722 * ch[2]!;
        };
        const faint: string[] = [];
        const walker = page.document.createTreeWalker(host, 4 /* NodeFilter.SHOW_TEXT */);
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          const text = String(n.textContent ?? '').trim();
          const parent = n.parentElement as DomNode | null;
          if (!text || !parent) continue;
          const box = parent.getBoundingClientRect();
          const style = page.getComputedStyle(parent);
          if (box.width === 0 || box.height === 0 || style.visibility === 'hidden') continue;
          const bg = backgroundOf(parent);
          const fg = over(rgba(style.color), bg);
          const [a, b] = [lum(fg), lum(bg)];
          const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
          if (ratio < minContrast) faint.push(`${text.slice(0, 40)} (${ratio.toFixed(2)})`);
        }
        return { messages, height: el ? el.getBoundingClientRect().height : 0, text: host.innerText, actions, faint };
      },
      { card, hostConfig: TEAMS_THEMES[theme].hostConfig, minContrast: MIN_CONTRAST },
    );
  }

  async function shoot(card: unknown, theme: TeamsTheme, label: (typeof WIDTHS)[number][0]): Promise<{ png: Buffer; result: Awaited<ReturnType<typeof render>> }> {
    const p = pages.get(`${theme}-${label}`)!;
    const result = await render(p, card, theme);
    const png = await (await p.$('#host'))!.screenshot();
    return { png, result };
  }

  it.each(CARD_SAMPLES.map((s) => [s.name, s] as const))('%s renders without warnings, legibly, in every Teams theme on desktop and phone', async (name, sample) => {
    const card = sample.build();
    // Each theme and width has its own page (its own renderer process): the six run side by side.
    const combos = THEMES.flatMap((theme) => WIDTHS.map(([label]) => [theme, label] as const));
    await Promise.all(
      combos.map(async ([theme, label]) => {
        const p = pages.get(`${theme}-${label}`)!;
        const result = await render(p, card, theme);
        const where = `${name} ${theme} ${label}`;
        expect(result.messages, where).toEqual([]);
        expect(result.height, where).toBeGreaterThan(40);
        expect(result.text, where).not.toContain('${');
        expect(result.text, where).not.toMatch(/<\/?at>/);
        expect(result.faint, where).toEqual([]);
        if (keepShot(theme, label)) fs.writeFileSync(path.join(outDir, `${name}-${theme}-${label}.png`), await (await p.$('#host'))!.screenshot());
      }),
    );
    expect(fs.existsSync(path.join(outDir, `${name}-dark-mobile.png`))).toBe(true);
  });

  it('writes the README pictures, light and dark side by side (UPDATE_SCREENSHOTS=1)', async () => {
    const shots = README_SHOTS.map(([name, label]) => ({ name, label, sample: CARD_SAMPLES.find((s) => s.name === name) }));
    // The pictures the README shows must exist as samples, whether or not they are written this run.
    expect(shots.filter((s) => !s.sample).map((s) => s.name)).toEqual([]);
    if (process.env.UPDATE_SCREENSHOTS !== '1') return;
    fs.mkdirSync(readmeDir, { recursive: true });
    for (const { name, label, sample } of shots) {
      const width = WIDTHS.find(([l]) => l === label)![1];
      const light = await shoot(sample!.build(), 'light', label);
      const dark = await shoot(sample!.build(), 'dark', label);
      const p = await browser.newPage({ viewport: { width: width * 2, height: 600 }, deviceScaleFactor: 1 });
      const img = (png: Buffer, bg: string) => `<div style="background:${bg}"><img style="display:block" src="data:image/png;base64,${png.toString('base64')}"></div>`;
      await p.setContent(`<body style="margin:0"><div id="pair" style="display:inline-flex;align-items:stretch">${img(light.png, TEAMS_THEMES.light.background)}${img(dark.png, TEAMS_THEMES.dark.background)}</div></body>`);
      const file = path.join(readmeDir, `${name}-${label}.png`);
      await (await p.$('#pair'))!.screenshot({ path: file });
      await p.close();
      expect(fs.statSync(file).size).toBeGreaterThan(1000);
    }
  });
});
