import { strict as assert } from 'assert';
import { deleteField, rangeOf, replaceOnce } from '../helpers/edit';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
import { allSeeds, fileUri, readSeed } from '../helpers/seeds';

// LSP DiagnosticSeverity values.
const ErrorSeverity = 1;
const Warning = 2;
const Information = 3;
const Hint = 4;

/** Code, message, severity and range of each diagnostic: what an author sees. */
const seen = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.message, d.severity, d.range]);

describe('reviewer checks over LSP (stdio)', function () {
  let client: LspClient;
  const seed = readSeed();
  let counter = 0;
  const freshUri = () => `file:///work/rules-${++counter}.posting.yaml`;
  const check = (text: string) => client.open(freshUri(), text);

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  for (const { name, path, text } of allSeeds()) {
    it(`leaves the seed ${name} clean`, async () => {
      assert.deepEqual(await client.open(fileUri(path), text), []);
    });
  }

  describe('competencies', () => {
    it('unknown-competency: an unknown name gets the closest catalogue entry', async () => {
      const text = replaceOnce(seed, '- Analytical Thinking', '- Analytic Thinking');
      const diagnostics = await check(text);
      assert.deepEqual(seen(diagnostics), [
        [
          'unknown-competency',
          "'Analytic Thinking' is not a competency in the UNHCR Competency Framework; did you mean 'Analytical Thinking'?",
          Warning,
          rangeOf(text, 'Analytic Thinking'),
        ],
      ]);
      const data = diagnostics[0].data as { path: unknown[]; suggestions: string[] };
      assert.deepEqual(data.path, ['terms_of_reference', 'qualifications_and_experience', 'key_competencies', 'cross_functional', 0]);
      assert.equal(data.suggestions[0], 'Analytical Thinking');
    });

    it('competency-wrong-group: a managerial competency listed as cross-functional is moved', async () => {
      const text = replaceOnce(seed, '- Stakeholder Management', '- Leadership');
      const diagnostics = await check(text);
      assert.deepEqual(seen(diagnostics), [
        [
          'competency-wrong-group',
          "'Leadership' is one of the Managerial competencies, not the Cross-functional competencies; move it to managerial",
          Warning,
          rangeOf(text, 'Leadership'),
        ],
      ]);
      assert.deepEqual((diagnostics[0].data as { moveTo: unknown[] }).moveTo, [
        'terms_of_reference',
        'qualifications_and_experience',
        'key_competencies',
        'managerial',
      ]);
    });

    it('duplicate-competency: "and" and "&" are the same spelling', async () => {
      const text = replaceOnce(seed, '- Change Capability & Adaptability', '- Planning and Organizing');
      const diagnostics = await check(text);
      assert.deepEqual(seen(diagnostics), [
        [
          'duplicate-competency',
          "'Planning and Organizing' is listed twice; remove this one",
          Warning,
          rangeOf(text, 'Planning and Organizing'),
        ],
      ]);
      assert.deepEqual(diagnostics[0].data, {
        path: ['terms_of_reference', 'qualifications_and_experience', 'key_competencies', 'cross_functional', 3],
        removable: true,
        autoFixable: true,
      });
    });

    it('missing-core-competency: a UNHCR posting lists all six core competencies', async () => {
      const text = replaceOnce(seed, '        - Communication\n', '');
      const diagnostics = await check(text);
      assert.deepEqual(seen(diagnostics), [
        [
          'missing-core-competency',
          'The Core competencies of the UNHCR Competency Framework are all required (6); add Communication',
          Warning,
          rangeOf(text, 'core', 'key_competencies'),
        ],
      ]);
      assert.deepEqual((diagnostics[0].data as { append: string[] }).append, ['Communication']);
    });

    it('unknown-competency-group: a group the framework does not have', async () => {
      const text = replaceOnce(seed, 'framework: unhcr', 'framework: un-1999');
      const diagnostics = await check(text);
      const groups = diagnostics.filter((d) => d.code === 'unknown-competency-group');
      assert.deepEqual(seen(groups), [
        [
          'unknown-competency-group',
          "The UN Competencies for the Future (1999) has no group 'cross_functional'; use one of values, core, managerial",
          Warning,
          rangeOf(text, 'cross_functional'),
        ],
      ]);
    });
  });

  describe('contract', () => {
    it('local-eligibility-missing: a LICA posting says who may apply', async () => {
      let text = replaceOnce(seed, '  - The position is open to nationals and those who have the legal status to work in Japan.\n', '');
      text = replaceOnce(
        text,
        'The position is only open to nationals or those who already hold a legal status in Japan to\n      engage in employment in Japan.',
        'Applications are reviewed on a rolling basis.',
      );
      const diagnostics = await check(text);
      assert.deepEqual(seen(diagnostics), [
        [
          'local-eligibility-missing',
          'A UNOPS LICA6 is a local contract: state who may apply, e.g. "The position is open to nationals and those who have the legal status to work in Japan."',
          Warning,
          rangeOf(text, 'UNOPS LICA6', 'affiliate_type'),
        ],
      ]);
      assert.deepEqual((diagnostics[0].data as { append: string[] }).append, [
        'The position is open to nationals and those who have the legal status to work in Japan.',
      ]);
    });

    it('eligibility-contradicts-contract: a LICA posting excludes nationals', async () => {
      const text = replaceOnce(
        seed,
        '  - The position is open to nationals',
        '  - Only candidates who are not nationals of the country of assignment are eligible.\n  - The position is open to nationals',
      );
      assert.deepEqual(seen(await check(text)), [
        [
          'eligibility-contradicts-contract',
          'This international eligibility statement contradicts the local contract UNOPS LICA6; use the local statement or change the contract',
          Warning,
          rangeOf(text, 'not nationals of the country of assignment'),
        ],
      ]);
    });

    it('eligibility-contradicts-contract and ica-level-mismatch: an IICA header over a LICA ToR', async () => {
      const text = replaceOnce(seed, 'affiliate_type: UNOPS LICA6', 'affiliate_type: UNOPS IICA1');
      assert.deepEqual(seen(await check(text)), [
        [
          'eligibility-contradicts-contract',
          'This local eligibility statement contradicts the international contract UNOPS IICA1; use the international statement or change the contract',
          Warning,
          rangeOf(text, 'open to nationals'),
        ],
        [
          'ica-level-mismatch',
          'The ToR says Local Individual Contractor Agreement Level 6, but the Staff Member / Affiliate Type is UNOPS IICA1; make them agree',
          Warning,
          rangeOf(text, 'Local Individual Contractor Agreement Level 6'),
        ],
      ]);
    });

    it('ica-level-mismatch: the ICA level in the ToR header', async () => {
      const text = replaceOnce(seed, 'terms_of_reference:\n', 'terms_of_reference:\n  ica_level: LICA5\n');
      const diagnostics = await check(text);
      assert.deepEqual(seen(diagnostics), [
        [
          'ica-level-mismatch',
          'The ToR says LICA5, but the Staff Member / Affiliate Type is UNOPS LICA6; make them agree',
          Warning,
          rangeOf(text, 'LICA5'),
        ],
      ]);
      assert.deepEqual((diagnostics[0].data as { suggestions: string[] }).suggestions, ['LICA6']);
    });

    it('experience-below-grade: a verified figure (P4) is checked by default', async () => {
      const text = replaceOnce(seed, 'terms_of_reference:\n', 'terms_of_reference:\n  corresponding_level: P4\n');
      assert.deepEqual(seen(await check(text)), [
        [
          'experience-below-grade',
          'A P4 post usually asks for at least 9 years of relevant experience with an undergraduate degree; this posting asks for 2',
          Warning,
          rangeOf(text, 'two years'),
        ],
      ]);
    });
  });

  describe('duties', () => {
    it('duty-not-a-sentence: a duty does not break off mid-phrase', async () => {
      const text = replaceOnce(seed, '- Perform other duties as required.', '- Perform other duties as required by the');
      assert.deepEqual(seen(await check(text)), [
        [
          'duty-not-a-sentence',
          'Duty 6 breaks off after "the": finish it, or join it to the next item if that item goes on with it',
          Information,
          rangeOf(text, 'Perform other duties as required by the'),
        ],
      ]);
    });

    it('last-duty-not-other-duties: the duties end with the catch-all duty', async () => {
      const text = replaceOnce(seed, '      - Perform other duties as required.\n', '');
      const diagnostics = await check(text);
      assert.deepEqual(seen(diagnostics), [
        [
          'last-duty-not-other-duties',
          'End the duties with "Perform other duties as required."',
          Warning,
          rangeOf(text, 'Provide general administrative and logistical support for Protection Unit, including but'),
        ],
      ]);
      assert.deepEqual(diagnostics[0].data, {
        path: ['terms_of_reference', 'purpose_and_scope', 'duties'],
        append: ['Perform other duties as required.'],
        autoFixable: true,
      });
    });
  });

  describe('languages', () => {
    it('language-levels-missing: each language with its level', async () => {
      const text = deleteField(seed, ['terms_of_reference', 'qualifications_and_experience', 'language_skills', 'languages']);
      assert.deepEqual(seen(await check(text)), [
        [
          'language-levels-missing',
          'Give each language with its level under `languages` (e.g. English: fluent)',
          Information,
          rangeOf(text, 'language_skills'),
        ],
      ]);
    });

    it('japan-language-levels: a local post in Japan names Japanese and English', async () => {
      const text = replaceOnce(seed, '        - language: Japanese\n          level: fluent\n          required: true\n', '');
      assert.deepEqual(seen(await check(text)), [
        [
          'japan-language-levels',
          'A local post in Japan names its Japanese and English levels; add Japanese to the languages',
          Warning,
          rangeOf(text, 'languages', '    language_skills'),
        ],
      ]);
    });
  });

  describe('closing statements', () => {
    it('closing-statement-missing: the standard statements of a UN posting', async () => {
      const text = `${seed}closing_statements:\n  - UNHCR does not charge a fee at any stage of its recruitment process.\n`;
      const diagnostics = await check(text);
      const key = rangeOf(text, 'closing_statements');
      assert.deepEqual(seen(diagnostics), [
        [
          'closing-statement-missing',
          'Add the standard diversity statement to the closing statements: "Applications are encouraged from all qualified candidates without distinction on the grounds of race, colour, sex, national origin, age, religion, disability, sexual orientation and gender identity."',
          Information,
          key,
        ],
        [
          'closing-statement-missing',
          'Add the standard sexual exploitation and abuse (SEA) statement to the closing statements: "UNHCR has a zero tolerance policy against Sexual Exploitation and Abuse (SEA); any such conduct is grounds for disciplinary measures, including dismissal."',
          Information,
          key,
        ],
      ]);
      assert.deepEqual((diagnostics[0].data as { path: unknown[] }).path, ['closing_statements']);
    });
  });

  describe('inclusive wording', () => {
    it('age, physical demands, elitism, nationality and family status each have their own code, severity and range', async () => {
      const text = replaceOnce(
        seed,
        'Minimum two years of previous job experience relevant to the function of the position or\n        related fields.',
        'Minimum two years of previous job experience. We seek a young and dynamic colleague with a degree\n        from a prestigious university, accent-free English and no family commitments; candidates\n        must be able to walk long distances.',
      );
      assert.deepEqual(seen(await check(text)), [
        [
          'age-wording',
          '“young and dynamic” points to an age group; describe the experience the work needs instead (e.g. dynamic)',
          Warning,
          rangeOf(text, 'young and dynamic'),
        ],
        [
          'physical-demand-wording',
          "“able to walk long distances” states a physical ability the work may not need; describe the task instead (e.g. the task itself (e.g. 'visit field locations'))",
          Information,
          rangeOf(text, 'able to walk long distances'),
        ],
        [
          'elitist-wording',
          '“prestigious university” favours graduates of a few institutions; ask for the degree instead (e.g. an accredited university)',
          Information,
          rangeOf(text, 'prestigious university'),
        ],
        [
          'nationality-wording',
          '“accent-free” selects by nationality, ethnicity or accent; ask for what the work needs instead (e.g. clear spoken English)',
          Warning,
          rangeOf(text, 'accent-free'),
        ],
        [
          'family-status-wording',
          '“no family commitments” selects by family status; state the conditions of the post instead (e.g. available to travel on mission)',
          Warning,
          rangeOf(text, 'no family commitments'),
        ],
      ]);
    });
  });

  describe('dates', () => {
    it('period-disagrees-with-dates: the period in the notes agrees with the date fields', async () => {
      const text = replaceOnce(seed, 'contract_end_date: 2025-10-31', 'contract_end_date: 2025-12-31');
      assert.deepEqual(seen(await check(text)), [
        [
          'period-disagrees-with-dates',
          'The notes say "from January to October 2025" (October 2025), but the Contract End Date is 2025-12-31; make them agree',
          Warning,
          rangeOf(text, 'from January to October 2025'),
        ],
      ]);
    });
  });

  describe('ignore comments', () => {
    const broken = replaceOnce(seed, '- Analytical Thinking', '- Analytic Thinking');

    it('# posting-disable-next-line <code> silences that code on the next line only', async () => {
      const text = replaceOnce(
        broken,
        '        - Analytic Thinking',
        '        # posting-disable-next-line unknown-competency\n        - Analytic Thinking',
      );
      assert.deepEqual(await check(text), []);
      const other = replaceOnce(
        broken,
        '        - Analytic Thinking',
        '        # posting-disable-next-line duplicate-competency\n        - Analytic Thinking',
      );
      assert.deepEqual(
        (await check(other)).map((d) => d.code),
        ['unknown-competency'],
      );
    });

    it('# posting-disable <code> silences that code in the whole file', async () => {
      const text = replaceOnce(broken, '# posting\n', '# posting\n# posting-disable unknown-competency\n').replace(
        '- Stakeholder Management',
        '- Stakeholder Managment',
      );
      assert.deepEqual(await check(text), []);
    });
  });

  describe('editor settings (postingStudio.rules)', () => {
    let configured: LspClient;
    before(async () => {
      configured = await LspClient.start({
        configuration: { rules: { 'unknown-competency': 'error', 'duty-not-a-sentence': 'off', 'last-duty-not-other-duties': 'hint' } },
      });
    });
    after(async () => {
      await configured.stop();
    });

    it('changes a severity, or turns a check off', async () => {
      const text = replaceOnce(
        replaceOnce(seed, '- Analytical Thinking', '- Analytic Thinking'),
        '      - Perform other duties as required.\n',
        '      - reporting\n',
      );
      const diagnostics = await configured.open('file:///work/configured.posting.yaml', text);
      assert.deepEqual(
        diagnostics.map((d) => [d.code, d.severity]),
        [
          ['unknown-competency', ErrorSeverity],
          ['last-duty-not-other-duties', Hint],
        ],
      );
    });
  });
  describe('careers-site summary and Terms of Reference', () => {
    it('summary-language-not-in-tor points at the ToR language statement through relatedInformation', async () => {
      const uri = freshUri();
      const text = replaceOnce(seed, '  languages:\n    - English\n', '  languages:\n    - English\n    - French\n');
      const diagnostics = (await client.open(uri, text)) as (Diagnostic & {
        relatedInformation?: { location: { uri: string; range: Diagnostic['range'] }; message: string }[];
      })[];
      assert.deepEqual(
        diagnostics.map((d) => d.code),
        ['summary-language-not-in-tor'],
      );
      const [diagnostic] = diagnostics;
      assert.deepEqual(diagnostic.range, rangeOf(text, 'French', '    - English\n    - '));
      const [related] = diagnostic.relatedInformation ?? [];
      assert.equal(related.location.uri, uri);
      assert.equal(text.split('\n')[related.location.range.start.line], '    language_skills:');
      assert.match(related.message, /Proficiency in English and Japanese/);
    });
  });
});
