import { strict as assert } from 'assert';
import { join } from 'path';
import { Worker } from 'worker_threads';
import { replaceOnce } from '../helpers/edit';
import { LspClient, type Position } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';
import { checkPosting, defaultSettings } from '../../server/src/engine';
import { summaryOf, type BaseCheckRequest, type CheckReply, type MissingBaseReply } from '../../server/src/lsp/checkPool';

/** The position of `offset` in `text`, as an editor names it. */
function positionOf(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length - 1, character: offset - (before.lastIndexOf('\n') + 1) };
}

// Findings after the place typed in: on its line (their characters shift with each key), later in the paragraph
// and in a later one.
const seed = replaceOnce(
  replaceOnce(
    replaceOnce(readSeed(), 'the Protection Associate will', 'the Protection Associate (TBD) will'),
    '    (MoJ). Japan has',
    '    (MoJ). TBD. Japan has',
  ),
  'exclusively under the Immigration',
  'exclusively under the TBD Immigration',
);

/**
 * The server keeps an open document as a base and an edit of it (lsp/editedDocument.ts), and sends its check worker
 * the edit alone when the worker holds the base (lsp/checkPool.ts). Over LSP, with the editor's incremental changes,
 * every version must be checked as a fresh open of the same text is.
 */
describe('incremental changes over LSP: the edit sent to the worker, not the text', function () {
  let client: LspClient;
  let counter = 0;
  const freshUri = () => `file:///work/incremental-${++counter}.posting.yaml`;

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  /** Applies [from, to) → `inserted` to the document's text and over LSP; the diagnostics equal a fresh open's. */
  async function edit(uri: string, text: string, from: number, to: number, inserted: string, what: string): Promise<string> {
    const range = { start: positionOf(text, from), end: positionOf(text, to) };
    const next = text.slice(0, from) + inserted + text.slice(to);
    const typed = await client.changeRange(uri, range, inserted);
    assert.deepEqual(typed, await client.open(freshUri(), next), what);
    return next;
  }

  it('keys, deletions, typing elsewhere, line breaks and a long paste: each version as a fresh check', async () => {
    const uri = freshUri();
    let text = seed;
    assert.deepEqual(await client.open(uri, text), await client.open(freshUri(), text));
    let at = text.indexOf('comes almost exclusively') + 'comes almost'.length;
    for (const key of ' supportive aggressive') {
      text = await edit(uri, text, at, at, key, `key ${JSON.stringify(key)}`);
      at++;
    }
    for (let i = 0; i < 3; i++) {
      text = await edit(uri, text, at - 1, at, '', 'a deletion');
      at--;
    }
    // Deletions and a replacement reaching back into the text before the keys and on past them.
    text = await edit(uri, text, at - 12, at, '', 'a deletion into the text before the keys');
    at -= 12;
    text = await edit(uri, text, at - 4, at + 9, 'is ', 'a selection replaced across the place typed in');
    at -= 1;
    // Another place: the document starts from a new base.
    const title = text.indexOf('title:') + 'title: '.length;
    text = await edit(uri, text, title, title, 'Senior ', 'typing in the title');
    // A line break inside the paragraph, then a YAML break and its mend.
    text = await edit(uri, text, at, at, '\n    ', 'a line break');
    text = await edit(uri, text, title, title, '[', 'an edit that breaks the YAML');
    text = await edit(uri, text, title, title + 1, '', 'its mend');
    // A paste longer than an edit of a base keeps, then a key after it.
    const duties = text.indexOf('duties:');
    text = await edit(uri, text, duties, duties, 'notes: |\n' + '  We support the team.\n'.repeat(300), 'a long paste');
    text = await edit(uri, text, duties + 5, duties + 5, 'x', 'a key after the paste');
  });

  it('typing in more documents than a worker keeps the bases of, in turn: each version as a fresh check', async () => {
    const uris = Array.from({ length: 6 }, freshUri);
    const texts = uris.map((_, i) => replaceOnce(seed, 'title: ', `title: ${i} `));
    for (const [i, uri] of uris.entries()) await client.open(uri, texts[i]);
    const at = texts.map((text) => text.indexOf('comes almost exclusively') + 'comes almost'.length);
    for (const key of ' man') {
      for (const i of uris.keys()) {
        texts[i] = await edit(uris[i], texts[i], at[i], at[i], key, `document ${i}, key ${JSON.stringify(key)}`);
        at[i]++;
      }
    }
  });
});

describe('the check worker and the bases it holds', function () {
  let worker: Worker;
  const replies: (CheckReply | MissingBaseReply)[] = [];
  let ready: Promise<void>;
  before(() => {
    worker = new Worker(join(__dirname, '../../dist/checkWorker.js'), { workerData: { warmUpChecks: 0 } });
    ready = new Promise((resolve) => {
      worker.on('message', (message: { ready: true } | CheckReply | MissingBaseReply) => {
        if ('ready' in message) resolve();
        else replies.push(message);
      });
    });
  });
  after(() => worker.terminate());

  async function ask(request: BaseCheckRequest): Promise<CheckReply | MissingBaseReply> {
    await ready;
    worker.postMessage(request);
    while (!replies.some((reply) => reply.id === request.id)) await new Promise((resolve) => setTimeout(resolve, 5));
    return replies.find((reply) => reply.id === request.id) as CheckReply | MissingBaseReply;
  }

  it('asks for a base it does not hold, and checks the base it was sent with each edit of it', async () => {
    const base = seed;
    const settings = defaultSettings;
    // Two characters replaced by four, before a finding on the same line.
    const edit = { start: base.indexOf('exclusively'), end: base.indexOf('exclusively') + 2, inserted: 'TBD ' };
    const text = base.slice(0, edit.start) + edit.inserted + base.slice(edit.end);
    assert.ok(checkPosting(text).problems.length, 'a finding after the edit, whose range the edit moves');
    assert.deepEqual(await ask({ id: 1, key: 'a', settings, base: { id: 7, edit } }), { id: 1, missingBase: true });
    assert.deepEqual(await ask({ id: 2, key: 'a', settings, base: { id: 7, text: base } }), {
      id: 2,
      summary: summaryOf(checkPosting(base)),
    });
    assert.deepEqual(await ask({ id: 3, key: 'a', settings, base: { id: 7, edit } }), { id: 3, summary: summaryOf(checkPosting(text)) });
    // Another base of the same document replaces it; the older one is asked for again.
    assert.deepEqual(await ask({ id: 4, key: 'a', settings, base: { id: 8, text } }), { id: 4, summary: summaryOf(checkPosting(text)) });
    assert.deepEqual(await ask({ id: 5, key: 'a', settings, base: { id: 7, edit } }), { id: 5, missingBase: true });
  });
});
