import { strict as assert } from 'assert';
import fc from 'fast-check';
import { checkPosting, defaultSettings, parsePosting, type Problem } from '../../server/src/engine';
import { actionsFor } from '../../server/src/engine/authoring/actions';
import { inclusionRules } from '../../server/src/engine/rules/inclusion';
import { applyEdits } from '../../server/src/engine/text/textEdits';
import type { FreeText } from '../../server/src/engine/wording/freeText';
import { inclusionFindings, termsStayInSentences, type InclusionFinding } from '../../server/src/engine/wording/inclusion';
import { replaceOnce } from '../helpers/edit';
import { readSeed, seedsDir } from '../helpers/seeds';
import { join } from 'path';

const codes: readonly string[] = inclusionRules.codes;
const lica6 = readSeed();
const jpo = readSeed(join(seedsDir, 'mofa-jpo-ocha-bangkok-p2.posting.yaml'));
const staff = readSeed(join(seedsDir, 'unhcr-japan-associate-protection-officer-p2.posting.yaml'));

function inclusion(text: string): Problem[] {
  return checkPosting(text).problems.filter((p) => codes.includes(p.code));
}
const found = (text: string) =>
  inclusion(text).map((p) => `${p.code}: ${text.split('\n')[p.range.start.line].slice(p.range.start.character, p.range.end.character)}`);

/** The LICA6 seed with one sentence added to its essential experience. */
const withExperience = (sentence: string) =>
  replaceOnce(
    lica6,
    'relevant to the function of the position or\n        related fields.',
    `relevant to the function of the position or\n        related fields. ${sentence}`,
  );

describe('inclusive wording beyond gender', () => {
  it('age: candidate-directed age words, each its own code and severity', () => {
    const text = withExperience('Recent graduates and digital natives are encouraged to apply.');
    assert.deepEqual(found(text), ['age-wording: Recent graduates', 'age-wording: digital natives']);
    assert.equal(inclusion(text)[0].severity, 'warning');
  });

  it('age: not in a JPO posting, where age is a legal criterion of the programme', () => {
    const text = replaceOnce(
      jpo,
      '  statement:\n    - Candidates are 35',
      '  statement:\n    - Recent graduates are welcome.\n    - Candidates are 35',
    );
    assert.deepEqual(found(text), []);
    // The same sentence in a staff posting is reported.
    const staffText = replaceOnce(staff, 'Knowledge of the asylum and nationality legislation of Japan.', 'Recent graduates are welcome.');
    assert.deepEqual(found(staffText), ['age-wording: Recent graduates']);
  });

  it('age: the people a programme serves are not the candidate ("young refugees")', () => {
    assert.deepEqual(found(withExperience('Experience with programmes for young refugees and young people is an asset.')), []);
  });

  it('a sentence that disclaims the ground is not reported (the diversity statement)', () => {
    assert.deepEqual(found(withExperience('We welcome applicants regardless of age, marital status or disability.')), []);
  });

  it('physical demands: reported unless the title says the demand is the job', () => {
    const text = withExperience('Candidates must be able to lift 20 kg.');
    assert.deepEqual(found(text), ['physical-demand-wording: lift 20 kg']);
    assert.equal(inclusion(text)[0].severity, 'information');
    assert.deepEqual(found(replaceOnce(text, 'title: Protection Associate', 'title: Warehouse Assistant')), []);
  });

  it('physical demands in two parts (the phrase, then up to two words and the demand right after it)', () => {
    const finding = (value: string) =>
      inclusionFindings([{ path: ['x'], value, map: [] }], 'general').map((f) => value.slice(f.start, f.end));
    assert.deepEqual(finding('You must be able to stand for long periods.'), ['able to stand for long periods']);
    assert.deepEqual(finding('Staff must regularly walk long distances.'), ['must regularly walk long distances']);
    assert.deepEqual(finding('Candidates need to  often\nsit for extended hours.'), ['need to  often\nsit for extended hours']);
    // The first phrase whose continuation matches: "must" (three words before the demand) is passed for "able to".
    assert.deepEqual(finding('You must be able to walk for prolonged periods, must walk long distances.'), [
      'able to walk for prolonged periods',
      'must walk long distances',
    ]);
    assert.deepEqual(finding('Staff must be very often able to walk.'), []);
    assert.deepEqual(finding('Staff must be very often walking long distances.'), []);
  });

  it('elitism: a prestigious-university requirement, but not university partners', () => {
    assert.deepEqual(found(withExperience('A degree from a leading university is required.')), ['elitist-wording: leading university']);
    assert.deepEqual(found(withExperience('The unit works with leading universities in Tokyo.')), []);
    assert.deepEqual(found(withExperience('Ivy League alumni preferred.')), ['elitist-wording: Ivy League']);
  });

  it('nationality and ethnicity: accent and origin, even in a JPO posting; a nationality only outside programmes that set one', () => {
    assert.deepEqual(found(withExperience('Japanese nationals only.')), ['nationality-wording: Japanese nationals only']);
    const jpoText = replaceOnce(
      jpo,
      '    - Candidates can work in English',
      '    - Japanese nationals only.\n    - Accent-free English.\n    - Candidates can work in English',
    );
    assert.deepEqual(found(jpoText), ['nationality-wording: Accent-free']);
  });

  it('nationality and ethnicity in Japanese: accent, refusal of foreigners, birthplace, appearance; near misses stay silent', () => {
    const each = (sentences: string[]) => sentences.flatMap((sentence) => found(withExperience(sentence)));
    assert.deepEqual(
      each([
        '外国なまりのない英語を話せること。',
        '訛りのない日本語で電話対応ができること。',
        '日本人に限ります。',
        '日本人の方のみ応募できます。',
        '外国籍不可。',
        '外国籍の方はご応募いただけません。',
        '外国人お断り。',
        '日本で生まれ育った方を優遇します。',
        '日本生まれ・日本育ちの方。',
        '白人の方のみ。',
        'ベトナム人スタッフ募集。',
        '中国人の方に限ります。',
      ]),
      [
        'nationality-wording: 外国なまりのない',
        'nationality-wording: 訛りのない',
        'nationality-wording: 日本人に限ります',
        'nationality-wording: 日本人の方のみ',
        'nationality-wording: 外国籍不可',
        'nationality-wording: 外国籍の方はご応募いただけません',
        'nationality-wording: 外国人お断り',
        'nationality-wording: 日本で生まれ育った方',
        'nationality-wording: 日本生まれ・日本育ち',
        'nationality-wording: 白人の方のみ',
        'nationality-wording: ベトナム人スタッフ募集',
        'nationality-wording: 中国人の方に限ります',
      ],
    );
    assert.deepEqual(
      each([
        '外国籍の方も応募できます。',
        '外国籍の方を歓迎します。',
        '国籍を問わず、外国人の方の応募もお待ちしています。',
        '日本生まれのブランドです。',
        '欧米人の観光客が多い地域です。',
        '日本人の職員と外国籍の職員が一緒に働いています。',
        '日本人のみならず、外国籍の方の応募も歓迎します。',
        '応募は日本人に限りません。',
        '外国人の不可欠な役割を理解している方。',
        '外国籍の方もご遠慮なくご相談ください。',
        'ベトナム人スタッフが多く働いています。',
        'ベトナム人のみならず、様々な国籍の方が働いています。',
      ]),
      [],
    );
    // An accent is never a lawful ground, even where the programme sets a nationality; a nationality is, there.
    const jpoText = replaceOnce(
      jpo,
      '    - Candidates can work in English',
      '    - 日本人に限ります。\n    - 訛りのない英語を話せること。\n    - Candidates can work in English',
    );
    assert.deepEqual(found(jpoText), ['nationality-wording: 訛りのない']);
  });

  it('family status, in English and Japanese', () => {
    assert.deepEqual(found(withExperience('Single applicants preferred.')), ['family-status-wording: Single applicants']);
    assert.deepEqual(found(withExperience('独身の方を歓迎します。')), ['family-status-wording: 独身の方']);
  });

  it('messages are in Japanese for a Japanese reader', () => {
    const [problem] = checkPosting(withExperience('Recent graduates welcome.'), { ...defaultSettings, locale: 'ja' }).problems.filter((p) =>
      codes.includes(p.code),
    );
    assert.equal(
      problem.message,
      '「Recent graduates」は特定の年齢層を示します。代わりに業務に必要な経験を書いてください（例: candidates with the required qualifications）',
    );
  });
});

describe('reasonable-accommodation statement', () => {
  it('a UN posting whose closing statements lack it gets a warning with the organisation’s sentence as the fix', () => {
    const text = staff
      .replace(/\n {2}- >-\n {4}UNHCR is committed to the full participation[^]*$/, '\n')
      .replace('organization: UNHCR', 'organization: UNICEF');
    const [problem] = inclusion(text);
    assert.equal(problem.code, 'accommodation-statement-missing');
    assert.equal(problem.severity, 'warning');
    const fix = actionsFor(text, [problem]).find((action) => action.title.startsWith('Add'));
    assert.ok(fix, 'a fix that adds the sentence');
    const fixed = applyEdits(text, fix.edits);
    assert.deepEqual(inclusion(fixed), []);
    const closing = (parsePosting(fixed).data as { closing_statements: string[] }).closing_statements;
    assert.match(closing[closing.length - 1], /^UNICEF provides reasonable accommodation, on request, to applicants with disabilities/);
    // Nothing else is touched: the comments at the top stay.
    assert.equal(fixed.split('\n').slice(0, 3).join('\n'), text.split('\n').slice(0, 3).join('\n'));
  });

  it('each organisation has its own sentence; any wording with "reasonable accommodation" counts', () => {
    const text = jpo.replace(/\n {2}- >-\n {4}Reasonable accommodation is provided[^]*$/, '\n');
    assert.match(inclusion(text)[0].message, /"Reasonable accommodation is provided, on request, to applicants with disabilities/);
    assert.deepEqual(inclusion(`${text}  - We offer reasonable accommodation to candidates who ask.\n`), []);
    assert.deepEqual(inclusion(`${text}  - We seek to reasonably accommodate candidates with disabilities.\n`), []);
    assert.deepEqual(inclusion(`${text}  - Accommodations for applicants with disabilities are available on request.\n`), []);
    // Housing is no accommodation of a disability.
    assert.equal(inclusion(`${text}  - Shared accommodation is provided in the compound.\n`).length, 1);
  });

  it('reads the same statement texts as closing-statement-missing: a statement kept under notes satisfies both', () => {
    // The SEA and accommodation sentences move from the closing statements to notes, as an import may leave them.
    const [head, closing] = staff.replace('organization: UNHCR', 'organization: UNICEF').split(/^closing_statements:\n/m);
    const items = closing.split(/(?=^ {2}- >-\n)/m);
    const kept = items.filter((item) => !/zero tolerance|reasonable accommodation/.test(item));
    const moved = items.filter((item) => /zero tolerance|reasonable accommodation/.test(item));
    assert.equal(moved.length, 2);
    const statements = (text: string) =>
      checkPosting(text)
        .problems.filter((p) => p.code === 'closing-statement-missing' || p.code === 'accommodation-statement-missing')
        .map((p) => p.code);
    const withoutThem = `${head}closing_statements:\n${kept.join('')}`;
    assert.deepEqual(statements(withoutThem), ['closing-statement-missing', 'accommodation-statement-missing']);
    assert.deepEqual(statements(`${withoutThem}notes:\n${moved.join('')}`), []);
  });

  it('a posting without closing statements, or of an organisation whose postings carry no such sentence, is not asked for one', () => {
    assert.deepEqual(inclusion(lica6), []);
    // UNHCR's, IOM's and UNDP's templates carry no accommodation sentence: reviewers reject one asked of them.
    const withoutIt = staff.replace(/\n {2}- >-\n {4}UNHCR is committed to the full participation[^]*$/, '\n');
    for (const organization of ['UNHCR', 'IOM', 'UNDP']) {
      assert.deepEqual(inclusion(withoutIt.replace('organization: UNHCR', `organization: ${organization}`)), [], organization);
    }
    const text = staff
      .replace(/\n {2}- >-\n {4}UNHCR is committed to the full participation[^]*$/, '\n')
      .replace('organization: UNHCR', 'organization: Example Foundation');
    assert.deepEqual(
      inclusion(text).map((p) => p.code),
      [],
    );
  });
});

describe('inclusive wording in a long value, searched in pieces of whole sentences', () => {
  it('finds exactly what one search of the whole value finds', () => {
    assert.ok(termsStayInSentences, 'the terms of schemas/wording/inclusion.json allow reading in pieces');
    const part = fc.constantFrom(
      'young graduates',
      'young, dynamic',
      'energetic and young',
      'able-bodied',
      'must be able to drive',
      'required to stand for long periods',
      'single applicants',
      'unmarried',
      'Ivy League',
      'regardless of age',
      'the team',
      'e.g.',
      'etc.',
      '.',
      '. ',
      '! ',
      '? ',
      '\n',
      ' ',
      '  ',
      '若手',
      '。',
      'を問わず',
    );
    const toText = (value: string): FreeText => ({ path: ['background'], value, map: [] });
    const shape = (findings: InclusionFinding[]) =>
      findings.map(({ start, end, code, category, instead }) => ({ start, end, code, category, instead }));
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 160 }),
        fc.integer({ min: 0, max: 80 }),
        fc.constantFrom('unops-ica', 'jpo'),
        (parts, from, profile) => {
          const texts = [toText(parts.join('')), toText(parts.slice().reverse().join(' '))];
          assert.deepEqual(shape(inclusionFindings(texts, profile, '', from)), shape(inclusionFindings(texts, profile, '', Infinity)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds what one search of the whole value finds after each key typed or deleted (the pieces’ matches kept by position)', () => {
    const part = fc.constantFrom('young graduates', 'able-bodied', 'single applicants', 'the team', 'etc.', '. ', '! ', '\n', ' ', 'e.g.');
    const key = fc.record({ at: fc.nat(), typed: fc.constantFrom('', 'a', '.', ' ', 'y', '\n', '!') });
    const toText = (value: string): FreeText => ({ path: ['background'], value, map: [] });
    const shape = (findings: InclusionFinding[]) => findings.map(({ start, end, code }) => ({ start, end, code }));
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 160 }),
        fc.integer({ min: 0, max: 80 }),
        fc.array(key, { maxLength: 12 }),
        (parts, from, keys) => {
          let value = parts.join('');
          for (const { at, typed } of [{ at: 0, typed: '' }, ...keys]) {
            const where = value.length ? at % value.length : 0;
            value = typed ? value.slice(0, where) + typed + value.slice(where) : value.slice(0, where) + value.slice(where + 1);
            const texts = [toText(value)];
            assert.deepEqual(
              shape(inclusionFindings(texts, 'unops-ica', '', from)),
              shape(inclusionFindings(texts, 'unops-ica', '', Infinity)),
              JSON.stringify(value),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
