import { strict as assert } from 'assert';
import { importFromText } from '../../server/src/engine';
import { accommodationSentence } from '../../server/src/engine/template/statements';
import { catalogueFor } from '../../server/src/engine/template/catalogues';
import { organizationFamily } from '../../server/src/engine/text/organizations';

// Short texts written for these tests in the shapes of careers pages, job alerts and social posts; none is taken from a
// real page.

const imported = (lines: readonly string[]) => importFromText(lines.join('\n')).data;

describe("import: which line is the title, which the page's furniture (issue 14 \u00a71)", () => {
  it('takes no greeting, menu bar or alert link for the title: the role under them is the title', () => {
    const data = imported([
      'From: Careers <alerts@example.org>',
      'To: someone@example.org',
      'Subject: Job alert: 5 new vacancies',
      '',
      'Hello Samir,',
      '',
      '5 new vacancies match your saved search.',
      'Manage my alerts | Unsubscribe',
      '',
      ' * Driver - Kassala, Sudan - closes 1 March 2031',
      ' * Storekeeper - Kassala, Sudan - closes 3 March 2031',
      ' * Cleaner - Kassala, Sudan - closes 4 March 2031',
      ' * Guard - Kassala, Sudan - closes 5 March 2031',
      ' * Mechanic - Kassala, Sudan - closes 6 March 2031',
      '',
      'FEATURED VACANCY',
      '',
      'Water Engineer',
      '',
      'Duty station\tKassala, Sudan',
      'Closing date\t14 March 2031',
      '',
      'Responsibilities',
      '- Inspect the pumping stations every week.',
    ]);
    assert.equal(data.title, 'Water Engineer');
  });

  it("reads a careers site's name as its organisation, and the headline under its menu as the title", () => {
    const data = imported([
      'UNICEF Careers',
      'Search jobs | Saved jobs | Sign in',
      'Back to search results',
      '',
      'National Consultant \u2013 Water Quality Monitoring and Reporting in the Camps (Individual Contract), Kassala, Sudan',
      'Job no: 512345',
      'Duty Station: Kassala',
      'Applications close: 14 Mar 2031',
      '',
      'Scope of work',
      '- Sample the wells of the camps every month.',
    ]);
    assert.equal(data.title, 'National Consultant \u2013 Water Quality Monitoring and Reporting in the Camps (Individual Contract)');
    assert.equal(data.organization, 'UNICEF');
    assert.ok((data.notes as string[]).includes('Search jobs | Saved jobs | Sign in'), 'the menu is kept under notes');
  });

  it("takes no account's handle or place for a social post's title, and the title between emoji without them", () => {
    const data = imported([
      'iom_sudan',
      'Kassala, Sudan',
      "iom_sudan \u{1F30D} WE'RE HIRING! \u{1F30D}",
      'Join IOM Sudan as our next',
      '\u2728 WATER ENGINEER (RURAL SUPPLY) \u2728',
      '',
      'Duty Station: Kassala, Sudan',
      'Closing Date: 14 March 2031',
    ]);
    assert.equal(data.title, 'WATER ENGINEER (RURAL SUPPLY)');
  });

  it("takes no drop-down menu's label for the title, and knows the OSCE", () => {
    const data = imported([
      'English \u25be',
      'Monitoring and Evaluation (Field Programmes)',
      '',
      'Organization: OSCE',
      'Duty station: Skopje',
    ]);
    assert.equal(data.title, 'Monitoring and Evaluation (Field Programmes)');
    assert.equal(imported(['Monitoring Assistant', '', 'The OSCE Mission to Skopje invites applications.']).organization, 'OSCE');
  });

  it("takes the title from the page's breadcrumb where the page heads it only so, never a label's cells", () => {
    const data = imported([
      'Home  About  Jobs  Contact',
      '',
      'Jobs \u203a Vacancies \u203a Political Officer',
      '',
      'Vacancy Notice',
      '',
      'Issued by\tOSCE Mission to Skopje',
      'Location\tSkopje',
      'Closing Date\tDec 18, 2031',
    ]);
    assert.equal(data.title, 'Political Officer');
    assert.ok((data.notes as string[]).includes('Jobs \u203a Vacancies \u203a Political Officer'), 'the breadcrumb stays under notes');
  });

  it('still takes a title that names no role, and a lower-case word inside a title', () => {
    assert.equal(
      imported(['Monitoring and Evaluation (eLearning)', '', 'Duty station: Kassala, Sudan']).title,
      'Monitoring and Evaluation (eLearning)',
    );
  });
});

describe('import: a careers page that heads itself before the post (issue 14 \u00a71)', () => {
  // Written for this test in the shape of a Taleo job page copied from a browser.
  const page = (first: string) => [
    'Agency Careers',
    'Job Search   My Jobpage   Sign Out',
    '',
    first,
    '',
    'Closure Date: 12/Jul/2027, 11:59:00 PM',
    'Grade Level: P-4',
    'Primary Location: Italy-Rome',
    '',
    'Key Functions',
    '- Leads the technical studies of the team.',
  ];

  it('takes the post after "Job Description - " for the title, its requisition number the job ID; the menu bar is no title', () => {
    const data = imported(page('Job Description - Forestry Officer (2701456)'));
    assert.equal(data.title, 'Forestry Officer');
    assert.equal(data.job_id, '2701456');
    assert.equal(data.grade, 'P-4');
  });

  it('keeps a title with no such heading as it is', () => {
    assert.equal(imported(page('Forestry Officer')).title, 'Forestry Officer');
  });
});

describe("import: a UN Secretariat opening's Department/Office is its organisation (issue 14 \u00a71)", () => {
  const opening = (office: string) => [
    'Posting Title: HUMAN RIGHTS OFFICER, P4',
    'Job Code Title: HUMAN RIGHTS OFFICER',
    `Department/Office: ${office}`,
    'Duty Station: BANGKOK',
    'Posting Period: 03 February 2031 - 04 March 2031',
    'Job Opening Number: 31-Human Rights Affairs-OHCHR-248713-R-Bangkok (R)',
    '',
    'Org. Setting and Reporting',
    'This temporary position is located in the Civic Space Section of the Regional Office for South-East Asia. The Human Rights Officer reports to the Regional Representative.',
    '',
    'Responsibilities',
    '- Monitor human rights developments in the sub-region.',
    '',
    'Work Experience',
    'A minimum of seven years of progressively responsible experience in human rights is required.',
  ];

  it('takes the office a reader sees for the organisation and the unit from the organisational setting', () => {
    const data = imported(opening('Office of the High Commissioner for Human Rights'));
    assert.equal(data.organization, 'Office of the High Commissioner for Human Rights');
    assert.equal(data.unit, 'Civic Space Section');
    const short = opening('OHCHR').map((line) => line.replace('Civic Space Section of', 'Civic Space Section (CSS) of'));
    assert.equal(imported(short).unit, 'Civic Space Section (CSS)');
  });

  it("reads careers.un.org's Job Opening, glued to its number as a copy of the page gives it, as the job id", () => {
    const glued = opening('OHCHR').map((line) => (line.startsWith('Job Opening Number') ? 'Job Opening270392' : line));
    assert.equal(imported(glued).job_id, '270392');
  });

  it('keeps the UN Secretariat, and the office as the unit, where the office is none it knows', () => {
    const data = imported(opening('Office of the Special Adviser on Something New'));
    assert.equal(data.organization, 'UN Secretariat');
    assert.equal(data.unit, 'Office of the Special Adviser on Something New');
  });
});

describe('organizationFamily: the checks read a Secretariat office as the UN Secretariat', () => {
  it('names the family of offices, commissions and missions, and leaves any other organisation alone', () => {
    for (const office of [
      'OHCHR',
      'Office of the High Commissioner for Human Rights',
      'Economic Commission for Africa (ECA)',
      'United Nations Mission in the Republic of South Sudan',
      'UNEP',
    ])
      assert.equal(organizationFamily(office), 'UN Secretariat', office);
    for (const other of ['UNHCR', 'Department of Refugee Services', 'UNDP']) assert.equal(organizationFamily(other), other);
    // An agency written by its full name is that agency (not the Secretariat, for all its "United Nations").
    assert.equal(organizationFamily('United Nations Development Programme'), 'UNDP');
    assert.equal(organizationFamily('UNHCR, the UN Refugee Agency'), 'UNHCR');
    assert.equal(organizationFamily('United Nations Office for Project Services (UNOPS)'), 'UNOPS');
    // An acronym glossed in brackets, as a Japanese notice writes it, or in brackets after its gloss.
    assert.equal(organizationFamily('UNHCR\uff08\u56fd\u9023\u96e3\u6c11\u9ad8\u7b49\u5f01\u52d9\u5b98\u4e8b\u52d9\u6240\uff09'), 'UNHCR');
    assert.equal(organizationFamily('\u56fd\u9023\u74b0\u5883\u8a08\u753b\uff08UNEP\uff09'), 'UN Secretariat');
    assert.equal(organizationFamily('Sahel Mobile Clinics Alliance (SMCA)'), 'Sahel Mobile Clinics Alliance (SMCA)');
  });

  it('gives an office the Secretariat\u2019s reasonable-accommodation sentence and competency framework', () => {
    assert.equal(accommodationSentence('OHCHR'), accommodationSentence('UN Secretariat'));
    assert.equal(catalogueFor(undefined, 'OHCHR').id, catalogueFor(undefined, 'UN Secretariat').id);
    assert.notEqual(catalogueFor(undefined, 'OHCHR').id, catalogueFor(undefined, 'UNHCR').id);
  });
});

describe("import: another organisation's Workday page (issue 14 \u00a71)", () => {
  const page = [
    'WFP Careers',
    'Search for Jobs',
    'Sign In',
    'Careers Home',
    '',
    'Logistics Officer (Fleet) - NOB',
    'Apply',
    'locations',
    'Kassala, Sudan',
    'time left to apply',
    'End Date: March 14, 2031',
    'job requisition id',
    'JR500123',
    '',
    'KEY ACCOUNTABILITIES (not all-inclusive)',
    '- Plan the fleet\u2019s maintenance.',
    '',
    'TERMS AND CONDITIONS',
    'Grade: NOB',
    'Remote work accepted: No',
    'WFP offers an attractive compensation package.',
  ];

  it('is the organisation it names, not UNHCR, and its headline before the grade is the title', () => {
    const result = importFromText(page.join('\n'));
    assert.equal(result.data.organization, 'WFP');
    assert.equal(result.data.profile, 'general');
    assert.equal(result.data.title, 'Logistics Officer (Fleet)');
    assert.equal(result.data.grade, 'NOB');
    assert.equal(result.layout, 'workday');
  });

  it("is UNHCR's where the text names UNHCR", () => {
    const unhcr = page.map((line) => line.replace(/WFP/g, 'UNHCR'));
    assert.equal(importFromText(unhcr.join('\n')).data.organization, 'UNHCR');
  });
});

describe('import: a headline with its grade after the title (issue 14 \u00a71)', () => {
  it('finds the role before a grade written after a dash, a comma or a space', () => {
    for (const headline of ['Nutrition Officer (Camps) - NOB', 'NUTRITION OFFICER, P3', 'Nutrition Officer (Camps) NOB'])
      assert.match(
        String(imported(['Skip to main content', 'Careers Home', headline, '', 'Duty Station: Kassala, Sudan']).title),
        /^Nutrition Officer/i,
        headline,
      );
  });

  it('reads the grade before the kind of appointment a headline ends with, which is no part of the title', () => {
    for (const headline of ['Nutrition Officer (Camps) NOB - Fixed Term', 'Nutrition Officer (Camps) G5 \u2013 Temporary Appointment']) {
      const data = imported(['Skip to main content', 'Careers Home', headline, '', 'Duty Station: Kassala, Sudan']);
      assert.equal(data.title, 'Nutrition Officer (Camps)', headline);
      assert.match(String(data.grade), /^(?:NOB|NO-B|G-?5)$/, headline);
    }
  });
});

describe("import: a duty station's country where the text names none (issue 14 \u00a71)", () => {
  const opening = (station: string, more = '') =>
    [
      'Posting Title: PROGRAMME OFFICER, P3',
      'Department/Office: Economic and Social Commission for Asia and the Pacific',
      `Duty Station: ${station}`,
      'Posting Period: 03 March 2026 - 01 April 2026',
      '',
      'Responsibilities',
      '- Prepares reports for the Commission.',
      more,
    ].join('\n');

  it('takes the country of a station that is in one country wherever it is written, and says so', () => {
    const result = importFromText(opening('BANGKOK'));
    assert.equal(result.data.country, 'Thailand');
    const finding = result.findings.find((item) => item.code === 'import-country-from-station');
    assert.ok(finding, 'a finding says where the country came from');
    assert.match(finding.message, /Thailand was taken from the duty station, BANGKOK/);
    assert.match(result.yaml, /# Line 3 of the text: The text names no country: Thailand/);
  });

  it('leaves a country the text names, and a station that names none, alone', () => {
    const named = importFromText(opening('BANGKOK', 'The office in Bangkok, Thailand serves the region.'));
    assert.equal(named.data.country, 'Thailand');
    assert.ok(!named.findings.some((item) => item.code === 'import-country-from-station'));
    // Santiago is a capital and a dozen other towns: no country is guessed.
    const unknown = importFromText(opening('SANTIAGO'));
    assert.equal(unknown.data.country, undefined);
    assert.match(unknown.yaml, /# Not in the text, please add: country/);
  });
});

describe('import: the round a Japanese notice names around its post (issue 14 \u00a71)', () => {
  it('reads the post without the hiring round before it or in brackets after it', () => {
    for (const headline of [
      '\u4ee4\u548c8\u5e7410\u6708\u63a1\u7528 \u56fd\u969b\u5e73\u548c\u5354\u529b\u7814\u7a76\u54e1\u306e\u52df\u96c6\u306b\u3064\u3044\u3066',
      '\u4ee4\u548c8\u5e74\u5ea6 \u56fd\u969b\u5e73\u548c\u5354\u529b\u7814\u7a76\u54e1\uff08\u4ee4\u548c8\u5e744\u6708\u63a1\u7528\uff09\u306e\u52df\u96c6\u306b\u3064\u3044\u3066',
    ]) {
      const text = [
        headline,
        '',
        '\u5185\u95a3\u5e9c\u56fd\u969b\u5e73\u548c\u5354\u529b\u672c\u90e8\u4e8b\u52d9\u5c40',
        '',
        '1 \u696d\u52d9\u5185\u5bb9',
        '\u30fb\u56fd\u969b\u5e73\u548c\u5354\u529b\u306b\u95a2\u3059\u308b\u8abf\u67fb\u30fb\u7814\u7a76',
      ].join('\n');
      assert.equal(importFromText(text).data.title, '\u56fd\u969b\u5e73\u548c\u5354\u529b\u7814\u7a76\u54e1', headline);
    }
  });
});

describe("import: UNICEF's headline of cells (issue 14 \u00a71)", () => {
  const page = (headline: string) =>
    [
      'UNICEF Careers',
      '< Back to search results',
      '',
      headline,
      '',
      'Apply now',
      'Contract type: Fixed Term Appointment',
      'Duty Station: Suva',
      '',
      'How can you make a difference?',
      'The officer supports the immunization programme.',
    ].join('\n');

  it('reads the title, the grade and the job number, with or without the number', () => {
    const numbered = importFromText(page('Health Officer (Immunization), P-2, Suva, Fiji #579044 (Open to Korean nationals only)')).data;
    assert.deepEqual([numbered.title, numbered.grade, numbered.job_id], ['Health Officer (Immunization)', 'P-2', '579044']);
    const plain = importFromText(page('Health Officer (Immunization), P-2, Suva, Fiji (Open to Korean nationals only)')).data;
    assert.deepEqual([plain.title, plain.grade], ['Health Officer (Immunization)', 'P-2']);
  });
});

describe("import: UNESCO's 'Parent Sector', and 'Long Term Results Expected' over its list of duties (issue 14 \u00a71)", () => {
  // Written for this test in the shape of a UNESCO careers page.
  it('reads the parent sector as the unit, and the list under the heading as the duties, not as the overview', () => {
    const data = imported([
      'PROGRAMME SPECIALIST (CULTURE)',
      '',
      'Post Number : 3CLXX0042RP',
      'Grade : P-3',
      'Parent Sector : Culture Sector (CLT)',
      'Duty Station: Dakar',
      '',
      'OVERVIEW OF THE FUNCTIONS OF THE POST',
      'Under the supervision of the Director, the incumbent will lead the culture programme of the Office.',
      '',
      'The incumbent will perform the following duties:',
      'Long Term Results Expected',
      '- Coordinate the regional programme on living heritage;',
      '- Represent UNESCO in inter-agency fora.',
    ]);
    assert.deepEqual(data.duties, ['Coordinate the regional programme on living heritage;', 'Represent UNESCO in inter-agency fora.']);
    assert.doesNotMatch(String(data.background), /living heritage/);
    assert.equal(data.unit, 'Culture Sector (CLT)');
  });

  it('keeps a known competency written in sentence case in the list of names marked (C) and (M)', () => {
    const data = imported([
      'PROGRAMME SPECIALIST (CULTURE)',
      '',
      'Grade : P-3',
      '',
      'COMPETENCIES (Core / Managerial)',
      'Accountability (C)',
      'Knowledge sharing and continuous improvement (C)',
      'Results focus (C)',
      'Building partnerships (M)',
    ]);
    assert.deepEqual(data.competencies, [
      'Accountability (C)',
      'Knowledge sharing and continuous improvement (C)',
      'Results focus (C)',
      'Building partnerships (M)',
    ]);
  });
});
