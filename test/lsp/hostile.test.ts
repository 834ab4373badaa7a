import { strict as assert } from 'assert';
import fc from 'fast-check';
import { rangeOf, replaceOnce } from '../helpers/edit';
import { aliasBomb, arbitraryText, arbitraryYaml, deepBlock, deepFlow, mutatedSeed, rangeFault } from '../helpers/hostile';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
import { allSeeds, readSeed } from '../helpers/seeds';

const summary = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.message]);

describe('hostile input over LSP (stdio): the server always answers', function () {
  this.timeout(60_000);
  let client: LspClient;
  let serverPid: number;
  const seed = readSeed();
  let counter = 0;
  const freshUri = () => `file:///work/hostile-${++counter}.posting.yaml`;

  /** Opens the text, checks every published range, closes it, and proves the same server process still answers. */
  async function survives(text: string): Promise<Diagnostic[]> {
    const uri = freshUri();
    const diagnostics = await client.open(uri, text);
    for (const d of diagnostics) assert.equal(rangeFault(text, d.range), undefined, `${d.code} ${JSON.stringify(d.range)}`);
    await client.close(uri);
    assert.equal(await client.request<number>('posting/pid', null), serverPid);
    return diagnostics;
  }

  before(async () => {
    client = await LspClient.start();
    serverPid = await client.request<number>('posting/pid', null);
  });
  after(async () => {
    assert.equal(client.exitCode, null, 'the server is still running');
    await client.stop();
  });

  it('arbitrary text, arbitrary YAML and seed mutations (600 documents)', async () => {
    const seeds = allSeeds().map((s) => s.text);
    const hostile = fc.oneof(arbitraryText, arbitraryYaml, mutatedSeed(seeds));
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => void (await survives(text))),
      { numRuns: 600 },
    );
  });

  // Its cost is `npm run bench`'s business; here: the bomb is refused, not expanded (expanding it would not finish).
  it('a YAML alias bomb: one alias-limit diagnostic', async () => {
    const diagnostics = await survives(aliasBomb());
    assert.deepEqual(summary(diagnostics), [
      ['alias-limit', 'Too many YAML aliases (*anchors) to expand safely; the posting was not checked'],
    ]);
  });

  it('a 10 MB file: one too-large diagnostic', async () => {
    const text = seed + '#' + 'x'.repeat(10_000_000) + '\n';
    const diagnostics = await survives(text);
    assert.deepEqual(summary(diagnostics), [['too-large', `File too large to check (${text.length} characters; the limit is 2000000)`]]);
  });

  for (const [name, text] of [
    ['flow', deepFlow(1000)],
    ['block', deepBlock(1000)],
  ] as const) {
    it(`1,000-deep ${name} nesting: one too-deep diagnostic`, async () => {
      assert.deepEqual(summary(await survives(text)), [['too-deep', 'Nesting is too deep to check (more than 64 levels)']]);
    });
  }

  it('NUL and U+FFFD (invalid UTF-8 decoded by the editor) arrive as a JS string and are pointed at', async () => {
    const text = replaceOnce(replaceOnce(seed, 'duty_station: Tokyo', 'duty_station: To\0kyo'), 'country: Japan', 'country: Ja\uFFFDpan');
    const diagnostics = await survives(text);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.range]),
      [
        ['invalid-character', rangeOf(text, '\0')],
        ['invalid-character', rangeOf(text, '\uFFFD')],
      ],
    );
  });

  it('CRLF line endings: the same diagnostics at the same ranges as LF', async () => {
    const lf = replaceOnce(replaceOnce(seed, '  background: >', '  backgroud: >'), 'duty_station: Tokyo', 'duty_station: "Tokyo');
    const fromLf = await survives(lf);
    const fromCrlf = await survives(lf.replace(/\n/g, '\r\n'));
    assert.ok(fromLf.length > 0);
    assert.deepEqual(
      fromCrlf.map((d) => [d.code, d.range]),
      fromLf.map((d) => [d.code, d.range]),
    );
  });

  it('a multi-document file: one multiple-documents warning', async () => {
    assert.deepEqual(
      (await survives(seed + '---\ntitle: second\n')).map((d) => d.code),
      ['multiple-documents'],
    );
  });

  it('an empty file: exactly one hint offering the template snippet', async () => {
    const diagnostics = await survives('');
    assert.equal(diagnostics.length, 1);
    assert.equal(diagnostics[0].code, 'empty-posting');
    assert.equal(diagnostics[0].severity, 4); // DiagnosticSeverity.Hint
    assert.match(diagnostics[0].message, /snippet/);
  });
});

describe('hostile input over LSP: the size limit is the maxFileSize setting', function () {
  it('a custom maxFileSize of 1000 rejects the seed as too large', async () => {
    const client = await LspClient.start({ configuration: { maxFileSize: 1000 } });
    try {
      const diagnostics = await client.open('file:///work/limited.posting.yaml', readSeed());
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['too-large'],
      );
      assert.match(diagnostics[0].message, /the limit is 1000\)$/);
    } finally {
      await client.stop();
    }
  });
});
