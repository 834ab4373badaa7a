/**
 * Runs a document's check at once when it has been quiet, and coalesces a burst of edits into
 * one trailing run, so typing stays responsive without checking every keystroke of a burst.
 */
export class CheckScheduler {
  private readonly timers = new Map<string, { cancel(): void }>();
  private readonly lastRun = new Map<string, number>();

  constructor(
    private readonly run: (uri: string) => void,
    private readonly quietMs = 150,
  ) {}

  schedule(uri: string): void {
    if (this.timers.has(uri)) return; // a trailing run is already due and will see this change
    const sinceLast = Date.now() - (this.lastRun.get(uri) ?? 0);
    const delay = sinceLast >= this.quietMs ? 0 : this.quietMs - sinceLast;
    const fire = () => {
      this.timers.delete(uri);
      this.lastRun.set(uri, Date.now());
      this.run(uri);
    };
    if (delay === 0) {
      // Still asynchronous, so edits already read from the connection are applied first; setImmediate runs
      // right after this round of I/O, where setTimeout(0) would wait for the next timer tick (≥ 1 ms).
      const immediate = setImmediate(fire);
      this.timers.set(uri, { cancel: () => clearImmediate(immediate) });
    } else {
      const timer = setTimeout(fire, delay);
      this.timers.set(uri, { cancel: () => clearTimeout(timer) });
    }
  }

  cancel(uri: string): void {
    this.timers.get(uri)?.cancel();
    this.timers.delete(uri);
    this.lastRun.delete(uri);
  }
}
