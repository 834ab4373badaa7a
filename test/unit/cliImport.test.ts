import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { seed000SourcePath } from '../helpers/seeds';

const cli = resolve(__dirname, '../../dist/cli.js');
const seed000 = seed000SourcePath;
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

describe('posting-lint --import', () => {
  it('prints the posting YAML and names on standard error what the text lacks', () => {
    const result = run('--import', seed000);
    assert.equal(result.status, 0);
    assert.match(result.stdout, /^# posting\n/);
    assert.match(result.stdout, /^title: Protection Associate$/m);
    assert.match(result.stderr, /not in the text, add with --set: duty_station=…/);
  });

  it('writes a file with --set and -o that posting-lint then passes', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'import-')), 'protection-associate.posting.yaml');
    assert.equal(run('--import', seed000, '--set', 'duty_station=Tokyo', '-o', out).status, 0);
    assert.match(readFileSync(out, 'utf8'), /^duty_station: Tokyo$/m);
    const lint = run(out);
    assert.equal(lint.status, 0, lint.stdout + lint.stderr);
    assert.equal(lint.stdout, '✔ 1 posting, no problems\n');
  });

  it('rejects a --set without a field name, and a missing file, in one line with exit 2', () => {
    assert.equal(run('--import', seed000, '--set', 'Tokyo').status, 2);
    const missing = run('--import', '/no/such/file.txt');
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr.trim().split('\n').length, 1);
  });
});
