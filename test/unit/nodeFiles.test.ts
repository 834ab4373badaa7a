import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { readRegularFile } from '../../server/src/node/readFile';
import { rewriteIfUnchanged } from '../../server/src/node/writeFile';
import { loadConfigText } from '../../server/src/node/configFiles';

describe('node/readFile and node/writeFile: reading and writing a user’s files safely', () => {
  let root: string;
  before(() => (root = mkdtempSync(join(tmpdir(), 'posting-files-'))));
  after(() => rmSync(root, { recursive: true, force: true }));

  it('reads a regular file', async () => {
    writeFileSync(join(root, 'a.yaml'), 'title: x\n');
    assert.deepEqual(await readRegularFile(join(root, 'a.yaml'), 100), { text: 'title: x\n' });
  });

  it('refuses a FIFO without waiting for a writer, a device, a folder and a missing file, each with its reason', async () => {
    execFileSync('mkfifo', [join(root, 'fifo')]);
    symlinkSync('/dev/zero', join(root, 'zero'));
    mkdirSync(join(root, 'folder'));
    const kinds = await Promise.all(
      ['fifo', 'zero', 'folder', 'missing'].map(async (name) => {
        const read = await readRegularFile(join(root, name), 100);
        return 'failure' in read ? [read.failure.kind, read.failure.reason] : ['read', read.text];
      }),
    );
    assert.deepEqual(kinds, [
      ['not-a-file', 'a named pipe (FIFO), not a regular file'],
      ['not-a-file', 'a device, not a regular file'],
      ['directory', 'a folder, not a file'],
      ['missing', 'no such file'],
    ]);
  });

  it('checks the size: over 3 bytes a character unread, over the limit in characters after reading', async () => {
    writeFileSync(join(root, 'big'), 'x'.repeat(400));
    writeFileSync(join(root, 'wide'), 'x'.repeat(150));
    const big = await readRegularFile(join(root, 'big'), 100);
    const wide = await readRegularFile(join(root, 'wide'), 100);
    assert.ok('failure' in big && 'failure' in wide);
    assert.equal(big.failure.reason, 'too large (400 bytes; the limit is 100 characters, the maxFileSize setting)');
    assert.equal(wide.failure.reason, 'too large (150 characters; the limit is 100 characters, the maxFileSize setting)');
    assert.deepEqual(await readRegularFile(join(root, 'wide'), 100, { checkCharacters: false }), { text: 'x'.repeat(150) });
    // Japanese text: 3 bytes a character, within the limit in characters.
    writeFileSync(join(root, 'ja'), '日'.repeat(100));
    assert.deepEqual(await readRegularFile(join(root, 'ja'), 100), { text: '日'.repeat(100) });
  });

  it('rewriteIfUnchanged writes over the text it was given, and leaves a file edited meanwhile alone', async () => {
    const file = join(root, 'posting.yaml');
    writeFileSync(file, 'old\n');
    assert.deepEqual(await rewriteIfUnchanged(file, 'old\n', 'new\n'), { written: true });
    assert.equal(readFileSync(file, 'utf8'), 'new\n');
    writeFileSync(file, 'edited by the author\n');
    assert.deepEqual(await rewriteIfUnchanged(file, 'new\n', 'fixed\n'), { written: false, changed: true });
    assert.equal(readFileSync(file, 'utf8'), 'edited by the author\n');
  });
});

describe('node/configFiles: a catalogue named by many configs is parsed once while it is unchanged', () => {
  let root: string;
  before(() => (root = mkdtempSync(join(tmpdir(), 'posting-catalogues-'))));
  after(() => rmSync(root, { recursive: true, force: true }));
  const catalogue = (title: string) =>
    `id: shared\ntitle: ${title}\ngroups:\n  core:\n    title: Core\n    entries:\n      - name: Integrity\n`;

  it('two configs naming one file get the same parsed catalogue; a changed file is read and parsed again', async () => {
    writeFileSync(join(root, 'shared.yaml'), catalogue('First'));
    const config = 'catalogues:\n  - shared.yaml\n';
    const first = await loadConfigText(config, join(root, 'a', '..', '.postingrc.yaml'));
    const second = await loadConfigText(`${config}  - shared.yaml\n`, join(root, '.postingrc.yaml'));
    assert.equal(first.catalogues[0].title, 'First');
    assert.equal(second.catalogues[0], first.catalogues[0], 'the parse was kept, not made again');
    // A new size (and time): the stamp differs, so the file is read again.
    writeFileSync(join(root, 'shared.yaml'), catalogue('Second, edited'));
    const third = await loadConfigText(config, join(root, '.postingrc.yaml'));
    assert.equal(third.catalogues[0].title, 'Second, edited');
    assert.deepEqual(third.problems, []);
  });
});
