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
      ['postings/officer.posting.yaml', '--export', 'txt', '--export', 'html', '-e', 'md', '--export', 'jsonld', '--export', 'docx'],
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
