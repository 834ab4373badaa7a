import { strict as assert } from 'assert';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { posting_lint, workspace } from './run';

/**
 * From 64 files on, posting-lint checks in worker threads (one per core). Its report must be the report of the same
 * files checked in its own thread: the same problems, in the same order, with the same settings and related files.
 */
/** The text with each line changed (or dropped, for undefined). */
function lines(text: string, change: (line: string) => string | undefined): string {
  return text
    .split('\n')
    .map(change)
    .filter((line) => line !== undefined)
    .join('\n');
}

describe('posting-lint over many files (worker threads)', function () {
  this.timeout(120_000);

  it('reports exactly what runs over fewer files (checked in its own thread) report', () => {
    const seedsFolder = resolve(__dirname, '../../seeds');
    const seeds = readdirSync(seedsFolder)
      .filter((name) => name.endsWith('.posting.yaml'))
      .map((name) => readFileSync(join(seedsFolder, name), 'utf8'));
    // Variations with problems of several kinds: a placeholder, a missing title, a syntax error, a glued word, a
    // related file, and a folder whose .postingrc.yaml turns a rule off and another to error.
    const variants = [
      (text: string) => text,
      (text: string) => lines(text, (line) => (line.startsWith('title: ') ? 'title: TBD' : line)),
      (text: string) => lines(text, (line) => (line.startsWith('title: ') ? undefined : line)),
      (text: string) => `${text}\nbroken: [unclosed\n`,
      (text: string) => text.replace('  - ', '  - The UNHCRstaff and knowledgeof '),
      (text: string) => `based_on: ../missing-jd.posting.yaml\n${text}`,
    ];
    const files: Record<string, string> = {
      'strict/.postingrc.yaml': 'rules:\n  placeholder-text: off\n  glued-words: error\n',
    };
    for (let i = 0; i < 72; i++) {
      const folder = i % 3 === 0 ? 'strict' : 'plain';
      files[`${folder}/p${String(i).padStart(3, '0')}.posting.yaml`] = variants[i % variants.length](seeds[i % seeds.length]);
    }
    const root = workspace(files);
    const names = Object.keys(files)
      .filter((name) => name.endsWith('.posting.yaml'))
      .sort();
    assert.ok(names.length >= 64, 'enough files for the worker threads');

    // The workers load their bundle through V8's code cache (node/codeCache.ts), here in a folder of the test's own: the
    // first run writes it, the second reads it, and both report the same.
    const cache = mkdtempSync(join(tmpdir(), 'posting-lint-cache-'));
    const env = { ...process.env, POSTING_STUDIO_CACHE_DIR: cache };
    let all: ReturnType<typeof posting_lint>;
    try {
      all = posting_lint(['--format', 'json', ...names], { cwd: root, env });
      const written = readdirSync(cache);
      assert.equal(written.filter((name) => /^lintWorker-.*\.v8cache$/.test(name)).length, 1, `the code cache (${written.join(', ')})`);
      const cached = posting_lint(['--format', 'json', ...names], { cwd: root, env });
      assert.deepEqual(cached, all, 'a run with the code cache reports the same');
    } finally {
      rmSync(cache, { recursive: true, force: true });
    }
    const first = posting_lint(['--format', 'json', ...names.slice(0, 36)], { cwd: root });
    const second = posting_lint(['--format', 'json', ...names.slice(36)], { cwd: root });
    assert.equal(all.stderr, first.stderr + second.stderr);
    assert.equal(all.status, Math.max(first.status ?? 0, second.status ?? 0));

    const report = JSON.parse(all.stdout) as { problems: { code: string }[] }[];
    assert.deepEqual(report, [...JSON.parse(first.stdout), ...JSON.parse(second.stdout)]);
    assert.equal(report.length, names.length);
    const codes = new Set(report.flatMap((file) => file.problems.map((problem) => problem.code)));
    for (const code of ['placeholder-text', 'missing-section', 'yaml-syntax', 'glued-words', 'related-file-unreadable']) {
      assert.ok(codes.has(code), `the reports compared hold ${code} (${[...codes].join(', ')})`);
    }
  });
});
