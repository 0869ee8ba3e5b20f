import { defineConfig } from 'vitest/config';

/**
 * Three groups. `unit` first; then `e2e` and `teams-sdk` side by side (sequence.groupOrder):
 *
 * 1. `unit`: the in-process tests (test/unit) and the card renderer in headless Chromium, two files at a time.
 *    They start no bot and no Cosmos server, so nothing in them has a deadline that a busy core can miss.
 * 2. `e2e`: integration, end-to-end and client tests on the default runtime (teams-ai). They start servers on
 *    loopback (the bot, the embedded Cosmos server with a 5 s request timeout, the Bot Connector stand-in), child
 *    bot processes and crowds of 1,000 requests.
 * 3. `teams-sdk`: the end-to-end and client files again on the Teams SDK 2 runtime (BOT_RUNTIME=teams-sdk), in
 *    the same group as `e2e`: both runtimes must pass the same suite.
 *    The two share one pool of two workers (vitest gives a group one `maxWorkers`), so two files run at a time,
 *    one per core on CI. Much of an e2e file's time is waiting on loopback HTTP and child processes, so the
 *    second core is mostly idle with one file at a time: 2 workers took the whole suite from 359 s to 261 s on
 *    this 2-core machine, quiet, with every test passing (README, Tests). The crowd files' Cosmos timeouts were
 *    the risk; a file that shows one under two workers belongs in a group of its own.
 *
 * Most of the old 6–7 minutes was not test time but every file importing the bot again (botbuilder, teams-ai,
 * @azure/cosmos, the content) in a fresh process: `isolate: false` lets the files of a worker share one module
 * cache. That is safe here because src/ keeps no state between runs beyond caches of immutable data (card
 * templates, guidance content, the trained intent classifier); each test file starts its own bot, store and
 * data directory on ephemeral ports. A test that patches a global must restore it (privacy.test.ts does).
 */
const RENDER_IN_PARALLEL = ['test/e2e/card-render.test.ts'];

const ON_TEAMS_SDK = ['test/e2e/**/*.test.ts', 'test/client/**/*.test.ts'];
/**
 * Files a second run on the other runtime would prove nothing new with: the card renderer (no bot), the embedded
 * store's write-ahead log after kill -9, and the graceful stop, which is the HTTP server's (src/server.ts and
 * src/startup.ts serve both runtimes; the runtime only answers the turn inside it).
 */
const NOT_ON_TEAMS_SDK = [...RENDER_IN_PARALLEL, 'test/e2e/embedded-durability.test.ts', 'test/e2e/shutdown.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    pool: 'forks',
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts', ...RENDER_IN_PARALLEL],
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['test/integration/**/*.test.ts', 'test/e2e/**/*.test.ts', 'test/client/**/*.test.ts'],
          exclude: RENDER_IN_PARALLEL,
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
        },
      },
      {
        extends: true,
        test: {
          name: 'teams-sdk',
          include: ON_TEAMS_SDK,
          exclude: NOT_ON_TEAMS_SDK,
          env: { BOT_RUNTIME: 'teams-sdk' },
          maxWorkers: 2,
          // With `e2e`, not after it.
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
