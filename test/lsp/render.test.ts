import { strict as assert } from 'assert';
import JSZip from 'jszip';
import { replaceOnce } from '../helpers/edit';
import { LspClient } from '../helpers/lspClient';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { islamabadPosting } from '../helpers/islamabad';
import { fileUri, lica6SeedPath, readSeed } from '../helpers/seeds';

interface RenderResult {
  content: string;
  version: number;
  placeholders?: { headline: string; warnings: { line: number; character: number; message: string }[] };
  refused?: { code: string; message: string }[];
  notes?: { code: string; message: string }[];
}

describe('posting/render over LSP (stdio)', function () {
  let client: LspClient;
  const seed = readSeed();
  const uri = fileUri(lica6SeedPath);

  before(async () => {
    client = await LspClient.start();
    await client.open(uri, seed);
  });
  after(async () => {
    await client.stop();
  });

  it('renders the open document as the HTML body the preview shows', async () => {
    const result = await client.request<RenderResult>('posting/render', { uri, format: 'html' });
    assert.equal(result.version, 1);
    assert.match(result.content, /^<article class="posting"/);
    assert.match(result.content, /<h1 data-line="\d+">Protection Associate<\/h1>/);
    assert.doesNotMatch(result.content, /<!DOCTYPE/);
  });

  it('renders a standalone page on request', async () => {
    const result = await client.request<RenderResult>('posting/render', { uri, format: 'html', standalone: true });
    assert.match(result.content, /^<!DOCTYPE html>/);
  });

  it('follows edits: the version and the text of the latest change', async () => {
    const edited = replaceOnce(seed, 'title: Protection Associate', 'title: Senior Protection Associate');
    await client.change(uri, edited);
    const result = await client.request<RenderResult>('posting/render', { uri, format: 'txt' });
    assert.equal(result.version, 2);
    const markdown = await client.request<RenderResult>('posting/render', { uri, format: 'md' });
    assert.match(markdown.content, /^# Senior Protection Associate$/m);
    await client.change(uri, seed);
  });

  it('sends .docx as base64', async () => {
    const result = await client.request<RenderResult>('posting/render', { uri, format: 'docx' });
    const zip = await JSZip.loadAsync(Buffer.from(result.content, 'base64'));
    assert.match(await zip.file('word/document.xml')!.async('string'), /Monitoring and Progress Controls/);
  });

  it('JSON-LD is a JobPosting', async () => {
    const result = await client.request<RenderResult>('posting/render', { uri, format: 'jsonld' });
    assert.equal((JSON.parse(result.content) as { '@type': string })['@type'], 'JobPosting');
  });

  it('JSON-LD for publishing goes through the gate: an expired deadline is refused until the author confirms', async () => {
    const refused = await client.request<RenderResult>('posting/render', { uri, format: 'jsonld', publish: {} });
    assert.equal(refused.content, '');
    assert.deepEqual(
      refused.refused?.map((finding) => finding.code),
      ['deadline-passed'],
    );
    assert.match(refused.refused?.[0].message ?? '', /The deadline \(2024-11-08\) has passed/);
    assert.ok(refused.notes?.some((note) => note.code === 'jsonld-recommended-missing' && /directApply/.test(note.message)));
    const forced = await client.request<RenderResult>('posting/render', { uri, format: 'jsonld', publish: { force: true } });
    assert.equal(forced.refused, undefined);
    assert.equal((JSON.parse(forced.content) as { title: string }).title, 'Protection Associate');
  });

  it('JSON-LD for publishing without an organisation is refused whatever the author answers', async () => {
    const bareUri = 'file:///work/bare.posting.yaml';
    await client.open(bareUri, seed.replace(/^organization: .*\n/m, ''));
    const result = await client.request<RenderResult>('posting/render', { uri: bareUri, format: 'jsonld', publish: { force: true } });
    assert.equal(result.content, '');
    assert.deepEqual(
      result.refused?.map((finding) => finding.code),
      ['jsonld-required-missing'],
    );
    assert.match(result.refused?.[0].message ?? '', /lacks hiringOrganization.*fill in organization/);
  });

  it('the preview body with checklist: the "Ready to publish?" header first, from the open text', async () => {
    const result = await client.request<RenderResult>('posting/render', { uri, format: 'html', checklist: true });
    const [header, body] = result.content.split('</header>\n');
    assert.match(header, /^<header class="readiness" data-ready="false">/);
    assert.equal((header.match(/<li /g) ?? []).length, 8);
    assert.match(header, /<li class="readiness-todo" data-check="deadline">.*2024-11-08 has passed/);
    assert.match(header, /<li class="readiness-ok" data-check="jsonld">/);
    assert.match(body, /^<article/);
    const plain = await client.request<RenderResult>('posting/render', { uri, format: 'html' });
    assert.doesNotMatch(plain.content, /readiness/, 'without checklist (and in exports) no header');
  });

  it('answers an error for an unknown format or a document that is not open, and keeps serving', async () => {
    await assert.rejects(client.request('posting/render', { uri, format: 'pdf' }), /Unknown format pdf/);
    await assert.rejects(client.request('posting/render', { uri: 'file:///nowhere.posting.yaml', format: 'html' }), /is not open/);
    const result = await client.request<RenderResult>('posting/render', { uri, format: 'txt' });
    assert.match(result.content, /^Protection Associate\n(.*\n)*Hardship Level/);
  });

  it('renders a broken document without failing', async () => {
    const brokenUri = 'file:///work/broken.posting.yaml';
    await client.open(brokenUri, 'title: "unclosed\nterms_of_reference: [');
    const result = await client.request<RenderResult>('posting/render', { uri: brokenUri, format: 'html' });
    assert.match(result.content, /<article/);
  });

  it("an export follows the project's date format and names the placeholders still in the posting", async () => {
    const folder = mkdtempSync(join(tmpdir(), 'posting-render-'));
    try {
      writeFileSync(join(folder, '.postingrc.yaml'), 'dateFormat: dd/MM/yyyy\n');
      const text = islamabadPosting({ 'terms_of_reference.background': 'Write the background here: the office and its context.' });
      const path = join(folder, 'islamabad.posting.yaml');
      writeFileSync(path, text);
      await client.open(fileUri(path), text);
      const exported = await client.request<RenderResult>('posting/render', { uri: fileUri(path), format: 'txt', standalone: true });
      assert.match(exported.content, /^Deadline for Applications: 10\/02\/2025$/m);
      const line = text.split('\n').findIndex((l) => l.includes('Write the background here'));
      assert.ok(exported.placeholders, 'the export names its placeholders');
      assert.match(exported.placeholders.headline, /placeholder/);
      assert.deepEqual(
        exported.placeholders.warnings.map((warning) => warning.line),
        [line],
      );
      assert.match(exported.placeholders.warnings[0].message, /Background still has placeholder text/);
      const finished = await client.request<RenderResult>('posting/render', { uri, format: 'txt', standalone: true });
      assert.equal(finished.placeholders, undefined, 'a finished posting exports without a warning');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
