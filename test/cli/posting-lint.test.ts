import { strict as assert } from 'assert';
import { chmodSync, copyFileSync, readFileSync } from 'fs';
import { join } from 'path';
import { checkPosting, defaultSettings, type Problem } from '../../server/src/engine';
import { deleteField, replaceOnce } from '../helpers/edit';
import { readSeed } from '../helpers/seeds';
import { cliPath, posting_lint, workspace } from './run';

const seed = readSeed();
const brokenQuote = replaceOnce(seed, 'duty_station: Tokyo', 'duty_station: "Tokyo');
const deadlineAfterStart = replaceOnce(seed, 'deadline: 2024-11-08', 'deadline: 2025-03-01');

/** Asserts a one-line explanation and no stack trace. */
function assertCleanFailure(stderr: string, mentions: RegExp): void {
  assert.match(stderr, mentions);
  assert.doesNotMatch(stderr, /\n[ \t]+at |Error:/);
}

describe('posting-lint (the built dist/cli.js)', () => {
  const root = workspace({
    'postings/clean.posting.yaml': seed,
    'postings/team/quote.posting.yaml': brokenQuote,
    'postings/team/dates.posting.yaml': deadlineAfterStart,
    'postings/node_modules/dep/ignored.yaml': brokenQuote,
    'notes/readme.txt': 'not a posting',
  });

  describe('exit codes', () => {
    it('exits 0 and prints only the one-line summary for a clean posting', () => {
      const run = posting_lint(['postings/clean.posting.yaml'], { cwd: root });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '✔ 1 posting, no problems\n');
    });

    it('exits 1 when a problem is an error', () => {
      assert.equal(posting_lint(['postings/team/dates.posting.yaml'], { cwd: root }).status, 1);
    });

    it('--max-severity decides which problems fail the run', () => {
      const warningOnly = workspace({
        'w.posting.yaml': replaceOnce(seed, 'contract_end_date: 2025-10-31', 'contract_end_date: 2027-10-31'),
      });
      const json = JSON.parse(posting_lint(['--format', 'json', 'w.posting.yaml'], { cwd: warningOnly }).stdout);
      const severities = json[0].problems.map((p: { severity: string }) => p.severity);
      assert.ok(severities.length && !severities.includes('error'), JSON.stringify(json));
      assert.equal(posting_lint(['w.posting.yaml'], { cwd: warningOnly }).status, 0);
      assert.equal(posting_lint(['--max-severity', 'warning', 'w.posting.yaml'], { cwd: warningOnly }).status, 1);
      assert.equal(posting_lint(['--max-severity=hint', 'w.posting.yaml'], { cwd: warningOnly }).status, 1);
    });

    it('exits 2 with one line for a missing file', () => {
      const run = posting_lint(['postings/absent.posting.yaml'], { cwd: root });
      assert.equal(run.status, 2);
      assertCleanFailure(run.stderr, /postings\/absent\.posting\.yaml: no such file/);
    });

    it('exits 2 with one line for a directory', () => {
      const run = posting_lint(['postings'], { cwd: root });
      assert.equal(run.status, 2);
      assertCleanFailure(run.stderr, /postings is a directory.*"postings\/\*\*\/\*\.yaml"/);
    });

    it('exits 2 with one line for an unreadable file', function () {
      const locked = workspace({ 'locked.posting.yaml': seed });
      chmodSync(join(locked, 'locked.posting.yaml'), 0o000);
      // root reads anything: run the CLI as an unprivileged user then, from a copy of the bundle in the open folder
      // (that user may not reach this checkout, e.g. a clone inside a private temporary folder).
      const asUser = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
      const cli = join(locked, 'cli.js');
      copyFileSync(cliPath, cli);
      const run = posting_lint(['locked.posting.yaml'], { cwd: locked, ...asUser }, cli);
      assert.equal(run.status, 2, run.stdout + run.stderr);
      assertCleanFailure(run.stderr, /locked\.posting\.yaml: permission denied/);
    });

    it('exits 2 for a glob that matches nothing', () => {
      const run = posting_lint(['drafts/**/*.yaml'], { cwd: root });
      assert.equal(run.status, 2);
      assertCleanFailure(run.stderr, /no files match "drafts\/\*\*\/\*\.yaml"/);
    });

    for (const [args, message] of [
      [['--frmat', 'json', 'x.yaml'], /unknown option --frmat \(did you mean --format\?\)/],
      [['--format', 'xml', 'x.yaml'], /--format must be one of stylish, json, sarif/],
      [['--format'], /--format needs a value/],
      [[], /no files given/],
    ] as const) {
      it(`exits 2 for a bad command line: ${args.join(' ') || '(nothing)'}`, () => {
        const run = posting_lint([...args], { cwd: root });
        assert.equal(run.status, 2);
        assertCleanFailure(run.stderr, message);
      });
    }
  });

  describe('globs', () => {
    it('expands a quoted glob, skipping node_modules', () => {
      const run = posting_lint(['--format', 'json', 'postings/**/*.yaml'], { cwd: root });
      const files = JSON.parse(run.stdout).map((report: { file: string }) => report.file);
      assert.deepEqual(files, ['postings/clean.posting.yaml', 'postings/team/dates.posting.yaml', 'postings/team/quote.posting.yaml']);
      assert.equal(run.status, 1);
    });
  });

  describe('formats', () => {
    it('stylish: file:line:col, severity, message, code and the line underlined', () => {
      const run = posting_lint(['postings/team/quote.posting.yaml'], { cwd: root });
      const line = brokenQuote.split('\n').findIndex((text) => text.includes('"Tokyo')) + 1;
      const column = brokenQuote.split('\n')[line - 1].indexOf('"Tokyo') + 1;
      assert.match(run.stdout, new RegExp(`^postings/team/quote\\.posting\\.yaml:${line}:${column}  error  .*  yaml-syntax$`, 'm'));
      assert.match(run.stdout, new RegExp(`^  ${line} \\| duty_station: "Tokyo$`, 'm'));
      assert.match(run.stdout, /^ {2,}\| {15}\^{6}$/m);
      assert.match(run.stdout, /1 problem \(1 error\) in 1 file/);
    });

    it('json: parses, one entry per file, with 1-based and LSP positions', () => {
      const run = posting_lint(['--format', 'json', 'postings/team/dates.posting.yaml', 'postings/clean.posting.yaml'], { cwd: root });
      const reports = JSON.parse(run.stdout);
      assert.deepEqual(
        reports.map((r: { file: string; problems: unknown[] }) => [r.file, r.problems.length]),
        [
          ['postings/team/dates.posting.yaml', 1],
          ['postings/clean.posting.yaml', 0],
        ],
      );
      const [problem] = reports[0].problems;
      assert.equal(problem.code, 'deadline-after-start');
      assert.equal(problem.line, problem.range.start.line + 1);
      assert.equal(deadlineAfterStart.split('\n')[problem.line - 1], 'deadline: 2025-03-01');
    });

    it('sarif: version 2.1.0, the rules catalogue with help, results with ruleIds and 1-based regions', () => {
      const run = posting_lint(['--format', 'sarif', 'postings/**/*.yaml'], { cwd: root });
      const log = JSON.parse(run.stdout);
      assert.equal(log.version, '2.1.0');
      const [sarifRun] = log.runs;
      const rules: { id: string; help: { text: string }; defaultConfiguration: { level: string } }[] = sarifRun.tool.driver.rules;
      // No invented project address: the field is left out until the project has a real one.
      assert.ok(!('informationUri' in sarifRun.tool.driver) || !/example\.invalid/.test(String(sarifRun.tool.driver.informationUri)));
      const ruleIds = rules.map((rule) => rule.id);
      for (const code of ['yaml-syntax', 'missing-section', 'deadline-after-start']) assert.ok(ruleIds.includes(code), code);
      assert.ok(
        rules.every((rule) => rule.help.text.length > 10 && ['error', 'warning', 'note'].includes(rule.defaultConfiguration.level)),
      );
      const results = sarifRun.results as {
        ruleId: string;
        ruleIndex: number;
        level: string;
        locations: { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number; startColumn: number } } }[];
      }[];
      assert.deepEqual(results.map((r) => r.ruleId).sort(), ['deadline-after-start', 'yaml-syntax']);
      for (const result of results) {
        assert.equal(rules[result.ruleIndex].id, result.ruleId);
        assert.equal(result.level, 'error');
      }
      const quote = results.find((r) => r.ruleId === 'yaml-syntax')!.locations[0].physicalLocation;
      assert.equal(quote.artifactLocation.uri, 'postings/team/quote.posting.yaml');
      assert.deepEqual([quote.region.startLine, quote.region.startColumn], [6, 15]);
    });
  });

  describe('standard input', () => {
    it('reads one posting from - and names it <stdin>', () => {
      const run = posting_lint(['--format', 'json', '-'], { cwd: root, input: deadlineAfterStart });
      assert.equal(run.status, 1);
      const [report] = JSON.parse(run.stdout);
      assert.equal(report.file, '<stdin>');
      assert.deepEqual(
        report.problems.map((p: { code: string }) => p.code),
        ['deadline-after-start'],
      );
    });

    it('a clean posting on standard input exits 0', () => {
      assert.equal(posting_lint(['-'], { cwd: root, input: seed }).status, 0);
    });
  });

  it('reports exactly what the editor engine reports (same codes, messages and ranges)', () => {
    const root = workspace({ 'both.posting.yaml': replaceOnce(deadlineAfterStart, '  background: >', '  backgrond: >') });
    const text = readFileSync(join(root, 'both.posting.yaml'), 'utf8');
    const [report] = JSON.parse(posting_lint(['--format', 'json', 'both.posting.yaml'], { cwd: root }).stdout);
    const summary = (p: Problem) => `${p.range.start.line}:${p.range.start.character} ${p.code} ${p.message}`;
    const expected = checkPosting(text).problems.map(summary).sort();
    assert.ok(expected.length >= 2, expected.join('\n'));
    assert.deepEqual(report.problems.map(summary).sort(), expected);
  });

  it('--locale ja gives the engine’s Japanese messages; English is the default', () => {
    const root = workspace({ 'dates.posting.yaml': deadlineAfterStart });
    const message = (args: string[]) =>
      JSON.parse(posting_lint([...args, '--format', 'json', 'dates.posting.yaml'], { cwd: root }).stdout)[0].problems[0].message;
    const expected = (locale?: string) => checkPosting(deadlineAfterStart, { ...defaultSettings, locale }).problems[0].message;
    assert.equal(message(['--locale', 'ja']), expected('ja'));
    assert.match(message(['--locale', 'ja']), /[\u3040-\u30ff\u4e00-\u9fff]/);
    assert.equal(message([]), expected(undefined));
    assert.match(message([]), /^Deadline for Applications/);
  });

  describe('--fix', () => {
    const commented = replaceOnce(
      replaceOnce(
        seed,
        '        - Accountability\n',
        '        - Accountability # first listed\n        - Communication # listed early on purpose\n',
      ),
      'title: Protection Associate',
      'title: Protection Associate # keep this comment',
    );

    it('applies the safe fixes in place and keeps every comment', () => {
      const root = workspace({ 'dup.posting.yaml': commented });
      const before = posting_lint(['--format', 'json', 'dup.posting.yaml'], { cwd: root });
      assert.deepEqual(
        JSON.parse(before.stdout)[0].problems.map((p: Problem) => p.code),
        ['duplicate-competency'],
      );
      const run = posting_lint(['--fix', 'dup.posting.yaml'], { cwd: root });
      assert.equal(run.status, 0, run.stdout + run.stderr);
      assert.match(run.stdout, /^dup\.posting\.yaml:\d+ {2}fixed {2}Remove 'Communication'$/m);
      assert.match(run.stdout, /^1 problem fixed, no problems left$/m);
      const after = readFileSync(join(root, 'dup.posting.yaml'), 'utf8');
      const comments = (text: string) => text.split('\n').flatMap((line) => (line.includes('#') ? [line.slice(line.indexOf('#'))] : []));
      assert.deepEqual(comments(after), comments(commented));
      assert.equal(after.split('\n').length, commented.split('\n').length - 1, 'exactly one line removed');
      assert.equal(posting_lint(['dup.posting.yaml'], { cwd: root }).stdout, '✔ 1 posting, no problems\n');
    });

    it('fixes four everyday mistakes, says what it fixed and what is left, and keeps comments', () => {
      // A misspelt key, an aliased key, a misspelt competency, a competency in the wrong group, a missing section.
      let text = replaceOnce(seed, 'title: Protection Associate', 'title: Protection Associate # the hiring manager chose it');
      text = replaceOnce(text, '  background: ', '  backgroud: ');
      text = replaceOnce(text, 'target_start_date: 2025-01-01', 'start_date: 2025-01-01 # first day');
      text = replaceOnce(text, '        - Accountability\n', '        - Acountability\n        - Analytical Thinking # meant as core\n');
      text = replaceOnce(text, '        - Analytical Thinking\n        - Stakeholder', '        - Stakeholder');
      text = deleteField(text, ['terms_of_reference', 'monitoring_and_progress_controls']);
      const root = workspace({ 'everyday.posting.yaml': text });
      const before = JSON.parse(posting_lint(['--format', 'json', 'everyday.posting.yaml'], { cwd: root }).stdout) as {
        problems: Problem[];
      }[];
      assert.deepEqual(before[0].problems.map((p) => p.code).sort(), [
        'competency-wrong-group',
        'missing-core-competency', // Accountability, until its misspelling is fixed
        'missing-section',
        'unknown-competency',
        'unknown-field',
        'unknown-field',
      ]);
      const run = posting_lint(['--fix', 'everyday.posting.yaml'], { cwd: root });
      const fixedLines = run.stdout.split('\n').filter((line) => /^everyday\.posting\.yaml:\d+ {2}fixed {2}/.test(line));
      assert.equal(fixedLines.length, 5, run.stdout);
      for (const title of [
        "Rename to 'background'",
        "Rename to 'target_start_date'",
        "Replace with 'Accountability'",
        "Move 'Analytical Thinking' to Cross-functional competencies",
        'Insert section: Monitoring and Progress Controls',
      ])
        assert.ok(
          fixedLines.some((line) => line.endsWith(title)),
          `${title} in\n${run.stdout}`,
        );
      // What is left: the inserted section's placeholders, which only the author can write.
      assert.match(run.stdout, /^5 problems fixed, \d+ problems? left$/m);
      assert.match(run.stdout, /placeholder-text/);
      const after = readFileSync(join(root, 'everyday.posting.yaml'), 'utf8');
      for (const comment of ['# the hiring manager chose it', '# first day', '# meant as core'])
        assert.ok(after.includes(comment), comment);
      assert.match(after, /^ {2}background: /m);
      assert.match(after, /^target_start_date: 2025-01-01 # first day$/m);
      assert.match(after, /^ {2}monitoring_and_progress_controls:$/m);
      const left = JSON.parse(posting_lint(['--format', 'json', 'everyday.posting.yaml'], { cwd: root }).stdout) as {
        problems: Problem[];
      }[];
      assert.deepEqual([...new Set(left[0].problems.map((p) => p.code))], ['placeholder-text']);
    });

    it('a clean run ends with a one-line summary, in Japanese for --locale ja', () => {
      const root = workspace({ 'a.posting.yaml': seed, 'b.posting.yaml': seed, 'c.posting.yaml': seed });
      const run = posting_lint(['a.posting.yaml', 'b.posting.yaml', 'c.posting.yaml'], { cwd: root });
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '✔ 3 postings, no problems\n');
      assert.equal(posting_lint(['a.posting.yaml'], { cwd: root }).stdout, '✔ 1 posting, no problems\n');
      assert.equal(posting_lint(['a.posting.yaml', '--locale', 'ja'], { cwd: root }).stdout, '✔ 1件のポスティング、問題なし\n');
    });

    it('leaves a file without safe fixes byte for byte as it was', () => {
      const root = workspace({ 'dates.posting.yaml': deadlineAfterStart });
      assert.equal(posting_lint(['--fix', 'dates.posting.yaml'], { cwd: root }).status, 1);
      assert.equal(readFileSync(join(root, 'dates.posting.yaml'), 'utf8'), deadlineAfterStart);
    });

    it('refuses to rewrite standard input (exit 2)', () => {
      const run = posting_lint(['--fix', '-'], { input: seed });
      assert.equal(run.status, 2);
      assertCleanFailure(run.stderr, /--fix cannot rewrite standard input/);
    });
  });

  describe('.postingrc.yaml', () => {
    it('honours the nearest config file: its rule severities decide the exit code', () => {
      const root = workspace({
        '.postingrc.yaml': 'rules:\n  deadline-after-start: warning\n',
        'team/dates.posting.yaml': deadlineAfterStart,
      });
      const run = posting_lint(['--format', 'json', 'team/dates.posting.yaml'], { cwd: root });
      assert.equal(run.status, 0, run.stderr);
      assert.deepEqual(
        JSON.parse(run.stdout)[0].problems.map((p: Problem) => `${p.code}:${p.severity}`),
        ['deadline-after-start:warning'],
      );
    });

    it('--config names a config file; a missing one is exit 2', () => {
      const root = workspace({ 'off.yaml': 'rules:\n  deadline-after-start: "off"\n', 'dates.posting.yaml': deadlineAfterStart });
      assert.equal(posting_lint(['--config', 'off.yaml', 'dates.posting.yaml'], { cwd: root }).status, 0);
      const missing = posting_lint(['--config', 'absent.yaml', 'dates.posting.yaml'], { cwd: root });
      assert.equal(missing.status, 2);
      assertCleanFailure(missing.stderr, /--config absent\.yaml: no such file/);
    });

    it('a broken config is reported with its position and fails the run (exit 2)', () => {
      const root = workspace({ '.postingrc.yaml': 'rules: [1\n', 'clean.posting.yaml': seed });
      const run = posting_lint(['clean.posting.yaml'], { cwd: root });
      assert.equal(run.status, 2);
      assertCleanFailure(run.stderr, /\.postingrc\.yaml:1:\d+: error/);
    });
  });
});
