import { strict as assert } from 'assert';
import { checkPosting } from '../../server/src/engine';
import { actionsFor } from '../../server/src/engine/authoring/actions';
import { countryCode, countryCodes } from '../../server/src/engine/text/countries';
import { applyEdits } from '../../server/src/engine/text/textEdits';
import { replaceOnce } from '../helpers/edit';
import { readSeed } from '../helpers/seeds';

const seed = readSeed();
const withCountry = (value: string) => replaceOnce(seed, 'country: Japan', `country: ${value}`);
const problemsOf = (text: string, code: string) => checkPosting(text).problems.filter((problem) => problem.code === code);

describe('countries (ISO 3166-1 through i18n-iso-countries)', () => {
  const known: [string, string][] = [
    ['Pakistan', 'PK'],
    ['pakistan', 'PK'],
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['Turkiye', 'TR'],
    ['Democratic Republic of the Congo', 'CD'],
    ['the Philippines', 'PH'],
    ['Syria', 'SY'],
    ['Syrian Arab Republic', 'SY'],
    ['Republic of Korea', 'KR'],
    ["Côte d'Ivoire", 'CI'],
    ['C\u00f4te d\u2019Ivoire', 'CI'],
    ['Panam\u00e1', 'PA'],
    ['Cura\u00e7ao', 'CW'],
    ['S\u00e3o Tom\u00e9 and Pr\u00edncipe', 'ST'],
    ['Plurinational State of Bolivia', 'BO'],
    ['United Kingdom', 'GB'],
    ['ケニア', 'KE'],
    ['日本', 'JP'],
    ['韓国', 'KR'],
    ['PK', 'PK'],
    ['PAK', 'PK'],
    ['KEN', 'KE'],
    // ISO 3166's order, as ReliefWeb and UN lists print it.
    ["Lao People's Democratic Republic (the)", 'LA'],
    ['Congo (the Democratic Republic of the)', 'CD'],
    ['Korea (the Republic of)', 'KR'],
    ['Philippines (the)', 'PH'],
  ];
  for (const [name, code] of known) it(`'${name}' is ${code}`, () => assert.equal(countryCode(name), code));

  for (const text of [
    'the country of assignment are eligible to apply to this position',
    'Peshawar',
    'Atlantis',
    'pk',
    'Home-based',
    '',
    'Atlantis (the)',
  ])
    it(`'${text}' is no country`, () => assert.equal(countryCode(text), undefined));

  it('a field naming several countries gives each code, and none when one part is no country', () => {
    assert.deepEqual(countryCodes('Jordan and Lebanon'), ['JO', 'LB']);
    assert.deepEqual(countryCodes('Kenya / Somalia'), ['KE', 'SO']);
    assert.equal(countryCodes('Jordan and Peshawar'), undefined);
  });
});

describe('rule: unknown-country', () => {
  it('flags a sentence pasted into the country field, on the value, with no fix to guess', () => {
    const text = withCountry('the country of assignment are eligible to apply to this position');
    const [problem, ...rest] = problemsOf(text, 'unknown-country');
    assert.equal(rest.length, 0);
    assert.equal(problem.severity, 'error');
    assert.match(problem.message, /^Country: “the country of assignment are eligible to apply to this pos…” is not a country$/);
    const line = text.split('\n')[problem.range.start.line];
    assert.equal(
      line.slice(problem.range.start.character, problem.range.end.character),
      'the country of assignment are eligible to apply to this position',
    );
    assert.deepEqual(problem.data?.suggestions, []);
  });

  it('offers the country a misspelling means, and its fix writes it (keeping the comment)', () => {
    const text = replaceOnce(withCountry('Pakistna'), 'country: Pakistna', 'country: Pakistna # where the office is');
    const [problem] = problemsOf(text, 'unknown-country');
    assert.match(problem.message, /did you mean Pakistan\?/);
    const fix = actionsFor(text, [problem]).find((action) => action.title === "Replace with 'Pakistan'");
    assert.ok(fix, 'a did-you-mean fix');
    const fixed = applyEdits(text, fix.edits);
    assert.match(fixed, /^country: Pakistan # where the office is$/m);
    assert.deepEqual(problemsOf(fixed, 'unknown-country'), []);
  });

  for (const value of ['Türkiye', 'ケニア', 'PK', 'Jordan and Lebanon', 'Democratic Republic of the Congo'])
    it(`accepts '${value}'`, () => assert.deepEqual(problemsOf(withCountry(value), 'unknown-country'), []));

  it('leaves a placeholder to placeholder-text', () => {
    const text = withCountry('TBD');
    assert.deepEqual(problemsOf(text, 'unknown-country'), []);
    assert.ok(problemsOf(text, 'placeholder-text').length);
  });
});

describe('rule: eligibility-other-country', () => {
  it('flags "legal status to work in Japan" in a Pakistan posting, on the name, and the fix writes Pakistan', () => {
    const text = withCountry('Pakistan');
    const problems = problemsOf(text, 'eligibility-other-country');
    assert.ok(problems.length >= 1);
    const lines = text.split('\n');
    for (const problem of problems) {
      assert.equal(lines[problem.range.start.line].slice(problem.range.start.character, problem.range.end.character), 'Japan');
      assert.match(problem.message, /names Japan, but the posting is for Pakistan/);
    }
    const fix = actionsFor(text, [problems[0]]).find((action) => action.title === "Replace 'Japan' with 'Pakistan'");
    assert.ok(fix);
    const fixed = applyEdits(text, fix.edits);
    assert.match(fixed, /legal status to work in Pakistan\./);
    assert.equal(problemsOf(fixed, 'eligibility-other-country').length, problems.length - 1);
  });

  it("is silent when the sentence names the posting's own country, in any of its names", () => {
    assert.deepEqual(problemsOf(seed, 'eligibility-other-country'), []);
    assert.deepEqual(problemsOf(withCountry('日本'), 'eligibility-other-country'), []);
    assert.deepEqual(problemsOf(withCountry('JPN'), 'eligibility-other-country'), []);
  });

  it('writes the English name in an English sentence when the country field is in Japanese', () => {
    const text = withCountry('ケニア');
    const [problem] = problemsOf(text, 'eligibility-other-country');
    assert.equal(problem.data?.replacement, 'Kenya');
  });

  for (const sentence of [
    'Only nationals of Japan may apply under the JPO programme sponsored by the Government of Japan.',
    'Experience of work in Japan or other donor countries is an asset.',
    'The incumbent liaises with the embassy of Japan.',
    'Candidates must be eligible to work in the field.',
  ])
    it(`is silent on "${sentence}" in a Pakistan posting`, () => {
      const text = replaceOnce(
        withCountry('Pakistan'),
        'The position is open to nationals and those who have the legal status to work in Japan.',
        sentence,
      );
      const problems = problemsOf(text, 'eligibility-other-country');
      // Only the seed's other eligibility sentence ("a legal status in Japan to engage in employment") is found.
      const lines = text.split('\n');
      assert.deepEqual(
        problems.map((problem) => lines[problem.range.start.line].includes('legal status in Japan to')),
        [true],
      );
    });

  it('reads "nationals of X are not eligible" as an exclusion that must name the posting\'s country', () => {
    const text = replaceOnce(
      withCountry('Pakistan'),
      'The position is open to nationals and those who have the legal status to work in Japan.',
      'Nationals of Afghanistan are not eligible to apply.',
    );
    const [problem] = problemsOf(text, 'eligibility-other-country');
    assert.match(problem.message, /names Afghanistan/);
  });

  it('"are not eligible" must follow within 60 characters, in the same clause; a second "nationals of" inside is part of the first', () => {
    const named = (sentence: string) =>
      problemsOf(
        replaceOnce(
          withCountry('Pakistan'),
          'The position is open to nationals and those who have the legal status to work in Japan.',
          sentence,
        ),
        'eligibility-other-country',
      )
        .map((p) => /names (.+?), but/.exec(p.message)?.[1])
        // (the seed names Japan elsewhere)
        .filter((name) => name !== 'Japan');
    assert.deepEqual(named('Nationals of  Afghanistan  is \t not eligible.'), ['Afghanistan']);
    assert.deepEqual(named('Nationals of France and nationals of Spain are not eligible.'), ['France']);
    // 61 characters from the name to the verb, or a full stop or semicolon between: no exclusion.
    assert.deepEqual(named(`Nationals of Kenya ${'x'.repeat(54)} are not eligible.`), []);
    assert.deepEqual(named(`Nationals of Kenya ${'x'.repeat(53)} are not eligible.`), ['Kenya']);
    assert.deepEqual(named('Nationals of Kenya; others are not eligible.'), []);
    assert.deepEqual(named('Nationals of Kenya. Others are not eligible.'), []);
    // The verb starts a word: "Kenyais" is not "is".
    assert.deepEqual(named('Nationals of Kenyais not eligible.'), []);
  });
});
