import { strict as assert } from 'assert';
import { readSeed } from '../helpers/seeds';
import { posting_lint, workspace } from './run';

const seed = readSeed();
/** The seed, still open: its dates (and the period its notes state) moved to 2099-2100. */
const open = seed
  .replace('2024-11-08', '2099-11-08')
  .replace('2025-01-01', '2100-01-01')
  .replace('2025-10-31', '2100-10-31')
  .replace('January to October 2025', 'January to October 2100');

describe('posting-lint --summary (Ready to publish?)', () => {
  it('an open, complete posting: eight ✔ lines and exit 0', () => {
    const run = posting_lint(['open.posting.yaml', '--summary'], { cwd: workspace({ 'open.posting.yaml': open }) });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(
      run.stdout,
      [
        'open.posting.yaml',
        'Ready to publish? — Ready to publish',
        '  ✔ Sections complete — nothing to fix',
        '  ✔ Reviewer checks — nothing to fix',
        '  ✔ Placeholders gone — nothing to fix',
        '  ✔ Wording balance — nothing to fix',
        '  ✔ Readability — nothing to fix',
        '  ✔ Accommodation statement — nothing to fix',
        "  ✔ JSON-LD valid — Google's required properties are there",
        '  ✔ Deadline in the future — open until 2099-11-08',
        '',
        '',
      ].join('\n'),
    );
  });

  it('the reviewer line counts the differences between language versions, on both files', () => {
    const translation = `translation_of: en.posting.yaml\n${open.replace('2099-11-08', '2099-11-15')}`;
    const root = workspace({ 'en.posting.yaml': open, 'ja.posting.yaml': translation });
    const run = posting_lint(['en.posting.yaml', 'ja.posting.yaml', '--summary'], { cwd: root });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    const [english, japanese] = run.stdout.split('\n\n');
    assert.match(english, /\n {2}✗ Reviewer checks — 1 to fix: translated-version-differs\n/);
    assert.match(japanese, /\n {2}✗ Reviewer checks — 1 to fix: translation-differs\n/);
    // Alone, the English posting knows of no translation: ready.
    assert.equal(posting_lint(['en.posting.yaml', '--summary'], { cwd: root }).status, 0);
  });

  it('each failing check is a ✗ line saying what to fix; exit 1', () => {
    const flawed = open
      .replace(/^organization: .*\n/m, '')
      .replace('2099-11-08', '2024-11-08')
      .replace(/^( +)- Accountability\n/m, '$1- Accountability\n$1- Accountability\n');
    const root = workspace({ 'flawed.posting.yaml': flawed });
    const run = posting_lint(['flawed.posting.yaml', '--summary'], { cwd: root });
    assert.equal(run.status, 1, run.stdout + run.stderr);
    assert.match(run.stdout, /^Ready to publish\? — \d of 8 checks to do before publishing$/m);
    assert.match(run.stdout, /^ {2}✗ Sections complete — 1 to fix: missing-section$/m);
    assert.match(run.stdout, /^ {2}✗ Reviewer checks — .*duplicate-competency/m);
    assert.match(run.stdout, /^ {2}✔ Placeholders gone — nothing to fix$/m);
    assert.match(run.stdout, /^ {2}✗ JSON-LD valid — missing or invalid: hiringOrganization$/m);
    assert.match(run.stdout, /^ {2}✗ Deadline in the future — 2024-11-08 has passed$/m);
  });

  it('in Japanese with --locale ja, and as JSON with --format json', () => {
    const root = workspace({ 'old.posting.yaml': seed });
    const ja = posting_lint(['old.posting.yaml', '--summary', '--locale', 'ja'], { cwd: root });
    assert.equal(ja.status, 1);
    assert.match(ja.stdout, /^公開の準備はできていますか？ — 公開前に8項目中1項目の対応が必要です$/m);
    assert.match(ja.stdout, /^ {2}✗ 応募締切が先の日付 — 2024-11-08を過ぎています$/m);
    assert.match(ja.stdout, /^ {2}✔ セクションがそろっている — 問題なし$/m);
    const json = posting_lint(['old.posting.yaml', '--summary', '--format', 'json'], { cwd: root });
    const [result] = JSON.parse(json.stdout) as { file: string; readiness: { ready: boolean; lines: { id: string; ok: boolean }[] } }[];
    assert.equal(result.file, 'old.posting.yaml');
    assert.equal(result.readiness.ready, false);
    assert.deepEqual(
      result.readiness.lines.filter((line) => !line.ok).map((line) => line.id),
      ['deadline'],
    );
  });

  it('--summary with --fix is a usage error', () => {
    const run = posting_lint(['x.posting.yaml', '--summary', '--fix'], { cwd: workspace({ 'x.posting.yaml': seed }) });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--summary only reads and prints/);
  });
});
