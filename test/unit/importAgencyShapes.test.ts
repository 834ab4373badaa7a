import { strict as assert } from 'assert';
import { importedLines } from '../helpers/imported';
import { importFromText } from '../../server/src/engine';

// Issue 14: shapes any agency's notice may take, read by their shape rather than by one agency's wording.
describe('import: agency notices read by their shape (issue 14)', () => {
  describe('a PDF header table of two label/value pairs a row, laid out with spaces', () => {
    const text = [
      'Regional Food Agency',
      '                      VACANCY ANNOUNCEMENT',
      'Vacancy Notice No.      KEN/NBO/GS/2027/031           Date of Issue:     14 May 2027',
      'Title of Post           Procurement Associate         Category/grade:    G6',
      'Type of contract        Fixed-Term (FT), two years,   Duty Station:      Nairobi, Kenya',
      '                        renewable',
      'Unit                    Supply Chain Unit',
      'Closing Date            28 May 2027',
      '',
      'KEY ACCOUNTABILITIES',
      '1.  Prepare purchase orders in line with the procurement rules and follow up on deliveries',
      '    with the suppliers and the warehouse.',
      '2.  Keep the vendor roster up to date.',
    ].join('\n');
    const data = importFromText(text).data as Record<string, unknown>;

    it('reads each pair with its own label, the value wrapped under its column going on', () => {
      assert.equal(data.job_id, 'KEN/NBO/GS/2027/031');
      assert.equal(data.title, 'Procurement Associate');
      assert.equal(data.grade, 'G-6');
      assert.equal(data.duty_station, 'Nairobi');
      assert.equal(data.country, 'Kenya');
      assert.equal(data.unit, 'Supply Chain Unit');
      assert.equal(data.deadline, '2027-05-28');
      assert.equal(data.contract_type, 'Fixed-Term (FT)');
      assert.equal(data.duration, 'two years, renewable');
    });

    it('reads a table of labels over their values, two columns a row, a value going on under its column', () => {
      const notice = importedLines([
        'VACANCY ANNOUNCEMENT',
        'Vacancy Notice No.         Title of Post',
        'TL/SC/2031/014             Logistics Associate',
        '                           (Port Operations)',
        'Duty Station               Duration',
        'Dili, Timor-Leste          12 months (renewable)',
        'Date of issue              Closing Date',
        '10 September 2031          24 September 2031',
        '',
        'Duties',
        '- Plan.',
      ]);
      assert.deepEqual(
        [notice.job_id, notice.title, notice.duty_station, notice.duration, notice.date_posted, notice.deadline],
        ['TL/SC/2031/014', 'Logistics Associate (Port Operations)', 'Dili', '12 months (renewable)', '2031-09-10', '2031-09-24'],
      );
    });

    it('keeps an "Essential:" line in the part of the requirements it stands under', () => {
      const notice = importedLines([
        'VACANCY NOTICE',
        'Vacancy Notice No.: ZAM/2031/07',
        'Title of Post: Technical Officer',
        'Organization: WHO',
        '',
        'REQUIRED QUALIFICATIONS',
        'Education',
        "Essential: University degree (Master's level) in public health.",
        'Desirable: Training in nutrition in emergencies.',
        '',
        'Experience',
        'Essential: At least five years of experience in nutrition programmes.',
      ]);
      assert.equal(notice.education, "Essential: University degree (Master's level) in public health.");
      assert.equal(notice.experience, 'Essential: At least five years of experience in nutrition programmes.');
      assert.deepEqual(notice.desirable, ['Training in nutrition in emergencies.']);
    });

    it("splits a UNHCR notice's competencies listed with semicolons", () => {
      const notice = importFromText(
        [
          'Senior Protection Assistant',
          'Organization: UNHCR',
          'Grade: G5',
          '',
          'COMPETENCY REQUIREMENTS',
          'Core Competencies: Accountability; Communication; Teamwork & Collaboration.',
        ].join('\n'),
      ).data as { standard_job_description: { competency_requirements: { core: string[] } } };
      assert.deepEqual(notice.standard_job_description.competency_requirements.core, [
        'Accountability',
        'Communication',
        'Teamwork & Collaboration',
      ]);
    });

    it('places a list the text gives twice once, and keeps the repeat under notes', () => {
      const posting = importedLines([
        'Associate Officer',
        'Organization: IOM',
        '',
        'Competencies',
        '- Accountability',
        '- Teamwork & collaboration',
        '',
        'Duties',
        '- Plan.',
        '',
        'Competencies',
        'Accountability, Teamwork and collaboration',
      ]);
      assert.deepEqual(posting.competencies, ['Accountability', 'Teamwork & collaboration']);
      assert.ok(JSON.stringify(posting.notes).includes('Teamwork and collaboration'));
    });

    it('reads a table of one pair a row whose value goes on under itself, and a duties heading of key functions', () => {
      const notice = importedLines([
        'Vacancy Notice No.          COG/VN/2031/031',
        'Title of Post               WASH Officer',
        'Category/grade              National Officer',
        '                            NO-B',
        'Type of contract            Fixed-Term Appointment',
        '',
        'KEY FUNCTIONS AND ACCOUNTABILITIES',
        '1.  Programme planning',
        '    -   Prepare programme documents.',
      ]);
      assert.equal(notice.grade, 'NO-B');
      assert.equal(notice.contract_type, 'Fixed-Term Appointment');
      assert.ok(JSON.stringify(notice.duties).includes('Prepare programme documents.'));
    });
  });

  describe('a grade that names its staff category', () => {
    it("gives the category, without the word 'Staff', as the affiliate type and the grade as the grade", () => {
      const data = importedLines([
        'Position Title : Field Assistant',
        'Duty Station : Juba, South Sudan',
        'Classification : General Service Staff, Grade G4',
        'Closing Date : 3 June 2027',
        '',
        'Core Functions / Responsibilities:',
        '1. Support the distribution of relief items.',
      ]);
      assert.equal(data.affiliate_type, 'General Service');
      assert.equal(data.grade, 'G-4');
    });
  });

  describe('a list of competency names under a heading the data does not know', () => {
    it('is the competencies, a name read as a heading going back in the list', () => {
      const imported = importFromText(
        [
          'Position Title : Programme Assistant',
          'Duty Station : Kampala, Uganda',
          '',
          'Responsibilities:',
          '1. Keep the project files in order.',
          '',
          'What we look for in everyone:',
          'Integrity and transparency',
          'Delivering results',
          'Managing and sharing knowledge',
          'Accountability',
          'Communication',
          '',
          'How to apply:',
          'Apply through the e-recruitment system.',
        ].join('\n'),
      );
      const data = imported.data as Record<string, unknown>;
      assert.deepEqual(data.competencies, [
        'Integrity and transparency',
        'Delivering results',
        'Managing and sharing knowledge',
        'Accountability',
        'Communication',
      ]);
      assert.ok(imported.notes.includes('What we look for in everyone:'), imported.notes.join('\n'));
    });
  });

  describe('numeric dates in a page header and in the notice', () => {
    it('reads an ambiguous date in the order the dates written with the same separator show', () => {
      const data = importedLines([
        'Posting Date 03/04/2027, 12:00 AM',
        'Apply Before 03/18/2027, 11:59 PM',
        '',
        'Position Title : Data Assistant',
        'Duty Station : Tripoli, Libya',
        '',
        'Responsibilities:',
        '1. Enter the case data.',
        '',
        'Posting period:',
        'From 04.03.2027 to 18.03.2027',
      ]);
      assert.equal(data.date_posted, '2027-03-04');
    });

    it('reads a posting period neither end of which decides its order by the deadline stated above it, or the country', () => {
      const notice = (closing: string, place: string) =>
        importFromText(
          [
            'Vacancy Number: VN 2027/015 (GS) - Open to Internal and External Candidates',
            'Position Title: Logistics Assistant',
            `Duty Station: ${place}`,
            closing,
            '',
            'Core Functions / Responsibilities',
            '- Track the shipments to Canada and the United States.',
            '',
            'Posting period: From 03.03.2027 to 05.04.2027',
          ].join('\n'),
        );
      const stated = notice('Closing Date: April 5, 2027', 'Kampala, Uganda');
      assert.equal(stated.data.date_posted, '2027-03-03');
      assert.equal(stated.data.deadline, '2027-04-05');
      // The reference before the dash, without whom the vacancy is open to.
      assert.equal(stated.data.job_id, 'VN 2027/015 (GS)');
      // (The countries the text names write dates in both orders: only the deadline decides.)
      assert.equal(notice('', 'Kampala, Uganda').data.date_posted, undefined);
      // A text that names only a country that writes the day first: in that order, and the finding says so.
      const country = importFromText(
        ['Position Title: Logistics Assistant', 'Duty Station: Kampala, Uganda', '', 'Posting period: From 03.03.2027 to 05.04.2027'].join(
          '\n',
        ),
      );
      assert.equal(country.data.deadline, '2027-04-05');
      assert.ok(country.findings.some((item) => item.code === 'import-date-day-first'));
    });
  });

  describe('a UN notice that says the kind of appointment in a sentence', () => {
    it('reads a fixed-term contract from the appointment offered or the basis of the post', () => {
      for (const sentence of [
        'The selected candidate will be offered a fixed-term appointment under the 100 series of the Staff Rules.',
        'Appointment against this post is on a fixed-term basis for an initial period of one year.',
      ]) {
        const data = importFromText(['Job Title: Programme Officer, P3', 'Duty Station: Amman', '', 'Special Notice', sentence].join('\n'))
          .data as Record<string, unknown>;
        assert.equal(data.contract_type, 'Fixed-term', sentence);
      }
    });
  });

  describe("a ToR's table of deliverables whose header row names its columns between bars", () => {
    it('reads no organisation from the header row, whose cells are labels without values', () => {
      const data = importFromText(
        [
          'Consultant - Water Quality Database (40 working days), Kitwe, Zambia',
          '',
          'Deliverables / Timeline',
          'Deliverable | Duration (working days) | Deadline',
          '1. Inception note and workplan | 5 days | 12 November 2027',
          '2. Database configured and tested | 35 days | 20 January 2028',
        ].join('\n'),
      ).data as Record<string, unknown>;
      assert.equal(data.organization, undefined);
    });
  });

  describe("a UN careers page's detail grid that calls its posting dates the recruitment period", () => {
    it('reads the date posted and the deadline from the range, its label run into it or before a colon', () => {
      for (const line of ['Recruitment period05 May 2027 - 03 June 2027', 'Recruitment Period: 05 May 2027 - 03 June 2027']) {
        const data = importFromText(
          ['Job Opening Number27-Statistics-ECLAC-123456-R-Santiago (R)', 'Job TitleAssociate Statistician, P2', line, 'LevelP2'].join(
            '\n',
          ),
        ).data as Record<string, unknown>;
        assert.equal(data.date_posted, '2027-05-05', line);
        assert.equal(data.deadline, '2027-06-03', line);
      }
    });
  });

  describe('a JPO post that states its sponsor and conditions amid its background', () => {
    const imported = importFromText(
      [
        'Associate Programme Officer (JPO)',
        'Staff Member / Affiliate Type',
        'JPO',
        'Organizational Setting and Work Relationships',
        'The incumbent reports to the Programme Officer in Dakar and works with the partners.',
        'This is a Junior Professional Officer (JPO) position, sponsored by the Government of the Kingdom of the Netherlands, and is open to nationals of the Netherlands only.',
        'Candidates must be no older than 32 years of age on the closing date of this posting.',
        'Duties',
        '- Monitor the partners.',
      ].join('\n'),
    );
    const data = imported.data as Record<string, unknown>;

    it('reads the sponsor by the long name of the state, and the conditions as eligibility', () => {
      assert.equal(data.profile, 'jpo');
      assert.equal(data.sponsor, 'Government of the Kingdom of the Netherlands');
      const eligibility = data.eligibility as Record<string, unknown>;
      assert.equal(eligibility.max_age, 32);
      assert.ok((eligibility.statement as string[]).some((line) => line.startsWith('Candidates must be no older than 32')));
    });

    it('reads the supervisor without the town they sit in', () => {
      assert.equal((data.terms_of_reference as Record<string, unknown>).supervisor, 'Programme Officer');
    });
  });

  describe("a careers page's JPO post: its posting dates over their range, its age limit said of the applicants", () => {
    const data = importedLines([
      'JPO - Water Governance',
      'Posting Dates',
      '03/15/2027 - 04/02/2027',
      'Job Identification 4512',
      '',
      'Job Description',
      'This JPO position is sponsored by the Government of Japan and is open to Japanese nationals only.',
      'Applicants must be aged 32 or under as of 31 December 2027 and hold a Master’s degree.',
      '',
      'Duties and Responsibilities',
      '1. Support the water governance programme.',
      '2. Organise the workshops for children aged 12 or under.',
    ]);

    it('reads the range under "Posting Dates" as the date posted and the deadline', () => {
      assert.equal(data.date_posted, '2027-03-15');
      assert.equal(data.deadline, '2027-04-02');
    });

    it("reads 'Applicants must be aged 32 or under as of …' as the age limit, not a duty", () => {
      const eligibility = data.eligibility as Record<string, unknown>;
      assert.equal(eligibility.max_age, 32);
      assert.equal(eligibility.age_reference_date, '2027-12-31');
      const duties = (data.terms_of_reference as Record<string, string[]>).duties;
      assert.deepEqual(duties, ['Support the water governance programme.', 'Organise the workshops for children aged 12 or under.']);
    });
  });

  describe('a mission that names its country, and an opening that says until when it runs', () => {
    it('reads the country from the name of the office and the end of the contract from the sentence', () => {
      const data = importedLines([
        'Posting Title: LOGISTICS ASSISTANT, FS5',
        'Department/Office: United Nations Integrated Mission in the Republic of Moldova',
        'Duty Station: CHISINAU',
        '',
        'Special Notice',
        'This temporary job opening is for an initial period of four months, until 30 June 2027, subject to funds.',
        '',
        'Responsibilities',
        '- Track the fleet.',
      ]);
      assert.equal(data.country, 'Republic of Moldova');
      assert.equal(data.contract_end_date, '2027-06-30');
    });
  });

  describe('a job board that reposts a UN opening', () => {
    it('reads a contract cell of grade and category as the grade and affiliate type, and the opening as temporary', () => {
      const imported = importFromText(
        [
          'LOGISTICS ASSISTANT (TEMPORARY JOB OPENING)',
          '',
          'Contract',
          'FS-4 (Field Service). Internationally recruited; typically asks for about 5 years of experience.',
          '',
          'Posting Title: LOGISTICS ASSISTANT, FS4 (TEMPORARY)',
          'Duty Station: JUBA',
          '',
          'Responsibilities',
          '- Track the fleet.',
        ].join('\n'),
      );
      const data = imported.data as Record<string, unknown>;
      assert.match(String(data.grade), /^FS-?4$/);
      assert.equal(data.affiliate_type, 'Field Service');
      assert.equal(data.contract_type, 'Temporary');
      // (The cell stays in the posting as written.)
      assert.ok(imported.yaml.includes('Contract: FS-4 (Field Service)'), imported.yaml);
    });
  });

  describe('a notice that heads its purpose and gives its length in brackets', () => {
    it('reads the purpose as the objectives and the length as the duration', () => {
      const data = importedLines([
        'Title of Post: Programme Analyst',
        'Type of contract: Fixed-Term Appointment (one year, renewable)',
        'Location: Kassala, Sudan',
        '',
        'Job Purpose:',
        'To strengthen the quality of the services that the partners deliver.',
        '',
        'You would be responsible for:',
        '- Monitoring the partners.',
      ]);
      assert.equal(data.objectives, 'To strengthen the quality of the services that the partners deliver.');
      assert.equal(data.contract_type, 'Fixed-Term Appointment (one year, renewable)');
      assert.equal(data.duration, 'one year');
    });
  });

  describe('a unit named with the office it is part of', () => {
    it('reads both parts, up to the place', () => {
      const data = importedLines([
        'Posting Title: ECONOMIC AFFAIRS OFFICER, P3',
        'Duty Station: BEIRUT',
        '',
        'Org. Setting and Reporting',
        'This position is located in the Social Development Cluster, Gender Justice Section, in Beirut.',
        '',
        'Responsibilities',
        '- Drafts the reports.',
      ]);
      assert.equal(data.unit, 'Social Development Cluster, Gender Justice Section');
    });
  });

  describe('an organisation written by its long name', () => {
    it('is its short name, the line kept under notes as written', () => {
      const imported = importFromText(
        [
          'Organization: UNHCR, the UN Refugee Agency',
          'Title: Field Officer',
          'Duty Station: Juba, South Sudan',
          '',
          'Duties',
          '- Visit the settlements.',
        ].join('\n'),
      );
      assert.equal((imported.data as Record<string, unknown>).organization, 'UNHCR');
      assert.ok(imported.notes.includes('Organization: UNHCR, the UN Refugee Agency'), imported.notes.join('\n'));
    });
  });
});

// Stop 24: shapes of the training sets (t1, t2), not of the blind ones.
describe('import: fields set apart by a full-width space, and a JPO sponsor named before its programme', () => {
  it('reads Japanese labelled fields on one line, each after a full-width space', () => {
    const { data } = importFromText(
      [
        '\u30d1\u30f3\u5de5\u5834\u30b9\u30bf\u30c3\u30d5',
        '\u6c42\u4eba\u756a\u53f7\uff1aHM-2031-00417\u3000\u63b2\u8f09\u958b\u59cb\u65e5\uff1a2031/04/06\u3000\u5fdc\u52df\u7de0\u5207\uff1a2031/05/15',
      ].join('\n'),
    );
    assert.equal(data.job_id, 'HM-2031-00417');
    assert.equal(data.date_posted, '2031-04-06');
    assert.equal(data.deadline, '2031-05-15');
  });

  it("reads the sponsor, the age limit and the nationality of another donor's JPO", () => {
    const { data } = importFromText(
      [
        'Associate Programme Officer (JPO - Spain)',
        'UNHCR',
        'Terms of Reference',
        'This position is open to candidates of one country and is funded by the Government of Spain (AECID) through the Junior Professional Officer Programme.',
        'Eligibility criteria:',
        '- Candidates must not be older than 32 years of age as of 31 December 2031.',
        '- Spanish nationality is required.',
      ].join('\n'),
    );
    assert.equal(data.sponsor, 'Government of Spain');
    const eligibility = data.eligibility as Record<string, unknown>;
    assert.equal(eligibility.max_age, 32);
    assert.equal(eligibility.nationality, 'Spanish');
    // "open to Korean nationals only": a people the data knows, written before "nationals only".
    const korea = importFromText(
      ['Associate Officer (JPO)', 'Eligibility', '- This post is open to Korean nationals only.', '', 'Duties', '- Map.'].join('\n'),
    ).data.eligibility as Record<string, unknown>;
    assert.equal(korea.nationality, 'Korean');
    // "maximum age 32 as of …", "… and hold Italian nationality": the limit and the nationality a sentence asks for.
    const italy = importFromText(
      [
        'Associate Officer (JPO)',
        'Eligibility',
        'Candidates must be born on or after 1 January 1994 (maximum age 32 as of 31 December 2026) and hold Italian nationality.',
        '',
        'Duties',
        '- Map.',
      ].join('\n'),
    ).data.eligibility as Record<string, unknown>;
    assert.equal(italy.max_age, 32);
    assert.equal(italy.nationality, 'Italian');
  });

  it("reads a JPO's requirements as a list of the sponsor's words: age at the deadline, full-time years, English, career", () => {
    const eligibility = importFromText(
      [
        'Associate Programme Officer (JPO)',
        'UNHCR',
        'Job Posting End Date',
        'March 12, 2027',
        'Eligibility requirements',
        '- Aged 32 or under as at the application deadline.',
        '- At least two years of full-time work experience in a relevant field.',
        '- A valid IELTS score and the ability to work in English.',
        '- Commitment to continue a career in international organizations after the assignment.',
        '',
        'Duties',
        '- Map.',
      ].join('\n'),
    ).data.eligibility as Record<string, unknown>;
    assert.deepEqual(
      [eligibility.max_age, eligibility.age_reference_date, eligibility.minimum_experience_years, eligibility.career_commitment],
      [32, '2027-03-12', 2, true],
    );
    assert.equal((eligibility.english as Record<string, unknown> | undefined)?.working_english, true);
  });

  describe('the kind of hire its title or grade names', () => {
    it('gives an intern or a UN Volunteer the kind as the affiliate type, and the volunteer category as the grade', () => {
      const intern = importedLines([
        'Posting Title: INTERN - PUBLIC INFORMATION',
        'Duty Station: Nouakchott',
        '',
        'Responsibilities',
        '- Draft.',
      ]);
      assert.equal(intern.affiliate_type, 'Internship');
      const volunteer = importedLines([
        'Title of Post           Field Monitor – National UN Volunteer',
        'Category/grade          National UN Volunteer Specialist',
        'Location                Kayes, Mali',
        '',
        '2. DESCRIPTION OF TASKS',
        '- Visit the distribution sites every month.',
        '',
        '3. ELIGIBILITY AND QUALIFICATIONS',
        "Education: Bachelor's degree in agronomy or a related field.",
      ]);
      assert.equal(volunteer.grade, 'National UN Volunteer Specialist');
      assert.equal(volunteer.affiliate_type, 'UNV National');
      assert.deepEqual(volunteer.duties, ['Visit the distribution sites every month.']);
      assert.match(String(volunteer.education), /agronomy/);
    });
    it('gives no kind to a post that looks after interns or volunteers', () => {
      const coordinator = importedLines([
        'Position Title: Internship Programme Coordinator',
        'Duty Station: Dakar',
        '',
        'Responsibilities',
        '- Plan.',
      ]);
      assert.equal(coordinator.affiliate_type, undefined);
      const manager = importedLines(['Position Title: Volunteer Manager', 'Duty Station: Dakar', '', 'Responsibilities', '- Plan.']);
      assert.equal(manager.affiliate_type, undefined);
    });
  });

  it('reads a value that a PDF copy wrapped under its label before its bracket closed as one value', () => {
    const data = importedLines([
      'Position Title',
      '   Project Officer (Climate Mobility and Disaster',
      '   Displacement)',
      'Duty Station',
      '   Suva, Fiji',
      'Closing Date',
      '   2 June 2027',
    ]);
    assert.equal(data.title, 'Project Officer (Climate Mobility and Disaster Displacement)');
    assert.equal(data.duty_station, 'Suva');
  });

  describe("a PDF copy of a country office's notice, its labels above their values and its paragraphs wrapped", () => {
    const data = importedLines([
      'United Nations Development Programme',
      'Malawi Country Office',
      '',
      'VACANCY ANNOUNCEMENT',
      'Vacancy Notice No.',
      'UNDP/MWI/VA/2027/11',
      'Title of Post',
      'Programme Associate \u2013 Climate Resilience and Disaster Risk Reduction',
      'Grade',
      'G-6',
      'Duty station',
      'Lilongwe, Malawi',
      'Closing date',
      '30/04/2027',
      '',
      'Background:',
      'The Programme Associate \u2013 Climate Resilience is located in the UNDP Malawi',
      'Country Office in Lilongwe and reports to the Programme Specialist. The incumbent',
      'supports the resilience portfolio in the districts of the Shire valley that the',
      'floods of the last two rainy seasons have affected most, with the government and',
      'the partners of the programme.',
      '',
      'Job Purpose / Duties and responsibilities:',
      '\u2022 Prepare the annual work plans of the portfolio with the implementing partners and',
      '  follow their budgets in the corporate system.',
      '\u2022 Organise the monitoring visits of the districts and draft their reports.',
      '',
      '                                                          Page 1 of 2',
      'UNDP Malawi \u2013 VA 2027/11',
      '',
      '\u2022 Keep the records of the portfolio in order for the audits of the office and',
      '  the donors.',
      '',
      'Languages:',
      'Fluency in English is required.',
      '',
      '                                                          Page 2 of 2',
      'UNDP Malawi \u2013 VA 2027/11',
    ]);

    it('reads the title without the label under it, and the office under the agency as the unit', () => {
      assert.equal(data.title, 'Programme Associate \u2013 Climate Resilience and Disaster Risk Reduction');
      assert.equal(data.grade, 'G-6');
      assert.deepEqual([data.organization, data.unit], ['UNDP', 'Malawi Country Office']);
    });

    it('reads "Job Purpose / Duties and responsibilities" as the duties, without the line repeated at each page break', () => {
      assert.deepEqual(data.duties, [
        'Prepare the annual work plans of the portfolio with the implementing partners and follow their budgets in the corporate system.',
        'Organise the monitoring visits of the districts and draft their reports.',
        'Keep the records of the portfolio in order for the audits of the office and the donors.',
      ]);
      assert.ok(JSON.stringify(data.notes).includes('UNDP Malawi \u2013 VA 2027/11'));
    });
  });

  it('reads a letterhead in capitals as the organisation where the text uses its initials, and nothing from other capitals', () => {
    const notice = (top: string) =>
      importedLines([
        top,
        '',
        'VACANCY NOTICE',
        'Title of Post\tProgramme Officer (Maritime Safety)',
        'Duty station\tLondon, United Kingdom',
        '',
        'Duties and responsibilities',
        '- Support the IMO technical cooperation programme.',
        '- Draft papers for IMO committees.',
      ]);
    assert.equal(notice('INTERNATIONAL MARITIME ORGANIZATION').organization, 'INTERNATIONAL MARITIME ORGANIZATION');
    assert.equal(notice('TECHNICAL COOPERATION DIVISION').organization, undefined);
  });

  it("reads an IOM notice's reference line with its category and office code after it", () => {
    for (const dash of ['-', '\u2013'])
      assert.equal(
        importedLines([
          'SPECIAL VACANCY NOTICE',
          `SVN 2027/031 (GS) ${dash} KE`,
          '',
          'Position Title: Driver',
          '',
          'Responsibilities',
          '- Drive.',
        ]).job_id,
        `SVN 2027/031 (GS) ${dash} KE`,
      );
  });

  it("reads a tab table's value cell wrapped onto rows whose label cell is empty as one value", () => {
    const data = importedLines([
      'VACANCY ANNOUNCEMENT',
      'Title of Post\tSenior Programme Associate (Social',
      '\tProtection and Cash',
      '\tTransfers)',
      'Type of contract\tFixed-Term Appointment, one',
      '\tyear renewable',
      'Duty Station\tLusaka, Zambia',
      '',
      'Duties',
      '- Plan the transfers.',
    ]);
    assert.deepEqual(
      [data.title, data.contract_type, data.duration, data.duty_station],
      ['Senior Programme Associate (Social Protection and Cash Transfers)', 'Fixed-Term Appointment', 'one year renewable', 'Lusaka'],
    );
  });

  describe('how candidates are tested, said in the application paragraph', () => {
    it('reads the sentence as the assessment too, and leaves the paragraph whole where it is', () => {
      const data = importedLines([
        'Title of Post: Hydrologist',
        'Duty Station: Geneva, Switzerland',
        '',
        'Duties',
        '- Run the flood forecasting models.',
        '',
        'HOW TO APPLY',
        'Applications must be submitted through the e-Recruitment system. Candidates will be required to take a written test and may be invited to a competency-based interview.',
        '',
        'Only candidates under serious consideration will be contacted.',
      ]);
      assert.equal(
        data.assessment,
        'Candidates will be required to take a written test and may be invited to a competency-based interview.',
      );
      assert.ok(String(data.how_to_apply).startsWith('Applications must be submitted through the e-Recruitment system.'));
      assert.ok(String(data.how_to_apply).includes('Candidates will be required to take a written test'));
      assert.ok(!String(data.assessment).includes('serious consideration'));
      // Where the text has an assessment section, the paragraph stays whole.
      const own = importedLines([
        'Title of Post: Hydrologist',
        '',
        'Assessment',
        'A competency-based interview.',
        '',
        'How to apply',
        'Apply online. Candidates will be required to take a written test.',
      ]);
      assert.equal(own.how_to_apply, 'Apply online. Candidates will be required to take a written test.');
      // A deadline that goes on after its date, as a paragraph ran the label into it.
      const deadline = importedLines([
        'Job title: Programme Officer',
        '',
        'How to apply',
        'Send your CV to jobs@example.org. Deadline: 21st December 2026, 5:00 pm. Only shortlisted candidates will be contacted for a written test and interview.',
      ]);
      assert.equal(deadline.deadline, '2026-12-21');
      assert.equal(deadline.assessment, 'Only shortlisted candidates will be contacted for a written test and interview.');
    });
  });

  describe("a supervisor named in the duties' lead-in, wrapped in a PDF copy", () => {
    it('reads the whole title, across the wrap', () => {
      const data = importedLines([
        'Title of Post: Scientific Officer',
        '',
        'DUTIES AND RESPONSIBILITIES',
        'Under the supervision of the Chief, Disaster Risk Reduction and Public',
        'Services Division, the incumbent will:',
        '(a)  Plan the activities of the programme;',
      ]);
      assert.equal(data.supervisor, 'Chief, Disaster Risk Reduction and Public Services Division');
    });
  });
});

describe('import: what a notice says of pay, tests and who is encouraged, below its requirements (issue 14)', () => {
  const notice = [
    'Vacancy Notice',
    '',
    'Vacancy Notice No.\t2027/0105',
    'Title of Post\tNuclear Data Officer',
    'Grade\tP-3',
    'Duty Station\tVienna, Austria',
    '',
    'Main Purpose',
    'The officer maintains the nuclear data libraries.',
    '',
    'Functions / Key Results Expected',
    '• Maintain the libraries.',
    '',
    'Remuneration',
    'The organization offers a tax-free annual net base salary starting at US $70,216 (subject to deductions), a post adjustment of US $ 35,100 per annum and a rental subsidy.',
    '',
    'Evaluation process',
    'Candidates under serious consideration will be assessed through a written test and a competency-based interview.',
    '',
    'Applications from qualified women and candidates from developing countries are strongly encouraged.',
  ];

  it('reads "starting at US $70,216" as the lowest pay in US dollars, by the year its sentence says', () => {
    assert.deepEqual(importedLines(notice).salary, { currency: 'USD', minimum: 70216, per: 'year' });
  });

  it('reads "Evaluation process" as the assessment, and the call on qualified women to apply as a closing statement', () => {
    const data = importedLines(notice);
    assert.equal(
      data.assessment,
      'Candidates under serious consideration will be assessed through a written test and a competency-based interview.',
    );
    assert.deepEqual(data.closing_statements, [
      'Applications from qualified women and candidates from developing countries are strongly encouraged.',
    ]);
  });

  it('reads the test named at the end of the application instructions as the assessment too; a bare shortlisting remark is none', () => {
    const text = (remark: string) => [
      'Programme Officer',
      '',
      'Duties',
      '- Plan the programme.',
      '',
      'How to apply',
      `Send a cover letter and CV to jobs@example.org by 10 May 2027. ${remark}`,
    ];
    const tested = importedLines(text('Only shortlisted candidates will be contacted for a written test and a panel interview.'));
    assert.equal(tested.assessment, 'Only shortlisted candidates will be contacted for a written test and a panel interview.');
    // (The remark also stays where it stood, as written.)
    assert.deepEqual(tested.closing_statements, [
      'Only shortlisted candidates will be contacted for a written test and a panel interview.',
    ]);
    const bare = importedLines(text('Only shortlisted candidates will be contacted.'));
    assert.equal(bare.assessment, undefined);
    assert.deepEqual(bare.closing_statements, ['Only shortlisted candidates will be contacted.']);
  });

  it("reads a lead-in to the organisation's competencies ('UNICEF competencies required for this post are:') as no competency", () => {
    const data = importedLines([
      'Education Officer',
      '',
      'Duties',
      '- Support the schools.',
      '',
      'Competencies',
      'UNICEF competencies required for this post are:',
      '(1) Builds and maintains partnerships',
      '(2) Works collaboratively with others',
    ]);
    assert.deepEqual(data.competencies, ['Builds and maintains partnerships', 'Works collaboratively with others']);
  });
});

describe("import: a JPO careers page's eligibility said in its background and application instructions (issue 14)", () => {
  const page = [
    'Junior Professional Officer (JPO) - Health Officer, P-2, Lilongwe, Malawi',
    '',
    'Job no: 601122',
    'Level: P-2',
    'Deadline: 15 Mar 2027',
    '',
    'Background',
    'This JPO post is sponsored by the Ministry of Foreign Affairs of Japan and is open to Japanese nationals only. The assignment is for two years in principle, subject to satisfactory performance.',
    '',
    'Key responsibilities',
    '- Support the immunization programme.',
    '',
    'Requirements',
    "- An advanced university degree (Master's or higher) in public health.",
    '- A minimum of two years of full-time professional work experience in health programmes.',
    '',
    'How to apply',
    'Apply through this page with a CV and a scanned copy of a valid TOEFL iBT or IELTS score. Shortlisted candidates will be invited to a written test and a competency-based interview.',
  ];

  it('reads the nationality, the years of experience and the English tests', () => {
    const data = importedLines(page);
    assert.equal(data.profile, 'jpo');
    assert.equal(data.eligibility.nationality, 'Japanese');
    assert.equal(data.eligibility.minimum_experience_years, 2);
    assert.deepEqual(data.eligibility.english.tests, ['TOEFL iBT', 'IELTS']);
  });

  it("reads the assignment's sentence as its statement, and the test named after the instructions as the selection process", () => {
    const data = importedLines(page);
    assert.equal(data.assignment.statement, 'The assignment is for two years in principle, subject to satisfactory performance.');
    assert.equal(data.assignment.duration_months, 24);
    assert.deepEqual(data.selection_process, [
      'Shortlisted candidates will be invited to a written test and a competency-based interview.',
    ]);
  });
});

describe("import: an IOM reference open to external candidates, and a consultancy's 'Submission of application' (issue 14)", () => {
  it("reads 'SVN 2027/088 (P) EXT' whole as the reference", () => {
    assert.equal(
      importedLines([
        'SPECIAL VACANCY NOTICE',
        'SVN 2027/088 (P) EXT',
        '',
        'Position Title : Project Officer',
        '',
        'Responsibilities',
        '- Manage the project.',
      ]).job_id,
      'SVN 2027/088 (P) EXT',
    );
  });

  it("reads 'Submission of application' as how to apply, with the documents listed under it", () => {
    const data = importedLines([
      'Title: National Consultant',
      '',
      'Evaluation',
      'Candidates will be evaluated using a cumulative analysis method.',
      '',
      'Submission of application',
      'Interested candidates are requested to submit the following through this portal:',
      '- Personal History Form (P-11)',
      '- A financial proposal stating a lump sum in USD',
    ]);
    assert.equal(data.assessment, 'Candidates will be evaluated using a cumulative analysis method.');
    assert.match(String(data.how_to_apply), /^Interested candidates are requested[^]*A financial proposal stating a lump sum in USD$/);
  });
});

describe("import: a careers page's table of facts under its 'Job Description' heading, one space after each label (issue 14)", () => {
  // Written for this test in the shape of a UNDP job page copied from a browser.
  const text = [
    'Agency Careers',
    'Back to jobs',
    '',
    'JPO - Water Governance (Japan)',
    'Amman, Jordan',
    'Apply Now',
    '',
    'Job Description',
    'Agency UNDP',
    'Title Junior Professional Officer (Water Governance)',
    'Job ID 40122',
    'Vacancy End Date (Midnight New York, USA) 04/20/2027',
    'Time Left 12D 3H 10M',
    'Duty Station Amman, Jordan',
    "Education & Work Experience Master's Degree - 2 year(s) experience",
    'Grade P2',
    'Bureau Regional Bureau for Arab States',
    '',
    'Background',
    'The JPO scheme of the agency gives young professionals field experience. This post is sponsored by the Government of Japan and is open to Japanese nationals only. Candidates must be aged 35 or under as of 31 December 2027.',
    '',
    'The country office supports the water ministry on basin planning and on the reform of tariffs.',
    '',
    'Duties and Responsibilities',
    'Support the basin councils in drafting their annual plans.',
    'Perform other duties as required.',
    '',
    'Required Skills and Experience',
    'Education:',
    "Advanced university degree (Master's or equivalent) in water resources, economics or a related field.",
    'Experience:',
    'Minimum two years of relevant professional experience in water governance.',
  ].join('\n');
  const data = importFromText(text).data as Record<string, unknown>;
  const tor = data.terms_of_reference as Record<string, unknown>;

  it('reads each row, a one-word label too, as a field, and no row as a duty', () => {
    assert.equal(data.title, 'Junior Professional Officer (Water Governance)');
    assert.equal(data.organization, 'UNDP');
    assert.equal(data.job_id, '40122');
    assert.equal(data.grade, 'P-2');
    assert.equal(data.duty_station, 'Amman');
    assert.equal(data.deadline, '2027-04-20');
    assert.deepEqual(tor.duties, ['Support the basin councils in drafting their annual plans.', 'Perform other duties as required.']);
  });

  it('reads the eligibility the background states in passing, and the degree and years the requirements ask', () => {
    assert.deepEqual(data.eligibility, {
      nationality: 'Japanese',
      max_age: 35,
      age_reference_date: '2027-12-31',
      minimum_degree: 'master',
      minimum_experience_years: 2,
    });
  });

  it('reads the rows after a heading-like row and around a row it does not know, which stays under notes', () => {
    const rows = text
      .split('\n')
      .flatMap((line) => (line === 'Grade P2' ? ['Languages Required: Arabic', line, 'Posting Type External'] : [line]));
    const result = importFromText(rows.join('\n'));
    const read = result.data as Record<string, unknown>;
    assert.equal(read.grade, 'P-2');
    assert.ok(result.notes.includes('Posting Type External'), result.notes.join('\n'));
    const duties = (read.terms_of_reference as Record<string, unknown>).duties as string[];
    assert.ok(!duties.some((duty) => /Posting Type|Bureau/.test(duty)), duties.join('\n'));
  });

  it('gives no eligibility from the requirements alone, and names no one nationality where others may apply too', () => {
    const lines = text.split('\n');
    const without = lines.filter((line) => !line.startsWith('The JPO scheme') && !line.startsWith('Education & Work'));
    assert.equal((importFromText(without.join('\n')).data as Record<string, unknown>).eligibility, undefined);
    const shared = lines.map((line) =>
      line.startsWith('The JPO scheme')
        ? 'This JPO post is open only to Dutch nationals and nationals of eligible developing countries. Candidates must be 32 years of age or younger as of 31 December 2027.'
        : line,
    );
    const eligibility = (importFromText(shared.join('\n')).data as Record<string, unknown>).eligibility as Record<string, unknown>;
    assert.equal(eligibility.nationality, undefined);
    assert.equal(eligibility.max_age, 32);
  });

  it("reads an IOM call for a consultancy's classification as the affiliate type and its deliverables headed by the consultant's category", () => {
    const imported = importFromText(
      [
        'CALL FOR APPLICATIONS - CONSULTANCY',
        'Position Title: Consultant - Migrant Health Mapping',
        'Duty Station: Suva, Fiji',
        'Classification: Consultant',
        'Type of Appointment: Consultancy, 30 working days',
        '',
        'Context',
        'IOM supports the Ministry of Health in planning services for returning workers.',
        '',
        'Category B Consultants: Tangible and measurable outputs of the work assignment',
        '1. Inception note and workplan (30%);',
        '2. Final mapping report with a directory of services (70%).',
        '',
        'Travel required',
        'Two trips to Lautoka.',
      ].join('\n'),
    ).data as Record<string, unknown>;
    assert.equal(imported.affiliate_type, 'Consultant');
    assert.equal(imported.grade, undefined);
    assert.deepEqual(imported.deliverables, [
      'Inception note and workplan (30%);',
      'Final mapping report with a directory of services (70%).',
    ]);
  });

  it('keeps a consultant named by a level as the grade (Post level: National Consultant)', () => {
    const imported = importFromText(
      ['Post title: Gender Budgeting Specialist', 'Post level: National Consultant', 'Duty station: Dili, Timor-Leste'].join('\n'),
    ).data as Record<string, unknown>;
    assert.equal(imported.grade, 'National Consultant');
  });
});
