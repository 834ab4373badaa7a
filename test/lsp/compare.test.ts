import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';

const seed = readSeed();
const newer = seed
  .replace('    duties:\n', '    duties:\n      - Draft the protection unit’s quarterly report for the Representative.\n')
  .replace('deadline: 2024-11-08', 'deadline: 2024-11-15')
  .replace('Completion of Bachelor’s degree.', 'Completion of Master’s degree.');

describe('versions over LSP (stdio): based_on / translation_of diagnostics and posting/compare', function () {
  let client: LspClient;
  let folder: string;
  const uri = (name: string) => pathToFileURL(join(folder, name)).toString();

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'posting-versions-'));
    writeFileSync(join(folder, 'jd.posting.yaml'), seed);
    client = await LspClient.start({ locale: 'ja' });
  });

  after(async () => {
    await client?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('based_on: the classified change is a warning on the field, in the editor’s language', async () => {
    const text = `based_on: jd.posting.yaml\n${newer}`;
    writeFileSync(join(folder, 'posting.posting.yaml'), text);
    const diagnostics = await client.open(uri('posting.posting.yaml'), text);
    const classified = diagnostics.filter((diagnostic) => diagnostic.code === 'classified-field-changed');
    assert.equal(classified.length, 1, JSON.stringify(diagnostics));
    assert.match(classified[0].message, /^学歴が元の職務記述書（jd\.posting\.yaml）と異なります：Completion of Bachelor’s degree\./);
    assert.equal(classified[0].severity, 2);
    const line = text.split('\n').findIndex((l) => /^ {4}education: >-/.test(l));
    assert.equal(classified[0].range.start.line, line);
  });

  it('translation_of: the differences are diagnostics; a missing file is named on the field', async () => {
    const text = `translation_of: jd.posting.yaml\n${newer}`;
    const diagnostics = await client.open(uri('ja.posting.yaml'), text);
    const differs = diagnostics.filter((diagnostic) => diagnostic.code === 'translation-differs').map((diagnostic) => diagnostic.message);
    assert.deepEqual(differs.sort(), [
      '翻訳元（jd.posting.yaml）と異なります：応募締切：こちらは2024-11-15、翻訳元は2024-11-08',
      '翻訳元（jd.posting.yaml）と異なります：職務：こちらは7項目、翻訳元は6項目',
    ]);
    const lost = await client.open(uri('lost.posting.yaml'), `translation_of: nowhere.posting.yaml\n${seed}`);
    const unreadable = lost.filter((diagnostic) => diagnostic.code === 'related-file-unreadable');
    assert.equal(unreadable.length, 1);
    assert.deepEqual(unreadable[0].range.start, { line: 0, character: 16 });
  });

  it('posting/compare: the open posting against a file on disk, as Markdown by section', async () => {
    await client.open(uri('v2.posting.yaml'), newer);
    const result = await client.request<{ markdown: string; changes: number }>('posting/compare', {
      uri: uri('v2.posting.yaml'),
      otherUri: uri('jd.posting.yaml'),
    });
    assert.equal(result.changes, 3);
    assert.match(result.markdown, /^# jd\.posting\.yaml から v2\.posting\.yaml への変更\n/);
    assert.match(result.markdown, /\n## 応募締切\n {2}~ 変更: “2024-11-08” → “2024-11-15”\n/);
    assert.match(result.markdown, /\n## 職務\n {2}\+ 追加: “Draft the protection unit’s quarterly report for the Representative\.”\n/);
    await assert.rejects(
      client.request('posting/compare', { uri: uri('v2.posting.yaml'), otherUri: uri('missing.posting.yaml') }),
      /missing\.posting\.yaml/,
    );
  });
});
