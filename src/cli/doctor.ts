import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadConfig } from '../config';
import { createLogger } from '../log';
import { openStore } from '../store/cosmos';
import { CONTAINERS, expectedDefaultTtl } from '../store/containers';
import { projectRoot } from '../paths';

/**
 * `npm run doctor`: checks what an operator needs before going live and says what is wrong in plain words.
 * Exit code 0 when everything is fine, 1 otherwise.
 */
type Check = { name: string; ok: boolean; detail: string };

/** Where the report goes; the tests pass their own so they can run the doctor in-process. */
export interface DoctorOutput {
  out(text: string): void;
  err(text: string): void;
}

const processOutput: DoctorOutput = { out: (s) => process.stdout.write(s), err: (s) => process.stderr.write(s) };

/** Runs every check with the given arguments and environment (as the command gets them) and returns the exit code. */
export async function doctor(args: string[], env: NodeJS.ProcessEnv, io: DoctorOutput = processOutput): Promise<number> {
  const checks: Check[] = [];
  const report = (list: Check[]): number => {
    for (const c of list) io.out(`${c.ok ? 'OK  ' : 'FEIL'} ${c.name}: ${c.detail}\n`);
    const failed = list.filter((c) => !c.ok).length;
    io.out(failed ? `\n${failed} problem(s) found.\n` : '\nAll checks passed.\n');
    return failed ? 1 : 0;
  };
  // Same as `npm run package -- --env NAME`: check the manifest with appPackage/env/.env.NAME.
  const envName = args[0] === '--env' ? args[1] : undefined;
  if (args.length && (!envName || args.length !== 2 || !/^[A-Za-z0-9_-]+$/.test(envName))) {
    io.err('usage: npm run doctor [-- --env NAME]   (NAME: a file appPackage/env/.env.NAME, e.g. prod)\n');
    return 2;
  }
  const envFile = envName ? path.join(projectRoot(), 'appPackage', 'env', `.env.${envName}`) : undefined;
  const result = loadConfig(env);
  if (!result.ok) {
    checks.push({ name: 'configuration', ok: false, detail: result.errors.join('; ') });
    return report(checks);
  }
  const config = result.config;
  checks.push({
    name: 'configuration',
    ok: true,
    detail: `profile ${config.profile}, store ${config.cosmos.mode}, bot auth ${config.bot.appId ? `${config.bot.appType} app ${config.bot.appId}` : 'OFF (local only: set MICROSOFT_APP_ID before exposing the bot)'}`,
  });
  if (!config.bot.appId) checks.push({ name: 'bot authentication', ok: env.NODE_ENV !== 'production', detail: 'no MICROSOFT_APP_ID: anyone who reaches /api/messages can talk to the bot. Fine locally, never in production.' });

  const logger = createLogger('silent');
  try {
    const store = await withTimeout(openStore(config, logger), 20_000, 'the database did not answer within 20 s');
    const ok = await store.ping();
    checks.push({ name: 'database reachable', ok, detail: ok ? `${config.cosmos.mode === 'embedded' ? 'embedded local server' : config.cosmos.endpoint}, database ${config.cosmos.database}` : 'no answer' });
    const { resources } = await store.database.containers.readAll().fetchAll();
    for (const def of Object.values(CONTAINERS)) {
      const found = resources.find((r) => r.id === def.id);
      const pk = found?.partitionKey?.paths?.[0];
      const ttlProblem = found ? ttlMismatch(found.defaultTtl, expectedDefaultTtl(def.id, config.retentionDays)) : undefined;
      checks.push({
        name: `container ${def.id}`,
        ok: !!found && pk === def.partitionKey && !ttlProblem,
        detail: !found
          ? 'missing (the bot creates it at start when it has the rights; with managed identity create it with infra/main.bicep)'
          : pk !== def.partitionKey
            ? `partition key is ${pk}, expected ${def.partitionKey}: recreate the container`
            : ttlProblem ?? `partition key ${pk}, default TTL ${found.defaultTtl}`,
      });
    }
    await store.close();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    checks.push({ name: 'database reachable', ok: false, detail: `${message.split('\n')[0]}. Check COSMOS_ENDPOINT, the key or the managed identity's data-plane role.` });
  }

  checks.push(await manifestCheck(envFile, env));
  return report(checks);
}

/** Without TTL on a container, closed cases and old turn state would never be deleted (PRIVACY.md promises they are). */
function ttlMismatch(actual: number | undefined, expected: number): string | undefined {
  if (actual === expected) return undefined;
  const has = actual === undefined ? 'TTL is off' : `default TTL is ${actual}`;
  const want = expected === -1 ? 'TTL on with no default (-1), so closed cases expire by their own ttl' : `a default TTL of ${expected} s (RETENTION_DAYS)`;
  return `${has}, expected ${want}: set it in the Azure portal or redeploy infra/main.bicep`;
}

/**
 * Builds the app package into a temporary folder with the same checks as `npm run package` (Microsoft's
 * manifest schema, icons, commands). The checker lives with the build scripts and needs the dev
 * dependencies; on a production install without them the check says so instead of failing.
 */
async function manifestCheck(envFile: string | undefined, env: NodeJS.ProcessEnv): Promise<Check> {
  const name = 'Teams app manifest';
  const template = path.join(projectRoot(), 'appPackage', 'manifest.template.json');
  if (!fs.existsSync(template)) return { name, ok: false, detail: 'appPackage/manifest.template.json is missing' };
  if (envFile && !fs.existsSync(envFile)) return { name, ok: false, detail: `${path.relative(projectRoot(), envFile)} does not exist (copy appPackage/env/.env.local and fill in your values)` };
  let build: typeof import('../../scripts/lib/manifest').buildAppPackage;
  try {
    ({ buildAppPackage: build } = await import('../../scripts/lib/manifest'));
  } catch {
    return { name, ok: true, detail: 'template present; not checked here because the development tools are not installed (run npm install, then npm run doctor or npm run package)' };
  }
  const outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-doctor-'));
  try {
    const result = await build({ env, envFile, outDir });
    if (!result.ok) return { name, ok: false, detail: result.problems.join('; ') };
    // Each warning starts with the variable's name; the names are enough to act on.
    const local = result.warnings.map((w) => w.split(' ')[0]);
    const warnings = local.length ? ` (local-only values, fine for testing, not for upload: ${local.join(', ')})` : '';
    return { name, ok: true, detail: `valid against Microsoft's schema, icons and commands checked; build the zip with npm run package${warnings}` };
  } finally {
    fs.rmSync(outDir, { recursive: true, force: true });
  }
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

if (require.main === module) {
  doctor(process.argv.slice(2), process.env).then((code) => process.exit(code), (err) => {
    process.stderr.write(`doctor failed: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  });
}
