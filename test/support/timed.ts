/**
 * A `timed(label, f)` for one test file: runs `f` and prints how long it took as `[tag] label: N ms`. Durations
 * are printed for a reader, never asserted (speed is for bench/).
 */
export function timer(tag: string) {
  return async <T>(label: string, f: () => Promise<T>): Promise<T> => {
    const t0 = Date.now();
    const out = await f();
    console.log(`[${tag}] ${label}: ${Date.now() - t0} ms`);
    return out;
  };
}
