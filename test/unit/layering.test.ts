import { describe, expect, it } from 'vitest';
import * as fs from 'node:fs';
import * as path from 'node:path';

/**
 * The layering the README describes: only the runtimes (src/runtime/<name>) may import a Teams SDK. Rules,
 * storage, content, cards, texts, the action layer and the jobs stay framework-neutral, also through what they
 * import, so a second runtime replaces one folder. The rules produce codes, never texts: src/domain imports
 * nothing from src/i18n (nor from the layers above it).
 */
const ROOT = path.resolve(__dirname, '../..');
const SDK_IMPORT = /from\s+['"](botbuilder[^'"]*|@microsoft\/teams[^'"]*|botframework-[^'"]*)['"]/;

/** Folders and files that must never import an SDK, directly or through anything they import. */
const NEUTRAL = ['src/domain', 'src/store', 'src/content', 'src/actions', 'src/i18n', 'src/cards', 'src/present', 'src/bot', 'src/runtime/inbound.ts'];

/** The Teams SDK 2 runtime speaks @microsoft/teams.* only: nothing of botbuilder or Teams AI v1. */
const BOTBUILDER_IMPORT = /from\s+['"](botbuilder[^'"]*|@microsoft\/teams-ai[^'"]*|botframework-[^'"]*)['"]/;

function files(dir: string, root = ROOT): string[] {
  const full = path.join(root, dir);
  if (!fs.existsSync(full)) return [];
  if (fs.statSync(full).isFile()) return [dir];
  return fs.readdirSync(full, { withFileTypes: true }).filter((e) => !e.name.startsWith('.')).flatMap((e) => (e.isDirectory() ? files(path.join(dir, e.name), root) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** Every module specifier a file names: imports and re-exports (type-only ones too: they tie a job to the SDK's types) and dynamic imports. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"]([^'"]+)['"]/gm;

function specifiers(source: string): string[] {
  return [...source.matchAll(SPECIFIER)].map((m) => m[1]);
}

/** The .ts file a relative specifier names (a folder means its index.ts), or undefined for a package. */
function resolveRelative(fromFile: string, spec: string, root: string): string | undefined {
  if (!spec.startsWith('.')) return undefined;
  const base = path.join(path.dirname(fromFile), spec);
  for (const candidate of [`${base}.ts`, path.join(base, 'index.ts'), base]) {
    const full = path.join(root, candidate);
    if (fs.existsSync(full) && fs.statSync(full).isFile()) return candidate;
  }
  throw new Error(`${fromFile}: cannot resolve ${spec}`);
}

/**
 * Follows relative imports from the given files through the whole graph and returns each reached file that
 * imports an SDK, with the chain that reached it ("a.ts → b.ts → c.ts").
 */
function sdkReached(start: string[], root = ROOT, sdk: RegExp = SDK_IMPORT): string[] {
  const via = new Map<string, string>(start.map((f) => [f, f]));
  const queue = [...start];
  const found: string[] = [];
  while (queue.length) {
    const file = queue.shift() as string;
    const source = fs.readFileSync(path.join(root, file), 'utf8');
    if (sdk.test(source)) found.push(via.get(file) as string);
    for (const spec of specifiers(source)) {
      const next = resolveRelative(file, spec, root);
      if (next && !via.has(next)) {
        via.set(next, `${via.get(file)} → ${next}`);
        queue.push(next);
      }
    }
  }
  return found;
}

/** Imports of src/domain that reach a layer above it: texts, the jobs, storage or a runtime. */
function domainReachesUp(root = ROOT): string[] {
  return files('src/domain', root).flatMap((f) =>
    specifiers(fs.readFileSync(path.join(root, f), 'utf8'))
      .map((spec) => resolveRelative(f, spec, root))
      .filter((target): target is string => !!target && /^src[\\/](i18n|bot|store|runtime)([\\/]|$)/.test(target))
      .map((target) => `${f} → ${target}`),
  );
}

describe('layering', () => {
  it.each(NEUTRAL)('%s imports no Teams SDK', (dir) => {
    const list = files(dir);
    expect(list.length).toBeGreaterThan(0);
    const offenders = list.filter((f) => SDK_IMPORT.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
  });

  it.each(NEUTRAL)('%s reaches no Teams SDK through its imports either', (dir) => {
    expect(sdkReached(files(dir))).toEqual([]);
  });

  it('src/domain imports nothing from src/i18n, src/bot, src/store or src/runtime (it returns codes; the layers above word them)', () => {
    expect(files('src/domain').length).toBeGreaterThan(10);
    expect(domainReachesUp()).toEqual([]);
  });

  it('the transitive and domain checks catch an indirect SDK import and a text in the rules (a small tree of files)', () => {
    const tmp = fs.mkdtempSync(path.join(require('node:os').tmpdir(), 'layering-'));
    try {
      const write = (file: string, text: string) => {
        fs.mkdirSync(path.dirname(path.join(tmp, file)), { recursive: true });
        fs.writeFileSync(path.join(tmp, file), text);
      };
      // As the jobs were: a job imports a helper from a glue module, which imports botbuilder.
      write('src/bot/meetings/common.ts', "import { cardVersionSchema } from '../cardActions';\nimport type { Feature } from '../app';\n");
      write('src/bot/cardActions.ts', "import { TurnContext } from 'botbuilder';\nexport const cardVersionSchema = 1;\n");
      write('src/bot/app.ts', "import { Application } from '@microsoft/teams-ai';\nexport type Feature = () => void;\n");
      write('src/bot/clean.ts', "import { normalizeText } from '../actions';\n");
      write('src/actions/index.ts', "export const normalizeText = (s: string) => s;\n");
      write('src/domain/rules.ts', "import { t } from '../i18n';\nimport { cite } from './sources';\n");
      write('src/domain/sources.ts', "export const cite = 1;\n");
      write('src/i18n/index.ts', "export const t = 1;\n");
      expect(sdkReached(['src/bot/meetings/common.ts'], tmp)).toEqual([
        'src/bot/meetings/common.ts → src/bot/cardActions.ts',
        'src/bot/meetings/common.ts → src/bot/app.ts',
      ]);
      expect(sdkReached(['src/bot/clean.ts'], tmp)).toEqual([]);
      expect(domainReachesUp(tmp)).toEqual(['src/domain/rules.ts → src/i18n/index.ts']);
    } finally {
      fs.rmSync(tmp, { recursive: true, force: true });
    }
  });

  it('src/runtime/teamsSdk imports nothing of botbuilder or Teams AI v1, directly or through other modules', () => {
    const list = files('src/runtime/teamsSdk');
    expect(list.length).toBeGreaterThan(0);
    expect(list.filter((f) => BOTBUILDER_IMPORT.test(fs.readFileSync(path.join(ROOT, f), 'utf8')))).toEqual([]);
    // Nor through what it imports (it once reached botbuilder through the card-language helper).
    expect(sdkReached(list, ROOT, BOTBUILDER_IMPORT)).toEqual([]);
    expect(BOTBUILDER_IMPORT.test("import { TurnContext } from 'botbuilder';")).toBe(true);
    expect(BOTBUILDER_IMPORT.test("import { App } from '@microsoft/teams.apps';")).toBe(false);
  });

  it('src/ imports nothing from test/ (card samples and other test data stay out of the build)', () => {
    const list = files('src');
    expect(list.length).toBeGreaterThan(50);
    const offenders = list.filter((f) => /from\s+['"](\.\.\/)+test\//.test(fs.readFileSync(path.join(ROOT, f), 'utf8')));
    expect(offenders).toEqual([]);
    expect(list.filter((f) => /samples?\.ts$/.test(f))).toEqual([]);
  });

  it('the rule itself catches an SDK import', () => {
    expect(SDK_IMPORT.test("import { TurnContext } from 'botbuilder';")).toBe(true);
    expect(SDK_IMPORT.test("import { App } from '@microsoft/teams.apps';")).toBe(true);
    expect(SDK_IMPORT.test("import { z } from 'zod';")).toBe(false);
  });
});
