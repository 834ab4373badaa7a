import { strict as assert } from 'assert';
import { existsSync, readFileSync } from 'fs';
import JSZip from 'jszip';
import { join } from 'path';
import { renderPostingText } from '../../server/src/engine';
import { islamabadPosting } from '../helpers/islamabad';
import { readSeed } from '../helpers/seeds';
import { posting_lint, workspace } from './run';

const seed = readSeed();

describe('posting-lint --export', () => {
  it('writes every format next to the posting, with the engine renderings', async () => {
    const root = workspace({ 'postings/officer.posting.yaml': seed });
    const run = posting_lint(
      // --force: the seed's deadline (2024) has passed; the gate itself is tested below.
      [
        'postings/officer.posting.yaml',
        '--export',
        'txt',
        '--export',
        'html',
        '-e',
        'md',
        '--export',
        'jsonld',
        '--export',
        'docx',
        '--force',
      ],
      {
        cwd: root,
      },
    );
    assert.equal(run.status, 0, run.stderr);
    const out = (extension: string) => join(root, 'postings', `officer.${extension}`);
    assert.equal(readFileSync(out('txt'), 'utf8'), renderPostingText(seed, 'txt'));
    assert.equal(readFileSync(out('md'), 'utf8'), renderPostingText(seed, 'md'));
    assert.match(readFileSync(out('html'), 'utf8'), /^<!DOCTYPE html>[\s\S]*<h1 data-line="\d+">Protection Associate<\/h1>/);
    assert.equal((JSON.parse(readFileSync(out('jsonld'), 'utf8')) as { '@type': string })['@type'], 'JobPosting');
    const zip = await JSZip.loadAsync(readFileSync(out('docx')));
    assert.match(await zip.file('word/document.xml')!.async('string'), /Purpose and Scope of Assignment/);
  });

  it('--out-dir collects the exports of several files in one folder', () => {
    const root = workspace({ 'a/one.posting.yaml': seed, 'b/two.tor.yaml': seed });
    const run = posting_lint(['a/one.posting.yaml', 'b/two.tor.yaml', '--export', 'txt', '--out-dir', 'exports'], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.ok(existsSync(join(root, 'exports', 'one.txt')));
    assert.ok(existsSync(join(root, 'exports', 'two.txt')));
    assert.ok(!existsSync(join(root, 'a', 'one.txt')));
  });

  it('still lints: a posting with errors exports and exits 1', () => {
    const root = workspace({ 'bad.posting.yaml': seed.replace('deadline: 2024-11-08', 'deadline: 2025-03-01') });
    const run = posting_lint(['bad.posting.yaml', '--export', 'md'], { cwd: root });
    assert.equal(run.status, 1);
    assert.ok(existsSync(join(root, 'bad.md')));
  });

  describe('the publishing gate for --export jsonld', () => {
    /** The seed, still open: its dates moved to 2099-2100. */
    const open = seed.replace('2024-11-08', '2099-11-08').replace('2025-01-01', '2100-01-01').replace('2025-10-31', '2100-10-31');

    it('writes the JSON-LD of an open posting and notes the recommended properties it lacks', () => {
      const root = workspace({ 'open.posting.yaml': open });
      const run = posting_lint(['open.posting.yaml', '--export', 'jsonld'], { cwd: root });
      assert.equal(run.status, 0, run.stderr);
      const written = JSON.parse(readFileSync(join(root, 'open.jsonld'), 'utf8')) as Record<string, unknown>;
      assert.equal(written.validThrough, '2099-11-08T23:59:59+09:00');
      assert.match(
        run.stderr,
        /note: The JSON-LD has no directApply, which search engines recommend; add direct_apply .*\[jsonld-recommended-missing\]/,
      );
      assert.match(run.stderr, /note: The JSON-LD has no baseSalary.*add salary/);
      assert.doesNotMatch(run.stderr, /not exported/);
    });

    it('url, direct_apply, salary and logo (with job_id) reach the JSON-LD, and the notes for them go', () => {
      const fields = [
        'job_id: JR2400000',
        'url: https://careers.example.org/jobs/JR2400000',
        'direct_apply: true',
        'logo: https://careers.example.org/logo.png',
        'salary:',
        '  currency: USD',
        '  minimum: 40000',
        '  maximum: 52000',
        '  per: year',
      ].join('\n');
      const root = workspace({ 'full.posting.yaml': open.replace(/^deadline: .*$/m, (line) => `${line}\n${fields}`) });
      const run = posting_lint(['full.posting.yaml', '--export', 'jsonld'], { cwd: root });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.doesNotMatch(run.stderr, /jsonld-recommended-missing/);
      const written = JSON.parse(readFileSync(join(root, 'full.jsonld'), 'utf8')) as Record<string, unknown>;
      assert.equal(written.url, 'https://careers.example.org/jobs/JR2400000');
      assert.equal(written.directApply, true);
      assert.deepEqual(written.baseSalary, {
        '@type': 'MonetaryAmount',
        currency: 'USD',
        value: { '@type': 'QuantitativeValue', minValue: 40000, maxValue: 52000, unitText: 'YEAR' },
      });
      assert.equal((written.hiringOrganization as Record<string, unknown>).logo, 'https://careers.example.org/logo.png');
    });

    it('refuses an expired posting (exit 1, no file) unless --force', () => {
      const root = workspace({ 'old.posting.yaml': seed });
      const refused = posting_lint(['old.posting.yaml', '--export', 'jsonld', '--export', 'txt'], { cwd: root });
      assert.equal(refused.status, 1);
      assert.match(
        refused.stderr,
        /old\.posting\.yaml: JSON-LD not exported:\n {2}✗ The deadline \(2024-11-08\) has passed.*\[deadline-passed\]/,
      );
      assert.ok(!existsSync(join(root, 'old.jsonld')));
      assert.ok(existsSync(join(root, 'old.txt')), 'the other formats are still written');
      const forced = posting_lint(['old.posting.yaml', '--export', 'jsonld', '--force'], { cwd: root });
      assert.equal(forced.status, 0, forced.stderr);
      assert.ok(existsSync(join(root, 'old.jsonld')));
    });

    it('refuses a JSON-LD without what Google requires, naming each field to fill in (also in Japanese)', () => {
      const bare = open.replace(/^organization: .*\n/m, '').replace(/^country: .*\n/m, '');
      const root = workspace({ 'bare.posting.yaml': bare });
      const run = posting_lint(['bare.posting.yaml', '--export', 'jsonld'], { cwd: root });
      assert.equal(run.status, 1);
      assert.match(
        run.stderr,
        /✗ The JSON-LD lacks hiringOrganization, which Google's job search requires; fill in organization \[jsonld-required-missing\]/,
      );
      assert.match(run.stderr, /✗ The JSON-LD lacks jobLocation\.address\.addressCountry, .*fill in country/);
      assert.ok(!existsSync(join(root, 'bare.jsonld')));
      const ja = posting_lint(['bare.posting.yaml', '--export', 'jsonld', '--locale', 'ja'], { cwd: root });
      assert.match(ja.stderr, /JSON-LDに、Googleの求人検索が必須とするhiringOrganizationがありません。機関を記入してください/);
    });

    it('--force without --export jsonld is a usage error', () => {
      const run = posting_lint(['x.posting.yaml', '--force'], { cwd: workspace({ 'x.posting.yaml': seed }) });
      assert.equal(run.status, 2);
      assert.match(run.stderr, /--force only applies to --export jsonld/);
    });
  });

  it('rejects an unknown format in one line', () => {
    const run = posting_lint(['x.posting.yaml', '--export', 'pdf'], { cwd: workspace({ 'x.posting.yaml': seed }) });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--export must be one of html, md, txt, jsonld, docx/);
  });

  it("prints dates in the project's format (.postingrc.yaml dateFormat)", () => {
    const root = workspace({ '.postingrc.yaml': 'dateFormat: MMMM d, yyyy\n', 'p/islamabad.posting.yaml': islamabadPosting() });
    const run = posting_lint(['p/islamabad.posting.yaml', '--export', 'txt'], { cwd: root });
    assert.ok(run.status === 0 || run.status === 1, run.stderr);
    const text = readFileSync(join(root, 'p', 'islamabad.txt'), 'utf8');
    assert.match(text, /^Deadline for Applications: February 10, 2025$/m);
    assert.match(text, /^Target Start Date: March 1, 2025$/m);
    assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}/);
  });

  it('warns about placeholder text still in an exported posting, naming its field and line', () => {
    const text = islamabadPosting({ 'terms_of_reference.background': 'Write the background here: the office and its context.' });
    const line = text.split('\n').findIndex((l) => l.includes('Write the background here')) + 1;
    const root = workspace({ 'islamabad.posting.yaml': text });
    const run = posting_lint(['islamabad.posting.yaml', '--export', 'docx'], { cwd: root });
    assert.ok(existsSync(join(root, 'islamabad.docx')));
    assert.match(
      run.stderr,
      new RegExp(
        `^posting-lint: islamabad\\.posting\\.yaml:${line}:\\d+: warning: exported with placeholder text still in it.*Background still has placeholder text`,
        'm',
      ),
    );
    const ja = posting_lint(['islamabad.posting.yaml', '--export', 'md', '--locale', 'ja'], { cwd: root });
    assert.match(ja.stderr, /プレースホルダーが残ったままエクスポートしました.*「背景」/);
    const clean = posting_lint(['islamabad.posting.yaml', '--export', 'md'], {
      cwd: workspace({ 'islamabad.posting.yaml': islamabadPosting() }),
    });
    assert.doesNotMatch(clean.stderr, /placeholder/);
  });
});
