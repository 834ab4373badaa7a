import { strict as assert } from 'assert';
import inclusionData from '../../schemas/wording/inclusion.json';
import mentionData from '../../schemas/wording/country-mentions.json';
import { unionPattern } from '../../server/src/engine/text/patterns';
import { TextMemo } from '../../server/src/engine/text/memo';
import { allSeeds, corpusDir, corpusPostings } from '../helpers/seeds';
import { readFileSync } from 'fs';
import fc from 'fast-check';

/** Every string value of a YAML-ish text's lines, and each line itself: the texts the rules read, roughly. */
function samplesFrom(text: string): string[] {
  return text.split('\n').flatMap((line) => [line, line.replace(/^\s*(?:-\s+)?(?:[\w-]+:\s*)?/, '')]);
}

/** A few texts each list's patterns should find, so the property is tried on matches too, not only on misses. */
const hits = [
  'We seek young and dynamic candidates with excellent physical health.',
  'Applicants must be unmarried and accent-free.',
  'Write the background here: the context the contractor works in.',
  'Report to the [insert title of supervisor] on progress. TBD',
  'Nationals of Japan are not eligible; the XXX Unit coordinates.',
  'This position is open to nationals of Kenya and Uganda only.',
  '（ここに記入）〇〇大学 ××',
];

describe('unionPattern: one search that matches wherever one of a list of patterns does', () => {
  const texts = [
    ...hits,
    ...allSeeds().flatMap(({ text }) => samplesFrom(text)),
    ...corpusPostings(corpusDir).flatMap((path) => samplesFrom(readFileSync(path, 'utf8'))),
  ];
  const lists: [string, string[], string][] = [
    ...['', 'u']
      .map((u): [string, string[], string] => [
        `inclusion terms (i${u})`,
        inclusionData.categories
          .flatMap((category) => category.terms.map((term) => term.pattern))
          .filter((source) => /\\[pP]\{|\\u\{/.test(source) === (u === 'u')),
        `i${u}`,
      ])
      // Today no term needs the u flag; should one come, its list is tried too.
      .filter(([, sources]) => sources.length),
    [
      'country mentions',
      (mentionData.patterns as (string | { pattern: string })[]).map((entry) => (typeof entry === 'string' ? entry : entry.pattern)),
      'i',
    ],
  ];

  for (const [name, sources, flags] of lists) {
    it(`${name}: the union matches a text exactly when one of the ${sources.length} patterns does`, () => {
      assert.ok(sources.length > 0);
      const union = unionPattern(sources, flags);
      assert.ok(union, 'the data patterns can be joined');
      const separate = sources.map((source) => new RegExp(source, flags));
      let matched = 0;
      for (const text of texts) {
        const expected = separate.some((pattern) => pattern.test(text));
        if (expected) matched++;
        assert.equal(union.test(text), expected, text);
      }
      assert.ok(matched > 0, 'some sample texts match, so both answers are tried');
    });
  }

  it('shares one \\b among the patterns that start with it, and leaves a pattern whose top level is an alternation alone', () => {
    const sources = ['\\bab', '\\bx|y', 'cd', '\\b(?:e|f)g', '\\b[|]z', '\\b\\|w'];
    const union = unionPattern(sources, 'i')!;
    assert.match(union.source, /^\\b\(\?:ab\|\(\?:e\|f\)g\|\[\|\]z\|\\\|w\)\|/);
    const separate = sources.map((source) => new RegExp(source, 'i'));
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', 'B', 'x', 'y', 'c', 'd', 'e', 'f', 'g', 'z', 'w', '|', ' ', '-'), { maxLength: 12 }),
        (parts) => {
          const text = parts.join('');
          assert.equal(
            union.test(text),
            separate.some((pattern) => pattern.test(text)),
            text,
          );
        },
      ),
      { numRuns: 5000 },
    );
  });

  it('refuses what cannot be joined: back-references, named groups, stateful flags, no patterns', () => {
    assert.equal(unionPattern(['(a)\\1', 'b'], 'i'), undefined);
    assert.equal(unionPattern(['(?<x>a)\\k<x>', 'b'], ''), undefined);
    assert.equal(unionPattern(['(?<x>a)', '(?<x>b)'], ''), undefined);
    assert.equal(unionPattern(['a'], 'g'), undefined);
    assert.equal(unionPattern([], 'i'), undefined);
    // Look-behinds are not named groups.
    assert.ok(unionPattern(['(?<!x)a', '(?<=y)b'], '')?.test('yb'));
  });
});

describe('TextMemo keeps an undefined result apart from a missing one', () => {
  it('computes an undefined result once and finds it again, in both generations', () => {
    let computed = 0;
    const memo = new TextMemo((text: string) => {
      computed++;
      return text.startsWith('x') ? undefined : text.length;
    }, 150);
    assert.equal(memo.get('xa'), undefined);
    assert.equal(memo.get('xa'), undefined);
    assert.equal(memo.get('bb'), 2);
    assert.equal(computed, 2);
    assert.equal(memo.find('xa'), undefined);
    assert.equal(memo.find('zz'), undefined);
    // The third key passes the limit (150: characters plus 64 per key), so 'xa' and 'bb' move to `previous`.
    memo.get('ccc');
    assert.equal(memo.get('xa'), undefined);
    assert.equal(memo.get('bb'), 2);
    assert.equal(computed, 3);
  });
});
