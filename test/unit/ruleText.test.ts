import { strict as assert } from 'assert';
import { parseCatalogue, parseConfig } from '../../server/src/engine/settings/config';
import { cutOffWord } from '../../server/src/engine/rules/duties';
import { agrees, periodIn } from '../../server/src/engine/rules/periods';
import { indexData } from '../../server/src/engine/rules/dataIndex';
import { degreeIn, normalizeGrade, yearsIn } from '../../server/src/engine/rules/requirementsText';

describe('reading requirements written in words', () => {
  it('finds the years of experience, in words or digits', () => {
    assert.equal(yearsIn('Minimum two years of previous job experience relevant to the function'), 2);
    assert.equal(yearsIn('At least 5 years of relevant experience'), 5);
    assert.equal(yearsIn('Fifteen years or more'), 15);
    assert.equal(yearsIn('three (3) years in protection'), 3);
    assert.equal(yearsIn('2+ years with an international organisation'), 2);
    assert.equal(yearsIn('12 years of progressively responsible experience'), 12);
    assert.equal(yearsIn('Relevant experience is an asset.'), undefined);
  });

  it('names the highest degree asked for', () => {
    assert.equal(degreeIn('Completion of Bachelor’s degree.'), 'undergraduate');
    assert.equal(degreeIn("Master's degree in law or a related field"), 'graduate');
    assert.equal(degreeIn('PhD in economics'), 'doctorate');
    assert.equal(degreeIn('Completion of secondary education'), 'highSchool');
    assert.equal(degreeIn('Training in international law'), undefined);
  });

  it('spells grades as the grade table does', () => {
    assert.equal(normalizeGrade('P-3'), 'P3');
    assert.equal(normalizeGrade('GS-6'), 'G6');
    assert.equal(normalizeGrade('NO-B'), 'NOB');
    assert.equal(normalizeGrade('g6'), 'G6');
  });
});

describe('periods written in the notes', () => {
  it('reads "from January to October 2025" with the start taking the end year', () => {
    const period = periodIn('advertised in replacement capacity from January to October 2025.');
    assert.deepEqual(period, { phrase: 'from January to October 2025', start: { year: 2025, month: 1 }, end: { year: 2025, month: 10 } });
  });

  it('reads days, both date orders and a period across a year end', () => {
    assert.deepEqual(periodIn('from November 2025 to 31 December 2026 (renewable)')?.end, { year: 2026, month: 12, day: 31 });
    assert.deepEqual(periodIn('from December 1, 2024 until March 2025')?.start, { year: 2024, month: 12, day: 1 });
    assert.deepEqual(periodIn('from November to March 2026')?.start, { year: 2025, month: 11 });
    assert.equal(periodIn('from January to October'), undefined);
  });

  it('compares a written month (and day) with an ISO date', () => {
    assert.ok(agrees({ year: 2025, month: 10 }, '2025-10-31'));
    assert.ok(!agrees({ year: 2025, month: 10 }, '2025-11-30'));
    assert.ok(!agrees({ year: 2026, month: 12, day: 31 }, '2026-12-30'));
  });
});

describe('duties that break off mid-phrase (duty-not-a-sentence)', () => {
  it('finds the word a duty breaks off after', () => {
    assert.equal(cutOffWord('Maintain the referral directory for the'), 'the');
    assert.equal(cutOffWord('- Maintain the petty cash and its'), 'its');
    assert.equal(cutOffWord('Support the'), 'the');
    assert.equal(cutOffWord('Prepare reports on sales, stock and'), 'and');
    assert.equal(cutOffWord('Liaise with  '), 'with');
  });
  it('accepts what reviewers accept: sentences, noun phrases, bullets without stops, fragments', () => {
    for (const duty of [
      'Perform other duties as required.',
      'Preparation of monthly reports',
      'Coordination with partners',
      'Daily vehicle checks.',
      'Reporting',
      'perform other duties as required',
      'Provide support,',
      'Follow up',
      'Ensure safety for all',
    ])
      assert.equal(cutOffWord(duty), undefined, duty);
  });
  it('reads "; and" or ", or" as the end of an item of a run-on list, and a stacked label as a label', () => {
    assert.equal(cutOffWord('Provide general support to the unit; and'), undefined);
    assert.equal(cutOffWord('review the documents, or'), undefined);
    assert.equal(cutOffWord('Reports to'), undefined);
    assert.equal(cutOffWord('Position reports to'), undefined);
    assert.equal(cutOffWord('Supervised by'), undefined);
  });
  it('leaves Japanese duties alone: they end as Japanese does', () => {
    assert.equal(cutOffWord('入居者様の食事、入浴、排せつの介助'), undefined);
    assert.equal(cutOffWord('CNC旋盤の操作'), undefined);
  });
});

describe('finding sections wherever a profile puts them', () => {
  it('lists the path of every field with a name, and every text', () => {
    const data = { a: { key_competencies: { core: ['x'] } }, b: [{ key_competencies: {} }] };
    const index = indexData(data);
    assert.deepEqual(index.pathsByKey.get('key_competencies'), [
      ['a', 'key_competencies'],
      ['b', 0, 'key_competencies'],
    ]);
    assert.deepEqual(index.texts, [{ path: ['a', 'key_competencies', 'core', 0], text: 'x' }]);
  });
});

describe('.postingrc.yaml parsing', () => {
  it('keeps valid severities, parameters and include globs', () => {
    const { config, problems } = parseConfig(
      'rules:\n  term-too-long: off\nparameters:\n  jpoAgeReferenceDate: 2025-02-01\n  gradeFigures: all\nfiles:\n  include: ["**/*.job.yaml"]\nmaxFileSize: 5000\n',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.severities, { 'term-too-long': 'off' });
    assert.deepEqual(config.parameters, { jpoAgeReferenceDate: '2025-02-01', gradeFigures: 'all' });
    assert.deepEqual(config.includeGlobs, ['**/*.job.yaml']);
    assert.equal(config.maxFileSize, 5000);
  });

  it('reports a wrong severity at its value and drops it', () => {
    const { config, problems } = parseConfig('rules:\n  term-too-long: fatal\n');
    assert.deepEqual(config.severities, {});
    assert.deepEqual(
      problems.map((p) => [p.code, p.message, p.range]),
      [
        [
          'config-invalid-value',
          'Severity (rules.term-too-long) must be one of error, warning, information, hint, off',
          { start: { line: 1, character: 17 }, end: { line: 1, character: 22 } },
        ],
      ],
    );
  });

  it('suggests the closest rule code and setting name', () => {
    const { problems } = parseConfig('rules:\n  term-to-long: off\nparamters: {}\n');
    assert.deepEqual(
      problems.map((p) => [p.code, p.message]),
      [
        ['config-unknown-setting', "Unknown setting 'paramters' in .postingrc.yaml; did you mean 'parameters'?"],
        ['config-unknown-rule', "No check has the code 'term-to-long'; did you mean 'term-too-long'?"],
      ],
    );
  });

  it('keeps inline catalogues and lists catalogue files to load', () => {
    const { config, problems } = parseConfig(
      'catalogues:\n  - acme.yaml\n  - id: acme\n    title: ACME framework\n    groups:\n      core:\n        title: Core\n        entries:\n          - name: Grit\n',
    );
    assert.deepEqual(problems, []);
    assert.deepEqual(config.catalogueFiles, [{ file: 'acme.yaml', path: ['catalogues', 0] }]);
    assert.deepEqual(config.catalogues[0].groups.core.entries, [{ name: 'Grit', definition: '' }]);
  });

  it('explains why a catalogue file is not a framework', () => {
    assert.deepEqual(parseCatalogue('id: x\ntitle: X\n').problems, ["needs 'groups'"]);
    assert.deepEqual(parseCatalogue('id: x\ntitle: X\n').problems_ja, ['カタログには「groups」が必要です']);
    assert.deepEqual(parseCatalogue('id: x\ntitle: X\ngroups: {g: {title: G}}\n').problems, ["groups.g needs 'entries'"]);
    assert.equal(parseCatalogue('{"id": "x", "title": "X", "groups": {"g": {"title": "G", "entries": []}}}').catalogue?.id, 'x');
  });
});
