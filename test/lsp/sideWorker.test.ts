import { strict as assert } from 'assert';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { LspClient } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';
import { postingSymbols } from '../../server/src/engine';
import { toDocumentSymbol } from '../../server/src/lsp/symbols';

/**
 * The side workers (config loads; outline, folding, lenses, hover and completion of documents over 64 KB) end after a
 * while without a job, as a spare check worker does (each holds a copy of the engine), and start again on demand. The
 * server is told to retire them after 2 s (POSTING_SIDE_IDLE_MS) instead of 30 s; a worker thread of the server
 * process is one task in /proc/<pid>/task, so its end and its restart are seen there.
 */
describe('side workers retire when idle and start again on demand (stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;
  let threads: () => number;
  /** The server's thread count with no side worker running (found by the first test). */
  let baseline = Infinity;
  let project = '';
  const seed = readSeed();
  const paragraph = 'The office works with partners across the region on protection and durable solutions. ';
  const large = seed.replace(/^( {2}background: )>-?\n/m, `$1|\n${`    ${paragraph}\n`.repeat(900)}`);

  before(async function () {
    if (!existsSync('/proc/self/task')) this.skip(); // Linux only: the worker threads are counted in /proc
    // A project with a .postingrc.yaml at its root: the config worker starts at initialize to warm its YAML parser,
    // then retires when idle like any side worker; the thread counts below start once it has.
    project = mkdtempSync(join(tmpdir(), 'posting-side-project-'));
    writeFileSync(join(project, '.postingrc.yaml'), 'rules: {}\n');
    client = await LspClient.start({
      env: { POSTING_SIDE_IDLE_MS: '2000' },
      workspaceFolders: [{ uri: pathToFileURL(project).href, name: 'project' }],
    });
    const pid = await client.request<number>('posting/pid', null);
    threads = () => readdirSync(`/proc/${pid}/task`).length;
    // The warm-up starts once the folder's config is found (asynchronously), so its thread may not be there yet: the
    // count is compared with the highest seen, not with the first.
    let peak = threads();
    const settled = await threadsWhen((count) => (peak = Math.max(peak, count)) > count);
    assert.ok(settled < peak, `the config worker warmed up and retired (${peak} threads at most, then ${settled})`);
  });
  after(async () => {
    if (project) rmSync(project, { recursive: true, force: true });
    if (!client) return;
    assert.equal(client.exitCode, null, 'the server is still running');
    await client.stop();
  });

  /** Waits until `until` holds of the server's thread count (at most 20 s), and returns the count. */
  async function threadsWhen(until: (count: number) => boolean): Promise<number> {
    const deadline = Date.now() + 20_000;
    for (;;) {
      const count = threads();
      if (until(count) || Date.now() > deadline) return count;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  it("a large document's side worker ends when idle; the next outline starts a new one and is the same", async () => {
    assert.ok(large.length > 64 * 1024);
    const uri = 'file:///work/side-idle.posting.yaml';
    await client.open(uri, large);
    const textDocument = { uri };
    const first = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument });
    assert.ok(first.length > 0);
    const working = threads();
    const idle = await threadsWhen((count) => count < working);
    assert.ok(idle < working, `the side worker ended (${working} threads, then ${idle})`);
    baseline = idle;
    const again = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument });
    assert.deepEqual(again, first);
    const restarted = threads();
    assert.ok(restarted > idle, `a new side worker answered (${idle} threads, then ${restarted})`);
    await threadsWhen((count) => count <= idle); // it retires again
    await client.close(uri);
  });

  it('a short text of many lines (1,000 keys in 16 KB) is worked on in the side worker too, never on the server thread', async () => {
    const idle = await threadsWhen((count) => count <= baseline);
    const text = seed + Array.from({ length: 1000 }, (_, i) => `k${i}: x`).join('\n') + '\n';
    assert.ok(text.length < 24 * 1024 && text.split('\n').length > 1000);
    const uri = 'file:///work/side-lines.posting.yaml';
    await client.open(uri, text);
    const symbols = await client.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.deepEqual(symbols, JSON.parse(JSON.stringify(postingSymbols(text).map(toDocumentSymbol))));
    const working = threads();
    assert.ok(working > idle, `a side worker answered (${idle} threads, then ${working})`);
    await client.close(uri);
  });

  it("checks and side jobs run at a lower CPU priority than the server's thread (nice +5), so hovers come first", async () => {
    const pid = await client.request<number>('posting/pid', null);
    // Field 19 of /proc/<pid>/task/<tid>/stat, counted after the command name in parentheses.
    const niceOf = (tid: string) =>
      Number(
        readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
          .replace(/^.*\) /s, '')
          .split(' ')[16],
      );
    const uri = 'file:///work/side-nice.posting.yaml';
    await client.open(uri, large);
    await client.request('textDocument/documentSymbol', { textDocument: { uri } }); // the side worker runs now
    const main = niceOf(String(pid));
    const nice = readdirSync(`/proc/${pid}/task`).map(niceOf);
    // The check worker and the side worker; node's own helper threads keep the server's priority.
    assert.ok(nice.filter((n) => n === Math.min(19, main + 5)).length >= 2, `${main}: ${nice.join(' ')}`);
    await client.close(uri);
  });

  it("the config loader's worker ends when idle too; a .postingrc.yaml opened after that is loaded by a new one", async () => {
    const project = mkdtempSync(join(tmpdir(), 'posting-side-idle-'));
    try {
      const before = await threadsWhen((count) => count <= baseline);
      const config = (n: number) => pathToFileURL(join(project, `p${n}`, '.postingrc.yaml')).href;
      const expected = [['config-catalogue-unreadable', 1]];
      const first = await client.open(config(1), 'catalogues:\n  - missing.yaml\n');
      assert.deepEqual(
        first.map((d) => [d.code, d.range.start.line]),
        expected,
      );
      const during = threads();
      assert.ok(during > before, `a config worker started (${before} threads, then ${during})`);
      const idle = await threadsWhen((count) => count < during);
      assert.ok(idle < during, `the config worker ended (${during} threads, then ${idle})`);
      const second = await client.open(config(2), 'catalogues:\n  - missing.yaml\n');
      assert.deepEqual(
        second.map((d) => [d.code, d.range.start.line]),
        expected,
      );
    } finally {
      rmSync(project, { recursive: true, force: true });
    }
  });
});
