/**
 * The production bundle App Service runs: package.json, package-lock.json, the compiled dist/, the card
 * templates and a production node_modules (npm ci --omit=dev: no TypeScript, no test servers, no emulator).
 * The manual deploy (infra/README.md), the Agents Toolkit (m365agents.yml) and CI (.ci/prod-install.sh) all use
 * it, so CI checks the very bundle that is deployed.
 *
 *   npm run bundle                  → build/deploy/
 *   npm run bundle -- <folder>      → <folder>/ (emptied first)
 *
 * Needs `npm run build` first.
 */
import { spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

function main(): number {
  const target = path.resolve(process.argv[2] ?? path.join(ROOT, 'build', 'deploy'));
  if (!fs.existsSync(path.join(ROOT, 'dist', 'src', 'index.js'))) {
    console.error('bundle: dist/ is missing, run npm run build first');
    return 1;
  }
  if (target === ROOT || ROOT.startsWith(target + path.sep)) {
    console.error(`bundle: refusing to empty ${target}`);
    return 1;
  }
  fs.rmSync(target, { recursive: true, force: true });
  fs.mkdirSync(target, { recursive: true });
  for (const f of ['package.json', 'package-lock.json']) fs.copyFileSync(path.join(ROOT, f), path.join(target, f));
  // Source maps point into src/, which is not shipped.
  fs.cpSync(path.join(ROOT, 'dist'), path.join(target, 'dist'), { recursive: true, filter: (src) => !src.endsWith('.map') });
  fs.cpSync(path.join(ROOT, 'cards'), path.join(target, 'cards'), { recursive: true });
  // npm_config_yes=false: a lifecycle script that needs a package which is not installed must fail here, not
  // download it (botbuilder-dialogs' postinstall runs `npx rimraf`, which is why rimraf is a dependency).
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  const r = spawnSync(npm, ['ci', '--omit=dev', '--no-audit', '--no-fund', '--prefer-offline'], {
    cwd: target,
    stdio: 'inherit',
    env: { ...process.env, npm_config_yes: 'false' },
    shell: process.platform === 'win32',
  });
  if (r.status !== 0) {
    console.error(`bundle: npm ci --omit=dev failed in ${target}`);
    return 1;
  }
  console.log(`bundle: production bundle in ${target}`);
  return 0;
}

process.exitCode = main();
