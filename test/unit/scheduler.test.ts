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
});
