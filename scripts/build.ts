/**
 * `npm run build`: the production build in dist/, what `npm start`, App Service and `npm run bundle` run.
 *
 *   dist/src/index.js                 the process entry (src/index.ts): turns on Node's compile cache, loads main.js
 *   dist/src/main.js                  the bot and every package it loads before it answers (src/main.ts), one file
 *   dist/src/store/embeddedServer.js  the embedded store's worker thread (src/store/embeddedServer.ts)
 *
 * Why one file: start-up was mostly loading some 1,960 modules, each found on disk through node_modules
 * (several file look-ups each), read and compiled on its own. In one file esbuild has resolved them all at
 * build time; each module still runs only when it is first required, as before. Files the bot reads at run
 * time (cards/, package.json) are found from the project root (src/paths.ts), as before.
 *
 * Not in the file, loaded from node_modules when (and only when) they are needed, as before: the Teams SDK 2
 * (BOT_RUNTIME=teams-sdk), the card templating (the first card, or the warm-up after listening), the Cosmos
 * emulator (a development dependency, only in the worker of the embedded store), restify's optional DTrace
 * binding (native) and the packages of DEFERRED_REQUIRES (never, as this bot runs). A production install
 * (`npm ci --omit=dev`) has all of them but the emulator.
 *
 * It does not type-check: `npm run typecheck` does (CI runs it before this).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { build, type BuildOptions, type Metafile, type Plugin } from 'esbuild';

const ROOT = path.resolve(__dirname, '..');
const OUT = path.join(ROOT, 'dist');

/** Loaded from node_modules at run time (see above); everything else a bundle reaches is inside it. */
export const RUNTIME_EXTERNAL = [
  // Never loaded by this bot: see DEFERRED_REQUIRES; outside the bundle they are not even read at start.
  'botbuilder-dialogs',
  '@azure/keyvault-keys',
  'yaml',
  'csv',
  '@microsoft/teams.apps',
  '@microsoft/teams.api',
  '@microsoft/teams.common',
  'adaptivecards-templating',
  '@vercel/cosmosdb-server',
  '@vercel/cosmosdb-server/*',
  'dtrace-provider',
];

/**
 * The packages' CommonJS builds, as Node's require() loads them (and as the tsc build did): esbuild would take
 * a package's ESM build for an `import` statement and its CommonJS build for a require() of the same package
 * elsewhere, and bundle both (two copies of zod, of @azure/cosmos' helpers).
 */
const commonJsBuilds: Plugin = {
  name: 'commonjs-builds',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, async (args) => {
      if ((args.kind !== 'import-statement' && args.kind !== 'dynamic-import') || args.pluginData === commonJsBuilds) return undefined;
      const r = await b.resolve(args.path, { kind: 'require-call', resolveDir: args.resolveDir, importer: args.importer, pluginData: commonJsBuilds });
      return r.errors.length ? undefined : r;
    });
  },
};

/**
 * Modules of other packages that are loaded at start-up only because a module the bot needs requires them at
 * its top, while it uses them only in code the bot never runs. In the bundle such a require() is deferred: the
 * module is loaded at the first use of anything it exports, which for these is never. The packages' files are
 * not changed (node_modules stays as npm installed it); this is how the bundle is made, like the externals.
 * A require() listed here that is no longer in its file (a new version of the package) fails the build, so
 * the list is looked at again rather than silently doing nothing.
 *
 * Teams AI v1's Application loads its sign-in code (`authentication/`), which loads botbuilder-dialogs and with
 * it the Microsoft Recognizers Text suites (some 5 MB of JavaScript building large regular expressions as it
 * loads), Globalize and a second MSAL: about a quarter of what start-up spent before listening. The bot
 * configures no Teams AI authentication (`Application` uses `AuthenticationManager` only when
 * `options.authentication` is set, and `BotAuthenticationBase` uses the dialogs only inside a sign-in flow);
 * the per-turn helpers of `BotAuthenticationBase` (`userInSignInFlow`, …) stay loaded as before.
 *
 * Smaller ones, each used only inside one function: @azure/cosmos' Key Vault key resolver (client-side
 * encryption, which the bot does not use) and its @azure/keyvault-keys; Teams AI's YAML formatting of values
 * for AI prompts (`Utilities.toString`); restify's CSV/TSV body parser (a body that is not JSON is refused).
 * The packages these defer stay out of the bundle (RUNTIME_EXTERNAL): should one ever be used, it is loaded
 * from node_modules, where a production install has it.
 */
export const DEFERRED_REQUIRES: ReadonlyArray<{ file: string; requires: string[] }> = [
  { file: 'node_modules/@microsoft/teams-ai/lib/Application.js', requires: ['./authentication/Authentication'] },
  { file: 'node_modules/@microsoft/teams-ai/lib/authentication/BotAuthenticationBase.js', requires: ['botbuilder-dialogs', './Authentication'] },
  { file: 'node_modules/@azure/cosmos/dist/commonjs/encryption/EncryptionKeyResolver/AzureKeyVaultEncryptionKeyResolver.js', requires: ['@azure/keyvault-keys'] },
  { file: 'node_modules/@microsoft/teams-ai/lib/Utilities.js', requires: ['yaml'] },
  { file: 'node_modules/restify/lib/plugins/fieldedTextBodyParser.js', requires: ['csv'] },
];

/** The module object stands in for the real one and loads it at the first property read. */
const DEFER_HELPER =
  'function __btiDeferred(load) { let m; const real = () => (m ??= load()); return new Proxy({}, { ' +
  'get: (_, k) => real()[k], has: (_, k) => k in real(), ownKeys: () => Reflect.ownKeys(real()), ' +
  'getOwnPropertyDescriptor: (_, k) => { const d = Object.getOwnPropertyDescriptor(real(), k); if (d) d.configurable = true; return d; } }); }\n';

const deferredRequires: Plugin = {
  name: 'deferred-requires',
  setup(b) {
    for (const { file, requires } of DEFERRED_REQUIRES) {
      const abs = path.join(ROOT, file);
      b.onLoad({ filter: new RegExp(`^${abs.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}$`) }, async () => {
        let contents = await fs.promises.readFile(abs, 'utf8');
        for (const spec of requires) {
          const calls = [`require("${spec}")`, `require('${spec}')`].filter((c) => contents.includes(c));
          const call = calls[0];
          if (calls.length !== 1 || contents.split(call!).length !== 2) throw new Error(`${file}: expected one require("${spec}"); the package changed, see DEFERRED_REQUIRES in scripts/build.ts`);
          contents = contents.replace(call!, `__btiDeferred(() => ${call})`);
        }
        return { contents: DEFER_HELPER + contents, loader: 'js', resolveDir: path.dirname(abs) };
      });
    }
  },
};

const common: BuildOptions = {
  absWorkingDir: ROOT,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // Class and function names stay what the sources say (esbuild renames clashing ones otherwise); errors are
  // told apart by their names in places (e.g. botbuilder's AuthenticationError).
  keepNames: true,
  // No comments and no layout: 6.4 MB instead of 9.9 to read and compile at every start. Names are not
  // shortened; stack traces map back through the source map beside it (not shipped: npm run bundle leaves .map
  // files out). The packages' licence comments go to main.js.LEGAL.txt, which is shipped.
  minifyWhitespace: true,
  minifySyntax: true,
  legalComments: 'linked',
  sourcemap: 'linked',
  logLevel: 'warning',
  external: RUNTIME_EXTERNAL,
  plugins: [commonJsBuilds, deferredRequires],
};

/**
 * Builds into `outDir` (dist/ by default; the shipped-build test builds into a folder of its own). Returns what
 * the bundles hold, for the log line.
 */
export async function buildDist(outDir = OUT): Promise<{ modules: number; bytes: number; main: Metafile }> {
  fs.rmSync(outDir, { recursive: true, force: true });
  const out = (file: string) => path.join(outDir, 'src', file);
  const results = await Promise.all([
    // The entry alone, untouched by bundling: main.js must load after the compile cache is on.
    build({ ...common, entryPoints: ['src/index.ts'], outfile: out('index.js'), bundle: false, sourcemap: false, external: undefined, plugins: [] }),
    build({ ...common, entryPoints: ['src/main.ts'], outfile: out('main.js'), bundle: true, metafile: true }),
    build({ ...common, entryPoints: ['src/store/embeddedServer.ts'], outfile: out('store/embeddedServer.js'), bundle: true, metafile: true }),
  ]);
  return {
    modules: results.reduce((n, r) => n + Object.keys(r.metafile?.inputs ?? {}).length, 0),
    bytes: ['main.js', 'store/embeddedServer.js'].reduce((n, f) => n + fs.statSync(out(f)).size, 0),
    main: results[1].metafile!,
  };
}

if (require.main === module) {
  const started = Date.now();
  buildDist().then(
    ({ modules, bytes }) => console.log(`build: dist/src/ (${modules} modules, ${(bytes / 1024 / 1024).toFixed(1)} MB) in ${Date.now() - started} ms`),
    (err: unknown) => {
      // esbuild has printed its messages already.
      console.error(`build failed: ${err instanceof Error ? err.message.split('\n')[0] : String(err)}`);
      process.exitCode = 1;
    },
  );
}
