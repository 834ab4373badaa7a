import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import fc from 'fast-check';
import { checkPosting, defaultSettings, type EngineSettings } from '../../server/src/engine';
import { changedRange, reparseAfterChange } from '../../server/src/engine/document/incremental';
import { defaultLimits, forgetLastParse, parseAnew, type ParsedPosting } from '../../server/src/engine/document/parse';
import { allSeeds, corpusDir, corpusPostings } from '../helpers/seeds';

/** Every seed and corpus posting, and a few shapes the corpus has few of (quoted, plain multi-line, literal, aliases). */
const postings: string[] = [
  ...allSeeds().map((seed) => seed.text),
  ...corpusPostings(corpusDir).map((path) => readFileSync(path, 'utf8')),
  allSeeds()[0].text.replace(/\n/g, '\r\n'),
  [
    'title: "Associate \\"Protection\\" Officer"',
    "organisation: 'UNHCR''s office in Tokyo'",
    'grade: P2',
    'count: 12',
    'duties:',
    '  - Lead the team of',
    '    five officers in',
    '    the field. # a comment',
    '  - >-',
    '    Folded text that',
    '      keeps more indented',
    '',
    '    and breaks.',
    '  - |+',
    '    Literal text  ',
    '    kept.',
    '',
    'base: &b',
    '  city: Tokyo',
    'other: *b',
    'flow: [a, b c]',
    'yes: no',
    'number: 0x1F and more',
    '-x: -y z',
    'ends: "quoted',
    '  on two lines"',
    '',
  ].join('\n'),
];

/** Pieces an author might type, and pieces that must make the patch give way to a full parse. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-zA-Z0-9 .]{1,3}$/) },
  { weight: 3, arbitrary: fc.constantFrom(' ', 'e', '.', ', ', '-', '?', 'é', '日本', '1') },
  {
    weight: 3,
    arbitrary: fc.constantFrom(
      '\r',
      ':',
      ': ',
      ' #',
      '#',
      '\n',
      '\n  ',
      '\t',
      '"',
      "'",
      '\\',
      '[',
      ']',
      '{',
      '}',
      '&',
      '*',
      '!',
      '|',
      '>',
      '%',
      '@',
      '`',
      '- ',
      '\r\n',
      '\u0000',
      '\uD800',
    ),
  },
);

interface Edit {
  where: number;
  insert: string;
  remove: number;
}

const edit: fc.Arbitrary<Edit> = fc.record({
  /** A place in the text, as a share of its length (uniform: fc.double favours values near 0). */
  where: fc.integer({ min: 0, max: 999_999 }).map((n) => n / 1_000_000),
  insert: fc.oneof({ weight: 3, arbitrary: piece }, { weight: 1, arbitrary: fc.constant('') }),
  remove: fc.integer({ min: 0, max: 3 }),
});

function applyEdit(text: string, { where, insert, remove }: Edit): string {
  const at = Math.floor(where * text.length);
  const removed = insert === '' ? Math.max(1, remove) : remove;
  return text.slice(0, at) + insert + text.slice(at + removed);
}

/** Everything of a parse the engine reads: text, line index, data, problems, and the document's nodes and comments. */
function assertSameParse(actual: ParsedPosting, expected: ParsedPosting): void {
  assert.equal(actual.text, expected.text);
  assert.deepStrictEqual(actual.lines, expected.lines);
  assert.deepStrictEqual(actual.data, expected.data);
  assert.deepStrictEqual(actual.problems, expected.problems);
  assert.ok(actual.document && expected.document);
  assert.deepStrictEqual(actual.document.contents, expected.document.contents);
  assert.deepStrictEqual(actual.document.range, expected.document.range);
  assert.deepStrictEqual(actual.document.errors, expected.document.errors);
  assert.deepStrictEqual(actual.document.warnings, expected.document.warnings);
  assert.equal(actual.document.comment, expected.document.comment);
  assert.equal(actual.document.commentBefore, expected.document.commentBefore);
  assert.equal(actual.document.toString(), expected.document.toString());
}

/** Applies each edit in turn, asserting every patched parse equals a fresh one; counts the edits and the patches. */
function replayAgainstFreshParses(start: string, edits: readonly Edit[]): { steps: number; patched: number } {
  let text = start;
  let parsed = parseAnew(text, defaultLimits);
  let patched = 0;
  for (const step of edits) {
    text = applyEdit(text, step);
    const fresh = parseAnew(text, defaultLimits);
    const patch = reparseAfterChange(parsed, text, defaultLimits);
    if (patch) {
      patched++;
      assertSameParse(patch, fresh);
    }
    parsed = patch ?? fresh;
  }
  return { steps: edits.length, patched };
}

describe('incremental parse (issue 18)', function () {
  // Thousands of edits, each parsed afresh to compare: tens of seconds on a loaded machine.
  this.timeout(300_000);
  it('finds the one changed range of two texts', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 3000 }), fc.string({ maxLength: 5 }), fc.nat(), fc.nat(5), (text, inserted, where, removed) => {
        const start = where % (text.length + 1);
        const after = text.slice(0, start) + inserted + text.slice(start + removed);
        const change = changedRange(text, after);
        if (text === after) return assert.equal(change, undefined);
        assert.ok(change);
        assert.equal(text.slice(0, change.start) + change.inserted + text.slice(change.start + change.removed), after);
        // Never wider than the edit made.
        assert.ok(change.removed <= removed && change.inserted.length <= inserted.length);
      }),
      { numRuns: 2000 },
    );
  });

  it('equals a fresh parse after each edit of random typing streams on every seed and corpus posting', () => {
    let patched = 0;
    let steps = 0;
    fc.assert(
      fc.property(fc.constantFrom(...postings), fc.array(edit, { minLength: 1, maxLength: 12 }), (posting, edits) => {
        const replayed = replayAgainstFreshParses(posting, edits);
        steps += replayed.steps;
        patched += replayed.patched;
      }),
      { numRuns: 300 },
    );
    // Most random places in a posting are inside prose: a patch that is never taken would prove nothing.
    assert.ok(patched > steps * 0.15, `${patched} of ${steps} edits patched`);
  });

  it('never patches an edit that adds structure', () => {
    const text = 'title: Lead the team\nduties:\n  - Write reports\n';
    const parsed = parseAnew(text, defaultLimits);
    for (const [at, inserted] of [
      [10, ': '],
      [10, ' #'],
      [10, '\n'],
      [1, 'x'],
      [34, '['],
      [31, 'x'],
    ] as const) {
      const after = text.slice(0, at) + inserted + text.slice(at);
      assert.equal(reparseAfterChange(parsed, after, defaultLimits), undefined, JSON.stringify(after));
    }
    const typed = text.slice(0, 10) + 'x' + text.slice(10);
    assert.ok(reparseAfterChange(parsed, typed, defaultLimits));
    // Deleting a character can make structure too: `: ` (a mapping) and ` #` (a comment) out of plain text.
    for (const [before, after] of [
      ['note: url a:b c\n', 'note: url a: c\n'],
      ['note: x y#z and w\n', 'note: x #z and w\n'],
      ['note: -x y\n', 'note: - x y\n'],
      ['note: >\n  text\n', 'note: >\n   text\n'],
      ['note: |2\n    text\n', 'note: |2\n    texts\n'],
      ['note: "a \\n b"\n', 'note: "a \\nn b"\n'],
    ]) {
      assert.equal(reparseAfterChange(parseAnew(before, defaultLimits), after, defaultLimits), undefined, after);
    }
    // Under `%YAML 1.1`, `yes` is true: a scalar composed alone (as YAML 1.2) would say "yes".
    const yaml11 = '%YAML 1.1\n---\nflag: ye\n';
    const patch = reparseAfterChange(parseAnew(yaml11, defaultLimits), yaml11.replace('ye', 'yes'), defaultLimits);
    assert.deepEqual(patch?.data ?? parseAnew(yaml11.replace('ye', 'yes'), defaultLimits).data, { flag: true });
  });

  it('derives a block scalar after an edit in one of its lines as a fresh parse composes it, in every shape of lines', () => {
    // Lines of a block scalar's content, relative to its indentation: plain, more indented, empty, spaces only, a tab
    // first, trailing spaces. The edit lands anywhere: in the first line, after an empty or more-indented one, or at a
    // line's end.
    const line = fc.oneof(
      { weight: 5, arbitrary: fc.stringMatching(/^[a-z][a-z .,]{0,12}[a-z.]$/) },
      { weight: 2, arbitrary: fc.stringMatching(/^ {1,3}[a-z][a-z ]{0,8}$/) },
      { weight: 2, arbitrary: fc.constant('') },
      { weight: 1, arbitrary: fc.constantFrom(' ', '  ', '      ') },
      { weight: 1, arbitrary: fc.stringMatching(/^\t[a-z]{1,5}$/) },
      { weight: 1, arbitrary: fc.stringMatching(/^[a-z]{1,6} {1,2}$/) },
    );
    const scalar = fc.record({
      header: fc.constantFrom('>', '|', '>-', '|-', '>+', '|+', '> # note'),
      indent: fc.constantFrom(2, 4),
      lines: fc.array(line, { minLength: 1, maxLength: 8 }),
      root: fc.boolean(),
    });
    let derived = 0;
    let steps = 0;
    fc.assert(
      fc.property(scalar, fc.array(edit, { minLength: 1, maxLength: 10 }), ({ header, indent, lines, root }, edits) => {
        const pad = ' '.repeat(indent);
        const body = ['x' + lines[0].replace(/^[ \t]+/, ''), ...lines.slice(1)].map((l) => (l === '' ? '' : pad + l));
        const text = root
          ? [`${header}`, ...body, ''].join('\n')
          : ['title: Lead', `note: ${header}`, ...body, 'after: value', ''].join('\n');
        const replayed = replayAgainstFreshParses(text, edits);
        steps += replayed.steps;
        derived += replayed.patched;
      }),
      { numRuns: 1500 },
    );
    assert.ok(derived > steps * 0.04, `${derived} of ${steps} edits patched`);
  });

  it('leaves the check of each edit as a check with a fresh parse finds it', () => {
    const settings: EngineSettings = { ...defaultSettings, severities: { 'acronym-undefined': 'information' } };
    let patched = 0;
    let steps = 0;
    fc.assert(
      fc.property(fc.constantFrom(...postings), fc.array(edit, { minLength: 1, maxLength: 8 }), (posting, edits) => {
        let text = posting;
        forgetLastParse();
        let previous = checkPosting(text, settings).parsed;
        for (const step of edits) {
          text = applyEdit(text, step);
          steps++;
          if (reparseAfterChange(previous, text, defaultLimits)) patched++;
          // As the check worker does: the document's parse before the edit is passed on, and patched where it can be.
          forgetLastParse();
          const withPatch = checkPosting(text, settings, previous);
          forgetLastParse();
          const fresh = checkPosting(text, settings);
          assert.deepStrictEqual(withPatch.problems, fresh.problems);
          assert.deepStrictEqual(withPatch.parsed.data, fresh.parsed.data);
          assert.equal(withPatch.profile, fresh.profile);
          previous = withPatch.parsed;
        }
      }),
      { numRuns: 100 },
    );
    assert.ok(patched > steps * 0.15, `${patched} of ${steps} edits patched`);
  });
});
