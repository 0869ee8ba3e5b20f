/**
 * Caps how many turns run at once in this process. Without a cap, a crowd pressing buttons together
 * starts hundreds of turns, each waiting on the store, and requests queue past the store's timeout:
 * users are told the database is unreachable although it is only busy. With a cap the extra turns wait
 * their turn here (first come, first served) and each store request answers quickly.
 */
/**
 * A turn's place. A turn that hands its store work to someone else (a group commit) and only waits for the
 * answer releases it early, so the waiting crowd does not keep out turns that have store work of their own.
 */
export interface TurnSlot {
  release(): void;
}

export class TurnLimiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(readonly max: number) {}

  async run<T>(work: (slot: TurnSlot) => Promise<T>): Promise<T> {
    if (this.active >= this.max) await new Promise<void>((resolve) => this.waiting.push(resolve));
    else this.active++;
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      const next = this.waiting.shift();
      // Hand the slot straight to the next waiter, so `active` never dips below the cap while work is queued.
      if (next) next();
      else this.active--;
    };
    try {
      return await work({ release });
    } finally {
      release();
    }
  }

  get inFlight(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }
}
