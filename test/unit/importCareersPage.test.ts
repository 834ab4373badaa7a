import { strict as assert } from 'assert';
import { importFromText } from '../../server/src/engine';

// Short texts written for these tests in the shape of the careers-site copy of a UNOPS ICA post; none is taken from a
// real page.

/** A careers-site copy: the page's top lines, then a header and a Terms of Reference with the given lines. */
const careersPage = (top: readonly string[], tor: readonly string[]) =>
  importFromText(
    [
      ...top,
      'Hardship Level (not applicable for home-based)',
      'C',
      '',
      'Family Type (not applicable for home-based)',
      'Family',
      '',
      'Staff Member / Affiliate Type',
      'UNOPS LICA6',
      '',
      'Job Posting End Date',
      'March 3, 2027',
      '',
      'Target Start Date',
      '2027-04-01',
      '',
      'Terms of Reference',
      '',
      '1. General Background of Project/Assignment',
      'The office supports refugees in two camps.',
      '',
      '2. Purpose and Scope of Assignment',
      'The associate will follow the shelter works.',
      '',
      '3. Monitoring and Progress Controls',
      '- Weekly reports.',
      '',
      '4. Qualifications and Experience',
      '',
      ...tor,
    ].join('\n'),
  );

const at = (data: unknown, path: string): unknown =>
  path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), data);
const qualifications = 'terms_of_reference.qualifications_and_experience';

describe('import: a careers-site page as copied (issue 14 §1)', () => {
  it('reads an empty "Grade" over "Staff Member / Affiliate TypeUNOPS LICA6" as no grade, and the affiliate type as given', () => {
    const imported = careersPage(['Shelter Associate', 'Grade', 'Staff Member / Affiliate TypeUNOPS LICA6', ''], []);
    assert.equal(imported.data.grade, undefined);
    assert.equal(imported.data.affiliate_type, 'UNOPS LICA6');
    assert.equal(imported.data.profile, 'unops-ica');
  });

  describe("the site's name and menu above the title", () => {
    for (const site of ['UNHCR Careers', 'Careers at UNOPS', 'UNICEF Jobs']) {
      it(`takes the line under "${site}" for the title, and keeps the site's name under notes`, () => {
        const imported = careersPage([site, 'Shelter Associate', 'Apply', ''], []);
        assert.equal(imported.data.title, 'Shelter Associate');
        assert.ok(imported.notes.includes(site));
      });
    }

    it("passes over the site's menu of words spaced apart", () => {
      const imported = careersPage(
        ['UNHCR Careers', 'Search for Jobs    Introduce Yourself    Sign In', '', 'Shelter Associate', 'Apply', ''],
        [],
      );
      assert.equal(imported.data.title, 'Shelter Associate');
      assert.ok(imported.notes.includes('Search for Jobs    Introduce Yourself    Sign In'));
    });

    it("passes over a menu copied one item a line, the organisation's name first", () => {
      const imported = careersPage(
        ['Skip to main content', 'UNHCR', 'Search for Jobs', 'Sign In', 'English', '', 'Shelter Associate', 'Apply', ''],
        [],
      );
      assert.equal(imported.data.title, 'Shelter Associate');
      for (const line of ['UNHCR', 'Search for Jobs', 'Sign In']) assert.ok(imported.notes.includes(line), line);
    });

    it('still takes a title that names a career for the title', () => {
      assert.equal(careersPage(['Careers Guidance Associate', 'Apply', ''], []).data.title, 'Careers Guidance Associate');
    });
  });

  describe('the lettered parts of Qualifications and Experience', () => {
    it('reads every line under "b. Work Experience", an asset as desirable and the rest as essential', () => {
      const imported = careersPage(
        ['Shelter Associate', ''],
        [
          'b. Work Experience',
          '• At least four (4) years of relevant experience in construction.',
          '• Experience with AutoCAD is an asset.',
          '• Experience in supervising contractors.',
        ],
      );
      assert.deepEqual(at(imported.data, `${qualifications}.work_experience`), {
        essential: 'At least four (4) years of relevant experience in construction.\nExperience in supervising contractors.',
        desirable: 'Experience with AutoCAD is an asset.',
      });
    });

    it('reads "d. Language" as the language statement, each language at the level its own clause gives', () => {
      const imported = careersPage(
        ['Shelter Associate', ''],
        ['d. Language', 'Fluency in English is required. Knowledge of Arabic is desirable.'],
      );
      assert.deepEqual(at(imported.data, `${qualifications}.language_skills`), {
        statement: 'Fluency in English is required. Knowledge of Arabic is desirable.',
        languages: [
          { language: 'English', level: 'fluent', required: true },
          { language: 'Arabic', level: 'working knowledge', required: false },
        ],
      });
    });
  });

  describe('closing statements after the summary fields', () => {
    it('reads a no-fee statement as a closing statement, and a sentence that only mentions one later as a note', () => {
      const fee = 'UNHCR does not charge a fee at any stage of its recruitment process (application, interview or any other fees).';
      const noted = 'Vacancy code: GZT/2027/003. UNHCR does not charge a fee at any stage.';
      const imported = careersPage(
        ['Shelter Associate', ''],
        ['a. Education', 'Secondary school.', '', 'Skills', 'Shelter', '', 'Home-Based', 'No', '', noted, '', fee],
      );
      assert.deepEqual(imported.data.closing_statements, [fee]);
      assert.ok(imported.notes.includes(noted));
    });
  });

  describe("the Terms of Reference's opening fields as a copy of their table gives them", () => {
    const opened = (fields: readonly string[]) =>
      importFromText(
        [
          'Shelter Associate',
          'Staff Member / Affiliate Type',
          'UNOPS LICA6',
          'Job Posting End Date',
          'March 3, 2027',
          'Terms of Reference',
          ...fields,
          '1. General Background of Project/Assignment',
          'The office supports refugees in two camps.',
        ].join('\n'),
      ).data;
    const facts = (data: Record<string, unknown>) => [data.duty_station, data.country, data.target_start_date, data.contract_end_date];
    const want = ['Ouallam', 'Niger', '2027-04-01', '2027-12-31'];

    it('reads them tab-separated, glued to their values, or run onto one line', () => {
      for (const fields of [
        ['Title\tShelter Associate', 'Duty station\tOuallam, Niger', 'Duration\tfrom 1 April 2027 to 31 December 2027'],
        ['TitleShelter Associate', 'Duty stationOuallam, Niger', 'DurationFrom 1 April 2027 to 31 December 2027'],
        ['Title: Shelter AssociateDuty station: Ouallam, NigerDuration: from 1 April 2027 to 31 December 2027'],
        ['Title:Shelter Associate', 'Duty station:Ouallam, Niger', 'Duration:from 1 April 2027 to 31 December 2027'],
      ])
        assert.deepEqual(facts(opened(fields)), want, fields.join(' | '));
    });

    it('reads the dates a length gives in brackets ("Six months (1 April 2027 – 31 December 2027)")', () => {
      const data = opened(['Duty station: Ouallam, Niger', 'Duration: Nine months (1 April 2027 – 31 December 2027)']);
      assert.deepEqual(facts(data), want);
      assert.equal(data.duration, 'Nine months (1 April 2027 – 31 December 2027)');
    });

    it("leaves a sentence that opens with a label's word alone", () => {
      const data = opened(['Location of the camps is remote.', 'Duty station: Ouallam, Niger']);
      assert.deepEqual([data.duty_station, data.country], ['Ouallam', 'Niger']);
    });
  });

  describe("a UNHCR Workday page for a UNOPS affiliate, with Workday's header labels and a ToR", () => {
    const workdayTor = (lines: readonly string[] = []) =>
      importFromText(
        [
          'Field Associate',
          'Apply',
          'locations',
          'Ouallam',
          'job requisition id',
          'JR2700001',
          'Hardship Level',
          'C',
          'Grade',
          'LICA6',
          'Staff Member / Affiliate Type',
          'UNOPS LICA6',
          'Reason',
          'Regular > Regular Assignment',
          'Remote work accepted',
          'No',
          'Job Posting End Date',
          'March 3, 2027',
          'Terms of Reference',
          '** This is a Local Individual Contractor Agreement position at level 6, corresponding to the G6 staff grade. **',
          '** The contract will run for six months, from 1 April 2027 to 30 September 2027. **',
          '',
          'Duty Station: Ouallam, Niger',
          'Duration: 6 months',
          'Contract Type: LICA6',
          '',
          '1. General Background of Project/Assignment',
          'The office supports refugees in two camps.',
          '',
          '2. Purpose and Scope of Assignment',
          'The associate will follow the shelter works.',
          '',
          '3. Monitoring and Progress Controls',
          '- Weekly reports.',
          '',
          '4. Qualifications and Experience',
          'c. Key Competencies',
          'Core Competencies: Accountability, Communication',
          'Cross-Functional Competencies: Analytical Thinking, Planning and Organizing',
          ...lines,
        ].join('\n'),
      );

    it('is read as the careers-site text: its bold notes, contract end, levels and background', () => {
      const imported = workdayTor();
      assert.equal(imported.layout, 'careers-site');
      const data = imported.data as Record<string, unknown>;
      assert.deepEqual(data.position_notes, [
        'This is a Local Individual Contractor Agreement position at level 6, corresponding to the G6 staff grade.',
        'The contract will run for six months, from 1 April 2027 to 30 September 2027.',
      ]);
      assert.equal(data.contract_end_date, '2027-09-30');
      assert.equal(at(data, 'terms_of_reference.corresponding_level'), 'G6');
      assert.equal(at(data, 'terms_of_reference.ica_level'), 'LICA6');
      assert.equal(at(data, 'terms_of_reference.background'), 'The office supports refugees in two camps.');
    });

    it("reads the header's Grade, and the ToR's length alone and contract type", () => {
      const data = workdayTor().data as Record<string, unknown>;
      assert.deepEqual([data.grade, data.duration, data.contract_type], ['LICA6', '6 months', 'LICA6']);
    });

    it("keeps the key competencies' Essential and Desirable skills apart from the work experience, and reads the contract's length from its note", () => {
      const imported = importFromText(
        [
          'Terms of Reference',
          'Data Associate',
          '*The contract will be issued for six months, with possibility of extension subject to funding.',
          '',
          '1. General Background',
          'The office supports refugees in two camps.',
          '',
          '2. Purpose and Scope of Assignment',
          '- Keep the statistics.',
          '',
          '3. Monitoring and Progress Controls',
          '- Monthly statistics.',
          '',
          '4. Qualifications and Experience',
          'b. Work Experience',
          'Minimum six years of relevant experience in data management.',
          'c. Key Competencies',
          'Essential: advanced Excel and Power BI.',
          'Desirable: Python.',
          'UNHCR core competencies: Accountability; Communication.',
        ].join('\n'),
      );
      const data = imported.data as Record<string, unknown>;
      assert.equal(at(data, `${qualifications}.work_experience.essential`), 'Minimum six years of relevant experience in data management.');
      assert.equal(at(data, `${qualifications}.work_experience.desirable`), undefined);
      assert.deepEqual(at(data, `${qualifications}.key_competencies.core`), ['Accountability', 'Communication']);
      assert.ok(imported.notes.includes('Essential: advanced Excel and Power BI.'));
      assert.equal(data.duration, 'six months');
    });

    it("reads the ToR's fields in a paragraph of their own after its last part, and keeps what follows them out of the language statement", () => {
      const imported = importFromText(
        [
          'Data Associate',
          'Apply',
          'locations',
          'Ouallam',
          'job requisition id',
          'JR2700002',
          'Staff Member / Affiliate Type',
          'UNOPS LICA5',
          'Job Posting End Date',
          'March 3, 2027',
          'Terms of Reference',
          '',
          '1. General Background',
          'The office supports refugees in two camps.',
          '',
          '2. Purpose and Scope of Assignment',
          '- Keep the statistics.',
          '',
          '4. Qualifications and Experience',
          'a. Education',
          'Secondary education.',
          'd. Language',
          'Fluent French is required.',
          '',
          'Duration: 9 months, with possibility of extension.',
          'Contract type: Local Individual Contractor Agreement',
          '',
          'The monthly fee follows the UNOPS scale.',
        ].join('\n'),
      );
      const data = imported.data as Record<string, unknown>;
      assert.equal(at(data, `${qualifications}.language_skills.statement`), 'Fluent French is required.');
      assert.deepEqual(
        [data.duration, data.contract_type],
        ['9 months, with possibility of extension', 'Local Individual Contractor Agreement'],
      );
      assert.ok(imported.notes.includes('The monthly fee follows the UNOPS scale.'));
    });

    it('takes the country of a Workday location that is in one country wherever it is written, and says so', () => {
      const page = (place: string) =>
        importFromText(
          [
            'Field Associate',
            'Apply',
            'locations',
            place,
            'job requisition id',
            'JR2700003',
            'Hardship Level',
            'A',
            'Grade',
            'LICA5',
            'Staff Member / Affiliate Type',
            'UNOPS LICA5',
            'Reason',
            'Temporary > Temporary Assignment',
            'Job Posting End Date',
            'March 3, 2027',
            'Terms of Reference',
            '1. General Background',
            'The office supports refugees in two camps.',
            '2. Purpose and Scope of Assignment',
            '- Keep the statistics.',
            '3. Monitoring and Progress Controls',
            '- Monthly statistics.',
          ].join('\n'),
        );
      const amman = page('Amman');
      assert.equal(amman.layout, 'careers-site');
      assert.equal(amman.data.country, 'Jordan');
      const finding = amman.findings.find((item) => item.code === 'import-country-from-station');
      assert.equal(finding?.line, 4);
      // Santiago is a capital and a dozen other towns: no country is guessed.
      assert.equal(page('Santiago').data.country, undefined);
    });

    it("reads the title under the page's Apply button, and a title with its contract and place after dashes without them", () => {
      const page = (top: readonly string[]) =>
        importFromText(
          [
            ...top,
            'locations',
            'Amman',
            'job requisition id',
            'JR2700004',
            'Staff Member / Affiliate Type',
            'UNOPS IICA2',
            'Job Posting End Date',
            'March 3, 2027',
            'Terms of Reference',
            '1. General Background',
            'The office supports refugees in two camps.',
            '2. Purpose and Scope of Assignment',
            '- Keep the statistics.',
            '3. Monitoring and Progress Controls',
            '- Monthly statistics.',
          ].join('\n'),
        );
      assert.equal(page(['Apply', '', 'Data Management Associate (Registration)']).data.title, 'Data Management Associate (Registration)');
      const dashed = page(['Information Management Officer (Data Systems) - UNOPS IICA2 - Amman', 'Apply']);
      assert.equal(dashed.data.title, 'Information Management Officer (Data Systems)');
      assert.ok(dashed.notes.includes('Title: Information Management Officer (Data Systems) - UNOPS IICA2 - Amman'));
    });

    it('reads competency groups labelled in title case', () => {
      const data = workdayTor().data;
      assert.deepEqual(at(data, `${qualifications}.key_competencies.core`), ['Accountability', 'Communication']);
      assert.deepEqual(at(data, `${qualifications}.key_competencies.cross_functional`), ['Analytical Thinking', 'Planning and Organizing']);
    });
  });
});
