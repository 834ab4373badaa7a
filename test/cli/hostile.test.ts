import { strict as assert } from 'assert';
import { writeFileSync } from 'fs';
import { join } from 'path';
import { deepFlow } from '../helpers/hostile';
import { readSeed } from '../helpers/seeds';
import { posting_lint, workspace } from './run';

interface FileReport {
  file: string;
  problems: { code: string; message: string; line: number; column: number }[];
}

describe('posting-lint on hostile files', () => {
  it('reads a file with invalid UTF-8 bytes and a NUL as text and points at them; a runaway-nested file next to it', () => {
    const seed = Buffer.from(readSeed());
    const at = seed.indexOf('Tokyo') + 2;
    const root = workspace({ 'deep.posting.yaml': deepFlow(5000) });
    writeFileSync(
      join(root, 'bytes.posting.yaml'),
      Buffer.concat([seed.subarray(0, at), Buffer.from([0xff, 0xc3, 0x28, 0x00]), seed.subarray(at)]),
    );
    const run = posting_lint(['-f', 'json', join(root, 'bytes.posting.yaml'), join(root, 'deep.posting.yaml')]);
    assert.equal(run.status, 1, run.stderr); // the too-deep error fails the run; nothing crashed
    const reports = JSON.parse(run.stdout) as FileReport[];
    const bytes = reports.find((r) => r.file.endsWith('bytes.posting.yaml'))!;
    const line = readSeed().slice(0, at).split('\n').length;
    assert.deepEqual(
      bytes.problems.map((p) => [p.code, p.message, p.line]),
      [['invalid-character', 'Invalid character in the text: U+FFFD (the file is probably not valid UTF-8)', line]],
    );
    const deep = reports.find((r) => r.file.endsWith('deep.posting.yaml'))!;
    assert.deepEqual(
      deep.problems.map((p) => p.code),
      ['too-deep'],
    );
  });
});
