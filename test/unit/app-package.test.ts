import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as zlib from 'node:zlib';
import { execFileSync, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { AppManifest, AppManifestUtils } from '@microsoft/app-manifest';
import {
  APP_PACKAGE_DIR,
  DEFAULT_ENV_FILE,
  MANIFEST_VERSION,
  PACKAGE_FILES,
  ZERO_GUID,
  buildAppPackage,
  bundledSchemaPath,
  checkIcons,
  fillTemplate,
  localizedCommandTitles,
  manifestCommands,
  parseEnvFile,
  readManifestTemplate,
  templateVariables,
  validateAgainstSchema,
  BuildResult,
} from '../../scripts/lib/manifest';
import { renderIconFiles } from '../../scripts/lib/icons';
import { PNG } from 'pngjs';
import { decodePng, encodePng } from '../../scripts/lib/png';
import { createZip, readZip } from '../../scripts/lib/zip';

/** Debian's unzip, when the machine has it: a ZIP reader that shares no code with ours. */
const hasUnzip = spawnSync('unzip', ['-v']).status === 0;

const BOT_ID = '3f2b9c41-7d7e-4c1a-9a55-2f1e0b6d8c10';
const APP_ID = 'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d';
const PROD_ENV = {
  TEAMS_APP_ID: APP_ID,
  BOT_ID,
  BOT_DOMAIN: 'btibot-web.azurewebsites.net',
  APP_VERSION: '1.4.2',
  DEVELOPER_NAME: 'Eksempel kommune IT',
  DEVELOPER_WEBSITE_URL: 'https://www.eksempel.kommune.no/bti',
  PRIVACY_URL: 'https://www.eksempel.kommune.no/personvern',
  TERMS_OF_USE_URL: 'https://www.eksempel.kommune.no/vilkar',
};

let tmp: string;
const outDir = (name: string) => path.join(tmp, name);

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-app-package-'));
});
afterAll(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** IHDR read straight from the bytes, independent of the decoder under test. */
function ihdr(png: Buffer) {
  expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  expect(png.toString('ascii', 12, 16)).toBe('IHDR');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20), bitDepth: png[24], colorType: png[25] };
}

describe('app package with the shipped dev defaults', () => {
  let result: BuildResult;
  beforeAll(async () => {
    result = await buildAppPackage({ env: {}, outDir: outDir('dev') });
  });

  it('builds, warning that the zero GUIDs and localhost are for local use only', () => {
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    expect(result.warnings.join('\n')).toMatch(/BOT_ID is the all-zero GUID/);
    expect(result.warnings.join('\n')).toMatch(/BOT_DOMAIN is localhost/);
    const manifest = JSON.parse(fs.readFileSync(result.manifestFile!, 'utf8'));
    expect(manifest.bots[0].botId).toBe(ZERO_GUID);
    expect(manifest.validDomains).toEqual(['localhost']);
  });

  it('refuses the dev defaults in release mode, one line per problem, and leaves no zip', async () => {
    const r = await buildAppPackage({ env: {}, outDir: outDir('dev-release'), release: true });
    expect(r.ok).toBe(false);
    expect(r.problems).toContain('BOT_ID is the all-zero GUID: not allowed in a release package');
    expect(r.problems.every((p) => !p.includes('\n'))).toBe(true);
    expect(fs.existsSync(path.join(outDir('dev-release'), 'bti-bot-app.zip'))).toBe(false);
  });
});

describe('app package filled from the environment', () => {
  let result: BuildResult;
  // any: the built manifest is JSON read back only to assert on its fields, which the schema check types properly.
  let manifest: Record<string, any>;
  beforeAll(async () => {
    result = await buildAppPackage({ env: PROD_ENV, outDir: outDir('prod'), release: true });
    manifest = JSON.parse(fs.readFileSync(result.manifestFile ?? '/nonexistent', 'utf8'));
  });

  it('builds in release mode with every value from the environment', () => {
    expect(result.problems).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.version).toBe('1.4.2');
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.composeExtensions[0].botId).toBe(BOT_ID);
    expect(manifest.validDomains).toContain('btibot-web.azurewebsites.net');
    expect(manifest.developer.privacyUrl).toBe(PROD_ENV.PRIVACY_URL);
    expect(JSON.stringify(manifest)).not.toMatch(/\$\{\{/);
  });

  it("passes Microsoft's JSON schema (bundled, offline) and fails it when broken", async () => {
    expect(manifest.$schema).toBe(`https://developer.microsoft.com/json-schemas/teams/v${MANIFEST_VERSION}/MicrosoftTeams.schema.json`);
    expect(manifest.manifestVersion).toBe(MANIFEST_VERSION);
    // Without a bundled schema the library would go to the network; make sure it will not.
    expect(bundledSchemaPath(manifest.$schema)).toBeTruthy();
    expect(await AppManifestUtils.validateAgainstSchema(manifest as AppManifest)).toEqual([]);

    const broken = structuredClone(manifest);
    broken.bots[0].botId = 'not-a-guid';
    broken.bots[0].commandLists[0].commands.push({ title: 'x'.repeat(200), description: 'too long' });
    const errors = await AppManifestUtils.validateAgainstSchema(broken as AppManifest);
    expect(errors.some((e) => e.startsWith('/bots/0/botId'))).toBe(true);
    expect(errors.some((e) => e.includes('/commandLists/0/commands/7/title'))).toBe(true);
  });

  it('validates unchanged against every bundled schema from 1.22 (the version before) up to MANIFEST_VERSION', async () => {
    const en = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'en-US.json'), 'utf8'));
    const minor = Number(MANIFEST_VERSION.split('.')[1]);
    expect(minor).toBeGreaterThan(22);
    for (let m = 22; m <= minor; m++) {
      const v = `1.${m}`;
      const base = `https://developer.microsoft.com/json-schemas/teams/v${v}/`;
      const doc = { ...structuredClone(manifest), $schema: `${base}MicrosoftTeams.schema.json`, manifestVersion: v };
      expect(bundledSchemaPath(doc.$schema), v).toBeTruthy();
      expect(await validateAgainstSchema(doc, `manifest ${v}`)).toEqual([]);
      expect(await validateAgainstSchema({ ...en, $schema: `${base}MicrosoftTeams.Localization.schema.json` }, `en-US ${v}`)).toEqual([]);
    }
    // A schema pinned to one version rejects another version's number: the relabelling above is really checked.
    const mismatched = { ...structuredClone(manifest), manifestVersion: '1.22' };
    expect((await validateAgainstSchema(mismatched, 'mismatch')).some((e) => e.includes('manifestVersion'))).toBe(true);
  });

  it('has the bot in personal, team and group chat with the nb command menu', () => {
    const bot = manifest.bots[0];
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = bot.commandLists.flatMap((l: { commands: { title: string }[] }) => l.commands.map((c) => c.title));
    expect(titles).toEqual(['hjelp', 'hvem bør koordinere?', 'nytt møte', 'referat', 'status', 'meldeplikt', 'verktøy']);
    for (const list of bot.commandLists) for (const c of list.commands) expect(c.description.length).toBeGreaterThan(10);
    const coveredScopes = new Set(bot.commandLists.flatMap((l: { scopes: string[] }) => l.scopes));
    expect(coveredScopes).toEqual(new Set(['personal', 'team', 'groupChat']));
  });

  it('has the verktøy message extension with one query parameter', () => {
    const [ext] = manifest.composeExtensions;
    const [cmd] = ext.commands;
    expect(cmd).toMatchObject({ id: 'searchVerktoy', type: 'query' });
    expect(cmd.parameters.map((p: { name: string }) => p.name)).toEqual(['query']);
  });

  it('is nb-NO by default with an en-US file that passes the Localization schema', async () => {
    expect(manifest.localizationInfo.defaultLanguageTag).toBe('nb-NO');
    expect(manifest.localizationInfo.additionalLanguages).toEqual([{ languageTag: 'en-US', file: 'en-US.json' }]);
    const en = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'en-US.json'), 'utf8'));
    expect(await validateAgainstSchema(en, 'en-US.json')).toEqual([]);
    const broken = { ...en, 'name.short': 'x'.repeat(31), 'bots[0].commandLists[0].commands[0].title': 5 };
    const errors = await validateAgainstSchema(broken, 'en-US.json');
    expect(errors.some((e) => e.includes('/name.short'))).toBe(true);
    expect(errors.some((e) => e.includes('commands[0].title'))).toBe(true);
  });

  it('lists the commands the bot must answer, in nb and in en', () => {
    const template = readManifestTemplate() as { bots: { commandLists: { commands: { title: string }[] }[] }[] };
    const expected = template.bots[0]!.commandLists.flatMap((l) => l.commands.map((c) => c.title));
    const commands = manifestCommands(manifest);
    expect(commands.botCommands).toEqual(expected);
    expect(commands.composeCommandIds).toEqual(['searchVerktoy']);
    expect(manifestCommands(readManifestTemplate())).toEqual(commands);

    const en = JSON.parse(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'en-US.json'), 'utf8'));
    const english = localizedCommandTitles(manifest, en);
    expect(english).toHaveLength(expected.length);
    expect(english).toContain('help');
    expect(english.filter((t) => expected.includes(t))).toEqual(['status']);
  });

  it('zips exactly the four files, and the manifest inside is the one built', () => {
    const entries = readZip(fs.readFileSync(result.zipFile!));
    expect(entries.map((e) => e.name).sort()).toEqual([...PACKAGE_FILES].sort());
    const byName = new Map(entries.map((e) => [e.name, e.data]));
    expect(byName.get('manifest.json')!.equals(fs.readFileSync(result.manifestFile!))).toBe(true);
    for (const name of ['en-US.json', 'color.png', 'outline.png']) {
      expect(byName.get(name)!.equals(fs.readFileSync(path.join(APP_PACKAGE_DIR, name)))).toBe(true);
    }
  });
});

describe('package script input checks', () => {
  it('names each missing or malformed value on its own line', async () => {
    const envFile = path.join(tmp, 'partial.env');
    fs.writeFileSync(envFile, 'TEAMS_APP_ID=00000000-0000-0000-0000-000000000000\nBOT_DOMAIN=localhost\n');
    const r = await buildAppPackage({ env: { BOT_DOMAIN: 'https://bot.example.no/api', DEVELOPER_NAME: 'x'.repeat(40) }, envFile, outDir: outDir('partial') });
    expect(r.ok).toBe(false);
    expect(r.problems).toContain(`BOT_ID is not set (set it in the environment or in ${envFile})`);
    expect(r.problems.some((p) => p.startsWith('BOT_DOMAIN must be a host name only'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('DEVELOPER_NAME must be at most 32 characters'))).toBe(true);
    expect(r.problems.some((p) => p.startsWith('PRIVACY_URL is not set'))).toBe(true);
  });

  it('lets the environment win over the env file', async () => {
    const r = await buildAppPackage({ env: { BOT_ID, BOT_DOMAIN: 'bti.example.no' }, outDir: outDir('override') });
    expect(r.ok).toBe(true);
    expect((r.manifest as { bots: { botId: string }[] }).bots[0]!.botId).toBe(BOT_ID);
    expect((r.manifest as { id: string }).id).toBe(ZERO_GUID); // from the file
  });

  it('reports an unknown env file and a template placeholder nobody fills', async () => {
    const r = await buildAppPackage({ env: {}, envFile: path.join(tmp, 'nope.env'), outDir: outDir('nofile') });
    expect(r.problems[0]).toMatch(/nope\.env does not exist/);

    const src = path.join(tmp, 'src-extra');
    fs.mkdirSync(src);
    for (const f of ['en-US.json', 'color.png', 'outline.png']) fs.copyFileSync(path.join(APP_PACKAGE_DIR, f), path.join(src, f));
    const template = fs.readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.template.json'), 'utf8').replace('"accentColor": "#1F5A96"', '"accentColor": "${{ACCENT}}"');
    fs.writeFileSync(path.join(src, 'manifest.template.json'), template);
    const r2 = await buildAppPackage({ env: {}, sourceDir: src, outDir: outDir('extra') });
    expect(r2.ok).toBe(false);
    expect(r2.problems).toContain('the template uses ${{ACCENT}}, which the package script does not know');
  });

  it('escapes values so the filled template stays JSON', () => {
    const { text, missing } = fillTemplate('{"n":"${{A}}","m":"${{B}}"}', { A: 'Kommune "IT" \\ drift' });
    expect(missing).toEqual(['B']);
    expect(JSON.parse(text.replace('${{B}}', 'b'))).toEqual({ n: 'Kommune "IT" \\ drift', m: 'b' });
    expect(templateVariables(fs.readFileSync(path.join(APP_PACKAGE_DIR, 'manifest.template.json'), 'utf8')).sort()).toEqual(
      ['APP_VERSION', 'BOT_DOMAIN', 'BOT_ID', 'DEVELOPER_NAME', 'DEVELOPER_WEBSITE_URL', 'PRIVACY_URL', 'TEAMS_APP_ID', 'TERMS_OF_USE_URL'],
    );
  });

  it('ships an env file with safe local defaults and nothing secret', () => {
    const text = fs.readFileSync(DEFAULT_ENV_FILE, 'utf8');
    const values = parseEnvFile(text);
    expect(values.BOT_ID).toBe(ZERO_GUID);
    expect(values.BOT_DOMAIN).toBe('localhost');
    expect(Object.keys(values).filter((k) => /PASSWORD|SECRET|KEY|TOKEN/i.test(k))).toEqual([]);
    expect(parseEnvFile('# c\nexport A="x y"\nB = 2\nnot a line\n')).toEqual({ A: 'x y', B: '2' });
  });

  it('reads env files as dotenv does: a trailing # comment is not part of the value, a quoted # is', () => {
    const text = [
      'BOT_DOMAIN=bti.example.no # our App Service',
      "DEVELOPER_NAME='Kommune IT' # quoted, then a comment",
      'PRIVACY_URL="https://www.example.no/personvern#bti"',
      'TERMS_OF_USE_URL=https://www.example.no/vilkar#bti',
      'not an assignment',
      'APP_VERSION=1.0.0',
      '  export BOT_ID = 3f2b9c41-7d7e-4c1a-9a55-2f1e0b6d8c10  ',
      'EMPTY=',
      'A="unterminated',
      '#X=commented out',
    ].join('\r\n');
    expect(parseEnvFile(text)).toEqual({
      BOT_DOMAIN: 'bti.example.no',
      DEVELOPER_NAME: 'Kommune IT',
      PRIVACY_URL: 'https://www.example.no/personvern#bti',
      TERMS_OF_USE_URL: 'https://www.example.no/vilkar',
      APP_VERSION: '1.0.0',
      BOT_ID,
      EMPTY: '',
    });
  });

  it('builds a valid package from an env file whose lines carry comments', async () => {
    const envFile = path.join(tmp, 'commented.env');
    const lines = Object.entries(PROD_ENV).map(([k, v]) => `${k}=${v} # ${k.toLowerCase()}`);
    fs.writeFileSync(envFile, `# production values\n${lines.join('\n')}\n`);
    const r = await buildAppPackage({ env: {}, envFile, outDir: outDir('commented') });
    expect(r.problems).toEqual([]);
    expect(r.ok).toBe(true);
    const manifest = r.manifest as { bots: { botId: string }[]; developer: { name: string; privacyUrl: string }; validDomains: string[] };
    expect(manifest.bots[0]!.botId).toBe(BOT_ID);
    expect(manifest.developer.name).toBe(PROD_ENV.DEVELOPER_NAME);
    expect(manifest.developer.privacyUrl).toBe(PROD_ENV.PRIVACY_URL);
    expect(manifest.validDomains).toContain(PROD_ENV.BOT_DOMAIN);
  });
});

describe('icons', () => {
  const color = fs.readFileSync(path.join(APP_PACKAGE_DIR, 'color.png'));
  const outline = fs.readFileSync(path.join(APP_PACKAGE_DIR, 'outline.png'));

  it('color.png is a 192×192 full-colour icon', () => {
    expect(ihdr(color)).toMatchObject({ width: 192, height: 192, bitDepth: 8 });
    const img = decodePng(color);
    const colours = new Set<string>();
    let translucent = 0;
    for (let p = 0; p < 192 * 192; p++) {
      if (img.rgba[p * 4 + 3] !== 255) translucent++;
      colours.add(Buffer.from(img.rgba.subarray(p * 4, p * 4 + 3)).toString('hex'));
    }
    expect(translucent).toBe(0);
    expect(colours.has('ffffff')).toBe(true);
    expect(colours.size).toBeGreaterThan(2);
  });

  it('outline.png is 32×32 with alpha, white-only pixels and transparent corners', () => {
    expect(ihdr(outline)).toMatchObject({ width: 32, height: 32, bitDepth: 8, colorType: 6 });
    // Decode by hand with zlib: IDAT → inflate → unfilter (the encoder writes filter 0 rows).
    let offset = 8;
    const idat: Buffer[] = [];
    while (offset < outline.length) {
      const len = outline.readUInt32BE(offset);
      if (outline.toString('ascii', offset + 4, offset + 8) === 'IDAT') idat.push(outline.subarray(offset + 8, offset + 8 + len));
      offset += 12 + len;
    }
    const raw = zlib.inflateSync(Buffer.concat(idat));
    expect(raw.length).toBe(32 * (32 * 4 + 1));
    let visible = 0;
    for (let y = 0; y < 32; y++) {
      expect(raw[y * 129]).toBe(0);
      for (let x = 0; x < 32; x++) {
        const i = y * 129 + 1 + x * 4;
        if (raw[i + 3] === 0) continue;
        visible++;
        expect([raw[i], raw[i + 1], raw[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    expect(visible).toBeGreaterThan(100);
    for (const [x, y] of [[0, 0], [31, 0], [0, 31], [31, 31]] as const) expect(raw[y * 129 + 1 + x * 4 + 3]).toBe(0);
    expect(checkIcons(color, outline)).toEqual([]);
  });

  it('the committed PNGs are what scripts/make-icons.ts draws today', () => {
    // Compare pixels, not bytes: another zlib build may compress the same pixels differently.
    const fresh = renderIconFiles();
    // Flat icon areas compress to almost nothing; a wrong deflate setting shows here first.
    expect(fresh['color.png'].length).toBeLessThan(8 * 1024);
    expect(fresh['outline.png'].length).toBeLessThan(1024);
    expect(Buffer.from(decodePng(fresh['color.png']).rgba).equals(Buffer.from(decodePng(color).rgba))).toBe(true);
    expect(Buffer.from(decodePng(fresh['outline.png']).rgba).equals(Buffer.from(decodePng(outline).rgba))).toBe(true);
  });

  it('the icon check catches a grey outline pixel, an opaque corner and a wrong size', () => {
    const img = decodePng(outline);
    const rgba = Buffer.from(img.rgba);
    const firstVisible = [...Array(32 * 32).keys()].find((p) => rgba[p * 4 + 3]! > 0)!;
    rgba[firstVisible * 4] = 128;
    rgba[3] = 255; // top-left corner
    const bad = encodePng({ width: 32, height: 32, rgba });
    const problems = checkIcons(encodePng({ width: 96, height: 96, rgba: new Uint8Array(96 * 96 * 4).fill(200) }), bad);
    expect(problems).toContain('color.png is 96×96, must be 192×192');
    expect(problems.some((p) => /outline\.png has [12] visible pixels that are not white/.test(p))).toBe(true);
    expect(problems).toContain('outline.png corners must be transparent');
  });

  it('decodes other PNG flavours too, and an outline saved without alpha is named as the problem', () => {
    const img = decodePng(outline);
    const rgb = new PNG({ width: 32, height: 32 });
    rgb.data = Buffer.from(img.rgba);
    const noAlpha = PNG.sync.write(rgb, { colorType: 2 });
    const back = decodePng(noAlpha);
    expect([back.colorType, back.alpha, back.width]).toEqual([2, false, 32]);
    expect(checkIcons(color, noAlpha)).toContain('outline.png must have an alpha channel (transparent background)');
    expect(checkIcons(color, Buffer.from('not a png'))[0]).toMatch(/^outline\.png: /);
  });
});

describe('zip writer and reader', () => {
  it('round-trips stored and deflated entries with UTF-8 names, and rejects corruption', () => {
    const entries = [
      { name: 'a.txt', data: Buffer.from('hei '.repeat(100)) },
      { name: 'tilfeldig.bin', data: Buffer.from(Array.from({ length: 64 }, (_, i) => (i * 97 + 13) % 256)) },
      { name: 'verktøy.json', data: Buffer.from('{}') },
    ];
    const zip = createZip(entries);
    expect(readZip(zip)).toEqual(entries);
    expect(zip.readUInt32LE(0)).toBe(0x04034b50);
    const corrupt = Buffer.from(zip);
    corrupt[30 + 'a.txt'.length + 2] ^= 0xff; // inside a.txt's compressed data
    expect(() => readZip(corrupt)).toThrow();
    expect(() => createZip([entries[0]!, entries[0]!])).toThrow(/duplicate/);
  });

  it('deflates what shrinks, stores what does not, and catches a flipped byte in a stored entry', () => {
    const png = randomBytes(4096); // incompressible, like most PNG data
    const text = Buffer.from('{"name":"BTI-bot"}'.repeat(50));
    const zip = createZip([{ name: 'color.png', data: png }, { name: 'manifest.json', data: text }]);
    // Local header of the first entry: method at byte 8 (0 = stored, 8 = deflated), compressed size at 18.
    expect(zip.readUInt16LE(8)).toBe(0);
    expect(zip.readUInt32LE(18)).toBe(png.length);
    const second = 30 + 'color.png'.length + png.length;
    expect(zip.readUInt32LE(second)).toBe(0x04034b50);
    expect(zip.readUInt16LE(second + 8)).toBe(8);
    expect(zip.readUInt32LE(second + 18)).toBeLessThan(text.length);
    const corrupt = Buffer.from(zip);
    corrupt[30 + 'color.png'.length + 100] ^= 0x01;
    expect(() => readZip(corrupt)).toThrow(/CRC/);
  });

  it('is byte-identical whatever the time zone of the machine that builds it', () => {
    const entries = [{ name: 'manifest.json', data: Buffer.from('{}') }];
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'UTC';
      const utc = createZip(entries);
      process.env.TZ = 'Pacific/Kiritimati'; // UTC+14: another calendar day at midnight UTC
      const far = createZip(entries);
      expect(far.equals(utc)).toBe(true);
      // DOS date in the local header: 2026-01-01 (year since 1980 in bits 9-15, month 5-8, day 0-4).
      expect(utc.readUInt16LE(12)).toBe(((2026 - 1980) << 9) | (1 << 5) | 1);
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });

  it.skipIf(!hasUnzip)('the built app package passes an independent ZIP reader (unzip -t)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-zip-'));
    const file = path.join(dir, 'p.zip');
    fs.writeFileSync(file, createZip([...PACKAGE_FILES].map((name) => ({ name, data: fs.readFileSync(path.join(APP_PACKAGE_DIR, name === 'manifest.json' ? 'manifest.template.json' : name)) }))));
    const out = execFileSync('unzip', ['-t', file], { encoding: 'utf8' });
    expect(out).toMatch(/No errors detected/);
    for (const name of PACKAGE_FILES) expect(out).toContain(`testing: ${name}`);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
