import { strict as assert } from 'assert';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../helpers/lspClient';

/** Issue 15: a .postingrc.yaml that cannot be read is not silently ignored in the editor (the CLI says so on stderr). */
describe('an unreadable .postingrc.yaml over LSP (stdio)', function () {
  this.timeout(60_000);
  let folder: string;
  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'posting-unreadable-config-'));
    // Larger than the editor's maxFileSize below: a regular file that is not read.
    writeFileSync(join(folder, '.postingrc.yaml'), `rules:\n  long-sentence: off\n${'# padding\n'.repeat(300)}`);
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  for (const [locale, pattern] of [
    ['en', /^The project settings file \.postingrc\.yaml cannot be read \(too large .*\); this posting is checked without it$/],
    ['ja', /^プロジェクト設定ファイル \.postingrc\.yaml を読めません（.+）。この求人はその設定なしでチェックしています$/],
  ] as const) {
    it(`the posting gets one config-unreadable warning on its first line (${locale}), besides its own problems`, async () => {
      const client = await LspClient.start({ configuration: { maxFileSize: 1000 }, locale });
      try {
        const uri = pathToFileURL(join(folder, `job-${locale}.posting.yaml`)).href;
        const diagnostics = await client.open(uri, 'title: Programme Officer\n');
        const unreadable = diagnostics.filter((d) => d.code === 'config-unreadable');
        assert.equal(unreadable.length, 1, JSON.stringify(diagnostics.map((d) => d.code)));
        assert.match(unreadable[0].message, pattern);
        assert.deepEqual(unreadable[0].range.start, { line: 0, character: 0 });
        assert.ok(
          diagnostics.some((d) => d.code === 'missing-sections'),
          'the posting itself is still checked',
        );
      } finally {
        await client.stop();
      }
    });
  }
});
