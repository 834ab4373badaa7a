/**
 * Runs a document's check at once when it has been quiet, and coalesces a burst of edits into
 * one trailing run, so typing stays responsive without checking every keystroke of a burst.
 *
 * The quiet time follows the check's cost: a document whose check takes d ms waits at most `costFactor` × d after
 * its last run (never less than `minQuietMs`, never more than `quietMs`). A cheap check then answers each keystroke
 * at once, and an expensive one still cannot take more than about 1 / (1 + costFactor) of a core while an author types.
 */
/** Time and timers, as the scheduler uses them; the tests pass a clock they move by hand. */
export interface SchedulerClock {
  now(): number;
  after(ms: number, run: () => void): { cancel(): void };
  /** Right after this round of I/O (setImmediate). */
  soon(run: () => void): { cancel(): void };
}

export const systemClock: SchedulerClock = {
  now: () => Date.now(),
  after(ms, run) {
    const timer = setTimeout(run, ms);
    return { cancel: () => clearTimeout(timer) };
  },
  soon(run) {
    const immediate = setImmediate(run);
    return { cancel: () => clearImmediate(immediate) };
  },
};

export class CheckScheduler {
  private readonly timers = new Map<string, { cancel(): void }>();
  private readonly lastRun = new Map<string, number>();
  private readonly lastCost = new Map<string, number>();

  constructor(
    private readonly run: (uri: string) => unknown,
    private readonly quietMs = 150,
    private readonly minQuietMs = 25,
    private readonly costFactor = 3,
    private readonly clock: SchedulerClock = systemClock,
  ) {}

  schedule(uri: string): void {
    if (this.timers.has(uri)) return; // a trailing run is already due and will see this change
    const sinceLast = this.clock.now() - (this.lastRun.get(uri) ?? 0);
    const quiet = Math.max(this.minQuietMs, Math.min(this.quietMs, this.costFactor * (this.lastCost.get(uri) ?? this.quietMs)));
    const delay = sinceLast >= quiet ? 0 : quiet - sinceLast;
    const fire = () => {
      this.timers.delete(uri);
      const start = this.clock.now();
      this.lastRun.set(uri, start);
      const running = this.run(uri);
      const finished = () => {
        if (this.lastRun.get(uri) === start) this.lastCost.set(uri, this.clock.now() - start);
      };
      if (running instanceof Promise) void running.then(finished, finished);
      else finished();
    };
    // At once: still asynchronous, so edits already read from the connection are applied first; setImmediate runs
    // right after this round of I/O, where setTimeout(0) would wait for the next timer tick (≥ 1 ms).
    this.timers.set(uri, delay === 0 ? this.clock.soon(fire) : this.clock.after(delay, fire));
  }

  /** Whether a check is due for some document (typing is under way). */
  get hasPending(): boolean {
    return this.timers.size > 0;
  }

  cancel(uri: string): void {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
    this.lastRun.delete(uri);
    this.lastCost.delete(uri);
  }
}
