import { strict as assert } from 'assert';
import fc from 'fast-check';
import { TextDocument, type Position } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';
import { fullCollection } from '../../server/src/lsp/idleCollection';
import { compactTexts, EditedDocument, type BaseEdit } from '../../server/src/lsp/editedDocument';

/** The text a worker rebuilds from a base it holds and the edit it is sent. */
function rebuilt({ base, edit }: BaseEdit): string {
  return edit ? base.slice(0, edit.start) + edit.inserted + base.slice(edit.end) : base;
}

function inside(document: TextDocument, range: { start: Position; end: Position }): { start: Position; end: Position } {
  const last = document.lineCount - 1;
  const at = ({ line, character }: Position) => ({ line: Math.min(line, last), character });
  return { start: at(range.start), end: at(range.end) };
}

// A dash (two bytes a character in V8, about one in UTF-8), kana (three in UTF-8) and a lone surrogate (none in UTF-8):
// what compacting a text (compactTexts) must keep or leave alone.
const piece = fc.constantFrom('a', 'b', ' ', '\n', '\r\n', '\r', 'é', 'x y', '\u3042', '\u2014', '\ud800');
const text = fc.array(piece, { maxLength: 40 }).map((pieces) => pieces.join(''));
const position = fc.record({ line: fc.integer({ min: -1, max: 12 }), character: fc.integer({ min: -1, max: 14 }) });
const change: fc.Arbitrary<TextDocumentContentChangeEvent> = fc.oneof(
  { weight: 12, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text }) },
  // Typing: one character at a time at one place, the editor's usual stream.
  { weight: 6, arbitrary: fc.record({ range: position.map((at) => ({ start: at, end: at })), text: piece }) },
  // A paste longer than what an edit of a base keeps.
  { weight: 1, arbitrary: fc.record({ range: fc.record({ start: position, end: position }), text: fc.constant('z\n'.repeat(2100)) }) },
  { weight: 1, arbitrary: fc.record({ text }) },
);

describe('EditedDocument: incremental changes without copying the whole text per key', () => {
  it('reads as the library document after every change of random edit streams', () => {
    fc.assert(
      fc.property(
        text,
        fc.array(fc.array(change, { minLength: 1, maxLength: 3 }), { maxLength: 25 }),
        fc.array(position, { minLength: 4, maxLength: 4 }),
        fc.array(fc.boolean(), { minLength: 26, maxLength: 26 }),
        (initial, updates, probes, compactions) => {
          const expected = TextDocument.create('file:///a.posting.yaml', 'yaml', 1, initial);
          const actual = new EditedDocument('file:///a.posting.yaml', 'yaml', 1, initial);
          let version = 1;
          // Compacted when idle, before its first change or after any (a text packed, then edited or read).
          if (compactions[0]) compactTexts([actual]);
          for (const [index, generated] of updates.entries()) {
            version++;
            // Ranges inside the document, as an editor sends them (the library's own line offsets go wrong for a line
            // past the end); characters past a line's end are kept: both clamp them.
            // Each range is clamped to the text its change applies to: the one after the changes before it.
            const changes: TextDocumentContentChangeEvent[] = [];
            for (const one of generated) {
              const clamped = 'range' in one ? { ...one, range: inside(expected, one.range) } : one;
              TextDocument.update(expected, [clamped], version);
              changes.push(clamped);
            }
            actual.update(changes, version);
            if (compactions[index + 1]) compactTexts([actual]);
            // Read in a varying order: offsets before the text, so that line offsets kept without the text are used.
            for (const probe of probes) assert.equal(actual.offsetAt(probe), expected.offsetAt(probe));
            assert.equal(actual.lineCount, expected.lineCount);
            assert.equal(actual.version, version);
            assert.equal(actual.getText(), expected.getText());
            assert.equal(actual.length, expected.getText().length);
            assert.equal(rebuilt(actual.baseEdit()), expected.getText());
            for (let offset = -1; offset <= expected.getText().length + 1; offset++) {
              assert.deepEqual(actual.positionAt(offset), expected.positionAt(offset));
            }
            for (let line = -1; line <= expected.lineCount; line++) {
              assert.deepEqual(actual.getLineRange(line), expected.getLineRange(line));
              assert.equal(actual.getEOLCharacters(line), expected.getEOLCharacters(line));
            }
            const range = { start: probes[0], end: probes[1] };
            assert.equal(actual.getText(range), expected.getText(range));
          }
        },
      ),
      { numRuns: 400 },
    );
  });

  it('keeps one base while an author types and deletes at one place, and the edit is only what was typed', () => {
    const base = 'title: A\nbackground: >\n  Our team works here.\nduties:\n  - Lead.\n'.repeat(50);
    const document = new EditedDocument('file:///b.posting.yaml', 'yaml', 1, base);
    const first = document.baseEdit().baseId;
    const line = 2;
    let character = 6;
    let version = 1;
    for (const key of 'and with the support of ') {
      document.update([{ range: { start: { line, character }, end: { line, character } }, text: key }], ++version);
      character++;
    }
    for (let i = 0; i < 4; i++) {
      document.update([{ range: { start: { line, character: character - 1 }, end: { line, character } }, text: '' }], ++version);
      character--;
    }
    const { baseId, edit } = document.baseEdit();
    assert.equal(baseId, first);
    assert.deepEqual(edit, { start: base.indexOf('Our team') + 4, end: base.indexOf('Our team') + 4, inserted: 'and with the support' });
    // Typing elsewhere starts a new base, with that key as its edit.
    document.update([{ range: { start: { line: 0, character: 7 }, end: { line: 0, character: 7 } }, text: 'n' }], ++version);
    const after = document.baseEdit();
    assert.notEqual(after.baseId, first);
    assert.deepEqual(after.edit, { start: 7, end: 7, inserted: 'n' });
    assert.equal(rebuilt(after), document.getText());
  });

  it('compacts the texts of idle documents written with a character beyond Latin-1 to about half their memory', () => {
    const collect = fullCollection();
    assert.ok(collect, "V8's gc is at hand");
    // 200 open postings of about 9,000 characters with a dash in each, flat strings as a message's JSON makes them (two
    // bytes a character in V8, 3.5 MB in all).
    const text = (i: number) => `title: Posting ${i} \u2014 Associate\n${'duties:\n  - Lead the team.\n'.repeat(320)}`;
    let documents = Array.from(
      { length: 200 },
      (_, i) => new EditedDocument(`file:///${i}.posting.yaml`, 'yaml', 1, JSON.parse(JSON.stringify(text(i))) as string),
    );
    collect();
    const before = process.memoryUsage().heapUsed;
    compactTexts(documents);
    collect();
    const saved = (before - process.memoryUsage().heapUsed) / 1048576;
    // One byte a character as UTF-8 (the dash takes three): 1.8 MB less. Left as they were, nothing.
    assert.ok(saved > 1.4, `the heap fell by ${saved.toFixed(2)} MB`);
    assert.equal(documents[7].getText(), text(7));
    assert.deepEqual(documents[7].positionAt(40), { line: 2, character: 3 });
    documents = [];
  });
});
