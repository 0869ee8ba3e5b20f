import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // unit, integration, e2e and client (the bot in the Agents Playground, test/client) tests.
    include: ['test/**/*.test.ts'],
    environment: 'node',
    // Integration and end-to-end tests start servers on loopback, and some start child processes or a
    // crowd of 1,000 requests. On CI's 2 cores, files running side by side starved each other's in-process
    // Cosmos server past its request timeout; one file at a time keeps the suite deterministic (~5-7 min).
    pool: 'forks',
    maxWorkers: 1,
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
