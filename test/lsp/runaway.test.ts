import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import fc from 'fast-check';
import { editorLines, framework, hostileConfig, hostileShape, implicitKeys, issueShape, rangeFault } from '../helpers/hostile';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';
import {
  completePosting,
  hoverPosting,
  postingFolding,
  postingSelectionRanges,
  postingSymbols,
  readabilityLenses,
  wordingBalanceLens,
} from '../../server/src/engine';
import { toDocumentSymbol, toFoldingRange, toSelectionRange } from '../../server/src/lsp/symbols';

/** Issue 15 over real LSP: runaway shapes, files that are no regular files, and every feature answering. */
describe('runaway input over LSP (stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;
  let serverPid: number;
  let counter = 0;
  const seed = readSeed();
  const freshUri = () => `file:///work/runaway-${++counter}.posting.yaml`;

  before(async () => {
    client = await LspClient.start();
    serverPid = await client.request<number>('posting/pid', null);
  });
  after(async () => {
    assert.equal(client.exitCode, null, 'the server is still running');
    await client.stop();
  });

  /** Every feature of one document answers with a result (never a raw error). */
  async function everyFeatureAnswers(uri: string): Promise<void> {
    const textDocument = { uri };
    const position = { line: 0, character: 1 };
    const answers = await Promise.all([
      client.request<unknown[]>('textDocument/codeLens', { textDocument }),
      client.request<unknown[]>('textDocument/documentSymbol', { textDocument }),
      client.request<unknown>('textDocument/hover', { textDocument, position }),
      client.request<unknown[]>('textDocument/foldingRange', { textDocument }),
      client.request<unknown>('textDocument/completion', { textDocument, position }),
      client.request<unknown>('posting/info', { uri }),
    ]);
    assert.ok(Array.isArray(answers[0]) && Array.isArray(answers[1]) && Array.isArray(answers[3]));
    assert.equal(await client.request<number>('posting/pid', null), serverPid);
  }

  it('2,000 compact implicit keys: one too-deep diagnostic, and codeLens, outline, hover, folding answer', async () => {
    const uri = freshUri();
    const diagnostics = await client.open(uri, implicitKeys(2000));
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['too-deep'],
    );
    await everyFeatureAnswers(uri);
    await client.close(uri);
  });

  it('a new text replaces the old diagnostics at once, however runaway (no stale results)', async () => {
    const uri = freshUri();
    assert.ok((await client.open(uri, seed.replace('title:', 'titel:'))).length > 0);
    assert.deepEqual(
      (await client.change(uri, implicitKeys(3000, '{', '}'))).map((d) => d.code),
      ['too-deep'],
    );
    await client.close(uri);
  });

  it('"lead " 20,000 times: at most 100 hints of the code and one summary, not 20,000 diagnostics', async () => {
    const uri = freshUri();
    const text = seed.replace('      - Perform other duties as required.', `      - ${'lead '.repeat(20_000)}`);
    const diagnostics = await client.open(uri, text);
    assert.equal(diagnostics.filter((d) => d.code === 'gender-coded-word').length, 100);
    const summaries = diagnostics.filter((d) => d.code === 'too-many-problems');
    assert.equal(summaries.length, 1);
    assert.match(summaries[0].message, /^…and 19,9\d\d more 'gender-coded-word' problems not shown$/);
    await client.close(uri);
  });

  it('a posting over 64 KB: its outline, folding, lenses, hover, completion and selection ranges (from the side worker) are those of the engine', async () => {
    const uri = freshUri();
    const paragraph = 'The office works with partners across the region on protection and durable solutions. ';
    const text = seed.replace(/^( {2}background: )>-?\n/m, `$1|\n${`    ${paragraph}\n`.repeat(900)}`);
    assert.ok(text.length > 64 * 1024, `${text.length}`);
    await client.open(uri, text);
    const textDocument = { uri };
    const [symbols, folding, lenses] = await Promise.all([
      client.request<unknown[]>('textDocument/documentSymbol', { textDocument }),
      client.request<unknown[]>('textDocument/foldingRange', { textDocument }),
      client.request<{ command: { title: string } }[]>('textDocument/codeLens', { textDocument }),
    ]);
    assert.deepEqual(symbols, JSON.parse(JSON.stringify(postingSymbols(text).map(toDocumentSymbol))));
    assert.deepEqual(folding, JSON.parse(JSON.stringify(postingFolding(text).map(toFoldingRange))));
    assert.deepEqual(
      lenses.map((lens) => lens.command.title),
      [wordingBalanceLens(text)?.title, ...readabilityLenses(text).map((lens) => lens.title)].filter(Boolean),
    );
    // Hover, completion and code actions of the large document come from the side worker too.
    const position = { line: text.split('\n').findIndex((line) => line.startsWith('title:')), character: 2 };
    const hover = await client.request<{ contents: { value: string } } | null>('textDocument/hover', { textDocument, position });
    assert.ok(hover, 'a hover on the title');
    assert.equal(hover.contents.value, hoverPosting(text, position)?.contents);
    const atKey = { line: position.line, character: 0 };
    const completion = await client.request<{ label: string }[]>('textDocument/completion', { textDocument, position: atKey });
    assert.ok(completion.length > 0, 'completions at a key');
    assert.deepEqual(
      completion.map((item) => item.label),
      completePosting(text, atKey).map((item) => item.label),
    );
    const selection = await client.request<unknown[]>('textDocument/selectionRange', { textDocument, positions: [position] });
    const offset = text.split('\n').slice(0, position.line).join('\n').length + 1 + position.character;
    assert.deepEqual(selection, JSON.parse(JSON.stringify(postingSelectionRanges(text, [offset]).map(toSelectionRange))));
    const range = { start: position, end: position };
    const actions = await client.request<unknown[]>('textDocument/codeAction', { textDocument, range, context: { diagnostics: [] } });
    assert.ok(Array.isArray(actions));
    await client.close(uri);
  });

  it('a .postingrc.yaml buffer naming a 500 KB catalogue 2,000 times is loaded (off the server thread) and checked', async () => {
    const project = mkdtempSync(join(tmpdir(), 'posting-bigconfig-'));
    try {
      writeFileSync(join(project, 'big.yaml'), framework(8000));
      const config = pathToFileURL(join(project, '.postingrc.yaml')).href;
      const diagnostics = await client.open(config, `catalogues:\n${'  - big.yaml\n'.repeat(2000)}  - missing.yaml\n`, 'yaml', 60_000);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.range.start.line]),
        [['config-catalogue-unreadable', 2001]],
      );
      await client.close(config);
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });

  it(`hostile shapes (${Number(process.env.POSTING_FUZZ_RUNS ?? 30)} cases; POSTING_FUZZ_RUNS=10000 for the full run): always an answer`, async function () {
    const runs = Number(process.env.POSTING_FUZZ_RUNS ?? 30);
    // A generous bound for the long opt-in runs on a loaded machine (a stall still fails each case at 60 s).
    this.timeout(Math.max(120_000, runs * 3000));
    // A project whose .postingrc.yaml names a FIFO, a link to /dev/zero and one 500 KB catalogue 2,000 times: postings
    // opened inside it load that config, and some cases open a hostile .postingrc.yaml buffer of their own there.
    const project = mkdtempSync(join(tmpdir(), 'posting-fuzz-'));
    execFileSync('mkfifo', [join(project, 'fifo.yaml')]);
    execFileSync('ln', ['-s', '/dev/zero', join(project, 'zero.yaml')]);
    const big = framework(8000);
    assert.ok(big.length > 500_000, `${big.length}`);
    writeFileSync(join(project, 'big.yaml'), big);
    writeFileSync(join(project, '.postingrc.yaml'), `catalogues:\n  - fifo.yaml\n  - zero.yaml\n${'  - big.yaml\n'.repeat(2000)}`);
    const where = fc.constantFrom('plain', 'project', 'config');
    const hostileCase = fc.oneof(
      fc.tuple(
        fc.oneof(hostileShape, issueShape(seed)),
        where.filter((w) => w !== 'config'),
      ),
      fc.tuple(hostileConfig('../'), fc.constant('config')),
    );
    let published = 0;
    let requests = 0;
    const started = Date.now();
    try {
      await fc.assert(
        fc.asyncProperty(hostileCase, async ([text, place]) => {
          const uri =
            place === 'plain'
              ? freshUri()
              : place === 'project'
                ? pathToFileURL(join(project, `case-${++counter}.posting.yaml`)).href
                : pathToFileURL(join(project, `config-${++counter}`, '.postingrc.yaml')).href;
          // A stall still fails (no answer in 60 s), a machine loaded by other work does not.
          const diagnostics: Diagnostic[] = await client.open(uri, text, 'yaml', 60_000);
          published++;
          if (process.env.POSTING_FUZZ_RUNS && published % 100 === 0) {
            console.log(
              `      … ${published} hostile cases answered, ${requests} requests, ${Math.round((Date.now() - started) / 1000)} s`,
            );
          }
          const lines = editorLines(text);
          for (const d of diagnostics) {
            assert.equal(rangeFault(lines, d.range), undefined, `${d.code} ${JSON.stringify(d.range)}`);
            assert.notEqual(d.code, 'internal-error', d.message);
          }
          const textDocument = { uri };
          const position = { line: 0, character: 1 };
          const answers = await Promise.all([
            client.request<unknown>('textDocument/documentSymbol', { textDocument }),
            client.request<unknown>('textDocument/hover', { textDocument, position }),
            client.request<unknown>('textDocument/codeLens', { textDocument }),
          ]);
          requests += 4;
          assert.ok(Array.isArray(answers[0]));
          await client.close(uri);
        }),
        { numRuns: runs, ...(process.env.POSTING_FUZZ_SEED ? { seed: Number(process.env.POSTING_FUZZ_SEED) } : {}) },
      );
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
    assert.equal(published, runs);
    assert.equal(await client.request<number>('posting/pid', null), serverPid);
    if (process.env.POSTING_FUZZ_RUNS) {
      console.log(
        `      ${runs} hostile cases over LSP, ${requests} requests: 0 crashes, 0 internal errors, ${Math.round((Date.now() - started) / 1000)} s`,
      );
    }
  });
});

describe('files that are no regular files, over LSP', function () {
  this.timeout(60_000);
  let project: string;
  let client: LspClient;
  const seed = readSeed();
  const uriOf = (path: string) => pathToFileURL(path).href;

  before(async () => {
    project = mkdtempSync(join(tmpdir(), 'posting-fifo-'));
    execFileSync('mkfifo', [join(project, 'fifo.yaml')]);
    execFileSync('ln', ['-s', '/dev/zero', join(project, 'zero.yaml')]);
    writeFileSync(join(project, '.postingrc.yaml'), 'catalogues:\n  - fifo.yaml\n  - zero.yaml\n');
    client = await LspClient.start({ configuration: {} });
  });
  after(async () => {
    await client.stop();
    rmSync(project, { recursive: true, force: true });
  });

  it('a catalogue that is a FIFO or a link to /dev/zero: the posting is checked, hover on it answers, the config says why', async () => {
    const posting = join(project, 'a.posting.yaml');
    writeFileSync(posting, seed);
    assert.deepEqual(await client.open(uriOf(posting), seed), []);
    const hover = await client.request<unknown>('textDocument/hover', {
      textDocument: { uri: uriOf(posting) },
      position: { line: 0, character: 1 },
    });
    assert.notEqual(hover, undefined);
    const configPath = join(project, '.postingrc.yaml');
    const config = await client.open(uriOf(configPath), 'catalogues:\n  - fifo.yaml\n  - zero.yaml\n');
    assert.deepEqual(
      config.map((d) => [d.code, d.message]),
      [
        ['config-catalogue-unreadable', "Cannot read the catalogue file 'fifo.yaml': a named pipe (FIFO), not a regular file"],
        ['config-catalogue-unreadable', "Cannot read the catalogue file 'zero.yaml': a device, not a regular file"],
      ],
    );
  });
});
