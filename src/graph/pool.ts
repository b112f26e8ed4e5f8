/**
 * A limit on requests in flight. Exchange Online serves at most 4 concurrent requests per app and
 * mailbox (Graph's Outlook service limits); a fifth is throttled, so the client never sends one.
 */

/** The request was given up before it got a slot, because its signal was aborted. */
export class SlotAbortedError extends Error {
  readonly code = "slot-aborted";

  constructor() {
    super("The request was aborted while it waited for a slot");
    this.name = "SlotAbortedError";
  }
}

/** At most `size` holders at once; others wait in order. */
export class RequestPool {
  private inFlight = 0;
  private peak = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly size: number) {
    if (!Number.isInteger(size) || size < 1) throw new RangeError("pool size must be 1 or more");
  }

  /** How many hold a slot now, and the most that ever did (for tests and the bench). */
  get load(): { inFlight: number; peak: number; waiting: number } {
    return { inFlight: this.inFlight, peak: this.peak, waiting: this.waiting.length };
  }

  /** Runs `task` once a slot is free, and frees the slot when it settles. */
  async run<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    await this.acquire(signal);
    try {
      return await task();
    } finally {
      this.release();
    }
  }

  private acquire(signal?: AbortSignal): Promise<void> {
    if (signal?.aborted) return Promise.reject(new SlotAbortedError());
    if (this.inFlight < this.size) {
      this.take();
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const start = () => {
        signal?.removeEventListener("abort", abort);
        this.take();
        resolve();
      };
      const abort = () => {
        const index = this.waiting.indexOf(start);
        if (index >= 0) this.waiting.splice(index, 1);
        reject(new SlotAbortedError());
      };
      signal?.addEventListener("abort", abort, { once: true });
      this.waiting.push(start);
    });
  }

  private take(): void {
    this.inFlight++;
    this.peak = Math.max(this.peak, this.inFlight);
  }

  private release(): void {
    this.inFlight--;
    const next = this.waiting.shift();
    if (next) next();
  }
}
