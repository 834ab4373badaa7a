import { strict as assert } from 'assert';
import { importedLines } from '../helpers/imported';

// Issue 14: shapes of vacancy notices and Workday postings read by their shape, not by one text's wording.
describe('import: header rows, lead statements and marked competencies (issue 14)', () => {
  it('reads labels whose colons a notice aligns after a wide gap as fields, not as a second column', () => {
    const data = importedLines([
      'SPECIAL VACANCY NOTICE',
      '',
      'Position Title                  : Field Assistant',
      'Duty Station                    : Kassala, Sudan',
      'Classification                  : General Service Staff, Grade G5',
      'Type of Appointment             : Special short-term graded, six months',
      'Estimated Start Date            : As soon as possible',
      'Closing Date                    : 20 March 2031',
      'Reference Code                  : SVN2031/007 (GS) - SD',
      '',
      'Core Functions / Responsibilities:',
      '1. Register arrivals at the transit centre.',
    ]);
    assert.equal(data.title, 'Field Assistant');
    assert.equal(data.duty_station, 'Kassala');
    assert.equal(data.country, 'Sudan');
    assert.equal(data.grade, 'G-5');
    assert.equal(data.deadline, '2031-03-20');
    assert.equal(data.job_id, 'SVN2031/007 (GS) - SD');
    assert.equal(data.contract_type, 'Special short-term graded');
  });

  it("reads a header table's rows whose labels are shaped as a reference number's ('Position No.') or a table's own ('Open to')", () => {
    const data = importedLines([
      '                              VACANCY ANNOUNCEMENT',
      '',
      'Vacancy Notice No.      VA/KGL/2031/004             Date of issue       10 March 2031',
      'Title of Post           Supply Associate            Closing Date        27 March 2031',
      'Category/grade          General Service, G6         Position No.        10031764',
      'Type of contract        Fixed Term Appointment      Duty Station        Kigali, Rwanda',
      'Open to                 Rwandan nationals and persons legally residing in Rwanda',
      '                        with a valid work permit',
      '',
      'Duties and responsibilities',
      '  a) Prepare requests for quotation.',
    ]);
    assert.equal(data.job_id, 'VA/KGL/2031/004');
    assert.equal(data.grade, 'G-6');
    assert.equal(data.duty_station, 'Kigali');
    // "Open to" as a table's cell: who may apply, its value going on under its column.
    assert.deepEqual(data.standard_job_description.eligibility, [
      'Rwandan nationals and persons legally residing in Rwanda with a valid work permit',
    ]);
    assert.ok((data.notes as string[]).includes('Position No.: 10031764'), JSON.stringify(data.notes));
    // Without the shape, the row was one label whose value ran on to the next label.
    assert.ok(!(data.notes as string[]).some((note) => /General Service, G6\s+Position/.test(note)));
  });

  it('reads a statement of who may apply before any section as the eligibility, where the profile keeps it', () => {
    const data = importedLines([
      'Associate Field Officer',
      'job requisition idJR3100123',
      '',
      'Only nationals of Zambia are eligible to apply to this position',
      '',
      'GradeNOA',
      'Staff Member / Affiliate TypeNational Professional Officer',
      'Home-Based',
      'No',
      '',
      'Standard Job Description',
      'Duties',
      '- Monitor partners.',
    ]);
    assert.equal(data.profile, 'unhcr-staff');
    assert.deepEqual(data.standard_job_description.eligibility, ['Only nationals of Zambia are eligible to apply to this position']);
    assert.equal(data.careers_site.home_based, false);
    assert.ok(!(data.notes as string[]).some((note) => note.startsWith('Only nationals')));
  });

  it('reads a JPO sponsor named by its people, the nationality an item names, and the group a competency is marked with', () => {
    const data = importedLines([
      'Associate Protection Officer (JPO)',
      'Staff Member / Affiliate TypeJPO',
      '',
      'This is a Junior Professional Officer (JPO) position sponsored by the Norwegian Ministry of Foreign Affairs.',
      '',
      'Eligibility requirements:',
      '- Candidates must be 32 years of age or younger as of 31 December 2031.',
      '- Norwegian nationality.',
      '',
      'II. Supervision',
      'Title of Supervisor: Protection Officer, Sub-Office Dollo Ado',
      '',
      'IV. Duties and Responsibilities',
      '1. Conduct protection interviews.',
      '',
      'V. Qualifications and Experience',
      'c. Key competencies: Accountability; Communication; Judgement and Decision Making (cross-functional).',
      '',
      'VI. Learning Elements',
      'The JPO will learn to manage protection case processing.',
      '',
      'VII. Background Information on the Duty Station',
      'Dollo Ado is a remote location.',
    ]);
    assert.equal(data.sponsor, 'Norwegian Ministry of Foreign Affairs');
    assert.equal(data.eligibility.nationality, 'Norwegian');
    assert.equal(data.terms_of_reference.supervisor, 'Protection Officer, Sub-Office Dollo Ado');
    const competencies = data.terms_of_reference.qualifications.key_competencies;
    assert.deepEqual(competencies.core, ['Accountability', 'Communication']);
    assert.deepEqual(competencies.cross_functional, ['Judgement and Decision Making']);
    // The line as written, with its mark, stays under notes; the duty station's description is no learning element.
    assert.ok((data.notes as string[]).some((note) => note.includes('(cross-functional)')));
    assert.deepEqual(data.terms_of_reference.learning_elements, ['The JPO will learn to manage protection case processing.']);
  });

  it('reads UNDP\'s combined heading "Supervision / Learning elements" whole, leaving nothing of it among the duties', () => {
    const data = importedLines([
      'Junior Professional Officer (JPO) - Climate Finance',
      'Duties and Responsibilities',
      '- Support the team with the climate budget tagging.',
      '',
      'Supervision / Learning elements',
      '',
      'The JPO will receive an individual learning plan.',
    ]);
    assert.deepEqual(data.terms_of_reference.duties, ['Support the team with the climate budget tagging.']);
    assert.deepEqual(data.terms_of_reference.learning_elements, ['The JPO will receive an individual learning plan.']);
  });
});

describe('import: a UNHCR notice’s mixed minimum qualifications and a consultancy’s office paragraph (issue 14)', () => {
  it('reads each line of a mixed list of minimum qualifications where the UNHCR profile keeps it, years written in words', () => {
    const data = importedLines([
      'VACANCY ANNOUNCEMENT',
      'Vacancy Notice No.: UNHCR/UGA/2031/004',
      'Title of Post: Senior Field Assistant',
      'Category/grade: General Service, G5',
      '',
      'Duties and responsibilities',
      '  a) Monitor the delivery of assistance.',
      '',
      'Minimum qualifications',
      "  - Completion of secondary education with five years of relevant work experience, or a Bachelor's degree with four years of relevant work experience.",
      '  - Experience of field work with refugees.',
      '  - Fluency in English and Acholi is required.',
    ]);
    const minimum = data.standard_job_description.minimum_qualifications;
    assert.deepEqual(minimum.education_and_experience, [
      { degree: 'Secondary', years: 5 },
      { degree: 'Undergraduate', years: 4 },
    ]);
    assert.equal(minimum.relevant_job_experience.essential, 'Experience of field work with refugees.');
    assert.equal(data.standard_job_description.language_requirements.statement, 'Fluency in English and Acholi is required.');
  });

  it("reads a Workday page's own list of competencies, without groups, into the groups of UNHCR's framework", () => {
    const page = (competencies: string) =>
      importedLines([
        'Senior Field Associate',
        'GradeGS6',
        'Staff Member / Affiliate TypeGeneral Service',
        'Standard Job Description',
        'Senior Field Associate',
        'Duties',
        '- Visit the settlements every week.',
        'Skills',
        'Education',
        'Work Experience',
        'Competencies',
        competencies,
      ]).standard_job_description;
    const grouped = page(
      'Accountability, Client & results orientation, Teamwork & collaboration, Judgement and decision making, Analytical thinking',
    );
    assert.deepEqual(grouped.competency_requirements, {
      core: ['Accountability', 'Client & results orientation', 'Teamwork & collaboration'],
      managerial: ['Judgement and decision making'],
      cross_functional: ['Analytical thinking'],
    });
    // (A name the framework does not have leaves the list as written, under notes.)
    assert.equal(page('Accountability, Drive for results').competency_requirements, undefined);
  });

  it('reads the paragraphs before a scope’s lead-in as the background when they speak of the office, not the assignment', () => {
    const lines = (first: string) => [
      'CONSULTANT - TRADE DATA SPECIALIST',
      'Department/Office: Economic Commission for Africa',
      '',
      'Duties and Responsibilities',
      first,
      'The consultant will work under the supervision of the Economic Affairs Officer and will:',
      '1. Collect tariff schedules.',
      '2. Code the measures.',
      '3. Draft a methodological note.',
    ];
    const office = importedLines(
      lines('The African Trade Policy Centre supports member States in implementing the African Continental Free Trade Area.'),
    );
    assert.match(office.background, /^The African Trade Policy Centre supports/);
    assert.equal(office.objectives, undefined);
    const assignment = importedLines(
      lines('The purpose of this consultancy is to build a database of trade measures for twelve member States of the region.'),
    );
    assert.match(assignment.objectives, /^The purpose of this consultancy/);
  });
});

describe('import: a job code that names the contract (issue 14)', () => {
  const opening = (code: string) =>
    importedLines([
      `${code} - DATA ANALYST`,
      `Job Code Title: ${code}`,
      'Department/Office: Economic Commission for Africa',
      'Duty Station: ADDIS ABABA',
      '',
      'Duties and Responsibilities',
      '1. Compile the data.',
    ]);

  it("reads 'Job Code Title: CONSULTANT' as the contract type, where no field gives one", () => {
    assert.equal(opening('CONSULTANT').contract_type, 'Consultant');
  });

  it('reads no contract from a job code that names a post', () => {
    assert.equal(opening('ECONOMIC AFFAIRS OFFICER').contract_type, undefined);
  });
});

describe('import: labels and letterheads of other international organisations (issue 14)', () => {
  it("reads a PDF table copied one cell a line ('Vacancy Announcement Number', 'Contract Status', 'Issue Date') and its letterhead's organisation", () => {
    const data = importedLines([
      'UNRWA',
      'Vacancy Announcement',
      'Water Engineer',
      'Vacancy Announcement Number',
      'GFO/VA/03/2031',
      'Contract Status',
      'Fixed Term Appointment',
      'Duty Station',
      'Gaza',
      'Issue Date',
      '3 March 2031',
      'Deadline for Applications',
      '17 March 2031',
      '',
      'Primary Duties and Responsibilities',
      '- Designs water networks for the camps.',
    ]);
    assert.equal(data.organization, 'UNRWA');
    assert.equal(data.job_id, 'GFO/VA/03/2031');
    assert.equal(data.contract_type, 'Fixed Term Appointment');
    assert.equal(data.date_posted, '2031-03-03');
    assert.equal(data.deadline, '2031-03-17');
  });

  it("reads a development bank's careers page: its name in the opening sentence, 'Position No.' as the reference", () => {
    const data = importedLines([
      'Chief Procurement Officer, SNFI.2',
      '',
      'Grade : PL3',
      'Position No. : 50077123',
      'Closing Date : 30 April 2031',
      '',
      'Established in 1964, the African Development Bank is the premier pan-African development institution.',
      '',
      'Key Functions',
      '1. Review procurement plans of Bank-financed operations.',
    ]);
    assert.equal(data.organization, 'AfDB');
    assert.equal(data.job_id, '50077123');
  });

  it("reads an IOM call for applications' 'CFA No.' and a CFA reference in its subject line", () => {
    const labelled = importedLines([
      'CALL FOR APPLICATIONS',
      'CFA No.: CFA/KE/2031/014',
      'Position Title: Logistics Assistant',
      'Duty Station: Nairobi, Kenya',
      'Classification: General Service Staff, Grade G5',
      '',
      'Core Functions / Responsibilities:',
      '1. Track shipments.',
    ]);
    assert.equal(labelled.job_id, 'CFA/KE/2031/014');
    const subject = importedLines([
      'Subject: Call for Applications CFA/KE/2031/015 - Driver (G2) - Dadaab',
      '',
      'Position Title: Driver',
      'Duty Station: Dadaab, Kenya',
      'Classification: General Service Staff, Grade G2',
      '',
      'Core Functions / Responsibilities:',
      '1. Drive IOM vehicles.',
    ]);
    assert.equal(subject.job_id, 'CFA/KE/2031/015');
  });

  it("reads a notice's minimum net salary, a pay that 'starts at' an amount, and the period of a pay heading above the amount", () => {
    const notice = (pay: string[]) =>
      importedLines([
        'Vacancy Notice No.: 31/P/017',
        'Title of Post: Statistician',
        'Grade: P3',
        'Duty station: Geneva, Switzerland',
        '',
        ...pay,
        '',
        'Duties and responsibilities',
        '1. Compile the statistics.',
      ]);
    assert.deepEqual(notice(['Annual remuneration: Minimum net salary US$ 81,212 per annum, plus post adjustment.']).salary, {
      currency: 'USD',
      minimum: 81212,
      per: 'year',
    });
    assert.deepEqual(notice(['Remuneration: The total annual remuneration for this post starts at JOD 22,100 (net of tax).']).salary, {
      currency: 'JOD',
      minimum: 22100,
      per: 'year',
    });
    assert.deepEqual(notice(['Annual salary: (Net of tax)', 'US$ 85,120 at single rate']).salary, {
      currency: 'USD',
      amount: 85120,
      per: 'year',
    });
  });

  it('reads how candidates are screened, said in a closing paragraph without a shortlist ("A written test … may be used")', () => {
    const notice = (closing: string) =>
      importedLines([
        'Vacancy Notice No.: 31/P/018',
        'Title of Post: Statistician',
        'Duty station: Geneva, Switzerland',
        '',
        'Duties and responsibilities',
        '1. Compile the statistics.',
        '',
        'Other information',
        closing,
      ]);
    assert.equal(
      notice(
        'Only candidates under serious consideration will be contacted. A written test and a competency-based interview may be used as a form of screening.',
      ).assessment,
      'A written test and a competency-based interview may be used as a form of screening.',
    );
    assert.equal(
      notice('Only candidates under serious consideration will be contacted. Assessment may include a written test and an interview.')
        .assessment,
      'Assessment may include a written test and an interview.',
    );
  });

  it("reads an applicant-tracking page's division code before its unit, its country-region-city-site location and the reference under its title", () => {
    const data = importedLines([
      'Safeguards Analyst (P3)',
      '( 2031/0042 (009876) )',
      '',
      'Organization: SGIM-Information Analysis Section',
      'Primary Location: Austria-Vienna-Vienna-IAEA Headquarters',
      'Closing Date: 2031-05-02, 11:59:00 PM',
      'Contract Type: Fixed Term - Regular',
      '',
      'Main Purpose',
      'Reporting to the Section Head, the Safeguards Analyst evaluates open-source information.',
      '',
      'Functions / Key Results Expected',
      '- Evaluates trade data.',
    ]);
    assert.equal(data.unit, 'SGIM-Information Analysis Section');
    // (The organisation is the one its site names: 'IAEA Headquarters'.)
    assert.equal(data.organization, 'IAEA');
    assert.equal(data.duty_station, 'Vienna');
    assert.equal(data.country, 'Austria');
    assert.equal(data.job_id, '2031/0042 (009876)');
    assert.equal(data.supervisor, 'Section Head');
  });

  it("reads a two-column row of tab-separated cells whose label is 'Organization Unit' as the unit, not the organisation", () => {
    const data = importedLines([
      'VACANCY ANNOUNCEMENT',
      '',
      'Vacancy No.\tRAPS/2/2031/DWT/01\tGrade\tP4',
      'Title of Post\tSenior Specialist, Employment\tDuty Station\tBangkok, Thailand',
      'Organization Unit\tDWT-Bangkok\tDepartment\tROAP',
      '',
      'Description of Duties',
      '1. Provide policy advice.',
    ]);
    assert.equal(data.unit, 'DWT-Bangkok');
    assert.notEqual(data.organization, 'Unit DWT-Bangkok Department ROAP');
  });

  it("reads a PDF notice's 'Vacancy Notice:' number, 'THE ORGANIZATIONAL SETTING' and a running header under a rule after its page number", () => {
    const data = importedLines([
      '                     INTERNATIONAL CIVIL AVIATION ORGANIZATION',
      '                                VACANCY NOTICE',
      '',
      'Post Title:            Air Navigation Officer',
      'Vacancy Notice:        2031/012/P',
      'Level:                 P-3',
      'Duty Station:          Montr\u00e9al',
      '',
      'THE ORGANIZATIONAL SETTING',
      'The Air Navigation Bureau supports States in implementing the Global Air Navigation Plan.',
      '',
      'MAJOR DUTIES AND RESPONSIBILITIES',
      ' \u2022 Prepares guidance material on airspace organization.',
      '                                                                     Page 1 of 2',
      '________________________________________________________________________________',
      'VN 2031/012/P \u2013 Air Navigation Officer \u2013 P-3                         Montr\u00e9al',
      ' \u2022 Reviews State implementation plans.',
      '                                                                     Page 2 of 2',
      '________________________________________________________________________________',
      'VN 2031/012/P \u2013 Air Navigation Officer \u2013 P-3                         Montr\u00e9al',
    ]);
    assert.equal(data.job_id, '2031/012/P');
    assert.match(data.background, /^The Air Navigation Bureau supports States/);
    assert.deepEqual(data.duties, ['Prepares guidance material on airspace organization.', 'Reviews State implementation plans.']);
  });

  it("reads 'The appointment is for six months.' as the duration where no field gives one", () => {
    const data = importedLines([
      'Posting Title: STATISTICS ASSISTANT, G5',
      'Department/Office: Economic and Social Commission for Asia and the Pacific',
      'Duty Station: BANGKOK',
      '',
      'Org. Setting and Reporting',
      'This temporary job opening covers the production cycle of a report. The appointment is for six months.',
      '',
      'Responsibilities',
      '- Compiles data tables.',
    ]);
    assert.equal(data.duration, 'six months');
  });

  it("reads a Markdown table of a header row of labels over one row of values, and a supervisor before the post's own title", () => {
    const data = importedLines([
      'VACANCY ANNOUNCEMENT',
      '',
      '| Vacancy Announcement No. | Title | Grade | Duty Station | Deadline |',
      '|---|---|---|---|---|',
      '| FAOKE/2031/07 | National Programme Officer | NOB | Nairobi, Kenya | 12 May 2031 |',
      '',
      'Tasks and responsibilities',
      'Under the overall supervision of the FAO Representative, the National Project Coordinator will:',
      '- Coordinate field teams;',
    ]);
    assert.equal(data.job_id, 'FAOKE/2031/07');
    assert.equal(data.title, 'National Programme Officer');
    assert.equal(data.duty_station, 'Nairobi');
    assert.equal(data.deadline, '2031-05-12');
    assert.equal(data.supervisor, 'FAO Representative');
  });

  it("reads the office an IOM notice's context opens with as the agency's own ('IOM Chad's Migration Health Division (MHD) runs …') as the unit", () => {
    const notice = (context: string[]) =>
      importedLines([
        'Position Title: Migration Health Officer',
        'Duty Station: N\u2019Djamena, Chad',
        'Classification: Professional Staff, Grade P2',
        '',
        'Context:',
        ...context,
        '',
        'Core Functions / Responsibilities:',
        '1. Supervise the clinics.',
      ]);
    assert.equal(
      notice(["IOM Chad's Migration Health Division (MHD) runs health screening at the border."]).unit,
      'Migration Health Division (MHD)',
    );
    assert.equal(notice(["IOM's Shelter and", 'Settlements Unit rehabilitates collective centres.']).unit, 'Shelter and Settlements Unit');
    // A title after the office's name is no sentence of the office's own.
    assert.equal(notice(["IOM's Shelter Unit Coordinator leads the team."]).unit, undefined);
  });

  it("reads UNIDO's 'Technical and Functional Experience:' as the experience and a French notice's 'Fonctions principales' as its duties", () => {
    const unido = importedLines([
      'Vacancy Announcement No.:    UNIDO/31/FT/004',
      'Title of Post:               Industrial Development Officer',
      '',
      'MINIMUM REQUIREMENTS',
      'Education: Advanced university degree in engineering.',
      'Technical and Functional Experience: A minimum of five years of professional experience in project management.',
      'Languages: Fluency in English is required.',
    ]);
    assert.equal(unido.experience, 'A minimum of five years of professional experience in project management.');
    const french = importedLines([
      "Num\u00e9ro de l'avis de vacance : DC/DAKAR/NO/2031/01",
      'Titre du poste : Charg\u00e9 de programme',
      '',
      'Fonctions principales',
      '1. Assurer le suivi des projets.',
      '2. Pr\u00e9parer des notes.',
    ]);
    assert.deepEqual(french.duties, ['Assurer le suivi des projets.', 'Pr\u00e9parer des notes.']);
  });

  it("reads a table's 'Category  General Service (locally recruited)' as the affiliate type, the remark kept under notes", () => {
    const data = importedLines([
      'VACANCY NOTICE',
      '',
      'Vacancy Notice No.\tVN/KOR/2031/02',
      'Title of Post\tProtection Associate',
      'Grade\tG-6',
      'Category\tGeneral Service (locally recruited)',
      'Duty station\tSeoul, Republic of Korea',
      '',
      'Duties and responsibilities',
      '- Review case files.',
    ]);
    assert.equal(data.affiliate_type, 'General Service');
    assert.ok((data.notes as string[]).includes('Category: General Service (locally recruited)'));
  });

  it("reads other agencies' header labels: 'Duty station(s)', 'Opening Date', 'Date of closure', 'Period of Appointment', 'First Reporting Officer'", () => {
    const data = importedLines([
      'VACANCY ANNOUNCEMENT',
      'Announcement No.: VA-2031-0042',
      'Title of Post: Programme Officer',
      'Hiring Department: Programme Division',
      'Duty station(s): Nairobi, Kenya',
      'Opening Date: 15 January 2031',
      'Date of closure: 15 February 2031',
      'Period of Appointment: One year',
      'Desired start date: 1 March 2031',
      'First Reporting Officer: Chief of Section',
      '',
      'Duties',
      '- Manage the portfolio.',
    ]);
    assert.equal(data.job_id, 'VA-2031-0042');
    assert.equal(data.unit, 'Programme Division');
    assert.equal(data.duty_station, 'Nairobi');
    assert.equal(data.date_posted, '2031-01-15');
    assert.equal(data.deadline, '2031-02-15');
    assert.equal(data.duration, 'One year');
    assert.equal(data.target_start_date, '2031-03-01');
    assert.equal(data.supervisor, 'Chief of Section');
  });

  it('reads a label no list holds, alone on its line over a value of its kind, as a table copied one cell a line gives it', () => {
    const data = importedLines([
      'VACANCY ANNOUNCEMENT',
      'Vacancy Ref. No.',
      'VA/NBO/2031/011',
      'Title of Post',
      'Finance Associate',
      'Nature of Appointment',
      'Fixed-term appointment',
      'Vacancy closing date',
      '20 May 2031',
      '',
      'Duties',
      '- Process payments.',
    ]);
    assert.equal(data.job_id, 'VA/NBO/2031/011');
    assert.equal(data.title, 'Finance Associate');
    assert.equal(data.contract_type, 'Fixed-term appointment');
    assert.equal(data.deadline, '2031-05-20');
    // A line of that shape over a value of another kind stays as written.
    const other = importedLines([
      'Title of Post',
      'Finance Associate',
      'Vacancy Ref. No.',
      'to be confirmed',
      '',
      'Duties',
      '- Process payments.',
    ]);
    assert.equal(other.job_id, undefined);
  });

  it("reads a development bank's 'Competencies (Skills, Experience and Knowledge)' as its requirements, and a division's code in its supervisor", () => {
    const data = importedLines([
      'Principal Water Engineer, RDGW.2',
      'Position No. : 50093333',
      '',
      'The Position',
      'The Principal Water Engineer reports to the Division Manager, RDGW.2, and leads the preparation of water operations.',
      '',
      'Key Functions',
      '1. Lead the appraisal of water projects.',
      '',
      'Competencies (Skills, Experience and Knowledge)',
      "1. Hold at least a Master's degree in Civil Engineering or a related discipline.",
      '2. Have a minimum of six (6) years of relevant professional experience in water supply projects.',
    ]);
    assert.equal(data.supervisor, 'Division Manager, RDGW.2');
    assert.match(data.education, /^Hold at least a Master's degree in Civil Engineering/);
    assert.match(data.experience, /^Have a minimum of six \(6\) years/);
  });

  it("reads the contract's fields a UNOPS affiliate's ToR opens its background with on a UNHCR Workday page", () => {
    const data = importedLines([
      'Supply Associate (UNOPS LICA-6)',
      'apply',
      'locations Amman',
      'job requisition id JR3101877',
      'GradeUNOPS LICA6',
      'Staff Member / Affiliate TypeUNOPS LICA6',
      'Job Posting End DateApril 2, 2031',
      '',
      'Terms of Reference',
      '',
      '1. General Background',
      'Title: Supply Associate',
      'Duty Station: Amman, Jordan',
      'Type of Contract: UNOPS Local Individual Contractor Agreement (LICA)',
      'ICA Level: LICA 6',
      'Corresponding Level: G6',
      'Duration: Until 31 December 2031, with possibility of extension',
      '',
      'UNHCR Jordan supports refugees in urban areas and in two camps.',
      '',
      '2. Purpose and Scope of Assignment',
      '- Manage local procurement.',
    ]);
    assert.equal(data.contract_type, 'UNOPS Local Individual Contractor Agreement (LICA)');
    assert.equal(data.terms_of_reference.ica_level, 'LICA6');
    assert.equal(data.terms_of_reference.corresponding_level, 'G6');
    assert.match(data.terms_of_reference.background, /^UNHCR Jordan supports refugees/);
  });
});
