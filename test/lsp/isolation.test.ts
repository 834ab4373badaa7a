import { strict as assert } from 'assert';
import { LspClient } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';

/**
 * Issue 15, "isolate the checks": a document's check runs in a worker under the postingStudio.checkTimeout budget.
 * The server's own thread answers hover and the other documents meanwhile; a check over its budget is stopped and its
 * document gets one check-timeout diagnostic, never stale results and never silence.
 */
describe('checks run off the server’s thread, under a time budget (stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;
  const seed = readSeed();
  // About 10 MB of one word in one duty (the size limit raised for it): several seconds of parsing and wording rules
  // on this project's machines, so a budget of 1 s is spent long before the check ends, with room for a hover.
  const runaway = `title: Runaway\nduties:\n  - "${'lead '.repeat(2_000_000)}"\n`;
  const budgetSeconds = 1;

  before(async () => {
    client = await LspClient.start({ configuration: { checkTimeout: budgetSeconds, maxFileSize: 12_000_000 } });
  });
  after(async () => {
    assert.equal(client.exitCode, null, 'the server is still running');
    await client.stop();
  });

  it('a hover on document B is answered while A’s runaway check runs; A then gets one check-timeout diagnostic', async () => {
    const b = 'file:///work/isolation-b.posting.yaml';
    const a = 'file:///work/isolation-a.posting.yaml';
    assert.ok((await client.open(b, seed)).every((d) => d.code !== 'check-timeout'));

    const order: string[] = [];
    const aPublished = client.nextDiagnostics(a, 30_000).then((params) => {
      order.push('A diagnostics');
      return params;
    });
    await client.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri: a, languageId: 'yaml', version: 1, text: runaway },
    });
    // A request answered by the server means it has read the didOpen above (messages are handled in order).
    await client.request<number>('posting/pid', null);
    const line = seed.split('\n').findIndex((l) => l.startsWith('title:'));
    const hover = await client.request<{ contents: unknown } | null>('textDocument/hover', {
      textDocument: { uri: b },
      position: { line, character: 1 },
    });
    order.push('B hover');
    assert.ok(hover && hover.contents, 'the hover on B has an answer');

    const { diagnostics } = await aPublished;
    assert.deepEqual(order, ['B hover', 'A diagnostics']);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['check-timeout'],
    );
    assert.match(diagnostics[0].message, /took too long to check \(more than 1 s\)/);
    assert.deepEqual(diagnostics[0].range.start, { line: 0, character: 0 });
  });

  it('after a stopped check, the next text of the document is checked normally (a fresh worker, no stale timeout)', async () => {
    const a = 'file:///work/isolation-a.posting.yaml';
    const diagnostics = await client.change(a, seed.replace('title:', 'titel:'));
    assert.ok(diagnostics.length > 0);
    assert.ok(diagnostics.every((d) => d.code !== 'check-timeout'));
    assert.ok(diagnostics.some((d) => d.code === 'unknown-field'));
    const info = await client.request<{ isPosting: boolean; problemCount?: number }>('posting/info', { uri: a });
    assert.equal(info.problemCount, diagnostics.length);
  });

  it('the status bar’s posting/info of a runaway document answers too: the timeout is its one problem', async () => {
    const c = 'file:///work/isolation-c.posting.yaml';
    const diagnostics = await client.open(c, runaway);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['check-timeout'],
    );
    const info = await client.request<{ isPosting: boolean; problemCount?: number }>('posting/info', { uri: c });
    assert.equal(info.problemCount, 1);
    await client.close(c);
  });
});

describe('the check time budget is the postingStudio.checkTimeout setting', function () {
  this.timeout(60_000);
  it('in Japanese, with the budget in seconds', async () => {
    // 20 ms: no machine sends 2 MB to a worker, parses and checks it that fast.
    const client = await LspClient.start({ configuration: { checkTimeout: 0.02 }, locale: 'ja' });
    try {
      const diagnostics = await client.open(
        'file:///work/isolation-ja.posting.yaml',
        `title: T\nduties:\n  - "${'lead '.repeat(390_000)}"\n`,
      );
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['check-timeout'],
      );
      assert.match(diagnostics[0].message, /0\.02秒超/);
    } finally {
      await client.stop();
    }
  });
});
