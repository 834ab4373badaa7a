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

  it('while edits come faster than a check takes, waits for a pause of that cost (no check whose text is replaced)', async () => {
    const clock = new ManualClock();
    const runs: number[] = [];
    let finish: () => void = () => undefined;
    const scheduler = new CheckScheduler(
      () => {
        runs.push(clock.now());
        return new Promise<void>((resolve) => (finish = resolve));
      },
      150,
      25,
      3,
      clock,
      600,
    );
    const settle = async () => {
      finish();
      await Promise.resolve();
      await Promise.resolve();
    };
    scheduler.schedule('a');
    clock.advance(0);
    clock.advance(100);
    await settle(); // the check of a large posting: 100 ms
    clock.advance(400);
    // Keys 60 ms apart, faster than the 100 ms check: the first, after a pause, is checked at once; the others wait.
    for (let key = 0; key < 8; key++) {
      scheduler.schedule('a');
      clock.advance(60);
    }
    assert.equal(runs.length, 2, 'only the first key is checked while the keys come faster than a check');
    assert.equal(runs[1] - runs[0], 500);
    await settle();
    clock.advance(39);
    assert.equal(runs.length, 2, 'the pause after the last key is shorter than a check yet');
    clock.advance(1);
    assert.equal(runs.length, 3, 'checked once the keys paused for the cost of a check');
    assert.equal(runs[2] - runs[1], 7 * 60 + 100);
    clock.advance(100);
    await settle();
    // Endless fast typing is still checked at most maxWaitMs after the first key that waited.
    clock.advance(1000);
    scheduler.schedule('a');
    clock.advance(0);
    assert.equal(runs.length, 4, 'the first key after a pause, at once');
    const firstWaiting = clock.now() + 50;
    for (let key = 0; key < 20; key++) {
      clock.advance(50);
      scheduler.schedule('a');
    }
    clock.advance(50);
    assert.equal(runs.length, 5);
    assert.ok(runs[4] - firstWaiting <= 600, `checked ${runs[4] - firstWaiting} ms after the first key that waited`);
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
