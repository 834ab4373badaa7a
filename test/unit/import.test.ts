import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { parse } from 'yaml';
import { checkPosting, importFromText, renderPostingText } from '../../server/src/engine';
import { readSeed, seed000SourcePath } from '../helpers/seeds';

const seed000 = readFileSync(seed000SourcePath, 'utf8');
const lica4 = readFileSync(resolve(__dirname, '../fixtures/import/lica4-field-assistant.txt'), 'utf8');

/** Data with each string's trailing line break dropped: a `>` block keeps one, `>-` does not; the text is the same. */
function normalized(value: unknown): unknown {
  if (typeof value === 'string') return value.replace(/(?<!\n)\n+$/, '');
  if (Array.isArray(value)) return value.map(normalized);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, normalized(v)]));
  return value;
}

describe('import from careers-site text', () => {
  // The careers page shows the duty station above the text, not in it.
  const imported = importFromText(seed000, { fields: { duty_station: 'Tokyo' } });

  it('reads seed 000 into a posting that validates with no problems', () => {
    assert.ok(imported.yaml.startsWith('# posting\n'));
    assert.deepEqual(imported.notes, []);
    assert.deepEqual(imported.missing, []);
    assert.deepEqual(checkPosting(imported.yaml).problems, []);
  });

  it('gives back exactly the careers-site text when exported as text', () => {
    assert.equal(
      renderPostingText(imported.yaml, 'txt', { banner: false, careersSite: true }),
      seed000.endsWith('\n') ? seed000 : `${seed000}\n`,
    );
  });

  it('holds the same data as the hand-written seed posting', () => {
    assert.deepEqual(normalized(parse(imported.yaml)), normalized(parse(readSeed())));
  });

  it('names the fields the text does not give, and the check reports them', () => {
    const withoutStation = importFromText(seed000);
    assert.deepEqual(withoutStation.missing, ['duty_station']);
    assert.match(withoutStation.yaml, /^# Not in the text, please add: duty_station$/m);
    assert.deepEqual(
      checkPosting(withoutStation.yaml).problems.map((p) => p.message),
      ['Missing section: Duty Station'],
    );
  });

  describe('a different posting (LICA4, other order, numbered headings, an extra section)', () => {
    const result = importFromText(lica4, { fields: { duty_station: 'Meiganga' } });
    const data = result.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- deep reads of a test fixture

    it('reads its header, infers title, supervisor, country and term, and validates clean', () => {
      assert.deepEqual(
        [data.title, data.country, data.affiliate_type, data.hardship_level, data.family_type, data.deadline, data.contract_end_date],
        ['Field Assistant', 'Cameroon', 'UNOPS LICA4', 'C', 'Non Family', '2025-03-03', '2025-12-31'],
      );
      assert.equal(data.terms_of_reference.purpose_and_scope.supervisor, 'Associate Field Officer');
      assert.equal(data.terms_of_reference.purpose_and_scope.duties.length, 4);
      assert.deepEqual(data.terms_of_reference.qualifications_and_experience.key_competencies.managerial, [
        'Empowering and Building Trust',
      ]);
      assert.deepEqual(
        data.terms_of_reference.qualifications_and_experience.language_skills.languages.map(
          (l: { language: string; required: boolean }) => `${l.language}${l.required ? '' : ' (asset)'}`,
        ),
        ['French', 'English', 'Fulfulde (asset)'],
      );
      assert.equal(data.closing_statements.length, 4);
      assert.deepEqual(checkPosting(result.yaml).problems, []);
    });

    it('keeps every part it does not recognise in notes, word for word', () => {
      assert.deepEqual(result.notes, [
        'Remote work acceptedNo',
        'Living and Working Conditions:\nMeiganga is a small town five hours by road from Ngaoundéré.\nHousing is basic; the office provides a vehicle for field missions.',
      ]);
      assert.deepEqual(parse(result.yaml).notes, result.notes);
    });

    it('drops no line: every line of the text is found in the posting', () => {
      const everything = JSON.stringify(result.data);
      const labels =
        /^(Deadline for Applications|Hardship Level \(not applicable for home-based\)|Staff Member \/ Affiliate Type|Target Start Date|Skills|Education|Work Experience|Other information|Terms of Reference|Core competencies: |Managerial competencies: |Language skills: |Essential: |Desirable: |\*|\d\. |[a-c]\. |,)/;
      const headings =
        /^(Family Type.*|Certifications|Home-BasedNo|Closing statements|\d\. [A-Z][a-z]+( [a-zA-Z]+)*|[a-c]\. [A-Z][a-z]+( [A-Z][a-z]+)?|,)$/;
      for (const line of lica4.split('\n').filter((l) => l.trim() && !headings.test(l))) {
        const content = line.replace(labels, '');
        const pieces = content.split(/, (?:and )?/).filter((piece) => !/^March 3|^\d{4}/.test(piece));
        for (const piece of pieces) assert.ok(everything.includes(JSON.stringify(piece).slice(1, -1)), `lost: ${piece}`);
      }
    });
  });
});

describe('import from careers-site text: the family type a sentence states', () => {
  it('reads "… is classified as a non-family duty station" when the header has no Family Type', () => {
    const text = seed000.replace(/^Family Type[^\n]*\n(?:[^\n]*\n)?/m, '') + '\nJuba is classified as a non-family duty station.\n';
    assert.ok(!/^Family Type/m.test(text));
    assert.equal(importFromText(text).data.family_type, 'Non Family');
  });

  it('leaves a labelled Family Type as the text gives it', () => {
    assert.equal(importFromText(lica4 + '\nMeiganga is a family duty station.\n').data.family_type, 'Non Family');
  });
});

describe('import from careers-site text: a Markdown copy and a ToR that numbers its fields in capitals', () => {
  const header = [
    '**Deadline for Applications** April 4, 2027',
    '**Hardship Level (not applicable for home-based)** D',
    '**Family Type (not applicable for home-based)** Non Family',
    '**Staff Member / Affiliate Type** UNOPS LICA3',
    '**Target Start Date** 2027-05-01',
  ];

  it('reads a Markdown copy of the page as the page: bold labels, ## headings, **Title:** lines', () => {
    const imported = importFromText(
      [
        ...header,
        '## Terms of Reference',
        '**Title:** Driver',
        '**Duty station:** Gode, Ethiopia',
        '### Purpose and Scope of Assignment',
        '- Drive official vehicles;',
        '**Home-Based** No',
      ].join('\n'),
    );
    assert.equal(imported.layout, 'careers-site');
    const data = imported.data as Record<string, unknown>;
    assert.equal(data.profile, 'unops-ica');
    assert.equal(data.deadline, '2027-04-04');
    assert.equal(data.family_type, 'Non Family');
    assert.equal(data.title, 'Driver');
    assert.equal(data.duty_station, 'Gode');
  });

  it('leaves a Markdown posting of another layout to the general reader', () => {
    assert.notEqual(importFromText('**Job Title:** Driver\n**Location:** Gode\n## Duties\n- Drive').layout, 'careers-site');
  });

  it('reads "1. TITLE:", "3. DURATION: … to …" and "Education: …" / "Work Experience: …" with their text', () => {
    const imported = importFromText(
      [
        ...header.map((line) => line.replace(/^\*\*([^*]+)\*\* /, '$1')),
        'Terms of Reference',
        '1. TITLE: Associate Reporting Officer',
        '2. DURATION: 5 January 2027 to 30 June 2027',
        '3. QUALIFICATIONS AND EXPERIENCE',
        'Education: University degree in communication.',
        'Work Experience: Essential: Two years of relevant experience.',
        'Home-BasedNo',
      ].join('\n'),
    );
    const data = imported.data as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- deep reads
    assert.equal(data.title, 'Associate Reporting Officer');
    assert.equal(data.contract_end_date, '2027-06-30');
    const qualifications = data.terms_of_reference.qualifications_and_experience;
    assert.equal(qualifications.education, 'University degree in communication.');
    assert.equal(qualifications.work_experience.essential, 'Two years of relevant experience.');
  });
});
