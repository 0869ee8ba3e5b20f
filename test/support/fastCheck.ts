import fc from 'fast-check';

/**
 * fast-check with one seed for every property in the file: FC_SEED from the environment replays a failing run
 * exactly, otherwise a fresh seed per run. Property tests import fc from here instead of from 'fast-check', so
 * the seed is always printed and always applied, also to an fc.assert that passes no parameters. Files that
 * share a vitest worker (isolate: false) share the module, so the seed is printed once per worker; a failing
 * property also names its seed in the error.
 */
export const FC_SEED = seedFrom(process.env.FC_SEED);

function seedFrom(raw: string | undefined): number {
  if (raw === undefined || raw.trim() === '') return (Date.now() ^ Math.floor(Math.random() * 2 ** 31)) | 0;
  const seed = Number(raw);
  if (!Number.isInteger(seed)) throw new Error(`FC_SEED must be an integer, got "${raw}"`);
  return seed | 0;
}

fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: FC_SEED });
console.info(`fast-check seed ${FC_SEED} (replay: FC_SEED=${FC_SEED} npx vitest run <this file>)`);

/** Parameters for one property: the file's seed and how many runs this property gets. */
export const fcRun = (numRuns: number): fc.Parameters<unknown> => ({ seed: FC_SEED, numRuns });

export default fc;
