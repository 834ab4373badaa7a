/**
 * Runs a document's check at once when it has been quiet, and coalesces a burst of edits into
 * one trailing run, so typing stays responsive without checking every keystroke of a burst.
 *
 * The quiet time follows the check's cost: a document whose check takes d ms waits at most `costFactor` × d after
 * its last run (never less than `minQuietMs`, never more than `quietMs`). A cheap check then answers each keystroke
 * at once, and an expensive one still cannot take more than about 1 / (1 + costFactor) of a core while an author types.
 *
 * A check whose text is replaced before it ends is thrown away (its diagnostics would sit at the old positions). So
 * while edits come faster than the document's check takes (the last gap between two edits is shorter than the last
 * check's cost: typing in a large posting, or on a loaded machine), a check now would be thrown away too: the check
 * then waits until the edits pause for that cost (at most `quietMs`), and no longer than `maxWaitMs` in all.
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
  private readonly lastEdit = new Map<string, number>();
  /** When the first edit still waiting for a check (typing faster than it) arrived. */
  private readonly waitingSince = new Map<string, number>();

  constructor(
    private readonly run: (uri: string) => unknown,
    private readonly quietMs = 150,
    private readonly minQuietMs = 25,
    private readonly costFactor = 3,
    private readonly clock: SchedulerClock = systemClock,
    private readonly maxWaitMs = 4 * quietMs,
  ) {}

  schedule(uri: string): void {
    const now = this.clock.now();
    const gap = now - (this.lastEdit.get(uri) ?? -Infinity);
    this.lastEdit.set(uri, now);
    const cost = this.lastCost.get(uri);
    const sinceLast = now - (this.lastRun.get(uri) ?? 0);
    const quiet = Math.max(this.minQuietMs, Math.min(this.quietMs, this.costFactor * (cost ?? this.quietMs)));
    let delay = sinceLast >= quiet ? 0 : quiet - sinceLast;
    if (cost !== undefined && gap < cost) {
      // Typing faster than a check takes: wait for a pause of that cost (this edit moves the wait on).
      const since = this.waitingSince.get(uri) ?? now;
      this.waitingSince.set(uri, since);
      delay = Math.max(delay, Math.min(Math.min(cost, this.quietMs), since + this.maxWaitMs - now));
      this.timers.get(uri)?.cancel();
      this.timers.delete(uri);
    } else if (this.timers.has(uri)) return; // a trailing run is already due and will see this change
    const fire = () => {
      this.timers.delete(uri);
      this.waitingSince.delete(uri);
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
    this.lastEdit.delete(uri);
    this.waitingSince.delete(uri);
  }
}
