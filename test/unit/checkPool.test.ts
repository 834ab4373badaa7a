import { strict as assert } from 'assert';
import { join } from 'path';
import { defaultSettings } from '../../server/src/engine';
import { CheckPool } from '../../server/src/lsp/checkPool';

const worker = join(__dirname, '../helpers/slowCheckWorker.cjs');

/** The check pool with a stand-in worker whose checks take the milliseconds their text names. */
describe('CheckPool', function () {
  this.timeout(60_000);
  let pool: CheckPool;
  afterEach(() => pool.close());

  /** The thread that ran a check of `ms` milliseconds for `key`. */
  const threadOf = async (key: string, ms: number) => (await pool.check(key, String(ms), defaultSettings, undefined))?.profile.id;

  it("a document's newer text waits for its older one on the same worker; another document gets a spare one", async () => {
    pool = new CheckPool(worker, { size: 2, keepAlive: true, spareAfterMs: 0, spareIdleMs: 60_000, sameDocumentSpareMs: 60_000 });
    pool.warmUp();
    assert.ok(await threadOf('warm', 0), 'the first worker answers');
    const older = threadOf('a', 3000);
    const newer = threadOf('a', 0);
    const other = threadOf('b', 0);
    // Which worker answers b depends on when the spare is ready; that it answers while a still runs does not.
    const first = await Promise.race([other.then(() => 'b'), older.then(() => 'a')]);
    assert.equal(first, 'b', 'b did not wait behind a: a spare worker checked it');
    assert.notEqual(await other, await older);
    assert.equal(await newer, await older, 'the newer text of a ran on the worker of its older text, after it');
  });

  it('a newer text may start beside a runaway check of its document once sameDocumentSpareMs has passed', async () => {
    pool = new CheckPool(worker, { size: 2, keepAlive: true, spareAfterMs: 0, spareIdleMs: 60_000, sameDocumentSpareMs: 200 });
    pool.warmUp();
    assert.ok(await threadOf('warm', 0));
    const runaway = threadOf('a', 3000);
    const newer = threadOf('a', 0);
    const settled = await Promise.race([newer.then(() => 'newer'), runaway.then(() => 'runaway')]);
    assert.equal(settled, 'newer', 'the newer text was answered while the runaway still ran');
    assert.notEqual(await newer, await runaway);
  });

  it('only the first worker warms up; a spare one, and a pool that asks for none, do not', async () => {
    const options = { size: 2, keepAlive: true, spareAfterMs: 0, spareIdleMs: 60_000, sameDocumentSpareMs: 60_000 };
    const warmUpOf = async (key: string, ms: number) => (await pool.check(key, String(ms), defaultSettings, undefined))?.profile.title;
    pool = new CheckPool(worker, { ...options, warmUpChecks: 7 });
    pool.warmUp();
    assert.equal(await warmUpOf('warm', 0), '7', 'the first worker was asked to warm up');
    const busy = warmUpOf('a', 2000);
    assert.equal(await warmUpOf('b', 0), '0', 'the spare worker started beside a long check was not');
    assert.equal(await busy, '7');
    await pool.close();
    pool = new CheckPool(worker, { ...options, warmUpChecks: 0 });
    assert.equal(await warmUpOf('lint', 0), '0');
  });

  it('collects soon after checks of many documents, and not while one document is typed in', async () => {
    // This thread's part of each collection (the server compacts its documents' texts then).
    let thisThread = 0;
    pool = new CheckPool(worker, {
      beforeCollectingThisThread: () => thisThread++,
      size: 1,
      keepAlive: true,
      spareAfterMs: 0,
      spareIdleMs: 60_000,
      sameDocumentSpareMs: 60_000,
      collectAfterIdleMs: 1500,
      collectAfterMany: { documents: 4, afterMs: 50 },
    });
    const collectsBy = async (key: string) =>
      ((await pool.check(key, '0', defaultSettings, undefined)) as unknown as { collects: number }).collects;
    const pause = (ms = 300) => new Promise((resolve) => setTimeout(resolve, ms));
    for (let key = 0; key < 12; key++) await collectsBy('typed');
    await pause();
    assert.equal(await collectsBy('typed'), 0, 'keys in one document: no collection before collectAfterIdleMs');
    for (const other of ['b', 'c']) await collectsBy(other);
    await pause();
    assert.equal(await collectsBy('typed'), 0, 'three documents are fewer than four');
    await collectsBy('d');
    await pause();
    assert.equal(await collectsBy('typed'), 1, 'four documents checked: one collection once the checks paused');
    assert.equal(thisThread, 1, "this thread's part of it");
    for (let key = 0; key < 12; key++) await collectsBy('typed');
    await pause();
    assert.equal(await collectsBy('typed'), 1, 'counted again from the collection on');
    for (const other of ['b', 'c', 'd']) await collectsBy(other);
    // The idle collection's timer starts once this thread's own collection is over: seconds, in a long test run.
    await pause(5000);
    assert.equal(await collectsBy('typed'), 3, 'the early collection, and the idle one still after it');
    assert.equal(thisThread, 3);
  });
});
