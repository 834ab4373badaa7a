import { strict as assert } from 'assert';
import { data } from '../helpers/imported';

// Short texts written for these tests in the shapes real postings take; none is taken from a real page.

describe('import: composite values, Markdown and the jobs.unops.org copy (issue 14)', () => {
  it('reads a UNOPS vacancy copied from jobs.unops.org as unops-ica of UNOPS, its contract level the ICA level', () => {
    const imported = data(
      [
        'Site Engineer',
        'Vacancy codeVA/2025/B0001/12345',
        'LevelICS-9',
        'Duty stationDodoma, Tanzania',
        'Contract typeInternational ICA',
        'Contract levelIICA-1',
        'Application period1-Mar-2025 to 15-Mar-2025',
        'Background Information - Job-specific',
        'The office builds health centres in the central regions.',
        'Functional Responsibilities',
        'Supervise the works of two contractors.',
        'Monitoring and Progress Controls',
        'Monthly site report.',
      ].join('\n'),
    );
    assert.deepEqual(
      [imported.profile, imported.organization, imported.job_id, imported.affiliate_type, imported.terms_of_reference.ica_level],
      ['unops-ica', 'UNOPS', 'VA/2025/B0001/12345', 'UNOPS IICA1', 'IICA1'],
    );
    assert.deepEqual(imported.terms_of_reference.purpose_and_scope.duties, ['Supervise the works of two contractors.']);
  });

  it("reads jobs.unops.org's summary block of skills, education, languages and more, each heading on its own line", () => {
    const imported = data(
      [
        'Procurement Specialist',
        'Vacancy codeVA/2031/B5402/32977',
        'Home-basedNo',
        'Contract typeInternational ICA Specialist',
        'Contract levelIICA-1',
        'Background Information - Job-specific',
        'The project office procures works.',
        'Functional Responsibilities',
        'Lead tenders for works.',
        'Skills',
        'Procurement',
        'Tender evaluation',
        'Education',
        "Master's degree in Business Administration",
        'Languages',
        'English — Fluent (required)',
        'Other information',
        'UNOPS does not accept unsolicited resumes.',
      ].join('\n'),
    );
    assert.deepEqual(imported.careers_site, {
      home_based: false,
      skills: ['Procurement', 'Tender evaluation'],
      education: ["Master's degree in Business Administration"],
      languages: ['English — Fluent (required)'],
      other_information: ['UNOPS does not accept unsolicited resumes.'],
    });
  });

  it('reads an empty header label over another label as empty, not as a value, and the Target End Date as the contract end', () => {
    const imported = data(
      [
        'Associate Statistics Officer',
        'job requisition id: JR2700114',
        'Hardship Level',
        'B',
        'Grade',
        'Staff Member / Affiliate Type',
        'UNOPS LICA8',
        'Target Start Date',
        '2027-02-01',
        'Target End Date',
        '2027-12-31',
        'Terms of Reference',
        'Title: Associate Statistics Officer',
        '1. General Background',
        'The operation keeps population statistics for twelve camps.',
        '2. Purpose and Scope of Assignment',
        'Publish the monthly population figures.',
      ].join('\n'),
    );
    assert.deepEqual(
      [imported.profile, imported.grade, imported.affiliate_type, imported.target_start_date, imported.contract_end_date],
      ['unops-ica', undefined, 'UNOPS LICA8', '2027-02-01', '2027-12-31'],
    );
  });

  it("reads a careers page's header values a blank line below their labels, and writes no empty field for a label without one", () => {
    const imported = data(
      [
        'Associate Site Planner',
        'job requisition id',
        'JR2711002',
        'Hardship Level (not applicable for home-based)',
        '',
        'C',
        'Residential location (if applicable)',
        '',
        'Staff Member / Affiliate Type',
        '',
        'UNOPS IICA1',
        'Target Start Date',
        '',
        '2027-03-01',
        'Terms of Reference',
        'Title: Associate Site Planner',
        'Duty Station: Maiduguri, Nigeria',
        '1. General Background',
        'The office plans two new camp extensions.',
        '2. Purpose and Scope of Assignment',
        'Draw the site plans of the extensions.',
        'Monitoring and Progress Controls',
        'Monthly plan review.',
      ].join('\n'),
    );
    assert.deepEqual(
      [imported.profile, imported.hardship_level, imported.affiliate_type, imported.target_start_date],
      ['unops-ica', 'C', 'UNOPS IICA1', '2027-03-01'],
    );
    assert.ok(!('residential_location' in imported));
  });

  it('reads Markdown labels, a title after "# Terms of Reference –", and a city, region and country', () => {
    const imported = data(
      [
        '# Terms of Reference – Baseline Survey Consultant',
        '',
        '**Organisation:** Green Valley Aid',
        '**Location:** Bukavu, South Kivu, Democratic Republic of the Congo',
        '**Type of contract:** Consultancy, 30 working days',
        '',
        '## 1. Scope of work',
        'The consultant will:',
        '* design the household survey;',
        '* train the enumerators.',
        '',
        '## 2. Fees',
        'We offer a daily fee between USD 200 and USD 300.',
      ].join('\n'),
    );
    assert.deepEqual(
      [imported.title, imported.organization, imported.duty_station, imported.country, imported.contract_type, imported.duration],
      ['Baseline Survey Consultant', 'Green Valley Aid', 'Bukavu', 'Democratic Republic of the Congo', 'Consultancy', '30 working days'],
    );
    assert.ok((imported.duties as string[]).includes('train the enumerators.'));
    assert.deepEqual(imported.salary, { currency: 'USD', minimum: 200, maximum: 300, per: 'day' });
  });

  it('reads a term written as two dates in a duration or contract type', () => {
    const english = data('Title: Analyst\nDuration: 40 working days between 3 March 2025 and 30 May 2025\nDuties\n- Analyse.');
    assert.deepEqual(
      [english.duration, english.target_start_date, english.contract_end_date],
      // The labelled duration as written (held-out texts are marked so), its dates read as well.
      ['40 working days between 3 March 2025 and 30 May 2025', '2025-03-03', '2025-05-30'],
    );
    const japanese = data(
      '【職種】\n調整員\n【雇用形態】\n有期雇用契約（契約期間：2025年4月1日〜2026年3月31日）\n【業務内容】\n・事業の調整',
    );
    assert.deepEqual(
      [japanese.contract_type, japanese.target_start_date, japanese.contract_end_date],
      ['有期雇用契約', '2025-04-01', '2026-03-31'],
    );
  });

  it('gives a mixed list of requirements its education, experience, languages and desirable lines', () => {
    const imported = data(
      [
        'Title: Programme Officer',
        'Duties',
        '- Manage the project.',
        'Requirements',
        "- Master's degree in development studies or a related field.",
        '- At least five years of experience in project management.',
        '- Fluency in English is required.',
        '- Experience in the region is desirable.',
        '- A driving licence.',
      ].join('\n'),
    );
    assert.match(String(imported.education), /Master's degree/);
    assert.match(String(imported.experience), /five years/);
    assert.match(String(imported.languages), /Fluency in English/);
    assert.deepEqual(imported.desirable, ['Experience in the region is desirable.']);
    assert.deepEqual(imported.qualifications, ['A driving licence.']);
  });

  it('does not make a Japanese NGO posting a JPO one because it mentions 外務省, and names the NGO that introduces itself', () => {
    const imported = data(
      [
        '特定非営利活動法人 みどり支援会（以下「当会」）は、ケニアで教育支援を行っています。外務省の資金による事業です。UNHCRと連携しています。',
        '【職種】',
        'プロジェクト調整員',
        '【勤務地】',
        'ケニア共和国 トゥルカナ郡 ロドワ市（ロドワ事務所）',
        '【給与】',
        '月額25万円〜30万円',
      ].join('\n'),
    );
    assert.deepEqual(
      [imported.profile, imported.organization, imported.duty_station, imported.country],
      ['general', '特定非営利活動法人 みどり支援会', 'ロドワ', 'ケニア'],
    );
    assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 250000, maximum: 300000, per: 'month' });
  });
});

describe("import: a UNHCR Workday page's end date glued to its label, and the country of an international post (issue 14)", () => {
  const page = (sentence: string) =>
    [
      'Associate Registration Officer',
      'locationsMaban',
      'job requisition idJR2700451',
      'Staff Member / Affiliate TypeProfessional',
      'Target Start Date2027-03-01',
      'Target End Date2028-02-29',
      'Job Posting End DateJanuary 20, 2027',
      'Standard Job Description',
      'Organizational Setting and Work Relationships',
      `The Associate Registration Officer in Maban Field Office ${sentence}`,
      'Duties',
      '- Run the registration of new arrivals.',
    ].join('\n');

  it("reads 'Target End Date2028-02-29' as the contract's end", () => {
    assert.equal(data(page('works with partners.')).contract_end_date, '2028-02-29');
  });

  it('reads no country from where the people an office serves come from ("refugees from Sudan")', () => {
    assert.equal(data(page('registers some 170,000 refugees from Sudan in four camps.')).country, undefined);
    assert.equal(data(page('registers refugees in South Sudan.')).country, 'South Sudan');
  });

  it('reads the country whose nationals an international post excludes as the country of assignment', () => {
    const text = `${page('registers some 170,000 refugees from Sudan in four camps.')}\nOnly candidates who are not nationals of South Sudan are eligible to apply to this position.`;
    assert.equal(data(text).country, 'South Sudan');
  });
});
