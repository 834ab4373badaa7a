import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
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

describe('language versions over LSP (stdio): the posting a translation names gets the differences too', function () {
  this.timeout(60_000);
  let client: LspClient | undefined;
  let folder: string;
  const uri = (name: string) => pathToFileURL(join(folder, name)).toString();
  const translation = `translation_of: ../en/posting.posting.yaml\n${newer}`;
  type Related = { location: { uri: string; range: { start: { line: number } } }; message: string };
  const relatedOf = (diagnostic: unknown) => (diagnostic as { relatedInformation?: Related[] }).relatedInformation ?? [];

  beforeEach(() => {
    folder = mkdtempSync(join(tmpdir(), 'posting-languages-'));
    mkdirSync(join(folder, 'en'));
    mkdirSync(join(folder, 'ja'));
    writeFileSync(join(folder, 'en', 'posting.posting.yaml'), seed);
    writeFileSync(join(folder, 'ja', 'posting.posting.yaml'), translation);
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
    rmSync(folder, { recursive: true, force: true });
  });
  const start = (configuration: unknown = {}, locale?: string) =>
    LspClient.start({ configuration, locale, workspaceFolders: [{ uri: pathToFileURL(folder).toString(), name: 'postings' }] });

  it('the English posting, open, gets translated-version-differs pointing at the Japanese file’s lines; both directions once', async () => {
    client = await start();
    const diagnostics = await client.open(uri('en/posting.posting.yaml'), seed);
    const differs = diagnostics.filter((diagnostic) => diagnostic.code === 'translated-version-differs');
    assert.deepEqual(differs.map((diagnostic) => diagnostic.message).sort(), [
      'A translation of this posting (../ja/posting.posting.yaml) differs: Deadline for Applications: 2024-11-08 here, 2024-11-15 there',
      'A translation of this posting (../ja/posting.posting.yaml) differs: Duties: 6 items here, 7 there',
    ]);
    const lines = seed.split('\n');
    const deadline = differs.find((diagnostic) => diagnostic.message.includes('Deadline'));
    assert.equal(
      deadline?.range.start.line,
      lines.findIndex((line) => line.startsWith('deadline:')),
    );
    const [related] = relatedOf(deadline);
    assert.equal(related.location.uri, uri('ja/posting.posting.yaml'));
    assert.equal(
      related.location.range.start.line,
      translation.split('\n').findIndex((line) => line.startsWith('deadline:')),
    );
    assert.equal(related.message, 'Deadline for Applications in ../ja/posting.posting.yaml');
    assert.ok(!diagnostics.some((diagnostic) => diagnostic.code === 'translation-differs'), 'the English file names no translation');

    // The Japanese file, open too: its own warnings (translation-differs) point back at the English file.
    const ja = await client.open(uri('ja/posting.posting.yaml'), translation);
    const back = ja.filter((diagnostic) => diagnostic.code === 'translation-differs');
    assert.equal(back.length, 2, JSON.stringify(ja));
    assert.ok(!ja.some((diagnostic) => diagnostic.code === 'translated-version-differs'), 'not reported twice on one side');
    assert.ok(back.every((diagnostic) => relatedOf(diagnostic)[0]?.location.uri === uri('en/posting.posting.yaml')));
  });

  it('the preview’s checklist counts the translation’s differences on the reviewer line', async () => {
    client = await start();
    await client.open(uri('en/posting.posting.yaml'), seed);
    const result = await client.request<{ content: string }>('posting/render', {
      uri: uri('en/posting.posting.yaml'),
      format: 'html',
      checklist: true,
    });
    const reviewer = /<li class="(readiness-\w+)" data-check="reviewer">.*?<\/li>/.exec(result.content);
    assert.equal(reviewer?.[1], 'readiness-todo', result.content.slice(0, 800));
    assert.match(reviewer?.[0] ?? '', /2 to fix: translated-version-differs/);
  });

  it('editing the open translation checks the English posting again, against the unsaved buffer', async () => {
    client = await start();
    await client.open(uri('en/posting.posting.yaml'), seed);
    await client.open(uri('ja/posting.posting.yaml'), translation);
    await client.change(uri('ja/posting.posting.yaml'), translation.replace('deadline: 2024-11-15', 'deadline: 2024-11-08'));
    // The English posting is published again (a recheck from opening the translation may come first, and either may be
    // published before this line runs): wait for the publication that reflects the edit.
    const differsOf = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'translated-version-differs');
    const differs = differsOf(
      await client.diagnosticsUntil(uri('en/posting.posting.yaml'), (diagnostics) => differsOf(diagnostics).length < 2),
    );
    assert.deepEqual(
      differs.map((diagnostic) => diagnostic.message),
      ['A translation of this posting (../ja/posting.posting.yaml) differs: Duties: 6 items here, 7 there'],
    );
  });

  it('a translation changed on disk (a file event) checks the open English posting again; a new translation is found', async () => {
    client = await start();
    const english = uri('en/posting.posting.yaml');
    const differs = (diagnostics: Diagnostic[]) => diagnostics.filter((diagnostic) => diagnostic.code === 'translated-version-differs');
    assert.equal(differs(await client.open(english, seed)).length, 2);
    /** The English posting's diagnostics once the server has published them after a file event (a few publishes at most). */
    const afterEvent = async (changes: { uri: string; type: number }[], until: (found: Diagnostic[]) => boolean) => {
      const next = client!.nextDiagnostics(english);
      await client!.connection.sendNotification('workspace/didChangeWatchedFiles', { changes });
      let found = differs((await next).diagnostics);
      for (let publishes = 1; publishes < 3 && !until(found); publishes++)
        found = differs((await client!.nextDiagnostics(english)).diagnostics);
      return found;
    };
    writeFileSync(join(folder, 'ja', 'posting.posting.yaml'), translation.replace('deadline: 2024-11-15', 'deadline: 2024-11-08'));
    const fixed = await afterEvent([{ uri: uri('ja/posting.posting.yaml'), type: 2 }], (found) => found.length === 1);
    assert.deepEqual(
      fixed.map((diagnostic) => diagnostic.message),
      ['A translation of this posting (../ja/posting.posting.yaml) differs: Duties: 6 items here, 7 there'],
    );
    // A second translation appears: the server reads it at once and checks the English posting again.
    writeFileSync(
      join(folder, 'fr.posting.yaml'),
      `translation_of: en/posting.posting.yaml\n${seed.replace('deadline: 2024-11-08', 'deadline: 2024-12-01')}`,
    );
    const more = await afterEvent([{ uri: uri('fr.posting.yaml'), type: 1 }], (found) => found.length === 2);
    assert.ok(
      more.some((diagnostic) => diagnostic.message.startsWith('A translation of this posting (../fr.posting.yaml) differs: Deadline')),
      JSON.stringify(more.map((diagnostic) => diagnostic.message)),
    );
  });

  it('posting/compareCandidates: the job description in based_on first, then the other language version, then the rest', async () => {
    mkdirSync(join(folder, 'jd'));
    writeFileSync(join(folder, 'jd', 'associate.posting.yaml'), seed);
    writeFileSync(join(folder, 'another.posting.yaml'), seed);
    const based = `based_on: ../jd/associate.posting.yaml\n${translation}`;
    client = await start();
    await client.open(uri('ja/posting.posting.yaml'), based);
    type Candidate = { uri: string; label: string; reason: string };
    const fromJapanese = await client.request<Candidate[]>('posting/compareCandidates', { uri: uri('ja/posting.posting.yaml') });
    assert.deepEqual(
      fromJapanese.map(({ label, reason }) => [label, reason]),
      [
        ['../jd/associate.posting.yaml', 'based_on'],
        ['../en/posting.posting.yaml', 'translation_of'],
        ['../another.posting.yaml', 'workspace'],
      ],
    );
    assert.equal(fromJapanese[0].uri, uri('jd/associate.posting.yaml'));
    // From the English side, which names nothing: its translation first (found in the workspace), then the rest.
    await client.open(uri('en/posting.posting.yaml'), seed);
    const fromEnglish = await client.request<Candidate[]>('posting/compareCandidates', { uri: uri('en/posting.posting.yaml') });
    assert.deepEqual(
      fromEnglish.map(({ label, reason }) => [label, reason]),
      [
        ['../ja/posting.posting.yaml', 'translated_by'],
        ['../another.posting.yaml', 'workspace'],
        ['../jd/associate.posting.yaml', 'workspace'],
      ],
    );
  });

  it('the workspace check publishes the related-file diagnostics of closed files, on both sides, in Japanese', async () => {
    writeFileSync(join(folder, 'ja', 'based.posting.yaml'), `based_on: ../en/posting.posting.yaml\n${newer}`);
    client = await start({ checkWorkspace: false }, 'ja');
    const published = new Map<string, Diagnostic[]>();
    client.onDiagnostics((params) => published.set(params.uri, params.diagnostics));
    await client.request('posting/checkWorkspace', null);
    const codes = (name: string) => (published.get(uri(name)) ?? []).map((diagnostic) => String(diagnostic.code));
    assert.deepEqual(
      codes('en/posting.posting.yaml').filter((code) => code.includes('differs')),
      ['translated-version-differs', 'translated-version-differs'],
    );
    assert.deepEqual(
      codes('ja/posting.posting.yaml').filter((code) => code.includes('differs')),
      ['translation-differs', 'translation-differs'],
    );
    assert.deepEqual(
      codes('ja/based.posting.yaml').filter((code) => code.includes('differs') || code.includes('classified')),
      ['classified-field-changed'],
    );
    const english = published.get(uri('en/posting.posting.yaml')) ?? [];
    assert.ok(
      english.some(
        (diagnostic) =>
          diagnostic.message === 'この求人の翻訳版（../ja/posting.posting.yaml）と異なります：職務：こちらは6項目、翻訳版は7項目',
      ),
      JSON.stringify(english.map((diagnostic) => diagnostic.message)),
    );
  });
});
