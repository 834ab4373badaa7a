import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { copyFileSync, readFileSync, symlinkSync } from 'fs';
import { join } from 'path';
import { framework } from '../helpers/hostile';
import { readSeed } from '../helpers/seeds';
import { cliPath, fixable, posting_lint, workspace } from './run';

/** A run that stalls fails here within seconds instead of hanging the suite. */
const quickly = { timeout: 10_000 };

function assertOneLine(stderr: string, mentions: RegExp): void {
  assert.match(stderr, mentions);
  assert.doesNotMatch(stderr, /\n[ \t]+at |Error:|internal error/);
}

describe('posting-lint reads only regular files, never more than maxFileSize', function () {
  this.timeout(30_000);
  const seed = readSeed();

  it('a named pipe given by name: a clear message at once, exit 2', () => {
    const root = workspace({});
    execFileSync('mkfifo', [join(root, 'pipe.posting.yaml')]);
    const run = posting_lint(['pipe.posting.yaml'], { cwd: root, ...quickly });
    assert.equal(run.status, 2, run.stderr);
    assertOneLine(run.stderr, /pipe\.posting\.yaml: a named pipe \(FIFO\), not a regular file; only regular files are checked/);
  });

  it('a symlink to /dev/zero given by name: a device, not read', () => {
    const root = workspace({});
    symlinkSync('/dev/zero', join(root, 'zero.posting.yaml'));
    const run = posting_lint(['zero.posting.yaml'], { cwd: root, ...quickly });
    assert.equal(run.status, 2, run.stderr);
    assertOneLine(run.stderr, /zero\.posting\.yaml: a device, not a regular file/);
  });

  it('a catalogue that is a FIFO, one linked to /dev/zero and one that is a folder: config problems, and the posting is still checked', () => {
    const root = workspace({
      '.postingrc.yaml': 'catalogues:\n  - fifo.yaml\n  - zero.yaml\n  - folder.yaml\n',
      'folder.yaml/keep.txt': '',
      'a.posting.yaml': seed,
    });
    execFileSync('mkfifo', [join(root, 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(root, 'zero.yaml'));
    const run = posting_lint(['a.posting.yaml'], { cwd: root, ...quickly });
    assert.equal(run.status, 2, run.stderr); // a broken config fails the run
    assertOneLine(run.stderr, /Cannot read the catalogue file 'fifo\.yaml': a named pipe \(FIFO\), not a regular file/);
    assert.match(run.stderr, /Cannot read the catalogue file 'zero\.yaml': a device, not a regular file/);
    assert.match(run.stderr, /Cannot read the catalogue file 'folder\.yaml': a folder, not a file/);
  });

  it('a catalogue larger than maxFileSize is not read', () => {
    const root = workspace({
      '.postingrc.yaml': 'maxFileSize: 5000\ncatalogues:\n  - big.yaml\n',
      'big.yaml': framework(1000),
      'a.posting.yaml': seed,
    });
    const run = posting_lint(['a.posting.yaml'], { cwd: root, ...quickly });
    assertOneLine(
      run.stderr,
      /Cannot read the catalogue file 'big\.yaml': too large \(\d+ (bytes|characters); the limit is 5000 characters/,
    );
  });

  it('2,000 references to one 100 KB catalogue: read once, done in seconds', () => {
    const big = framework(1600);
    assert.ok(big.length > 100_000, `${big.length}`);
    const root = workspace({
      '.postingrc.yaml': `catalogues:\n${'  - big.yaml\n'.repeat(2000)}`,
      'big.yaml': big,
      'a.posting.yaml': seed,
    });
    const run = posting_lint(['-f', 'json', 'a.posting.yaml'], { cwd: root, ...quickly });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    assert.equal(run.stderr, '');
  });

  it('a .postingrc.yaml that is a named pipe is not a config file: the posting is checked with the defaults', () => {
    const root = workspace({ 'a.posting.yaml': seed });
    execFileSync('mkfifo', [join(root, '.postingrc.yaml')]);
    const run = posting_lint(['a.posting.yaml'], { cwd: root, ...quickly });
    assert.equal(run.status, 0, run.stderr);
  });

  it('--config naming a FIFO: a usage problem, not a hang', () => {
    const root = workspace({ 'a.posting.yaml': seed });
    execFileSync('mkfifo', [join(root, 'rc.yaml')]);
    const run = posting_lint(['--config', 'rc.yaml', 'a.posting.yaml'], { cwd: root, ...quickly });
    assert.equal(run.status, 2);
    assertOneLine(run.stderr, /--config rc\.yaml: not a regular file/);
  });

  it('a posting far over maxFileSize is refused before it is read', () => {
    const root = workspace({ '.postingrc.yaml': 'maxFileSize: 100\n', 'a.posting.yaml': seed });
    const run = posting_lint(['a.posting.yaml'], { cwd: root, ...quickly });
    assert.equal(run.status, 2);
    assertOneLine(run.stderr, /a\.posting\.yaml: too large \(\d+ bytes; the limit is 100 characters, the maxFileSize setting\)/);
  });
});

describe('posting-lint says what really failed when writing', function () {
  this.timeout(30_000);

  it('--out-dir naming a file: the output folder is the problem, not the posting', () => {
    const root = workspace({ 'a.posting.yaml': readSeed(), exports: 'I am a file\n' });
    const run = posting_lint(['a.posting.yaml', '--export', 'txt', '--out-dir', 'exports'], { cwd: root, ...quickly });
    assert.equal(run.status, 2);
    assertOneLine(run.stderr, /--out-dir exports: the output folder is a file/);
    assert.doesNotMatch(run.stderr, /a\.posting\.yaml/);
    assert.equal(readFileSync(join(root, 'exports'), 'utf8'), 'I am a file\n');
  });

  it('an -o report that cannot be written says "cannot be written", not "cannot be read"', () => {
    const root = workspace({ 'a.posting.yaml': readSeed(), 'report/keep.txt': '' });
    const run = posting_lint(['a.posting.yaml', '-o', 'report'], { cwd: root, ...quickly });
    assert.equal(run.status, 2);
    assertOneLine(run.stderr, /report: cannot be written/);
    assert.doesNotMatch(run.stderr, /cannot be read/);
  });

  it('--fix on a file whose folder is read-only: the write failed, the file is untouched', function () {
    if (process.getuid?.() !== 0) this.skip(); // runs the CLI as "nobody", which only root can do
    const seedText = fixable();
    const root = workspace({ 'a.posting.yaml': seedText });
    // "nobody" may not reach this checkout (a clone inside a private temporary folder): it runs a copy of the bundle.
    const cli = join(root, 'cli.js');
    copyFileSync(cliPath, cli);
    execFileSync('chmod', ['0555', root]);
    execFileSync('chmod', ['0666', join(root, 'a.posting.yaml')]);
    const run = posting_lint(['--fix', 'a.posting.yaml'], { cwd: root, uid: 65534, gid: 65534, ...quickly }, cli);
    assert.equal(run.status, 2, run.stderr);
    assertOneLine(run.stderr, /a\.posting\.yaml: (permission denied \(the file cannot be written\)|cannot be written)/);
    assert.equal(readFileSync(join(root, 'a.posting.yaml'), 'utf8'), seedText);
  });
});

describe('posting-lint SARIF: file names are URIs', function () {
  this.timeout(30_000);
  it('# and ? in a file name are percent-encoded in artifactLocation.uri', () => {
    const root = workspace({ 'odd #1?.posting.yaml': readSeed().replace('title:', 'titel:') });
    const run = posting_lint(['-f', 'sarif', 'odd #1?.posting.yaml'], { cwd: root, ...quickly });
    const log = JSON.parse(run.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[];
    };
    const uris = new Set(log.runs[0].results.map((r) => r.locations[0].physicalLocation.artifactLocation.uri));
    assert.deepEqual([...uris], ['odd%20%231%3F.posting.yaml']);
  });
});
