import { strict as assert } from 'assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { codeCacheDir, workerWithCodeCache, type CodeCacheOptions } from '../../server/src/node/codeCache';

const echo = join(__dirname, '../helpers/echoWorker.cjs');

interface Answer {
  status: string | undefined;
  text: string;
  dirname: string;
}

/**
 * Starts the echo worker through the cache, sends it `messages` texts and one more, and returns its answers once all
 * came: the worker writes the cache while it handles a message, so the extra answer proves a due write has finished.
 */
async function run(cache: CodeCacheOptions, messages: number): Promise<Answer[]> {
  const worker = workerWithCodeCache(echo, cache);
  const answers: Answer[] = [];
  await new Promise<void>((resolve, reject) => {
    worker.on('error', reject);
    worker.on('message', (answer: Answer) => {
      answers.push(answer);
      if (answers.length === messages + 1) resolve();
    });
    for (let i = 0; i <= messages; i++) worker.postMessage(`text ${i}`);
  });
  await worker.terminate();
  return answers.slice(0, messages);
}

describe('code cache for posting-lint workers (node/codeCache.ts)', function () {
  this.timeout(60_000);
  let dir: string;
  beforeEach(() => (dir = mkdtempSync(join(tmpdir(), 'posting-code-cache-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const cacheFiles = () => readdirSync(dir).filter((name) => name.endsWith('.v8cache'));

  it('runs the bundle as its own module, writes the cache after the messages asked, and the next worker accepts it', async () => {
    const first = await run({ dir, writeAfterMessages: 3 }, 3);
    assert.deepEqual(
      first.map((answer) => answer.text),
      ['text 0', 'text 1', 'text 2'],
    );
    assert.equal(first[0].status, 'none');
    assert.equal(first[0].dirname, join(__dirname, '../helpers'), 'the bundle sees its own folder');
    const [file] = cacheFiles();
    assert.match(file, /^echoWorker-[0-9a-f]{16}-v\d+\.\d+\.\d+-\w+\.v8cache$/);
    const written = statSync(join(dir, file)).mtimeMs;
    const second = await run({ dir, writeAfterMessages: 3 }, 3);
    assert.equal(second[0].status, 'accepted');
    assert.equal(statSync(join(dir, file)).mtimeMs, written, 'an accepted cache is not written again');
  });

  it('a worker that is not asked to write leaves no cache, and fewer messages than asked write none', async () => {
    await run({ dir, writeAfterMessages: 0 }, 3);
    await run({ dir, writeAfterMessages: 6 }, 4);
    assert.deepEqual(cacheFiles(), []);
  });

  it('a damaged cache is rejected, the bundle still runs, and the cache is written again', async () => {
    await run({ dir, writeAfterMessages: 1 }, 1);
    const [file] = cacheFiles();
    writeFileSync(join(dir, file), Buffer.from('not a V8 code cache'));
    const answers = await run({ dir, writeAfterMessages: 1 }, 2);
    assert.equal(answers[0].status, 'rejected');
    assert.deepEqual(
      answers.map((answer) => answer.text),
      ['text 0', 'text 1'],
    );
    assert.notEqual(readFileSync(join(dir, file)).toString(), 'not a V8 code cache');
    assert.equal((await run({ dir, writeAfterMessages: 1 }, 1))[0].status, 'accepted');
  });

  it('a cache file of an older build is removed when the new one is written', async () => {
    writeFileSync(join(dir, 'echoWorker-0123456789abcdef-v0.0.0-x64.v8cache'), 'old');
    writeFileSync(join(dir, 'otherWorker-0123456789abcdef-v0.0.0-x64.v8cache'), 'another bundle');
    await run({ dir, writeAfterMessages: 1 }, 1);
    const files = cacheFiles();
    assert.equal(files.filter((name) => name.startsWith('echoWorker-')).length, 1);
    assert.ok(!files.includes('echoWorker-0123456789abcdef-v0.0.0-x64.v8cache'));
    assert.ok(files.includes('otherWorker-0123456789abcdef-v0.0.0-x64.v8cache'), "another bundle's cache is kept");
  });

  it('without a folder the bundle runs uncached; a folder that cannot be made changes nothing but the cache', async () => {
    assert.equal((await run({ dir: undefined, writeAfterMessages: 1 }, 1))[0].status, 'none');
    const blocked = join(dir, 'a-file');
    writeFileSync(blocked, '');
    const answers = await run({ dir: join(blocked, 'cache'), writeAfterMessages: 1 }, 2);
    assert.equal(answers.length, 2);
  });

  it('the cache folder: POSTING_STUDIO_CACHE_DIR names it or (empty) turns it off; else a per-user folder', () => {
    assert.equal(codeCacheDir({ POSTING_STUDIO_CACHE_DIR: '/somewhere' }), '/somewhere');
    assert.equal(codeCacheDir({ POSTING_STUDIO_CACHE_DIR: '' }), undefined);
    if (process.platform === 'linux')
      assert.equal(codeCacheDir({ XDG_CACHE_HOME: '/home/u/.cache' }), join('/home/u/.cache', 'posting-studio', 'code-cache'));
  });
});
