import { strict as assert } from 'assert';
import { mkdtempSync, readFileSync, rmSync, existsSync } from 'fs';
import { tmpdir } from 'os';
import { basename, join, resolve } from 'path';
import { pidRequest } from '../../server/src/protocol';
import { LspClient } from '../helpers/lspClient';
import { readSeed, seed000SourcePath } from '../helpers/seeds';

/**
 * What the server's thread loads, and when: code it may never run is loaded on first use, so a session that only
 * checks postings does not hold it (README › Performance). Read from the running server (test/helpers/loadedModules.cjs).
 */
/** The start of the dictionary words in schemas/wording/glued-words.json: a string of the server's heap once read. */
const gluedWordList = 'aardvark abandon abandoned';

describe('the server loads what it uses, when it first uses it (stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;
  let folder: string;
  let listFile: string;

  /** Node's modules and the files the server's thread has loaded so far. */
  async function loaded(): Promise<{ builtins: string[]; files: string[]; onHeap: Record<string, boolean> }> {
    const pid = await client.request<number>(pidRequest.method, null);
    rmSync(listFile, { force: true });
    process.kill(pid, 'SIGUSR2');
    for (let waited = 0; !existsSync(listFile) && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    return JSON.parse(readFileSync(listFile, 'utf8')) as { builtins: string[]; files: string[]; onHeap: Record<string, boolean> };
  }

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'posting-loading-'));
    listFile = join(folder, 'loaded.json');
    client = await LspClient.start({
      env: { POSTING_TEST_LOADED_MODULES: listFile, POSTING_TEST_HEAP_TEXTS: gluedWordList },
      nodeArgs: ['--require', resolve(__dirname, '../helpers/loadedModules.cjs')],
    });
  });
  after(async () => {
    await client.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('checking a posting loads neither crypto nor child_process, which only transports and helpers it never uses need', async () => {
    assert.deepEqual(await client.open('file:///work/loading.posting.yaml', readSeed()), []);
    const { builtins } = await loaded();
    // The list is the server's: the stdio transport's own module is in it.
    assert.ok(builtins.includes('net'), builtins.join(' '));
    assert.deepEqual(
      builtins.filter((name) => /^(?:crypto|child_process|internal\/crypto\/|internal\/child_process)/.test(name)),
      [],
    );
  });

  it('a check on this thread (a hover) loads the schema validators and builds the reviewer rules’ data; the worker’s checks do not', async () => {
    const validators = (files: string[]) => files.filter((file) => basename(file) === 'validators.js');
    const before = await loaded();
    assert.deepEqual(validators(before.files), []);
    // The glued-words rule's word list stands for the rules' data: built when their modules are first initialised.
    assert.deepEqual(before.onHeap, { [gluedWordList]: false });
    await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///work/loading.posting.yaml' },
      position: { line: 0, character: 1 },
    });
    const after = await loaded();
    assert.equal(validators(after.files).length, 1);
    assert.deepEqual(after.onHeap, { [gluedWordList]: true });
  });

  it('the importer is loaded on the first posting/import, not before', async () => {
    const importer = (files: string[]) => files.filter((file) => basename(file) === 'importer.js');
    assert.deepEqual(importer((await loaded()).files), []);
    await client.request('posting/import', { text: readFileSync(seed000SourcePath, 'utf8') });
    assert.equal(importer((await loaded()).files).length, 1);
  });
});
