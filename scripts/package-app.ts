/**
 * Builds the Teams app package: fills appPackage/manifest.template.json from the environment (or an
 * env file), checks it, writes build/appPackage/ and build/bti-bot-app.zip.
 *
 *   npm run package                         values from the environment, then appPackage/env/.env.local
 *   npm run package -- --env prod           …then appPackage/env/.env.prod
 *   npm run package -- --env-file my.env    …then my.env
 *   npm run package -- --release            refuse local-only values (zero GUIDs, localhost)
 *   npm run package -- --out dist-package   write somewhere else than build/
 *
 * Prints one line per problem and exits 1 when anything is wrong.
 */
import * as path from 'node:path';
import { APP_PACKAGE_DIR, PACKAGE_VAR_NAMES, PROJECT_ROOT, buildAppPackage, manifestCommands } from './lib/manifest';

interface Args {
  envFile?: string;
  outDir?: string;
  release: boolean;
  help: boolean;
  errors: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { release: false, help: false, errors: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const value = (): string | undefined => {
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) args.errors.push(`${a} needs a value`);
      return v;
    };
    if (a === '--env') {
      const name = value();
      if (name && !/^[A-Za-z0-9_-]+$/.test(name)) args.errors.push(`--env takes a short name such as prod (got "${name}")`);
      else if (name) args.envFile = path.join(APP_PACKAGE_DIR, 'env', `.env.${name}`);
    } else if (a === '--env-file') {
      const file = value();
      if (file) args.envFile = path.resolve(file);
    } else if (a === '--out') {
      const dir = value();
      if (dir) args.outDir = path.resolve(dir);
    } else if (a === '--release') args.release = true;
    else if (a === '--help' || a === '-h') args.help = true;
    else args.errors.push(`unknown option ${a}`);
  }
  return args;
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  if (args.help) {
    console.log(`usage: npm run package -- [--env NAME | --env-file FILE] [--release] [--out DIR]\nvariables: ${PACKAGE_VAR_NAMES.join(', ')}`);
    return 0;
  }
  if (args.errors.length) {
    for (const e of args.errors) console.error(`error: ${e}`);
    return 1;
  }
  const result = await buildAppPackage({ env: process.env, envFile: args.envFile, outDir: args.outDir, release: args.release });
  for (const w of result.warnings) console.warn(`warning: ${w}`);
  if (!result.ok) {
    for (const p of result.problems) console.error(`error: ${p}`);
    console.error(`The app package was not built (${result.problems.length} problem${result.problems.length === 1 ? '' : 's'}).`);
    return 1;
  }
  const rel = (f: string) => path.relative(PROJECT_ROOT, f) || f;
  const commands = manifestCommands(result.manifest);
  console.log(`wrote ${rel(result.manifestFile!)}`);
  console.log(`wrote ${rel(result.zipFile!)}: upload it in Teams (Apps > Manage your apps > Upload an app) or the Teams admin center`);
  console.log(`bot commands: ${commands.botCommands.join(' | ')}; message extension: ${commands.composeCommandIds.join(', ')}`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`error: ${e instanceof Error ? e.message : String(e)}`);
    process.exit(1);
  },
);
