import { strict as assert } from 'assert';
import fc from 'fast-check';
import {
  actionsFor,
  applyEdits,
  checkPosting,
  completePosting,
  fixAllEdits,
  hoverPosting,
  LineIndex,
  postingFolding,
  postingSelectionRanges,
  postingSymbols,
} from '../../server/src/engine';
import { readSeed } from '../helpers/seeds';

/** Half-typed and broken postings: every authoring service answers, none throws. */
describe('authoring services on broken text', () => {
  const seed = readSeed();
  const lines = seed.split('\n');

  const mangled = fc
    .record({
      cut: fc.integer({ min: 0, max: seed.length }),
      length: fc.integer({ min: 0, max: 400 }),
      insert: fc.constantFrom(
        '',
        '- ',
        ':',
        '  ',
        '\t',
        '"',
        "'",
        '[',
        '{',
        '|\n',
        '>-\n',
        '&a ',
        '*a',
        '#',
        '\n-\n',
        'key: [1, {',
        '\r\n',
      ),
    })
    .map(({ cut, length, insert }) => seed.slice(0, cut) + insert + seed.slice(cut + length));

  it('completion, hover, outline, folding, selection and quick fixes never throw', () => {
    fc.assert(
      fc.property(mangled, fc.nat(), fc.nat(), (text, lineSeed, charSeed) => {
        const index = new LineIndex(text);
        const line = lineSeed % index.lineCount;
        const position = { line, character: charSeed % (index.lineText(line).length + 1) };
        completePosting(text, position, { today: '2026-01-15' });
        hoverPosting(text, position);
        postingSymbols(text);
        postingFolding(text);
        postingSelectionRanges(text, [index.offsetAt(position)]);
        actionsFor(text, checkPosting(text).problems, { today: '2026-01-15' });
      }),
      { numRuns: 60 },
    );
  });

  it('fix-all on a broken posting leaves it no worse', () => {
    const text = `${lines.slice(0, 40).join('\n')}\n  purpose_and_scope: [\n`;
    const before = checkPosting(text).problems.length;
    const edits = fixAllEdits(text);
    assert.ok(before >= 1 && edits.length <= 1);
    assert.ok(checkPosting(applyEdits(text, edits)).problems.length <= before);
  });
});
