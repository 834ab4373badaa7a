import { strict as assert } from 'assert';
import { LspClient } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';
import { locate } from '../helpers/edit';

interface Range {
  start: { line: number; character: number };
  end: { line: number; character: number };
}
interface DocumentSymbol {
  name: string;
  detail?: string;
  range: Range;
  selectionRange: Range;
  children?: DocumentSymbol[];
}
interface SelectionRange {
  range: Range;
  parent?: SelectionRange;
}

describe('outline, folding and selection ranges over LSP', function () {
  let client: LspClient;
  const seed = readSeed();
  const uri = 'file:///work/outline.posting.yaml';

  before(async () => {
    client = await LspClient.start();
    await client.open(uri, seed);
  });
  after(async () => {
    await client.stop();
  });

  it('outlines the posting by section, under the template headings', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    const names = symbols.map((s) => s.name);
    assert.deepEqual(names.slice(0, 4), ['Profile', 'Title', 'Organization', 'Duty Station']);
    assert.ok(names.includes('Staff Member / Affiliate Type'));
    assert.ok(names.includes('Deadline for Applications'));
    const tor = symbols.find((s) => s.name === 'Terms of Reference')!;
    assert.deepEqual(
      tor.children!.map((s) => s.name),
      ['Background', 'Purpose and Scope of Assignment', 'Monitoring and Progress Controls', 'Qualifications and Experience'],
    );
    const qualifications = tor.children!.find((s) => s.name === 'Qualifications and Experience')!;
    const competencies = qualifications.children!.find((s) => s.name === 'Key Competencies')!;
    const core = competencies.children!.find((s) => s.name === 'Core competencies')!;
    assert.deepEqual(core.children!.map((s) => s.name).slice(0, 2), ['1. Accountability', '2. Communication']);
    assert.equal(symbols.find((s) => s.name === 'Title')!.detail, 'Protection Associate');
    // The section's range runs from its key to the end of its value; the selection is the key.
    assert.deepEqual(tor.selectionRange.start, locate(seed, 'terms_of_reference:'));
    assert.ok(tor.range.end.line >= locate(seed, 'language_skills:').line);
  });

  it('folds each multi-line section and the leading comment block', async () => {
    const ranges = await client.request<{ startLine: number; endLine: number; kind?: string }[]>('textDocument/foldingRange', {
      textDocument: { uri },
    });
    const tor = locate(seed, 'terms_of_reference:').line;
    const careers = locate(seed, 'careers_site:').line;
    assert.ok(ranges.some((r) => r.startLine === tor && r.endLine === careers - 1));
    assert.ok(ranges.some((r) => r.startLine === 0 && r.endLine === 1 && r.kind === 'comment'));
    assert.ok(ranges.every((r) => r.endLine > r.startLine));
  });

  it('selection grows from a value to its field, its section and the posting', async () => {
    const position = locate(seed, 'Senior Protection Officer');
    const [selection] = await client.request<SelectionRange[]>('textDocument/selectionRange', {
      textDocument: { uri },
      positions: [{ line: position.line, character: position.character + 3 }],
    });
    const chain: Range[] = [];
    for (let at: SelectionRange | undefined = selection; at; at = at.parent) chain.push(at.range);
    const lineOf = (r: Range) => [r.start.line, r.start.character, r.end.line, r.end.character];
    assert.deepEqual(lineOf(chain[0]), [position.line, position.character, position.line, position.character + 25]);
    assert.deepEqual(chain[1].start, locate(seed, 'supervisor:'));
    assert.deepEqual(chain[chain.length - 1].start, { line: 0, character: 0 });
    // Each range encloses the one before it.
    for (let i = 1; i < chain.length; i++) {
      const [inner, outer] = [chain[i - 1], chain[i]];
      const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
      assert.ok(before(outer.start, inner.start) && before(inner.end, outer.end), JSON.stringify(chain));
    }
  });
});
