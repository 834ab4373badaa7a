import { strict as assert } from 'assert';
import { join } from 'path';
import { defaultSettings } from '../../server/src/engine';
import { LintPool } from '../../server/src/cli/lintPool';

const worker = join(__dirname, '../helpers/slowCheckWorker.cjs');

/** posting-lint's pool, with a stand-in worker whose checks take the milliseconds their text names. */
describe('LintPool (posting-lint workers)', function () {
  this.timeout(60_000);
  let pool: LintPool;
  afterEach(() => pool.close());

  const threadOf = async (text: string) => (await pool.check(text, defaultSettings))?.profile.id;

  it('sends each worker several texts ahead and answers every one, spread over the workers', async () => {
    pool = new LintPool(worker, 2, 3);
    const threads = await Promise.all(Array.from({ length: 12 }, () => threadOf('20')));
    assert.ok(
      threads.every((thread) => thread !== undefined),
      'every check answered',
    );
    assert.equal(new Set(threads).size, 2, `both workers checked (${threads.join(', ')})`);
  });

  it('a worker that dies fails only the text it was checking; the texts sent after it go to a new worker', async () => {
    pool = new LintPool(worker, 1, 4);
    const before = threadOf('0');
    const crash = pool.check('crash', defaultSettings);
    const after = [threadOf('0'), threadOf('0')];
    const first = await before;
    const failed = await crash;
    assert.deepEqual(
      failed?.problems.map((problem) => problem.code),
      ['internal-error'],
    );
    assert.match(failed?.problems[0].message ?? '', /exit code 3/);
    const later = await Promise.all(after);
    assert.ok(
      later.every((thread) => thread !== undefined && thread !== first),
      `a new worker checked them (${first}; ${later.join(', ')})`,
    );
  });

  it('a worker that cannot start answers every check with the reason, none waits for ever', async () => {
    pool = new LintPool(join(__dirname, '../helpers/no-such-worker.cjs'), 2, 2);
    const results = await Promise.all(['0', '0', '0', '0', '0'].map((text) => pool.check(text, defaultSettings)));
    for (const result of results)
      assert.deepEqual(
        result?.problems.map((problem) => problem.code),
        ['internal-error'],
      );
  });
});
