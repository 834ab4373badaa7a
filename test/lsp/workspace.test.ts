import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import type { WorkspaceCheckResult } from '../../server/src/protocol';
import { LspClient } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';

const FileChanged = 2;
const FileDeleted = 3;

/** A posting with one mistake a reviewer sees at once: a hardship level the template does not have. */
const withMistake = readSeed().replace('hardship_level: H', 'hardship_level: Z');
const uriOf = (path: string) => pathToFileURL(path).href;

describe('workspace check over LSP (stdio): every posting in the Problems panel, open or not', function () {
  this.timeout(180_000);
  let folder: string;
  let client: LspClient | undefined;
  const postingCount = 300;
  const postingPath = (index: number) => join(folder, `team-${index % 7}`, `posting-${String(index).padStart(4, '0')}.posting.yaml`);

  before(() => {
    folder = mkdtempSync(join(tmpdir(), 'posting-workspace-'));
    for (let index = 0; index < postingCount; index++) {
      mkdirSync(join(folder, `team-${index % 7}`), { recursive: true });
      writeFileSync(postingPath(index), withMistake);
    }
    // Not postings, or not to be walked: other YAML, installed packages, hidden folders.
    writeFileSync(join(folder, 'team-0', 'ci.yaml'), 'steps: []\n');
    mkdirSync(join(folder, 'node_modules', 'pkg'), { recursive: true });
    writeFileSync(join(folder, 'node_modules', 'pkg', 'x.posting.yaml'), withMistake);
    mkdirSync(join(folder, '.history'));
    writeFileSync(join(folder, '.history', 'old.posting.yaml'), withMistake);
  });
  afterEach(async () => {
    await client?.stop();
    client = undefined;
  });
  after(() => rmSync(folder, { recursive: true, force: true }));

  const start = (checkWorkspace: boolean) =>
    LspClient.start({ configuration: { checkWorkspace }, workspaceFolders: [{ uri: uriOf(folder), name: 'postings' }] });

  it('the command checks every posting file, publishes its problems, and types at full speed meanwhile', async () => {
    client = await start(false);
    const published = new Map<string, string[]>();
    const order: string[] = [];
    client.onDiagnostics((params) => {
      published.set(
        params.uri,
        params.diagnostics.map((d) => String(d.code)),
      );
      order.push(params.uri);
    });
    const openUri = uriOf(join(folder, 'draft.posting.yaml'));
    let typed = -1;
    let answered = -1;
    // An author types in an open posting while the pass runs: after the pass has published 5 files.
    const typing = new Promise<void>((resolve, reject) => {
      client?.onDiagnostics((params) => {
        if (typed < 0 && order.length === 5) {
          typed = order.length;
          client?.open(openUri, withMistake.replace('hardship_level: Z', 'hardship_level: Q')).then(() => {
            answered = order.indexOf(openUri);
            resolve();
          }, reject);
        }
        void params;
      });
    });
    const result = await client.request<WorkspaceCheckResult>('posting/checkWorkspace', null);
    await typing;

    assert.equal(result.files, postingCount);
    assert.equal(result.filesWithProblems, postingCount);
    assert.equal(result.problems, postingCount);
    assert.deepEqual(result.skipped, []);
    assert.equal(result.truncated, false);
    for (let index = 0; index < postingCount; index++) {
      assert.deepEqual(published.get(uriOf(postingPath(index))), ['not-in-list'], `posting ${index}`);
    }
    assert.ok(!published.has(uriOf(join(folder, 'team-0', 'ci.yaml'))), 'other YAML is left alone');
    assert.ok(!published.has(uriOf(join(folder, 'node_modules', 'pkg', 'x.posting.yaml'))), 'node_modules is not walked');
    assert.ok(!published.has(uriOf(join(folder, '.history', 'old.posting.yaml'))), 'hidden folders are not walked');
    // The open posting's diagnostics came before the pass went on by more than a file or two: typing comes first.
    assert.ok(answered >= typed && answered <= typed + 3, `typed after ${typed} publications, answered at ${answered}`);
  });

  it('with the setting on, a closed posting keeps its problems, and a changed or deleted file is followed', async () => {
    const changed = postingPath(1);
    const deleted = postingPath(2);
    client = await start(true);
    const last = new Map<string, string[]>();
    client.onDiagnostics((params) =>
      last.set(
        params.uri,
        params.diagnostics.map((d) => String(d.code)),
      ),
    );
    // The setting's pass publishes every file; wait for the last one.
    await waitFor(() => last.size >= postingCount);
    assert.deepEqual(last.get(uriOf(changed)), ['not-in-list']);

    // Opened: the buffer's problems; closed again: the file's, not an empty list.
    const uri = uriOf(postingPath(3));
    assert.deepEqual(
      (await client.open(uri, readSeed())).map((d) => d.code),
      [],
    );
    const afterClose = client.nextDiagnostics(uri);
    await client.close(uri);
    assert.deepEqual(
      (await afterClose).diagnostics.map((d) => d.code),
      ['not-in-list'],
    );

    // Fixed on disk (by git, another editor, a script): the file watcher's event brings the new verdict.
    writeFileSync(changed, readSeed());
    const fixed = client.nextDiagnostics(uriOf(changed));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(changed), type: FileChanged }] });
    assert.deepEqual((await fixed).diagnostics, []);

    unlinkSync(deleted);
    const gone = client.nextDiagnostics(uriOf(deleted));
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(deleted), type: FileDeleted }] });
    assert.deepEqual((await gone).diagnostics, []);
    writeFileSync(deleted, withMistake);
    writeFileSync(changed, withMistake);
  });

  it('turning the setting off clears the problems of the postings that are not open', async () => {
    client = await start(true);
    const last = new Map<string, number>();
    client.onDiagnostics((params) => last.set(params.uri, params.diagnostics.length));
    await waitFor(() => last.size >= postingCount);
    assert.equal([...last.values()].filter((count) => count > 0).length, postingCount);
    client.setConfiguration({ checkWorkspace: false });
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    await waitFor(() => [...last.values()].every((count) => count === 0));
  });
});

async function waitFor(condition: () => boolean, timeoutMs = 120_000): Promise<void> {
  const started = Date.now();
  while (!condition()) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
