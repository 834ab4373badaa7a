import { strict as assert } from 'assert';
import { existsSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import { replaceOnce } from '../helpers/edit';
import { readSeed } from '../helpers/seeds';
import { posting_lint, workspace } from './run';

const seed = readSeed();
/** Two problems today: a misspelt section and a hardship level that does not exist. */
const today = replaceOnce(replaceOnce(seed, '  background: >', '  backgroud: >'), 'hardship_level: H', 'hardship_level: Z');

interface Entry {
  file: string;
  code: string;
  text: string;
  field?: string;
  count: number;
}

function entries(root: string, name = 'baseline.json'): Entry[] {
  const data = JSON.parse(readFileSync(join(root, name), 'utf8')) as { 'posting-lint-baseline': number; problems: Entry[] };
  assert.equal(data['posting-lint-baseline'], 1);
  return data.problems;
}

/** The codes a JSON report lists for its files. */
function reportedCodes(stdout: string): string[] {
  return (JSON.parse(stdout) as { problems: { code: string }[] }[]).flatMap((file) => file.problems.map((problem) => problem.code));
}

describe('posting-lint --baseline', function () {
  this.timeout(60_000);
  function recorded(files: Record<string, string> = { 'a.posting.yaml': today }): string {
    const root = workspace(files);
    const update = posting_lint(['--baseline', 'baseline.json', '--update-baseline', '*.posting.yaml'], { cwd: root });
    assert.equal(update.status, 0, update.stderr);
    assert.match(update.stderr, /baseline\.json records \d+ problems?/);
    return root;
  }

  it('--update-baseline records each problem by file, code and the text it points at; then the run passes', () => {
    const root = recorded();
    assert.deepEqual(
      entries(root).map(({ file, code, text, field, count }) => [file, code, text, field, count]),
      [
        ['a.posting.yaml', 'not-in-list', 'Z', 'hardship_level', 1],
        ['a.posting.yaml', 'unknown-field', 'backgroud', 'terms_of_reference.backgroud', 1],
      ],
    );
    const run = posting_lint(['--baseline', 'baseline.json', 'a.posting.yaml'], { cwd: root });
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.stdout, '✔ 1 posting, no problems\n');
    assert.match(run.stderr, /2 known problems in baseline\.json not shown/);
    // Without the baseline the same file still fails: the baseline hides, it does not fix.
    assert.equal(posting_lint(['a.posting.yaml'], { cwd: root }).status, 1);
  });

  it('a new problem fails the run, and only the new one is reported', () => {
    const root = recorded();
    writeFileSync(join(root, 'a.posting.yaml'), replaceOnce(today, 'deadline: 2024-11-08', 'deadline: 2025-03-01'));
    const run = posting_lint(['--format', 'json', '--baseline', 'baseline.json', 'a.posting.yaml'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    const codes = reportedCodes(run.stdout);
    assert.ok(codes.length >= 1, run.stdout);
    assert.ok(!codes.includes('unknown-field') && !codes.includes('not-in-list'), run.stdout);
    const unfiltered = reportedCodes(posting_lint(['--format', 'json', 'a.posting.yaml'], { cwd: root }).stdout);
    assert.deepEqual([...codes, 'not-in-list', 'unknown-field'].sort(), [...unfiltered].sort());
  });

  it('a second copy of a known mistake is new (problems are counted), a first one moved down a list is not', () => {
    const note = '  - Applicants must be native English speakers.\n';
    const once = replaceOnce(seed, '  - The position is open', `${note}  - The position is open`);
    const root = recorded({ 'a.posting.yaml': once });
    assert.deepEqual(
      entries(root).map(({ code, field, count }) => [code, field, count]),
      [['exclusionary-requirement', 'position_notes', 1]],
    );
    // A warning: --max-severity warning makes it fail the run.
    const check = ['--format', 'json', '--max-severity', 'warning', '--baseline', 'baseline.json', 'a.posting.yaml'];
    writeFileSync(join(root, 'a.posting.yaml'), replaceOnce(once, note, `  - A new first note.\n${note}`));
    const moved = posting_lint(check, { cwd: root });
    assert.equal(moved.status, 0, moved.stdout);
    assert.deepEqual(reportedCodes(moved.stdout), []);
    writeFileSync(join(root, 'a.posting.yaml'), replaceOnce(once, note, `${note}${note}`));
    const run = posting_lint(check, { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    assert.deepEqual(reportedCodes(run.stdout), ['exclusionary-requirement']);
  });

  it('an old problem moved by edits elsewhere is still known: comment lines above it, blank lines before it, a comment after it', () => {
    const root = recorded();
    const moved = replaceOnce(
      `# Reviewed by HR on Monday.\n# Second comment line.\n${today}`,
      'hardship_level: Z',
      'hardship_level: Z # to be confirmed',
    ).replace('  backgroud: >', '\n\n  backgroud: >');
    writeFileSync(join(root, 'a.posting.yaml'), moved);
    const plain = JSON.parse(posting_lint(['--format', 'json', 'a.posting.yaml'], { cwd: root }).stdout) as {
      problems: { code: string; line: number }[];
    }[];
    // The problems really moved to other lines.
    assert.deepEqual(
      plain[0].problems.map((problem) => [problem.code, problem.line]),
      [
        ['not-in-list', 10],
        ['unknown-field', 24],
      ],
    );
    const run = posting_lint(['--baseline', 'baseline.json', 'a.posting.yaml'], { cwd: root });
    assert.equal(run.status, 0, run.stdout);
    assert.equal(run.stdout, '✔ 1 posting, no problems\n');
  });

  it('a fixed problem is dropped from the baseline on update; the others stay', () => {
    const root = recorded();
    writeFileSync(join(root, 'a.posting.yaml'), replaceOnce(today, '  backgroud: >', '  background: >'));
    const run = posting_lint(['--baseline', 'baseline.json', 'a.posting.yaml'], { cwd: root });
    assert.equal(run.status, 0);
    assert.match(run.stderr, /1 known problem in baseline\.json not shown; 1 fixed since \(drop them with --update-baseline\)/);
    assert.equal(posting_lint(['--baseline', 'baseline.json', '--update-baseline', 'a.posting.yaml'], { cwd: root }).status, 0);
    assert.deepEqual(
      entries(root).map((entry) => entry.code),
      ['not-in-list'],
    );
    // Once dropped, the mistake made again is new.
    writeFileSync(join(root, 'a.posting.yaml'), today);
    assert.equal(posting_lint(['--baseline', 'baseline.json', 'a.posting.yaml'], { cwd: root }).status, 1);
  });

  it('an update that checks one file keeps the other files’ entries, and drops those of deleted files', () => {
    const root = recorded({ 'a.posting.yaml': today, 'b.posting.yaml': today, 'c.posting.yaml': today });
    rmSync(join(root, 'c.posting.yaml'));
    writeFileSync(join(root, 'a.posting.yaml'), seed);
    assert.equal(posting_lint(['--baseline', 'baseline.json', '--update-baseline', 'a.posting.yaml'], { cwd: root }).status, 0);
    assert.deepEqual([...new Set(entries(root).map((entry) => entry.file))], ['b.posting.yaml']);
  });

  it('paths are relative to the baseline file (its folder is created), so a run from another folder matches too', () => {
    const root = workspace({ 'postings/a.posting.yaml': today });
    const update = posting_lint(['--baseline', 'ci/baseline.json', '--update-baseline', 'postings/a.posting.yaml'], { cwd: root });
    assert.equal(update.status, 0, update.stderr);
    assert.deepEqual(
      entries(root, 'ci/baseline.json').map((entry) => entry.file),
      ['../postings/a.posting.yaml', '../postings/a.posting.yaml'],
    );
    const fromInside = posting_lint(['--baseline', '../ci/baseline.json', 'a.posting.yaml'], { cwd: join(root, 'postings') });
    assert.equal(fromInside.status, 0, fromInside.stdout + fromInside.stderr);
    assert.equal(fromInside.stdout, '✔ 1 posting, no problems\n');
  });

  it('bad use is one clear line with exit 2: a missing or broken baseline, --update-baseline alone', () => {
    const root = workspace({ 'a.posting.yaml': today, 'broken.json': '{"problems": []}', 'notjson.json': 'problems:' });
    const missing = posting_lint(['--baseline', 'nope.json', 'a.posting.yaml'], { cwd: root });
    assert.equal(missing.status, 2);
    assert.match(missing.stderr, /^posting-lint: --baseline nope\.json: no such file \(create it with --update-baseline\)\n$/);
    for (const name of ['broken.json', 'notjson.json']) {
      const broken = posting_lint(['--baseline', name, 'a.posting.yaml'], { cwd: root });
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, new RegExp(`--baseline ${name.replace('.', '\\.')}: not a posting-lint baseline`));
      assert.doesNotMatch(broken.stderr, /\n[ \t]+at /);
    }
    const alone = posting_lint(['--update-baseline', 'a.posting.yaml'], { cwd: root });
    assert.equal(alone.status, 2);
    assert.match(alone.stderr, /--update-baseline needs --baseline <file>/);
    assert.ok(!existsSync(join(root, 'baseline.json')));
  });
});
