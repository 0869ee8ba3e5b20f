import { describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log';
import { runWarmUps, type WarmUpGate } from '../../src/warmUps';

/** A stand-in for the request tracker: the test opens and answers requests by hand. */
function gate(): WarmUpGate & { open(): void; answer(): void } {
  let inFlight = 0;
  let answered = 0;
  let idleWaiters: Array<() => void> = [];
  let answeredWaiters: Array<() => void> = [];
  return {
    get inFlight() {
      return inFlight;
    },
    idle: () => (inFlight === 0 ? Promise.resolve() : new Promise((r) => idleWaiters.push(r))),
    firstAnswered: () => (answered > 0 ? Promise.resolve() : new Promise((r) => answeredWaiters.push(r))),
    open() {
      inFlight++;
    },
    answer() {
      inFlight--;
      answered++;
      for (const w of answeredWaiters.splice(0)) w();
      if (inFlight === 0) for (const w of idleWaiters.splice(0)) w();
    },
  };
}

/** Lets the event loop turn a few times (the scheduler runs one piece per turn). */
const turns = async (n = 10) => {
  for (let i = 0; i < n; i++) await new Promise<void>((r) => setImmediate(r));
};

const NEVER = 60_000;

describe('warm-ups after listening', () => {
  it('start only once the first request (the readiness probe) has been answered, then run in order', async () => {
    const g = gate();
    const ran: string[] = [];
    const stop = runWarmUps([() => ran.push('templating'), () => ran.push('router')], g, createLogger('silent'), NEVER);
    g.open();
    await turns();
    expect(ran).toEqual([]);
    g.answer();
    await turns();
    expect(ran).toEqual(['templating', 'router']);
    stop();
  });

  it('run no piece while a request is open, and go on when the bot is idle again', async () => {
    const g = gate();
    const ran: string[] = [];
    const stop = runWarmUps([() => (ran.push('first'), g.open()), () => ran.push('second')], g, createLogger('silent'), NEVER);
    g.open();
    g.answer();
    await turns();
    // The first piece ran; a request arrived during it and is still open: the second waits.
    expect(ran).toEqual(['first']);
    g.answer();
    await turns();
    expect(ran).toEqual(['first', 'second']);
    stop();
  });

  it('start without any request after the waiting time, and a failing piece does not stop the others', async () => {
    const g = gate();
    const ran: string[] = [];
    const lines: string[] = [];
    const logger = createLogger('warn', {}, (line) => lines.push(line));
    const stop = runWarmUps([() => { throw new Error('no templates'); }, () => ran.push('router')], g, logger, 0);
    await new Promise((r) => setTimeout(r, 5));
    await turns();
    expect(ran).toEqual(['router']);
    expect(lines.some((l) => l.includes('"bot.warm_up_failed"'))).toBe(true);
    stop();
  });

  it('drop the pieces not yet started when the bot stops', async () => {
    const g = gate();
    const ran: string[] = [];
    const stop = runWarmUps([() => ran.push('templating')], g, createLogger('silent'), NEVER);
    stop();
    g.open();
    g.answer();
    await turns();
    expect(ran).toEqual([]);
  });
});
