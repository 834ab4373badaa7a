import { strict as assert } from 'assert';
import { join } from 'path';
import { isMap, isPair, isScalar, parseDocument, type Node } from 'yaml';
import eligibilityCatalogue from '../../schemas/rules/eligibility.json';
import { deleteField, locate, rangeOf, replaceOnce } from '../helpers/edit';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
import { fileUri, readSeed, seedsDir } from '../helpers/seeds';
import { requiredSections } from '../helpers/schemaWalk';

const seedFiles: Record<string, string> = {
  'unhcr-staff': 'unhcr-japan-associate-protection-officer-p2.posting.yaml',
  jpo: 'mofa-jpo-ocha-bangkok-p2.posting.yaml',
  'peace-advisor': 'cabinet-office-peace-cooperation-advisor.posting.yaml',
  'refugee-talent': 'welgee-refugee-talent-software-engineer.posting.yaml',
};
const seedPath = (profile: string) => join(seedsDir, seedFiles[profile]);
const seedOf = (profile: string) => readSeed(seedPath(profile));
const eligibilityCodes = new Set(Object.keys(eligibilityCatalogue).filter((code) => !code.startsWith('$')));

type Range = Diagnostic['range'];

/** The range of the key at a data path, found by parsing the text (the key alone, without its colon). */
function keyRange(text: string, path: readonly string[]): Range {
  let map: unknown = parseDocument(text).contents;
  let key: Node | undefined;
  for (const name of path) {
    if (!isMap(map)) throw new Error(`No map above ${name}`);
    const pair = map.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === name);
    if (!pair) throw new Error(`No key ${path.join('.')}`);
    key = pair.key as Node;
    map = pair.value;
  }
  const [start, end] = key!.range!;
  const before = text.slice(0, start);
  const line = before.split('\n').length - 1;
  const character = start - (before.lastIndexOf('\n') + 1);
  return { start: { line, character }, end: { line, character: character + end - start } };
}

function deleteLine(text: string, line: string): string {
  return replaceOnce(text, `${line}\n`, '');
}

describe('profiles over LSP (stdio)', function () {
  let client: LspClient;
  let counter = 0;
  const freshUri = () => `file:///work/profile-test-${++counter}.posting.yaml`;
  const eligibilityProblems = async (text: string) =>
    (await client.open(freshUri(), text)).filter((d) => eligibilityCodes.has(String(d.code))).map((d) => [d.code, d.message, d.range]);

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  describe('each profile has a seed that passes clean', () => {
    for (const profile of Object.keys(seedFiles)) {
      it(`${profile}: ${seedFiles[profile]}`, async () => {
        assert.deepEqual(await client.open(fileUri(seedPath(profile)), seedOf(profile)), []);
      });
    }
  });

  describe('the profile is inferred from the Staff Member / Affiliate Type when `profile:` is absent', () => {
    for (const profile of Object.keys(seedFiles)) {
      it(`${profile}`, async () => {
        const text = deleteLine(seedOf(profile), `profile: ${profile}`);
        assert.deepEqual(await client.open(freshUri(), text), []);
      });
    }

    it('a General Service staff posting is a UNHCR staff posting', async () => {
      const text = replaceOnce(
        deleteLine(seedOf('unhcr-staff'), 'profile: unhcr-staff'),
        'affiliate_type: Professional',
        'affiliate_type: General Service',
      );
      const diagnostics = await client.open(freshUri(), text);
      assert.ok(!diagnostics.some((d) => d.code === 'unknown-field' || d.code === 'missing-section'), JSON.stringify(diagnostics));
    });

    it('a declared profile wins over the affiliate type: a staff posting checked as a UNOPS ToR is wrong', async () => {
      const text = replaceOnce(seedOf('unhcr-staff'), 'profile: unhcr-staff', 'profile: unops-ica');
      const diagnostics = await client.open(freshUri(), text);
      // The Workday "Reason" has no place in a UNOPS ToR (its grade does: the careers page's contract level).
      const unknownReason = diagnostics.find((d) => d.code === 'unknown-field' && d.message.startsWith("Unknown field 'reason'"));
      assert.ok(unknownReason, JSON.stringify(diagnostics.map((d) => d.message)));
      assert.deepEqual(unknownReason.range, rangeOf(text, 'reason', 'country:'));
    });
  });

  describe('a missing required section is reported by its template heading, at its parent', () => {
    for (const profile of Object.keys(seedFiles)) {
      for (const section of requiredSections(profile)) {
        it(`${profile}: ${section.path.join('.')} → "Missing section: ${section.title}"`, async () => {
          const text = deleteField(seedOf(profile), section.path);
          const diagnostics = await client.open(freshUri(), text);
          const missing = diagnostics.filter((d) => d.code === 'missing-section');
          assert.equal(missing.length, 1, JSON.stringify(diagnostics, null, 1));
          assert.equal(missing[0].message, `Missing section: ${section.title}`);
          const expected =
            section.path.length > 1
              ? keyRange(text, section.path.slice(0, -1))
              : { start: { line: 0, character: 0 }, end: { line: 0, character: text.split('\n')[0].length } };
          assert.deepEqual(missing[0].range, expected);
        });
      }
    }
  });

  describe('MOFA JPO eligibility', () => {
    const seed = seedOf('jpo');

    it('jpo-age-limit-missing: no age limit', async () => {
      const text = deleteLine(seed, '  max_age: 35');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'jpo-age-limit-missing',
          'State the age limit: JPO candidates must be 35 or under on the reference date (add Age limit: 35)',
          keyRange(text, ['eligibility']),
        ],
      ]);
    });

    it('jpo-age-limit-too-high: an age limit above 35', async () => {
      const text = replaceOnce(seed, 'max_age: 35', 'max_age: 36');
      assert.deepEqual(await eligibilityProblems(text), [
        ['jpo-age-limit-too-high', 'The age limit 36 is above the JPO limit: write 35', rangeOf(text, '36', 'max_age')],
      ]);
    });

    it('jpo-age-reference-date-missing: no date to count the age on, suggesting 1 February of the exam year', async () => {
      // Nor in the eligibility sentence, which a reviewer reads as stating it.
      const text = replaceOnce(
        deleteLine(seed, '  age_reference_date: 2025-02-01'),
        'Candidates are 35 or under on 1 February 2025.',
        'Candidates are 35 or under.',
      );
      const diagnostics = await client.open(freshUri(), text);
      const found = diagnostics.filter((d) => eligibilityCodes.has(String(d.code)));
      assert.deepEqual(
        found.map((d) => [d.code, d.message, d.range]),
        [
          [
            'jpo-age-reference-date-missing',
            'Give the date the age is counted on (Age reference date), e.g. 2025-02-01; it changes each year',
            keyRange(text, ['eligibility', 'max_age']),
          ],
        ],
      );
      assert.deepEqual(found[0].data, {
        path: ['eligibility', 'age_reference_date'],
        missingKey: 'age_reference_date',
        suggestions: ['2025-02-01'],
      });
    });

    it("jpo-degree-below-master: a bachelor's degree", async () => {
      const text = replaceOnce(seed, 'minimum_degree: master', 'minimum_degree: bachelor');
      assert.deepEqual(await eligibilityProblems(text), [
        ['jpo-degree-below-master', "A JPO needs a master's degree: set Minimum degree to master", rangeOf(text, 'bachelor')],
      ]);
    });

    it('jpo-experience-too-short: one year of experience', async () => {
      const text = replaceOnce(seed, 'minimum_experience_years: 2', 'minimum_experience_years: 1');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'jpo-experience-too-short',
          'A JPO needs at least 2 years of work experience: raise Minimum years of experience from 1 to 2',
          rangeOf(text, '1', 'minimum_experience_years:'),
        ],
      ]);
    });

    it('jpo-experience-exclusions-missing: internships not excluded, with the item to append', async () => {
      // Neither the list nor the text says it: a text that says so in its own words has stated it (stop 19).
      const text = deleteLine(seed, '    - internships')
        .split('part-time work and internships do not count')
        .join('part-time work does not count');
      assert.ok(!/internships do not count/.test(text));
      const found = (await client.open(freshUri(), text)).filter((d) => eligibilityCodes.has(String(d.code)));
      assert.deepEqual(
        found.map((d) => [d.code, d.message, d.range]),
        [
          [
            'jpo-experience-exclusions-missing',
            'Say that internships do not count as work experience (Experience that does not count)',
            keyRange(text, ['eligibility', 'experience_excludes']),
          ],
        ],
      );
      assert.deepEqual(found[0].data, { path: ['eligibility', 'experience_excludes'], append: ['internships'] });
    });

    it('jpo-nationality: another nationality', async () => {
      const text = replaceOnce(seed, 'nationality: Japanese', 'nationality: Any');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'jpo-nationality',
          'The MOFA JPO programme is for Japanese nationals: set Nationality to Japanese',
          rangeOf(text, 'Any', 'nationality:'),
        ],
      ]);
    });

    it('jpo-english-test-missing: neither TOEFL nor IELTS', async () => {
      const text = replaceOnce(seed, '      - TOEFL iBT\n      - IELTS', '      - TOEIC');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'jpo-english-test-missing',
          'Name the English test whose score candidates submit: TOEFL or IELTS',
          keyRange(text, ['eligibility', 'english', 'tests']),
        ],
      ]);
    });

    it('jpo-working-english-missing: working English not asked', async () => {
      const text = replaceOnce(seed, 'working_english: true', 'working_english: false');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'jpo-working-english-missing',
          'State that candidates must be able to work in English (Working English: true)',
          rangeOf(text, 'false', 'working_english'),
        ],
      ]);
    });

    it('jpo-civil-servants-not-stated: nothing said about national civil servants', async () => {
      // Neither the field nor the eligibility sentence that says they may apply.
      const withoutField = deleteField(seed, ['eligibility', 'national_civil_servants']);
      const text = withoutField.replace(/ {4}- >-\n {6}Serving national civil servants may apply[^\n]*\n[^\n]*\n/, '');
      assert.notEqual(text, withoutField);
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'jpo-civil-servants-not-stated',
          'State that serving national civil servants may apply (since FY2019) and may return to their ministry (add National civil servants)',
          keyRange(text, ['eligibility']),
        ],
      ]);
    });

    it('stated-term-too-long: a three-year assignment', async () => {
      const text = replaceOnce(seed, 'duration_months: 24', 'duration_months: 36');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'stated-term-too-long',
          'The assignment is 36 months; shorten it to at most 24 months (MOFA JPO assignment)',
          rangeOf(text, '36', 'duration_months'),
        ],
      ]);
    });

    it("term-too-long (dates) uses the JPO profile's 24 months", async () => {
      const text = replaceOnce(seed, 'contract_end_date: 2027-12-31', 'contract_end_date: 2028-06-30');
      const diagnostics = await client.open(freshUri(), text);
      assert.deepEqual(
        diagnostics.filter((d) => d.code === 'term-too-long').map((d) => [d.message, d.range]),
        [['The term runs 30 months; a MOFA JPO assignment term lasts at most 24 months', rangeOf(text, '2028-06-30')]],
      );
    });
  });

  describe('International Peace Cooperation Programme Advisor eligibility', () => {
    const seed = seedOf('peace-advisor');

    it('stated-term-too-long: a 30-month term', async () => {
      const text = replaceOnce(seed, 'term_months: 24', 'term_months: 30');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'stated-term-too-long',
          'The term is 30 months; shorten it to at most 24 months (International Peace Cooperation Programme Advisor)',
          rangeOf(text, '30', 'term_months'),
        ],
      ]);
    });

    it('advisor-field-experience-required: field experience not required', async () => {
      const text = replaceOnce(seed, 'field_experience_required: true', 'field_experience_required: false');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'advisor-field-experience-required',
          'Require work experience in the field of international peace cooperation (Field experience required: true)',
          rangeOf(text, 'false', 'field_experience_required'),
        ],
      ]);
    });

    it('advisor-field-experience-area: experience in another field', async () => {
      const text = replaceOnce(
        seed,
        'field_experience_area: international peace cooperation',
        'field_experience_area: software engineering',
      );
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'advisor-field-experience-area',
          "The required experience must be in the field of international peace cooperation, not 'software engineering'",
          rangeOf(text, 'software engineering'),
        ],
      ]);
    });
  });

  describe('refugee-talent: nothing shuts out the target group', () => {
    const seed = seedOf('refugee-talent');

    it('refugee-talent-excluding-requirement: Japanese nationality, marked on the phrase, with a rewording', async () => {
      const text = replaceOnce(seed, '  - Business-level English.', '  - Japanese nationality and business-level English.');
      const found = (await client.open(freshUri(), text)).filter((d) => eligibilityCodes.has(String(d.code)));
      assert.deepEqual(
        found.map((d) => [d.code, d.message, d.range]),
        [
          [
            'refugee-talent-excluding-requirement',
            'Asking for Japanese nationality shuts out people with refugee backgrounds: ask for the legal status to work in Japan (or eligibility for the status the employer sponsors)',
            rangeOf(text, 'Japanese nationality', 'requirements:'),
          ],
        ],
      );
      assert.deepEqual(found[0].data, {
        path: ['requirements', 3],
        suggestions: ['the legal status to work in Japan and business-level English.'],
      });
    });

    it('refugee-talent-excluding-requirement: a Japanese degree folded over two lines is marked across them', async () => {
      const text = replaceOnce(
        seed,
        '  - A university degree in computer science or a related field, or equivalent experience.',
        '  - >-\n    A degree from a Japanese\n    university in computer science.',
      );
      const start = locate(text, 'degree from a Japanese');
      const end = locate(text, 'university in computer');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'refugee-talent-excluding-requirement',
          'Asking for a degree from a Japanese university shuts out people with refugee backgrounds: ask for a university degree or equivalent experience, from any country',
          { start, end: { line: end.line, character: end.character + 'university'.length } },
        ],
      ]);
    });

    it('refugee-talent-excluding-requirement: native Japanese in the language statement', async () => {
      const text = replaceOnce(
        seed,
        'statement: Business-level English and Japanese for everyday conversation (JLPT N3) are required.',
        'statement: Native Japanese is required.',
      );
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'refugee-talent-excluding-requirement',
          'Asking for native Japanese shuts out people with refugee backgrounds: ask for Japanese at the JLPT level the work needs (Japanese level asked)',
          rangeOf(text, 'Native Japanese'),
        ],
      ]);
    });

    it('refugee-talent-visa-support-missing: the employer offers no residence-status support', async () => {
      const text = replaceOnce(seed, 'offered: true', 'offered: false');
      assert.deepEqual(await eligibilityProblems(text), [
        [
          'refugee-talent-visa-support-missing',
          'State the residence-status support the employer offers, e.g. sponsoring a change of status of residence',
          rangeOf(text, 'false', 'offered'),
        ],
      ]);
    });
  });
});
