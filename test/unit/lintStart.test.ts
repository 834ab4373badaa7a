import { strict as assert } from 'assert';
import { mkdtempSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { PassThrough } from 'stream';
import { LintPool } from '../../server/src/cli/lintPool';
import { lintStart } from '../../server/src/cli/lintStart';
import { runCli, type CliIo } from '../../server/src/cli/main';
import { readSeed } from '../helpers/seeds';

/** A folder with two postings, a.posting.yaml and b.posting.yaml. */
function twoPostings(): string {
  const folder = mkdtempSync(join(tmpdir(), 'lint-start-'));
  for (const name of ['a', 'b']) writeFileSync(join(folder, `${name}.posting.yaml`), readSeed());
  return folder;
}

/** runCli's streams, with what it wrote to each. */
function capturedIo(cwd: string): { io: CliIo; stdout: () => string; stderr: () => string } {
  const collect = () => {
    const stream = new PassThrough();
    const chunks: string[] = [];
    stream.on('data', (chunk: Buffer) => chunks.push(chunk.toString('utf8')));
    return { stream: stream as unknown as NodeJS.WriteStream, text: () => chunks.join('') };
  };
  const out = collect();
  const err = collect();
  const stdin = new PassThrough() as unknown as NodeJS.ReadStream;
  return { io: { cwd, stdout: out.stream, stderr: err.stream, stdin }, stdout: out.text, stderr: err.text };
}

/**
 * cli.ts lists the files and starts the workers of a check before it loads the engine (lintStart), and hands both to
 * runCli; a command line that checks nothing starts nothing.
 */
describe('posting-lint: files and workers started before the engine (lintStart)', function () {
  this.timeout(60_000);

  it('lists the files of a check, in the order runCli would', () => {
    const folder = twoPostings();
    const started = lintStart(['--format', 'json', '*.posting.yaml'], folder);
    assert.deepEqual(started?.files, ['a.posting.yaml', 'b.posting.yaml']);
    assert.equal(started?.pool, undefined, 'two files are checked in the CLI’s own thread');
  });

  it('starts nothing for help, an import, a comparison, a summary, no files or a mistake', () => {
    const folder = twoPostings();
    for (const argv of [
      ['--help'],
      ['--version'],
      ['--import', 'a.txt'],
      ['--compare', 'a.posting.yaml', 'b.posting.yaml'],
      ['--summary', '*.posting.yaml'],
      [],
      ['--no-such-option', '*.posting.yaml'],
      ['drafts/*.posting.yaml'],
    ])
      assert.equal(lintStart(argv, folder), undefined, argv.join(' '));
  });

  it('runCli checks the files it was handed, without listing them again', async () => {
    const folder = twoPostings();
    const { io, stdout, stderr } = capturedIo(folder);
    // Files are read as named (relative to the process's folder, as on a command line): this one is absolute.
    const handed = join(folder, 'b.posting.yaml');
    const code = await runCli(['--format', 'json', '*.posting.yaml'], io, { files: [handed] });
    assert.ok(code === 0 || code === 1, `exit code ${code}: ${stderr()}`);
    const reported = (JSON.parse(stdout()) as { file: string }[]).map((report) => report.file);
    assert.deepEqual(reported, [handed]);
  });

  it('runCli ends the workers started for a command line it then refuses', async () => {
    const folder = twoPostings();
    const pool = new LintPool(join(__dirname, '../helpers/slowCheckWorker.cjs'), 1, 1);
    let closed = false;
    const close = pool.close.bind(pool);
    pool.close = async () => {
      closed = true;
      await close();
    };
    const { io, stderr } = capturedIo(folder);
    // --force without --export jsonld is a usage error, found after lintStart has started the workers.
    const code = await runCli(['--force', '*.posting.yaml'], io, { files: ['a.posting.yaml', 'b.posting.yaml'], pool });
    assert.equal(code, 2);
    assert.match(stderr(), /--force only applies to --export jsonld/);
    assert.ok(closed, 'the pool was closed');
  });
});
