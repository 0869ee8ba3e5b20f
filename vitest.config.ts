import { defineConfig } from 'vitest/config';

/**
 * The end-to-end files that already pass on the Teams SDK 2 runtime (BOT_RUNTIME=teams-sdk). They run a second
 * time as the `teams-sdk` project. A file joins when the jobs it drives speak the action layer (src/actions);
 * once every job does, this becomes ['test/e2e/**\/*.test.ts', 'test/client/**\/*.test.ts'].
 */
const ON_TEAMS_SDK = ['test/e2e/cases.test.ts', 'test/e2e/auth.test.ts', 'test/e2e/tenant.test.ts', 'test/e2e/foundation.test.ts'];

export default defineConfig({
  test: {
    environment: 'node',
    // Integration and end-to-end tests start servers on loopback, and some start child processes or a
    // crowd of 1,000 requests. On CI's 2 cores, files running side by side starved each other's in-process
    // Cosmos server past its request timeout; one file at a time keeps the suite deterministic (~5-7 min).
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      // unit, integration, e2e and client (the bot in the Agents Playground, test/client) tests, on the runtime
      // BOT_RUNTIME names (teams-ai unless set: `BOT_RUNTIME=teams-sdk npx vitest run --project teams-ai …`).
      { extends: true, test: { name: 'teams-ai', include: ['test/**/*.test.ts'] } },
      { extends: true, test: { name: 'teams-sdk', include: ON_TEAMS_SDK, env: { BOT_RUNTIME: 'teams-sdk' } } },
    ],
  },
});
