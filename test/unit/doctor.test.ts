import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { startTestStore } from '../support/store';
import type { CosmosStore } from '../../src/store/cosmos';
import type { EmbeddedCosmos } from '../../src/store/embedded';
import { doctor as runDoctor } from '../../src/cli/doctor';

const ROOT = path.resolve(__dirname, '../..');

type Run = { status: number | null; stdout: string; stderr: string };

const operatorEnv = (env: Record<string, string>): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !k.startsWith('COSMOS_') && !k.startsWith('MICROSOFT_APP_'))),
  NO_COLOR: '1',
  ...env,
});

/** The doctor in-process: the same function the command runs, configured through the environment only. */
async function doctor(env: Record<string, string>, ...args: string[]): Promise<Run> {
  let stdout = '';
  let stderr = '';
  const status = await runDoctor(args, operatorEnv(env), { out: (s) => (stdout += s), err: (s) => (stderr += s) });
  return { status, stdout, stderr };
}

/** `npm run doctor` as an operator runs it: a separate process, its exit code and its streams. */
function spawned(env: Record<string, string>, ...args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/doctor.ts', ...args], { cwd: ROOT, env: operatorEnv(env) });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

const line = (out: string, name: string): string => out.split('\n').find((l) => l.slice(5).startsWith(`${name}:`)) ?? `(no line for ${name})`;

describe('npm run doctor', () => {
  let dataDir: string;
  let store: CosmosStore;
  let embedded: EmbeddedCosmos;
  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'bti-doctor-test-'));
    // A database whose containers were made without the retention TTL on turn state.
    ({ store, embedded } = await startTestStore());
  });
  afterAll(async () => {
    await store.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it('passes on the embedded default: configuration, database, every container with its partition key and TTL, the manifest', async () => {
    const run = await doctor({ EMBEDDED_DATA_DIR: dataDir });
    expect(run.status, run.stdout + run.stderr).toBe(0);
    expect(line(run.stdout, 'database reachable')).toMatch(/^OK {3}database reachable: embedded local server, database btibot/);
    for (const c of ['cases', 'conversations', 'reminders', 'botstate']) expect(line(run.stdout, `container ${c}`)).toMatch(/^OK {3}.*partition key \/pk, default TTL/);
    expect(line(run.stdout, 'container botstate')).toContain(`default TTL ${365 * 86_400}`);
    expect(line(run.stdout, 'Teams app manifest')).toMatch(/^OK {3}Teams app manifest: valid against Microsoft's schema/);
    expect(line(run.stdout, 'Teams app manifest')).toContain('local-only values');
    expect(run.stdout).toContain('All checks passed.');
  }, 120_000);

  it('names a container whose TTL does not match what the bot expects, and fails', async () => {
    const run = await doctor({ COSMOS_ENDPOINT: embedded.endpoint, COSMOS_KEY: embedded.key });
    expect(run.status).toBe(1);
    expect(line(run.stdout, 'database reachable')).toMatch(/^OK /);
    expect(line(run.stdout, 'container cases')).toMatch(/^OK /);
    expect(line(run.stdout, 'container botstate')).toBe(
      `FEIL container botstate: default TTL is -1, expected a default TTL of ${365 * 86_400} s (RETENTION_DAYS): set it in the Azure portal or redeploy infra/main.bicep`,
    );
    expect(run.stdout).toContain('1 problem(s) found.');
  }, 120_000);

  it('a bad setting is one plain line naming the variable, no stack trace (the real command, in its own process)', async () => {
    const run = await spawned({ EMBEDDED_DATA_DIR: dataDir, PORT: 'abc' });
    expect(run.status).toBe(1);
    expect(line(run.stdout, 'configuration')).toMatch(/^FEIL configuration: .*PORT/);
    expect(run.stdout + run.stderr).not.toMatch(/\n\s+at .+:\d+:\d+/);
  }, 60_000);

  it('an unreachable database is a plain problem with what to check', async () => {
    const run = await doctor({ COSMOS_ENDPOINT: 'http://127.0.0.1:9/', COSMOS_KEY: embedded.key });
    expect(run.status).toBe(1);
    expect(line(run.stdout, 'database reachable')).toMatch(/^FEIL database reachable: .*Check COSMOS_ENDPOINT/);
  }, 120_000);

  it('checks the manifest with a deployment env file, and says when that file is missing', async () => {
    const missing = await doctor({ EMBEDDED_DATA_DIR: dataDir }, '--env', 'nosuchdeployment');
    expect(missing.status).toBe(1);
    expect(line(missing.stdout, 'Teams app manifest')).toBe(
      'FEIL Teams app manifest: appPackage/env/.env.nosuchdeployment does not exist (copy appPackage/env/.env.local and fill in your values)',
    );
    const usage = await doctor({ EMBEDDED_DATA_DIR: dataDir }, '--env');
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('usage: npm run doctor');
  }, 120_000);
});
