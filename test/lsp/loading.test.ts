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
describe('the server loads what it uses, when it first uses it (stdio)', function () {
  this.timeout(60_000);
  let client: LspClient;
  let folder: string;
  let listFile: string;

  /** Node's modules and the files the server's thread has loaded so far. */
  async function loaded(): Promise<{ builtins: string[]; files: string[] }> {
    const pid = await client.request<number>(pidRequest.method, null);
    rmSync(listFile, { force: true });
    process.kill(pid, 'SIGUSR2');
    for (let waited = 0; !existsSync(listFile) && waited < 10_000; waited += 20) await new Promise((r) => setTimeout(r, 20));
    return JSON.parse(readFileSync(listFile, 'utf8')) as { builtins: string[]; files: string[] };
  }

  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'posting-loading-'));
    listFile = join(folder, 'loaded.json');
    client = await LspClient.start({
      env: { POSTING_TEST_LOADED_MODULES: listFile },
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

  it('the schema validators are loaded on the first check on this thread (a hover), not for the worker’s checks', async () => {
    const validators = (files: string[]) => files.filter((file) => basename(file) === 'validators.js');
    assert.deepEqual(validators((await loaded()).files), []);
    await client.request('textDocument/hover', {
      textDocument: { uri: 'file:///work/loading.posting.yaml' },
      position: { line: 0, character: 1 },
    });
    assert.equal(validators((await loaded()).files).length, 1);
  });

  it('the importer is loaded on the first posting/import, not before', async () => {
    const importer = (files: string[]) => files.filter((file) => basename(file) === 'importer.js');
    assert.deepEqual(importer((await loaded()).files), []);
    await client.request('posting/import', { text: readFileSync(seed000SourcePath, 'utf8') });
    assert.equal(importer((await loaded()).files).length, 1);
  });
});
