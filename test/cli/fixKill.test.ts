import { strict as assert } from 'assert';
import { spawn, spawnSync } from 'child_process';
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join } from 'path';
import { cliPath, fixable, workspace } from './run';

/**
 * `--fix` killed with SIGKILL at a random moment leaves either the old file or the fixed one, whole: never an empty or
 * half-written file. npm test runs a few kills; `POSTING_KILL_RUNS=500 npx mocha test/cli/fixKill.test.ts` (after
 * npm run build) runs the 500.
 */
const runs = Number(process.env.POSTING_KILL_RUNS ?? 3);

/** A ~1.9 MB posting with one fixable problem: the seed with a long block of background. */
function bigFixable(): string {
  const paragraph = 'The office works with partners across the region on protection, registration and durable solutions. ';
  const background = Array.from({ length: 18_500 }, () => `    ${paragraph}`).join('\n');
  const text = fixable().replace(/^( {2}background: )>-?\n/m, `$1|\n${background}\n`);
  assert.ok(text.length > 1_800_000 && text.length < 2_000_000, `${text.length}`);
  return text;
}

describe(`posting-lint --fix killed with SIGKILL (${runs} runs)`, function () {
  this.timeout(Math.max(60_000, runs * 10_000));

  it('leaves the original file or the fixed file, never an empty or partial one', async () => {
    const original = bigFixable();
    const root = workspace({ 'big.posting.yaml': original });
    const file = join(root, 'big.posting.yaml');
    // One run to completion: the fixed text, and how long a run takes.
    const started = performance.now();
    const whole = spawnSync(process.execPath, [cliPath, '--fix', file], { encoding: 'utf8' });
    const duration = performance.now() - started;
    const fixed = readFileSync(file, 'utf8');
    assert.notEqual(fixed, original, whole.stderr);
    const outcomes = { original: 0, fixed: 0, empty: 0, partial: 0, finished: 0 };
    for (let i = 0; i < runs; i++) {
      writeFileSync(file, original);
      const child = spawn(process.execPath, [cliPath, '--fix', file], { stdio: 'ignore' });
      const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
      // Spread the kills over the whole run, weighted towards its end where the write happens.
      const delay = duration * Math.sqrt((i + Math.random()) / runs);
      const timer = setTimeout(() => child.kill('SIGKILL'), delay);
      if ((await exited) === 0 || child.exitCode !== null) outcomes.finished++;
      clearTimeout(timer);
      const after = readFileSync(file, 'utf8');
      if (after === original) outcomes.original++;
      else if (after === fixed) outcomes.fixed++;
      else if (after === '') outcomes.empty++;
      else outcomes.partial++;
    }
    const leftovers = readdirSync(root).filter((name) => name !== 'big.posting.yaml');
    if (process.env.POSTING_KILL_RUNS)
      console.log(`      ${JSON.stringify({ runs, ...outcomes, runMs: Math.round(duration), leftovers: leftovers.length })}`);
    assert.equal(outcomes.empty, 0, JSON.stringify(outcomes));
    assert.equal(outcomes.partial, 0, JSON.stringify(outcomes));
  });
});
