import { strict as assert } from 'assert';
import { CheckScheduler } from '../../server/src/lsp/scheduler';

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('CheckScheduler', () => {
  it('checks a quiet document right away, and a burst of edits once more after the quiet time', async () => {
    const runs: string[] = [];
    const scheduler = new CheckScheduler((uri) => runs.push(uri), 60);
    scheduler.schedule('a');
    await new Promise((resolve) => setImmediate(resolve));
    assert.deepEqual(runs, ['a'], 'the first edit after a quiet spell is checked in the same turn of I/O');
    for (let i = 0; i < 5; i++) scheduler.schedule('a');
    await wait(20);
    assert.deepEqual(runs, ['a'], 'edits inside the quiet time wait');
    await wait(80);
    assert.deepEqual(runs, ['a', 'a'], 'the burst is checked once, after it');
  });

  it('keeps documents apart and forgets a closed one', async () => {
    const runs: string[] = [];
    const scheduler = new CheckScheduler((uri) => runs.push(uri), 60);
    scheduler.schedule('a');
    scheduler.schedule('b');
    scheduler.cancel('a');
    await wait(10);
    assert.deepEqual(runs, ['b']);
  });

  it('waits after a check in proportion to its cost: a cheap check answers the next edit at once, a costly one waits', async () => {
    const runs: number[] = [];
    let cost = 0;
    const scheduler = new CheckScheduler(
      () => {
        runs.push(Date.now());
        return wait(cost); // the check's cost, as the scheduler sees it: the time until its promise settles
      },
      200,
      5,
      3,
    );
    scheduler.schedule('a');
    await wait(30);
    scheduler.schedule('a');
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(runs.length, 2, 'a cheap check: the next edit, 30 ms later, is checked in the same turn of I/O');
    cost = 40;
    await wait(30);
    scheduler.schedule('a'); // runs at once and costs 40 ms: the next edit waits 3 × 40 ms after it started
    await new Promise((resolve) => setImmediate(resolve));
    assert.equal(runs.length, 3);
    await wait(60);
    scheduler.schedule('a');
    await wait(20);
    assert.equal(runs.length, 3, 'after a costly check, an edit 60 ms later waits');
    await wait(100);
    assert.equal(runs.length, 4, 'and is checked once the quiet time has passed');
  });
});
