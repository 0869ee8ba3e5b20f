/**
 * `npm run playground`: Microsoft 365 Agents Playground (the offline Teams client, a dev dependency) talking
 * to the bot on PORT (default 3978), itself on PLAYGROUND_PORT (default 56150). Also used by the client tests.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '..');

export interface PlaygroundOptions {
  /** The bot's port. */
  botPort: number;
  /** The playground's own port. */
  port: number;
  botHost?: string;
}

export function playgroundOptions(env: NodeJS.ProcessEnv): PlaygroundOptions {
  const num = (v: string | undefined, fallback: number) => (v && /^\d+$/.test(v) ? Number(v) : fallback);
  return { botPort: num(env.PORT, 3978), port: num(env.PLAYGROUND_PORT, 56150) };
}

export function playgroundArgs(o: PlaygroundOptions): string[] {
  const cli = path.join(ROOT, 'node_modules', '@microsoft', 'm365agentsplayground', 'cli.js');
  return [cli, '-e', `http://${o.botHost ?? 'localhost'}:${o.botPort}/api/messages`, '-c', 'msteams', '--dt', '-p', String(o.port)];
}

/** Starts the playground; it never opens a browser by itself (TEAMSAPPTESTER_BROWSER=none). */
export function startPlayground(o: PlaygroundOptions, opts: { cwd?: string; env?: NodeJS.ProcessEnv; stdio?: 'inherit' | 'pipe' } = {}): ChildProcess {
  return spawn(process.execPath, playgroundArgs(o), {
    cwd: opts.cwd ?? ROOT,
    env: { ...process.env, TEAMSAPPTESTER_BROWSER: 'none', ...opts.env },
    stdio: opts.stdio === 'pipe' ? ['ignore', 'pipe', 'pipe'] : 'inherit',
  });
}

// Run as a script (tsx scripts/playground.ts), not when a test imports it.
if (typeof require !== 'undefined' && typeof module !== 'undefined' && require.main === module) {
  const o = playgroundOptions(process.env);
  process.stdout.write(`Agents Playground for the bot on port ${o.botPort}: open http://localhost:${o.port}\n`);
  const child = startPlayground(o);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
  child.on('exit', (code) => process.exit(code ?? 0));
}
