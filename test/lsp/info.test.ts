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
  });

  it('says a YAML file that is not a posting is not one', async () => {
    const uri = 'file:///work/docker-compose.yml';
    await client.open(uri, 'services: {}\n');
    assert.deepEqual(await client.request<PostingInfo>('posting/info', { uri }), { isPosting: false });
  });

  it('treats an untitled document filled from a template as a posting, with no problems', async () => {
    const snippets = JSON.parse(readFileSync(resolve(__dirname, '../../snippets/posting.code-snippets'), 'utf8')) as Record<
      string,
      { prefix: string; body: string[] }
    >;
    const template = Object.values(snippets).find((s) => s.prefix === 'posting-jpo')!;
    const uri = 'untitled:Untitled-1';
    const diagnostics = await client.open(uri, `${expandSnippet(template.body.join('\n'))}\n`);
    assert.deepEqual(diagnostics, []);
    const info = await client.request<PostingInfo>('posting/info', { uri });
    assert.deepEqual(info, { isPosting: true, profile: { id: 'jpo', title: info.profile?.title }, problemCount: 0 });
  });
});
