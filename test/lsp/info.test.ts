import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { replaceOnce } from '../helpers/edit';
import { LspClient } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';
import { expandSnippet } from '../helpers/snippetExpander';

interface PostingInfo {
  isPosting: boolean;
  profile?: { id: string; title: string };
  problemCount?: number;
  errorCount?: number;
}

describe('posting/info (the status bar) over LSP', function () {
  let client: LspClient;

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  it("gives a posting's profile and problem count", async () => {
    const uri = 'file:///work/info.posting.yaml';
    const text = replaceOnce(readSeed(), 'hardship_level: H', 'hardship_level: HH');
    const diagnostics = await client.open(uri, text);
    const info = await client.request<PostingInfo>('posting/info', { uri });
    assert.equal(info.isPosting, true);
    assert.equal(info.profile?.id, 'unops-ica');
    assert.equal(info.problemCount, diagnostics.length);
    assert.equal(info.problemCount, 1);
    assert.equal(diagnostics[0].severity, 1);
    assert.equal(info.errorCount, 1, 'an error: the status bar shows the error icon');
  });

  it('answers for the text as it is now, also between an edit and its check', async () => {
    const uri = 'file:///work/info-edited.posting.yaml';
    const broken = replaceOnce(readSeed(), 'hardship_level: H', 'hardship_level: HH');
    assert.equal((await client.open(uri, broken)).length, 1);
    const checked = client.nextDiagnostics(uri);
    // The fix arrives right after a check: the server holds its next check back, so this request comes first.
    await client.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version: 2 },
      contentChanges: [{ text: readSeed() }],
    });
    assert.equal((await client.request<PostingInfo>('posting/info', { uri })).problemCount, 0);
    assert.deepEqual((await checked).diagnostics, []);
    assert.equal((await client.request<PostingInfo>('posting/info', { uri })).problemCount, 0);
  });

  it('counts with new settings as soon as they arrive', async () => {
    const withoutPull = await LspClient.start({ initializationOptions: { settings: {} } });
    try {
      const uri = 'file:///work/info-settings.posting.yaml';
      const broken = replaceOnce(readSeed(), 'hardship_level: H', 'hardship_level: HH');
      await withoutPull.open(uri, broken);
      // A second, quick check just before the settings change: the server then holds back the check that follows it.
      const [problem] = await withoutPull.change(uri, `${broken}\n`);
      assert.equal((await withoutPull.request<PostingInfo>('posting/info', { uri })).problemCount, 1);
      await withoutPull.connection.sendNotification('workspace/didChangeConfiguration', {
        settings: { postingStudio: { rules: { [String(problem.code)]: 'off' } } },
      });
      assert.equal((await withoutPull.request<PostingInfo>('posting/info', { uri })).problemCount, 0);
    } finally {
      await withoutPull.stop();
    }
  });

  it('says a YAML file that is not a posting is not one', async () => {
    const uri = 'file:///work/docker-compose.yml';
    await client.open(uri, 'services: {}\n');
    assert.deepEqual(await client.request<PostingInfo>('posting/info', { uri }), { isPosting: false });
  });

  it('treats an untitled document filled from a template as a posting whose only problems are its placeholders', async () => {
    const snippets = JSON.parse(readFileSync(resolve(__dirname, '../../snippets/posting.code-snippets'), 'utf8')) as Record<
      string,
      { prefix: string; body: string[] }
    >;
    const template = Object.values(snippets).find((s) => s.prefix === 'posting-jpo')!;
    const uri = 'untitled:Untitled-1';
    const diagnostics = await client.open(uri, `${expandSnippet(template.body.join('\n'))}\n`);
    assert.ok(diagnostics.length > 0);
    assert.deepEqual([...new Set(diagnostics.map((d) => d.code))], ['placeholder-text']);
    const info = await client.request<PostingInfo>('posting/info', { uri });
    assert.deepEqual(info, {
      isPosting: true,
      profile: { id: 'jpo', title: info.profile?.title },
      problemCount: diagnostics.length,
      errorCount: diagnostics.length,
    });
  });
});
