import { strict as assert } from 'assert';
import fc from 'fast-check';
import { isScalar, parseDocument, visit, type Scalar } from 'yaml';
import { checkPosting, defaultSettings, type EngineSettings, type Problem } from '../../server/src/engine';
import { cannotRunAway, findRunawayNesting, proofSurvives } from '../../server/src/engine/document/nesting';
import { forgetTextMemos, TextMemo } from '../../server/src/engine/text/memo';
import { wordingRules } from '../../server/src/engine/rules/wording';
import { lazySourceMap, relativeSourceMap, scalarSourceMap } from '../../server/src/engine/wording/sourceMap';
import { codedWords, tallyCodedWords } from '../../server/src/engine/wording/genderCoded';
import { acronymUses } from '../../server/src/engine/wording/acronyms';
import { countryMentions } from '../../server/src/engine/rules/country';
import { statementReach, statementSearch, wordRunOf, type ContractKind } from '../../server/src/engine/rules/contract';
import eligibility from '../../schemas/eligibility.json';
import { runsConsumed } from '../helpers/reach';
import { PieceResults, PieceSplitter, type Pieces } from '../../server/src/engine/text/pieces';
import { isAbbreviation } from '../../server/src/engine/wording/words';
import { arbitraryText, arbitraryYaml } from '../helpers/hostile';
import { readSeed } from '../helpers/seeds';
import { fullCollection } from '../../server/src/lsp/idleCollection';

const seed = readSeed();
const wordingCodes: readonly string[] = wordingRules.codes;
/** The seed with wording findings of each kind in its background, so the property compares findings, not empty lists. */
const richSeed = seed.replace(
  '    Japan is party to the 1951 Convention',
  '    The aggressive, dominant, ambitious and decisive QRB leads candidates under 30 years of age. Japan is party to the 1951 Convention',
);
/** Every wording check on, so the caches have findings to keep. */
const settings: EngineSettings = { ...defaultSettings, severities: { 'acronym-undefined': 'information' } };

/** Pieces an author might type: coded words, acronyms and their definitions, requirements, sentence ends, syntax. */
const typed = fc.constantFrom(
  'l',
  'e',
  ' ',
  'lead ',
  'aggressive ',
  'supportive ',
  'ISA ',
  ' (ISA)',
  'Immigration Services Agency (ISA) ',
  'RSD ',
  'QRB ',
  'native English speaker ',
  'candidates under 30 years of age ',
  '. ',
  '; ',
  '\n',
  '\n\n',
  ': ',
  '- ',
  '"',
  '#',
);

interface Edit {
  where: number;
  anywhere: boolean;
  insert: string | undefined;
  remove: number;
}

/** An edit: insert a piece, or delete a few characters, at a relative position (inside the background, or anywhere). */
const edit: fc.Arbitrary<Edit> = fc.record({
  where: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  anywhere: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  insert: fc.option(typed, { nil: undefined }),
  remove: fc.integer({ min: 0, max: 4 }),
});

function applyEdit(text: string, { where, anywhere, insert, remove }: Edit): string {
  const backgroundStart = text.indexOf('  background: >');
  const backgroundEnd = text.indexOf('  purpose_and_scope:');
  const [from, to] =
    anywhere || backgroundStart < 0 || backgroundEnd < backgroundStart ? [0, text.length] : [backgroundStart + 20, backgroundEnd - 2];
  const at = from + Math.floor(where * Math.max(0, to - from));
  return text.slice(0, at) + (insert ?? '') + text.slice(insert === undefined ? at + Math.max(1, remove) : at);
}

/** The source map as the engine built it before it was remembered: the oracle for the remembered, faster one. */
function alignedAsBefore(sourceText: string, node: Scalar, value: string): number[] {
  const [start, end] = node.range!;
  const isSpace = (character: string) => /\s/.test(character);
  let position = start;
  if (node.type === 'BLOCK_FOLDED' || node.type === 'BLOCK_LITERAL') {
    const lineBreak = sourceText.indexOf('\n', start);
    position = lineBreak < 0 ? start : lineBreak + 1;
  } else if (node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE') position = start + 1;
  const map: number[] = [];
  for (let i = 0; i < value.length; i++) {
    if (isSpace(value[i])) {
      map[i] = Math.min(position, end);
      continue;
    }
    const found = sourceText.indexOf(value[i], position);
    const slack = [...sourceText.slice(position, Math.max(position, found))].filter(isSpace).length;
    if (found >= 0 && found < end && found - position <= 12 + slack) {
      map[i] = found;
      position = found + 1;
    } else map[i] = Math.min(position, end);
  }
  return map;
}

/** The codes of the rules added after the wording rules, each memoised per text value like them. */
const newRuleCodes: readonly string[] = [
  'glued-words',
  'placeholder-text',
  'eligibility-other-country',
  'age-wording',
  'family-status-wording',
];
/** The seed with a finding of each new rule in its background. */
const newRuleSeed = seed.replace(
  '    Japan is party to the 1951 Convention',
  '    The UNHCRstaff need knowledgeof TBD and seek young graduates, single applicants legally residing in Kenya. Japan is party to the 1951 Convention',
);
/** Pieces that make or break a finding of the new rules. */
const newRuleTyped = fc.constantFrom(
  'l',
  ' ',
  'UNHCRstaff ',
  'QRBstaff ',
  ' QRB ',
  'knowledgeof ',
  'TBD ',
  '[insert title] ',
  'young graduates ',
  'unmarried ',
  'legally residing in Kenya ',
  'authorized to work in Japan ',
  '. ',
  '\n',
  ': ',
  '"',
);
const newRuleEdit: fc.Arbitrary<Edit> = fc.record({
  where: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
  anywhere: fc.integer({ min: 0, max: 4 }).map((n) => n === 0),
  insert: fc.option(newRuleTyped, { nil: undefined }),
  remove: fc.integer({ min: 0, max: 4 }),
});

/**
 * Applies the edits one by one to the warmed-up seed (the memos hold its values); after each, the check with the memos
 * must equal the check with every memo forgotten. Yields the remembered problems of each edit.
 */
function* checksAfterEachEdit(seedText: string, edits: readonly Edit[]): Generator<Problem[]> {
  let text = seedText;
  checkPosting(text, settings);
  for (const step of edits) {
    text = applyEdit(text, step);
    const remembered = checkPosting(text, settings).problems;
    forgetTextMemos();
    assert.deepEqual(remembered, checkPosting(text, settings).problems);
    yield remembered;
  }
}

describe('typing caches: a remembered result equals a fresh one', () => {
  afterEach(() => forgetTextMemos());

  it('the check after each edit of a stream equals the check of the same text with every memo forgotten', () => {
    let checkedWithFindings = 0;
    fc.assert(
      fc.property(fc.array(edit, { minLength: 1, maxLength: 8 }), (edits) => {
        for (const remembered of checksAfterEachEdit(richSeed, edits)) {
          if (remembered.some((p) => wordingCodes.includes(p.code))) checkedWithFindings++;
        }
      }),
      // About half the checks of a stream have wording findings (many edits break the YAML): 40 runs make the floor
      // below hold in every run, not in most.
      { numRuns: 40 },
    );
    // The property must have compared wording findings, not only empty lists.
    assert.ok(checkedWithFindings > 40, `only ${checkedWithFindings} checks had wording findings`);
  });

  it('the rules added since (glued words, placeholders, other countries, inclusive wording) keep that property', () => {
    const checked = new Set<string>();
    let checkedWithFindings = 0;
    fc.assert(
      fc.property(fc.array(newRuleEdit, { minLength: 1, maxLength: 8 }), (edits) => {
        for (const remembered of checksAfterEachEdit(newRuleSeed, edits)) {
          const found = remembered.filter((p) => newRuleCodes.includes(p.code));
          for (const problem of found) checked.add(problem.code);
          if (found.length) checkedWithFindings++;
        }
      }),
      { numRuns: 40 },
    );
    assert.ok(checkedWithFindings > 40, `only ${checkedWithFindings} checks had findings of the new rules`);
    assert.deepEqual([...checked].sort(), [...newRuleCodes].sort(), 'every new rule had findings to compare');
  });

  it('a value typed back to an earlier text gets the earlier findings, at the positions of the new text', () => {
    const background = '    Japan is party to the 1951 Convention';
    const typedIn = seed.replace(background, `${background} and the aggressive lead QRB`);
    const first = checkPosting(typedIn, settings).problems;
    checkPosting(seed, settings);
    // The same paragraph, now two lines further down: the findings move with it.
    const moved = typedIn.replace('title: Protection Associate\n', 'title: Protection Associate\n# one\n# two\n');
    const again = checkPosting(moved, settings).problems;
    forgetTextMemos();
    assert.deepEqual(again, checkPosting(moved, settings).problems);
    const acronym = (list: typeof first) => list.find((p) => p.code === 'acronym-undefined' && p.message.includes('QRB'));
    assert.ok(acronym(first), 'the typed acronym is reported');
    assert.equal(acronym(again)!.range.start.line, acronym(first)!.range.start.line + 2);
  });

  it('the remembered, relative source map of every scalar equals the map built afresh and the old alignment', () => {
    const styles = fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL');
    const words = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', '\n', '\t', '"', "'", '\\', 'é', '’', ':', '#', '-', '\u2028'),
      maxLength: 60,
    });
    fc.assert(
      fc.property(fc.array(fc.tuple(words, styles), { minLength: 1, maxLength: 6 }), fc.integer({ min: 0, max: 6 }), (values, indent) => {
        const document = parseDocument('{}');
        const outer = document.createNode({ section: Object.fromEntries(values.map(([value], i) => [`k${i}`, value])) });
        document.contents = outer as never;
        values.forEach(([, style], i) => {
          const node = document.getIn(['section', `k${i}`], true);
          if (isScalar(node)) node.type = style as Scalar.Type;
        });
        const text = `${' '.repeat(0)}${document.toString({ indent: indent + 1, lineWidth: 30, minContentWidth: 10 })}`;
        const reparsed = parseDocument(text);
        visit(reparsed, {
          Scalar(_key, node) {
            if (typeof node.value !== 'string' || !node.range) return;
            const absolute = scalarSourceMap(text, node, node.value)!;
            for (let round = 0; round < 2; round++) {
              const relative: readonly number[] = relativeSourceMap(text, node, node.value)!;
              assert.deepEqual(
                relative.map((offset: number) => offset + node.range![0]),
                absolute,
              );
            }
            assert.deepEqual(absolute, alignedAsBefore(text, node, node.value));
          },
        });
      }),
      { numRuns: 200 },
    );
  });

  it('a source map aligned only as far as it is read gives the offsets of the whole alignment, in any order of reads', () => {
    const styles = fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL');
    const words = fc.string({
      unit: fc.constantFrom('a', 'B', ' ', '\n', '\t', '"', "'", '\\', 'é', '’', ':', '#', '-', '\u2028', 'xyz '),
      maxLength: 80,
    });
    let reads = 0;
    fc.assert(
      fc.property(words, styles, fc.array(fc.nat(), { maxLength: 8 }), (value, style, picks) => {
        const document = parseDocument('{}');
        document.contents = document.createNode({ section: { k: value } }) as never;
        const node = document.getIn(['section', 'k'], true);
        if (isScalar(node)) node.type = style as Scalar.Type;
        const text = document.toString({ lineWidth: 30, minContentWidth: 10 });
        visit(parseDocument(text), {
          Scalar(_key, scalar) {
            if (typeof scalar.value !== 'string' || !scalar.range || !scalar.value.length) return;
            const whole = scalarSourceMap(text, scalar, scalar.value)!;
            forgetTextMemos();
            const lazy = lazySourceMap(text, scalar, scalar.value)!;
            assert.equal(lazy.length, whole.length);
            for (const pick of picks) {
              const index = pick % whole.length;
              reads++;
              assert.equal(lazy.at(index)! + scalar.range[0], whole[index], `index ${index} of ${JSON.stringify(scalar.value)}`);
            }
            assert.deepEqual(
              lazy.whole().map((offset) => offset + scalar.range![0]),
              whole,
            );
          },
        });
      }),
      { numRuns: 1500 },
    );
    assert.ok(reads > 1000, `only ${reads} partial reads`);
  });

  it('a long value read far ahead (one run compared whole where it is copied as it stands) maps as the old alignment', () => {
    const styles = fc.constantFrom('PLAIN', 'QUOTE_DOUBLE', 'QUOTE_SINGLE', 'BLOCK_FOLDED', 'BLOCK_LITERAL');
    const piece = fc.constantFrom('lead ', 'lead', ' ', '  ', 'a\tb ', '"q" ', "it's ", 'x\\y ', '\n', '\u00e9 ');
    let fast = 0;
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 6 }),
        fc.integer({ min: 1000, max: 3000 }),
        styles,
        fc.array(fc.nat(), { maxLength: 6 }),
        (pieces, times, style, picks) => {
          const value = `${pieces.join('').repeat(Math.ceil(times / pieces.join('').length) * 4)}end`;
          const document = parseDocument('{}');
          document.contents = document.createNode({ section: { k: value } }) as never;
          const node = document.getIn(['section', 'k'], true);
          if (isScalar(node)) node.type = style as Scalar.Type;
          const text = document.toString({ lineWidth: 0 });
          visit(parseDocument(text), {
            Scalar(_key, scalar) {
              if (typeof scalar.value !== 'string' || !scalar.range || scalar.value.length < 4096) return;
              const value = scalar.value;
              const before = alignedAsBefore(text, scalar, value);
              forgetTextMemos();
              const lazy = lazySourceMap(text, scalar, value)!;
              // A read near the start, then far ahead, then anywhere.
              for (const index of [picks[0] ?? 0, value.length - 1, ...picks.slice(1)].map((pick) => pick % value.length))
                assert.equal(lazy.at(index)! + scalar.range[0], before[index], `index ${index}`);
              if (!/\s\s/.test(value) && text.includes(value)) fast++;
              assert.deepEqual(
                lazy.whole().map((offset) => offset + scalar.range![0]),
                before,
              );
            },
          });
        },
      ),
      { numRuns: 150 },
    );
    assert.ok(fast > 10, `only ${fast} values copied as they stand`);
  });

  it('a memo returns what its function returns, computes a text once while it is in use, and stays bounded', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 200 }), (texts) => {
        let computed = 0;
        const memo = new TextMemo((text: string) => {
          computed++;
          return `${text.length}:${text}`;
        }, 400);
        for (const text of texts) assert.equal(memo.get(text), `${text.length}:${text}`);
        const before = computed;
        if (texts.length) assert.equal(memo.get(texts[texts.length - 1]), `${texts[texts.length - 1].length}:${texts[texts.length - 1]}`);
        assert.equal(computed, before, 'the last text is remembered');
        assert.ok(memo.size <= 2 * Math.ceil(400 / 64) + 2, `${memo.size} entries for a limit of 400 characters`);
      }),
    );
  });

  it('a splitter that patches the pieces of the value before an edit gives the pieces of a fresh scan, and results kept by piece stay aligned', () => {
    const alphabet = fc.constantFrom(
      'a',
      'b',
      ' ',
      '  ',
      '.',
      '. ',
      '.\n',
      '!',
      '? ',
      ';',
      '; ',
      '\n',
      '\n  ',
      '\t',
      '\u00a0',
      'e.g',
      'etc',
      ' no',
      '(',
      '。',
    );
    const edit = fc.record({
      at: fc.nat(),
      removed: fc.nat({ max: 3 }),
      inserted: fc.array(alphabet, { maxLength: 3 }).map((parts) => parts.join('')),
      /** Another value comes between (a second long value of the posting). */
      other: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(alphabet, { minLength: 1, maxLength: 80 }),
        fc.array(edit, { maxLength: 25 }),
        fc.constantFrom(
          { pattern: /[.!?]\s+/g, accept: undefined },
          { pattern: /[.!?;]\s+|\n\s*/g, accept: undefined },
          { pattern: /[.!?]\s+/g, accept: (value: string, dot: number) => !isAbbreviation(value, dot) },
          { pattern: /[.!?](?=\s)/g, accept: (value: string, dot: number) => !isAbbreviation(value, dot) },
        ),
        (parts, edits, { pattern, accept }) => {
          const splitter = new PieceSplitter(new RegExp(pattern), accept, accept ? 8 : 0);
          // A memo's results per piece, kept by position across edits: each must be the result of its own piece.
          const results = new PieceResults(new TextMemo((piece: string) => `<${piece}>`));
          const resultsOf = (pieces: Pieces) =>
            assert.deepEqual(
              results.of(pieces),
              pieces.map(([, piece]) => `<${piece}>`),
            );
          // A fresh scan, written out here (not the splitter's own).
          const fresh = (value: string) => {
            const pieces: [number, string][] = [];
            let start = 0;
            for (const match of value.matchAll(new RegExp(pattern))) {
              const next = match.index + match[0].length;
              if (next < value.length && (!accept || accept(value, match.index))) {
                pieces.push([start, value.slice(start, next)]);
                start = next;
              }
            }
            pieces.push([start, value.slice(start)]);
            return pieces;
          };
          let value = parts.join('');
          assert.deepEqual(splitter.pieces(value, 0), fresh(value));
          resultsOf(splitter.pieces(value, 0));
          for (const { at, removed, inserted, other } of edits) {
            const start = at % (value.length + 1);
            value = value.slice(0, start) + inserted + value.slice(start + removed);
            if (other) resultsOf(splitter.pieces(`${value}b. a`, 0));
            const pieces = splitter.pieces(value, 0);
            assert.deepEqual(pieces, fresh(value), JSON.stringify(value));
            resultsOf(pieces);
            assert.equal(pieces.map(([, piece]) => piece).join(''), value);
          }
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('typing in a long value read in pieces keeps no earlier version of it alive', () => {
    const collect = fullCollection();
    assert.ok(collect, "V8's gc is at hand");
    // About 200 KB of distinct sentences, typed in 150 times in the middle, each version read in pieces by a memo.
    let value = Array.from({ length: 4000 }, (_, i) => `Sentence ${i} of a long background.`).join(' ');
    const splitter = new PieceSplitter(/[.!?]\s+/g);
    const results = new PieceResults(new TextMemo((piece: string) => piece.length));
    const read = () => results.of(splitter.pieces(value, 0)).length;
    read();
    collect();
    const before = process.memoryUsage().heapUsed;
    const at = value.length >> 1;
    for (let key = 0; key < 150; key++) {
      value = `${value.slice(0, at)}x${value.slice(at)}`;
      read();
    }
    value = '';
    collect();
    const grown = (process.memoryUsage().heapUsed - before) / 1048576;
    // Each version kept would be 0.2 MB, 30 MB in all: a piece cut as a view of its version, or each list of pieces
    // holding the list it was made from, kept them.
    assert.ok(grown < 8, `the heap grew by ${grown.toFixed(1)} MB`);
  });

  it('acronyms read in sentence pieces (a long value) equal those read in the whole value', () => {
    // Definitions before and after the acronym, right after a sentence end, names spelled out before a use, digits and
    // versions after a token, reference numbers, capitals for emphasis: everything that looks beyond the token.
    const part = fc.constantFrom(
      'Immigration Services Agency',
      '(ISA)',
      '(ISA),',
      'ISA',
      'ISAs',
      'ISA (Immigration Services Agency)',
      'ISA, the Immigration Services Agency',
      'ISA, the Ministry of Justice',
      'Sudurpaschim Community Health Forum',
      'SCHF',
      'MoJ',
      'R&D',
      '&&QRB',
      'VA/BGDCO/FTA/2025/014;',
      'ISA 2',
      'ISA v2',
      'IMPORTANT',
      'II',
      'a',
      'e.g.',
      '. ',
      '.\n',
      '! ',
      '? ',
      '.  ',
      '(',
      ')',
      ',',
      ' ',
      '\n',
      '1',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 60 }), fc.constantFrom(' ', ''), (parts, glue) => {
        const value = parts.join(glue);
        const text = { path: ['background'], value, map: [] };
        const whole = acronymUses([text], Infinity);
        assert.deepEqual(acronymUses([text], 0), whole);
        assert.deepEqual(acronymUses([text], 40), whole);
      }),
      { numRuns: 3000 },
    );
  });

  it('gender-coded words read in sentence pieces (a long value) equal those read in the whole value', () => {
    // Sentence ends with and without abbreviations, names after and inside sentences, legal phrases across line breaks,
    // the organisation's statements, Japanese sentence ends: everything that looks beyond one word.
    const part = fc.constantFrom(
      'We are committed to a supportive and inclusive workplace',
      'UNHCR is committed to diversity',
      'The Fund strongly encourages women to apply',
      'an aggressive, dominant leader',
      'Lead the team',
      'Strong Leadership Programme',
      'refugee status\ndetermination',
      'status  determination procedure',
      'ambitious',
      'supportive',
      'e.g.',
      'i.e.',
      'etc.',
      'no.',
      'approx.',
      '. ',
      '.\n',
      '! ',
      '? ',
      '; ',
      '\n',
      '\n\n',
      ' ',
      '  ',
      '。',
      '(',
      '- ',
      'Decisive',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 60 }), fc.constantFrom(['background'], ['duties', 0], ['notes', 0]), (parts, path) => {
        const value = parts.join(' ');
        const text = { path, value, map: [] };
        const whole = codedWords([text], Infinity);
        assert.deepEqual(codedWords([text], 0), whole);
        assert.deepEqual(codedWords([text], 40), whole);
        // The counted form (the rule and the lens) holds the same words in the same order.
        const tally = tallyCodedWords([text], 40);
        for (const coding of ['feminine', 'masculine'] as const) {
          const side = whole.filter((word) => word.coding === coding);
          assert.deepEqual([...tally.words(coding)], side);
          assert.equal(tally.total[coding], side.length);
          assert.equal(
            [...tally[coding].values()].reduce((a, b) => a + b, 0),
            side.length,
          );
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('countries named in eligibility sentences, read in pieces (a long value), equal those read in the whole value', () => {
    // Every mention phrase, continuations near and across sentence ends, names that run on past a full stop ("St.
    // Lucia"), abbreviations, line breaks and words glued to a phrase: everything that looks beyond one sentence.
    const part = fc.constantFrom(
      'must have the legal right to work in Kenya',
      'authorized to live and work in',
      'legally residing in Saint Lucia',
      'residents of Guinea',
      'legal status in France',
      'work permit for',
      'local time in Japan',
      'open only to candidates from',
      'nationals of Kenya',
      'nationals of St.',
      'nationals of',
      'are not eligible',
      'Lucia is not eligible',
      'Bissau',
      'the United Republic of Tanzania',
      'chad',
      'e.g.',
      '. ',
      '.',
      '.\n',
      '! ',
      '? ',
      '; ',
      ',',
      '\n',
      'x',
    );
    fc.assert(
      fc.property(fc.array(part, { maxLength: 50 }), fc.constantFrom(' ', ''), (parts, glue) => {
        const value = parts.join(glue);
        const whole = countryMentions(value, Infinity);
        assert.deepEqual(countryMentions(value, 0), whole);
        assert.deepEqual(countryMentions(value, 40), whole);
      }),
      { numRuns: 3000 },
    );
  });

  it('the quick proof that nesting cannot run away never hides a runaway the walk finds', () => {
    const deep = fc
      .array(fc.constantFrom('  ', '- ', '[', '{', '? ', 'a: ', '\n', '\r', 'x', ' |\n', '"', '#'), { maxLength: 120 })
      .map((parts) => parts.join(''));
    fc.assert(
      fc.property(fc.oneof(arbitraryText, arbitraryYaml, deep), fc.integer({ min: 3, max: 40 }), (text, limit) => {
        assert.equal(findRunawayNesting(text, limit), findRunawayNesting(text, limit, false));
      }),
      { numRuns: 2000 },
    );
  });

  it('the quick nesting proof carried over an edit (proofSurvives) holds for the text after it', () => {
    const deep = fc
      .array(fc.constantFrom('  ', '\t', ' \t', '\n\t', '\n ', '- ', '[', '{', '? ', 'a: ', '\n', '\r', 'x', ' |\n', '"', '#', 'word '), {
        maxLength: 160,
      })
      .map((parts) => parts.join(''));
    const piece = fc.constantFrom('', 'a', ' ', '  ', '\t', '-', '[', '{', ':', '?', '\n', 'x y', '- - ');
    let carried = 0;
    fc.assert(
      fc.property(
        fc.oneof(arbitraryText, arbitraryYaml, deep),
        fc.integer({ min: 16, max: 48 }),
        fc.nat(),
        fc.nat({ max: 3 }),
        piece,
        (before, limit, at, remove, inserted) => {
          const start = before.length ? at % (before.length + 1) : 0;
          const removed = before.slice(start, start + remove);
          const after = before.slice(0, start) + inserted + before.slice(start + removed.length);
          if (!cannotRunAway(before, limit) || !proofSurvives(before, start, removed + inserted)) return;
          carried++;
          assert.ok(cannotRunAway(after, limit), JSON.stringify({ before, start, removed, inserted, limit }));
        },
      ),
      { numRuns: 4000 },
    );
    assert.ok(carried > 500, `only ${carried} edits carried the proof`);
    // Spaces typed inside a line's leading run of tabs lengthen it: the proof is not carried there.
    assert.equal(proofSurvives('a:\n\t\tx', 4, '  '), false);
    assert.equal(proofSurvives('a:\n\t\tx', 6, '  '), true);
    // A line may start after a \r alone, as the proof's multiline `^` reads it (fast-check found "\r  \t").
    assert.equal(proofSurvives('\r  \t', 1, ' '), false);
    assert.equal(proofSurvives('a\u2028 x', 2, ' '), false);
  });

  it('no statement pattern of a contract reads more runs than its long-text search assumes (statementReach)', () => {
    for (const [kind, { patterns }] of Object.entries(eligibility.contracts)) {
      for (const source of patterns) {
        // The match and one character past it, in runs from the one its start is in.
        const reach = runsConsumed(source, true, wordRunOf) + 2;
        assert.ok(reach <= statementReach, `${kind}: ${source} reads up to ${reach} runs`);
      }
    }
  });

  it('a long text searched for a contract statement around its change only answers as a search of the whole text', () => {
    const piece = fc.constantFrom(
      'a',
      ' ',
      '  ',
      '\n',
      '. ',
      'work ',
      "Côte d'Ivoire ",
      'open to ',
      'open only to Kenyan nationals',
      'nationals',
      ' of the country of assignment',
      'must not be a national of the country of assignment',
      'nationals of the United Republic of Tanzania are not eligible',
      ' not eligible',
      'except nationals of',
      'non-nationals of country of assignment',
      'legal status to work in',
      'a valid work permit',
      'permanent residency or valid work permit',
    );
    const filler = 'The office supports returnees and their hosts. '.repeat(45);
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      removed: fc.nat({ max: 6 }),
      inserted: fc.array(piece, { maxLength: 3 }).map((parts) => parts.join('')),
    });
    const kinds = Object.keys(eligibility.contracts) as ContractKind[];
    const unions = kinds.map((kind) => new RegExp(eligibility.contracts[kind].patterns.map((source) => `(?:${source})`).join('|'), 'i'));
    let patched = 0;
    const answers = new Set<boolean>();
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 60 }),
        fc.nat(),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (parts, where, edits) => {
          const searches = kinds.map((kind) => statementSearch(kind));
          const cut = where % (parts.length + 1);
          let value = [...parts.slice(0, cut), filler, ...parts.slice(cut)].join('');
          for (const { at, removed, inserted } of [{ at: 0, removed: 0, inserted: '' }, ...edits]) {
            const start = Math.floor(at * (value.length + 1));
            value = value.slice(0, start) + inserted + value.slice(start + removed);
            searches.forEach((search, index) => {
              const answer = search.get(value);
              assert.equal(answer, unions[index].test(value), `${kinds[index]}: ${JSON.stringify(value)}`);
              answers.add(answer);
            });
          }
          patched += searches.reduce((sum, search) => sum + search.patchedCount, 0);
        },
      ),
      { numRuns: 300 },
    );
    assert.ok(patched > 1000, `texts made from an earlier one: ${patched}`);
    assert.deepEqual([...answers].sort(), [false, true]);
  });

  it('the long-text statement search with a reach too short misses a change its attempts read (the bound matters)', () => {
    const filler = 'The office supports returnees and their hosts. '.repeat(45);
    const before = `${filler}Nationals of the United Republic of Tanzania are not eligible for this post.`;
    const after = before.replace('are not eligible', 'are eligible');
    for (const reach of [statementReach, 2]) {
      const search = statementSearch('international', reach);
      assert.equal(search.get(before), true);
      assert.equal(search.get(after), reach === statementReach ? false : true);
      assert.equal(search.patchedCount, 1);
    }
  });
});
