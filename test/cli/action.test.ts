import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { parse } from 'yaml';
import { replaceOnce } from '../helpers/edit';
import { readSeed } from '../helpers/seeds';
import { posting_lint, workspace } from './run';

const root = resolve(__dirname, '../..');

interface ActionStep {
  id?: string;
  name?: string;
  if?: string;
  uses?: string;
  run?: string;
  shell?: string;
  env?: Record<string, string>;
  with?: Record<string, string>;
}

const action = parse(readFileSync(join(root, 'action.yml'), 'utf8')) as {
  inputs: Record<string, { default?: string }>;
  runs: { using: string; steps: ActionStep[] };
};
const steps = action.runs.steps;
const lintStep = steps.find((step) => step.id === 'lint')!;

/** The inputs as GitHub passes them to the step: its `env:` with each `${{ inputs.x }}` replaced by the input's value. */
function stepEnvironment(inputs: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  for (const [name, expression] of Object.entries(lintStep.env ?? {})) {
    const input = /^\$\{\{ inputs\.([\w-]+) \}\}$/.exec(expression)?.[1];
    assert.ok(input && input in action.inputs, `${name}: ${expression}`);
    env[name] = inputs[input] ?? action.inputs[input].default ?? '';
  }
  return env;
}

interface ActionRun {
  status: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  sarif?: { runs: { results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
}

/**
 * Runs the action's lint step as GitHub does (`bash -eo pipefail` on the script, in the repository's folder, with the
 * runner's files), against the posting-lint built into dist/ (which the action's first step builds with npm ci).
 */
function runAction(cwd: string, inputs: Record<string, string> = {}): ActionRun {
  const runner = mkdtempSync(join(tmpdir(), 'posting-action-'));
  const script = join(runner, 'step.sh');
  writeFileSync(script, lintStep.run!);
  const files = { GITHUB_OUTPUT: join(runner, 'output'), GITHUB_STEP_SUMMARY: join(runner, 'summary.md') };
  for (const file of Object.values(files)) writeFileSync(file, '');
  const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', script], {
    cwd,
    encoding: 'utf8',
    timeout: 60_000,
    env: { ...process.env, ...stepEnvironment(inputs), ...files, GITHUB_ACTION_PATH: root, RUNNER_TEMP: runner },
  });
  const outputs = Object.fromEntries(
    readFileSync(files.GITHUB_OUTPUT, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)]),
  );
  const sarifFile = outputs['sarif-file'];
  let sarif: ActionRun['sarif'];
  try {
    sarif = sarifFile ? (JSON.parse(readFileSync(sarifFile, 'utf8')) as ActionRun['sarif']) : undefined;
  } catch {
    sarif = undefined;
  }
  return {
    status: result.status,
    stdout: result.stdout,
    stderr: result.stderr,
    outputs,
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    sarif,
  };
}

describe('GitHub Action (action.yml): its command line, run as the runner runs it', function () {
  this.timeout(90_000);
  const seed = readSeed();
  const broken = replaceOnce(seed, 'hardship_level: H', 'hardship_level: Z');

  it('is a composite action: builds, lints, uploads SARIF for code scanning, then fails on problems', () => {
    assert.equal(action.runs.using, 'composite');
    assert.deepEqual(
      steps.map((step) => step.uses?.replace(/@.*/, '') ?? step.id ?? step.name),
      ['Build posting-lint', 'lint', 'github/codeql-action/upload-sarif', 'Fail on problems'],
    );
    assert.match(steps[0].run!, /^npm ci\b/);
    const upload = steps[2];
    assert.equal(upload.with?.sarif_file, '${{ steps.lint.outputs.sarif-file }}');
    assert.match(upload.if!, /inputs\.upload-sarif == 'true'/);
    assert.equal(steps[3].run, 'exit ${{ steps.lint.outputs.exit-code }}');
  });

  it('a repository with a broken posting: the log lists it, SARIF and the job summary have it, exit code 1', () => {
    const repo = workspace({ 'postings/ok.posting.yaml': seed, 'postings/team/broken.posting.yaml': broken, 'README.md': '# postings' });
    const run = runAction(repo);
    // The step itself passes so the upload still runs; the last step fails the job with the recorded code.
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.outputs['exit-code'], '1');
    // In colour: GitHub's log shows ANSI colours.
    const bold = '\u001b[1m';
    assert.ok(run.stdout.startsWith(`${bold}postings/team/broken.posting.yaml:8:17`), run.stdout);
    assert.match(run.stdout, /Hardship Level must be one of/);
    const results = run.sarif!.runs[0].results;
    assert.deepEqual(
      results.map((result) => [result.ruleId, result.locations[0].physicalLocation.artifactLocation.uri]),
      [['not-in-list', 'postings/team/broken.posting.yaml']],
    );
    assert.match(run.summary, /^### posting-lint\n\n✖ 1 problem \(1 error\) in 1 of 2 postings checked\./);
    assert.match(
      run.summary,
      /\| postings\/team\/broken\.posting\.yaml:8 \| error \| Hardship Level must be one of H, A, B, C, D, E, U \| `not-in-list` \|/,
    );
  });

  it('a clean repository, with no *.tor.yaml at all (the default globs), passes with a summary that says so', () => {
    const run = runAction(workspace({ 'a.posting.yaml': seed }));
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.outputs['exit-code'], '0');
    // The runner's log is coloured (--color): the summary line in green.
    assert.equal(
      run.stdout.split('\u001b[32m').join('').split('\u001b[0m').join(''),
      '✔ 1 posting, no problems\n',
      'the one-line clean summary',
    );
    assert.deepEqual(run.sarif!.runs[0].results, []);
    assert.equal(run.summary, '### posting-lint\n\n✔ No problems (1 posting checked).\n');
  });

  it('inputs: files, max-severity, locale and a baseline reach posting-lint', () => {
    const repo = workspace({ 'drafts/a.posting.yaml': broken, 'other/b.posting.yaml': broken });
    const ja = runAction(repo, { files: 'drafts/*.posting.yaml', locale: 'ja' });
    assert.equal(ja.outputs['exit-code'], '1');
    assert.deepEqual(
      ja.sarif!.runs[0].results.map((result) => result.locations[0].physicalLocation.artifactLocation.uri),
      ['drafts/a.posting.yaml'],
    );
    assert.doesNotMatch(ja.stdout, /Hardship Level must be/);
    assert.match(ja.stdout, /[\u3040-\u30ff\u4e00-\u9fff]/);

    assert.equal(posting_lint(['--baseline', 'baseline.json', '--update-baseline', 'drafts/*.posting.yaml'], { cwd: repo }).status, 0);
    const known = runAction(repo, { files: 'drafts/*.posting.yaml', baseline: 'baseline.json' });
    assert.equal(known.outputs['exit-code'], '0', known.stdout + known.stderr);
    assert.deepEqual(known.sarif!.runs[0].results, []);

    const missingBaseline = runAction(repo, { files: 'drafts/*.posting.yaml', baseline: 'nope.json' });
    assert.equal(missingBaseline.outputs['exit-code'], '2');
    assert.match(missingBaseline.stderr, /--baseline nope\.json: no such file/);
  });
});

describe('pre-commit hook (.pre-commit-hooks.yaml)', function () {
  this.timeout(60_000);
  const hooks = parse(readFileSync(join(root, '.pre-commit-hooks.yaml'), 'utf8')) as {
    id: string;
    entry: string;
    language: string;
    files: string;
  }[];
  const hook = hooks.find((candidate) => candidate.id === 'posting-lint')!;
  const packageJson = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { bin: Record<string, string> };

  it('selects postings by name, and runs the package bin on the staged files pre-commit passes', () => {
    assert.equal(hook.language, 'node');
    assert.ok(hook.entry in packageJson.bin, hook.entry);
    const files = new RegExp(hook.files);
    assert.deepEqual(
      ['a.posting.yaml', 'dir/b.posting.yml', 'c.tor.yaml', 'docker-compose.yml', 'notes.yaml', 'a.posting.yaml.bak'].filter((name) =>
        files.test(name),
      ),
      ['a.posting.yaml', 'dir/b.posting.yml', 'c.tor.yaml'],
    );
    // pre-commit runs `entry [args] file…` in the repository's root.
    const repo = workspace({
      'a.posting.yaml': readSeed(),
      'dir/b.posting.yml': replaceOnce(readSeed(), 'hardship_level: H', 'hardship_level: Z'),
    });
    const bin = resolve(root, packageJson.bin[hook.entry]);
    assert.equal(posting_lint(['a.posting.yaml'], { cwd: repo }, bin).status, 0);
    const failing = posting_lint(['a.posting.yaml', 'dir/b.posting.yml'], { cwd: repo }, bin);
    assert.equal(failing.status, 1);
    assert.match(failing.stdout, /dir\/b\.posting\.yml:8:17/);
  });

  it('npm pack (how pre-commit installs it) ships the built posting-lint', () => {
    const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    assert.equal(pack.status, 0, pack.stderr);
    const [{ files }] = JSON.parse(pack.stdout) as { files: { path: string }[] }[];
    const paths = files.map((file) => file.path);
    assert.ok(paths.includes(packageJson.bin[hook.entry]), paths.join(', '));
    assert.ok(!paths.some((path) => path.startsWith('node_modules/') || path.startsWith('test/')), paths.join(', '));
  });
});
