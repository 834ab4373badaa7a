import { strict as assert } from 'assert';
import { CheckScheduler, type SchedulerClock } from '../../server/src/lsp/scheduler';

/** A clock moved by hand: the scheduler's decisions are tested without waiting, and without depending on load. */
class ManualClock implements SchedulerClock {
  private time = 1_000_000;
  private queue: { at: number; order: number; run: () => void; cancelled: boolean }[] = [];
  private order = 0;

  now(): number {
    return this.time;
  }

  after(ms: number, run: () => void): { cancel(): void } {
    const entry = { at: this.time + ms, order: this.order++, run, cancelled: false };
    this.queue.push(entry);
    return { cancel: () => (entry.cancelled = true) };
  }

  soon(run: () => void): { cancel(): void } {
    return this.after(0, run);
  }

  /** Moves time forward by `ms`, running every timer that falls due, in order. */
  advance(ms: number): void {
    const end = this.time + ms;
    for (;;) {
      const due = this.queue.filter((entry) => !entry.cancelled && entry.at <= end).sort((a, b) => a.at - b.at || a.order - b.order)[0];
      if (!due) break;
      this.queue = this.queue.filter((entry) => entry !== due);
      this.time = Math.max(this.time, due.at);
      due.run();
    }
    this.time = end;
  }
}

describe('CheckScheduler', () => {
  it('checks a quiet document right away, and a burst of edits once more after the quiet time', () => {
    const clock = new ManualClock();
    const runs: string[] = [];
    const scheduler = new CheckScheduler((uri) => runs.push(uri), 60, 25, 3, clock);
    scheduler.schedule('a');
    clock.advance(0);
    assert.deepEqual(runs, ['a'], 'the first edit after a quiet spell is checked at once');
    for (let i = 0; i < 5; i++) scheduler.schedule('a');
    clock.advance(20);
    assert.deepEqual(runs, ['a'], 'edits inside the quiet time wait');
    clock.advance(80);
    assert.deepEqual(runs, ['a', 'a'], 'the burst is checked once, after it');
  });

  it('keeps documents apart and forgets a closed one', () => {
    const clock = new ManualClock();
    const runs: string[] = [];
    const scheduler = new CheckScheduler((uri) => runs.push(uri), 60, 25, 3, clock);
    scheduler.schedule('a');
    scheduler.schedule('b');
    scheduler.cancel('a');
    clock.advance(10);
    assert.deepEqual(runs, ['b']);
  });

  it('waits after a check in proportion to its cost: a cheap check answers the next edit at once, a costly one waits', async () => {
    const clock = new ManualClock();
    const runs: number[] = [];
    let finish: () => void = () => undefined;
    // The check's cost, as the scheduler sees it: the time until its promise settles.
    const scheduler = new CheckScheduler(
      () => {
        runs.push(clock.now());
        return new Promise<void>((resolve) => (finish = resolve));
      },
      200,
      5,
      3,
      clock,
    );
    const settle = async () => {
      finish();
      await Promise.resolve();
      await Promise.resolve();
    };
    scheduler.schedule('a');
    clock.advance(0);
    await settle(); // a check that cost nothing
    clock.advance(30);
    scheduler.schedule('a');
    clock.advance(0);
    assert.equal(runs.length, 2, 'a cheap check: the next edit, 30 ms later, is checked at once');
    clock.advance(40);
    await settle(); // this check took 40 ms: the next edit waits 3 × 40 ms after it started
    clock.advance(20);
    scheduler.schedule('a');
    clock.advance(0);
    assert.equal(runs.length, 2, 'after a costly check, an edit 60 ms after it started waits');
    clock.advance(59);
    assert.equal(runs.length, 2, 'still within 3 × 40 ms of the costly check');
    clock.advance(1);
    assert.equal(runs.length, 3, 'and is checked once the quiet time has passed');
    assert.equal(runs[2] - runs[1], 120);
  });

  it('says whether a check is due, so that background work can wait for typing', () => {
    const clock = new ManualClock();
    const scheduler = new CheckScheduler(() => undefined, 60, 25, 3, clock);
    assert.equal(scheduler.hasPending, false);
    scheduler.schedule('a');
    assert.equal(scheduler.hasPending, true);
    clock.advance(0);
    assert.equal(scheduler.hasPending, false);
  });
});
