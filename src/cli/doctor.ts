import * as fs from 'node:fs';
import * as path from 'node:path';
import { loadConfig } from '../config';
import { createLogger } from '../log';
import { openStore } from '../store/cosmos';
import { CONTAINERS } from '../store/containers';
import { projectRoot } from '../paths';

/**
 * `npm run doctor`: checks what an operator needs before going live and says what is wrong in plain words.
 * Exit code 0 when everything is fine, 1 otherwise.
 */
type Check = { name: string; ok: boolean; detail: string };

async function main(): Promise<number> {
  const checks: Check[] = [];
  const result = loadConfig(process.env);
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
  if (!config.bot.appId) checks.push({ name: 'bot authentication', ok: process.env.NODE_ENV !== 'production', detail: 'no MICROSOFT_APP_ID: anyone who reaches /api/messages can talk to the bot. Fine locally, never in production.' });

  const logger = createLogger('silent');
  try {
    const store = await withTimeout(openStore(config, logger), 20_000, 'the database did not answer within 20 s');
    const ok = await store.ping();
    checks.push({ name: 'database reachable', ok, detail: ok ? `${config.cosmos.mode === 'embedded' ? 'embedded local server' : config.cosmos.endpoint}, database ${config.cosmos.database}` : 'no answer' });
    const { resources } = await store.database.containers.readAll().fetchAll();
    for (const def of Object.values(CONTAINERS)) {
      const found = resources.find((r) => r.id === def.id);
      const pk = found?.partitionKey?.paths?.[0];
      checks.push({
        name: `container ${def.id}`,
        ok: !!found && pk === def.partitionKey,
        detail: !found ? 'missing (the bot creates it at start when it has the rights; with managed identity create it with infra/main.bicep)' : pk === def.partitionKey ? `partition key ${pk}` : `partition key is ${pk}, expected ${def.partitionKey}: recreate the container`,
      });
    }
    await store.close();
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    checks.push({ name: 'database reachable', ok: false, detail: `${message.split('\n')[0]}. Check COSMOS_ENDPOINT, the key or the managed identity's data-plane role.` });
  }

  const manifest = path.join(projectRoot(), 'appPackage', 'manifest.template.json');
  checks.push({ name: 'Teams app manifest', ok: fs.existsSync(manifest), detail: fs.existsSync(manifest) ? 'appPackage/manifest.template.json present; build the zip with npm run package' : 'appPackage/manifest.template.json is missing' });
  return report(checks);
}

function report(checks: Check[]): number {
  for (const c of checks) process.stdout.write(`${c.ok ? 'OK  ' : 'FEIL'} ${c.name}: ${c.detail}\n`);
  const failed = checks.filter((c) => !c.ok).length;
  process.stdout.write(failed ? `\n${failed} problem(s) found.\n` : '\nAll checks passed.\n');
  return failed ? 1 : 0;
}

function withTimeout<T>(p: Promise<T>, ms: number, message: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(message)), ms);
    p.then((v) => { clearTimeout(timer); resolve(v); }, (e) => { clearTimeout(timer); reject(e); });
  });
}

main().then((code) => process.exit(code), (err) => {
  process.stderr.write(`doctor failed: ${err instanceof Error ? err.message : String(err)}\n`);
  process.exit(1);
});
