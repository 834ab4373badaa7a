import { strict as assert } from 'assert';
import { importFromText } from '../../server/src/engine';
import { sheetRowRead } from '../../server/src/engine/import/paste';

// Short texts written for these tests in the shapes of NGO job boards, charity adverts and consultancy ToRs; none is
// taken from a real page.

const imported = (lines: readonly string[]) => importFromText(lines.join('\n')).data;
const text = (value: unknown) => (Array.isArray(value) ? value.join('\n') : String(value ?? ''));

describe('import: NGO job boards and consultancy ToRs (issue 14 §1)', () => {
  describe('pay as boards and adverts print it', () => {
    it('reads a pay "from" an amount as its minimum', () => {
      const data = imported([
        'Title of Post: Country Programme Officer',
        '',
        'What we offer',
        'Annual net salary from BDT 4,862,000 depending on experience, plus benefits.',
      ]);
      assert.deepEqual(data.salary, { currency: 'BDT', minimum: 4862000, per: 'year' });
    });

    it("reads a reference printed beside the notice's heading ('VACANCY ANNOUNCEMENT  Ref: …') and keeps the heading", () => {
      const result = importFromText(
        [
          'RELIEF ASSOCIATION',
          'VACANCY ANNOUNCEMENT  Ref: RA/UG/HR/2027/004',
          '',
          'Job title:   Field Officer',
          'Duty station:   Arua',
        ].join('\n'),
      );
      assert.equal(result.data.job_id, 'RA/UG/HR/2027/004');
      assert.equal(result.data.title, 'Field Officer');
      assert.ok((result.data.notes as string[]).includes('VACANCY ANNOUNCEMENT'));
      // A title beside another cell is no heading of a document: the line is read as before.
      assert.equal(imported(['Field Officer  Ref: RA/2027/004', '', 'Duties', '- Visit the sites.']).job_id, undefined);
    });

    it("reads an NGO's band by letter for whom it is ('Level: F (International)') as the grade, and no other word", () => {
      const offer = (level: string) =>
        imported([
          'Protection Coordinator - Maiduguri',
          '',
          'We offer',
          'Contract length: 12 months',
          `Level: ${level}`,
          'Start date: 1 February 2027',
        ]);
      assert.equal(offer('F (International)').grade, 'F (International)');
      assert.equal(offer('Senior').grade, undefined);
    });

    it('reads competencies between semicolons whose names hold commas', () => {
      const data = imported([
        'Title of Post: Country Programme Officer',
        '',
        'Competencies',
        'Demonstrating leadership; Learning, sharing knowledge and innovating; Managing time, resources and information; Team-working.',
      ]);
      assert.deepEqual(data.competencies, [
        'Demonstrating leadership',
        'Learning, sharing knowledge and innovating',
        'Managing time, resources and information',
        'Team-working',
      ]);
    });

    it('reads a currency sign as its code, and a range per annum', () => {
      const data = imported(['Fundraising Officer', '', 'Salary: £29,500 - £31,000 per annum', '', 'Responsibilities', '- Raise funds.']);
      assert.deepEqual(data.salary, { currency: 'GBP', minimum: 29500, maximum: 31000, per: 'year' });
    });

    it('reads "USD $58,000 - $64,000 / year" once, in USD', () => {
      const data = imported(['Program Manager', 'Salary: USD $58,000 - $64,000 / year', '', 'Responsibilities', '- Run the program.']);
      assert.deepEqual(data.salary, { currency: 'USD', minimum: 58000, maximum: 64000, per: 'year' });
    });

    it('reads a pay alone on a board line, and a code written with a full stop', () => {
      const board = imported(['Finance Assistant', 'KSh 60,000 - 75,000', '', 'Responsibilities', '- Keep the books.']);
      assert.deepEqual(board.salary, { currency: 'KES', minimum: 60000, maximum: 75000 });
      const portal = imported(['Case Worker', '', 'Salary', 'Tk. 38000 (Monthly)', '', 'Job Responsibilities', '- Follow up cases.']);
      assert.deepEqual(portal.salary, { currency: 'BDT', amount: 38000, per: 'month' });
    });

    it('reads a pay under a pay heading, and guesses no currency for a dollar sign alone', () => {
      const who = imported([
        'Consultant',
        '',
        'Remuneration and budget:',
        'Band level B - USD 7,000 - 9,980 per month.',
        '',
        'Deliverables',
        '- A report.',
      ]);
      assert.deepEqual(who.salary, { currency: 'USD', minimum: 7000, maximum: 9980, per: 'month' });
      const dollars = imported(['Program Manager', 'Salary: $58,000 - $64,000 / year', '', 'Responsibilities', '- Run the program.']);
      assert.equal(dollars.salary, undefined);
    });

    it("reads a dollar sign alone as the dollar of a posting's country that pays in dollars, in a board's cell of pay", () => {
      const board = (place: string) =>
        imported([
          'Youth Mentor',
          'Northside Learning Center',
          place,
          'Hybrid | Part Time | $21 - $24 / hour',
          '',
          'What you will do',
          '- Mentor students.',
        ]);
      const us = board('Duluth, MN, United States');
      assert.deepEqual([us.duty_station, us.country], ['Duluth', 'United States']);
      assert.deepEqual(us.salary, { currency: 'USD', minimum: 21, maximum: 24, per: 'hour' });
      assert.deepEqual(board('Halifax, NS, Canada').salary, { currency: 'CAD', minimum: 21, maximum: 24, per: 'hour' });
      // (Mexico's peso is written with the same sign: no currency is guessed there.)
      assert.equal(board('Monterrey, NL, Mexico').salary, undefined);
    });

    it('reads an amount written before its code, thousands apart by a space', () => {
      const advert = imported(['Cash Officer', '', 'GROSS SALARY: 48 500 UAH per month', '', 'Responsibilities', '- Pay out cash.']);
      assert.deepEqual(advert.salary, { currency: 'UAH', amount: 48500, per: 'month' });
      const range = imported(['Driver', '', 'Salary: 40,000 - 50,000 KES monthly', '', 'Responsibilities', '- Drive.']);
      assert.deepEqual(range.salary, { currency: 'KES', minimum: 40000, maximum: 50000, per: 'month' });
      // A year before a code that states its own amount is no pay.
      const year = imported(['Officer', '', 'Salary: from 2026 USD 3,100 per month', '', 'Responsibilities', '- Work.']);
      assert.deepEqual(year.salary, { currency: 'USD', amount: 3100, per: 'month' });
      // A symbol a country's pages print for its currency: RM is the ringgit.
      const ringgit = imported(['Partnerships Lead', '', 'Benefits', '- Salary: RM 7,500 – RM 9,000 per month']);
      assert.deepEqual(ringgit.salary, { currency: 'MYR', minimum: 7500, maximum: 9000, per: 'month' });
      // A code before an amount in spaced thousands, the sentence going on after a comma.
      const notice = imported([
        'WASH Officer',
        '',
        'The annual net base salary is XAF 24 516 000, plus post adjustment.',
        '',
        'Duties',
        '- Plan.',
      ]);
      assert.deepEqual(notice.salary, { currency: 'XAF', amount: 24516000, per: 'year' });
    });

    it("reads an Indian board's pay in lakhs per annum, and CTC as a pay", () => {
      const board = imported(['Project Coordinator', '', 'Salary: \u20b9 4.5-6 Lacs P.A.', '', 'Responsibilities', '- Coordinate.']);
      assert.deepEqual(board.salary, { currency: 'INR', minimum: 450000, maximum: 600000, per: 'year' });
      const offer = imported([
        'Field Officer',
        '',
        'What we offer',
        'CTC INR 3\u20134 lakh per annum and insurance.',
        '',
        'Responsibilities',
        '- Visit.',
      ]);
      assert.deepEqual(offer.salary, { currency: 'INR', minimum: 300000, maximum: 400000, per: 'year' });
    });

    it('reads a consultancy budget stated for a period, and no project budget', () => {
      const who = imported([
        'Consultant',
        '',
        'Budget (travel costs excluded): Level A, USD 5,200 per month',
        '',
        'Deliverables',
        '- A report.',
      ]);
      assert.deepEqual(who.salary, { currency: 'USD', amount: 5200, per: 'month' });
      const project = imported(['Consultant', '', 'The project budget is USD 2,000,000.', '', 'Deliverables', '- A report.']);
      assert.equal(project.salary, undefined);
    });
  });

  describe("an NGO's consultancy ToR: its letterhead with the office's country, headings named for the study", () => {
    const tor = imported([
      'TERMS OF REFERENCE',
      'Endline Evaluation \u2013 Clean Water for Schools Project',
      'Hope Water Alliance Uganda',
      '',
      'Location:  Gulu, Uganda',
      'Duration:  30 working days',
      '',
      '1. Background',
      'Hope Water Alliance has worked in northern Uganda since 2012. The project built water points in 40 schools.',
      '',
      '2. Purpose and objectives of the evaluation',
      'The purpose of the evaluation is to measure the change in access to safe water in the target schools.',
      'Specific objectives:',
      'a) Measure the functionality of the water points;',
      'b) Assess hygiene practices of learners.',
      '',
      '3. Deliverables',
      '1. Inception report',
      '2. Final report',
    ]);

    it('reads the organisation without the country of its office, where the text uses the name alone', () => {
      assert.equal(tor.organization, 'Hope Water Alliance');
    });

    it('reads "Purpose and objectives of the evaluation" and "Specific objectives" as the objectives', () => {
      assert.match(String(tor.objectives), /^The purpose of the evaluation is to measure/);
      assert.match(String(tor.objectives), /Assess hygiene practices of learners/);
      assert.doesNotMatch(String(tor.background), /Purpose and objectives/);
    });
  });

  describe('an organisation that introduces itself', () => {
    it('is the organisation, though a duty names a UN agency', () => {
      const data = imported([
        'Livelihoods Lead',
        '',
        'Description',
        'Jalan Baru Ventures is a social enterprise that trains refugees in digital skills.',
        '',
        'Responsibilities',
        '- Work with UNHCR partners on outreach',
      ]);
      assert.equal(data.organization, 'Jalan Baru Ventures');
    });
  });

  describe('the remarks most agencies close with', () => {
    it('reads them as closing statements wherever they stand', () => {
      const data = imported([
        'WASH Officer',
        'Duty Station: Kenema',
        '',
        'How to apply',
        'Send your CV to jobs@example.org.',
        'Only shortlisted candidates will be contacted.',
        'Incomplete applications will not be considered.',
        'Female candidates and candidates with disabilities are particularly encouraged to apply.',
        'Kallpa Solar is an equal-opportunity employer.',
      ]);
      assert.deepEqual(
        [...(data.closing_statements as string[])].sort(),
        [
          'Only shortlisted candidates will be contacted.',
          'Incomplete applications will not be considered.',
          'Female candidates and candidates with disabilities are particularly encouraged to apply.',
          'Kallpa Solar is an equal-opportunity employer.',
        ].sort(),
      );
      assert.equal(data.how_to_apply, 'Send your CV to jobs@example.org.');
    });
  });

  describe("an applicant-tracking page's categories under the title", () => {
    it('reads the team as the unit and the commitment as the contract type, and keeps the workplace', () => {
      const data = imported([
        'Regional Operations Lead',
        'COCHABAMBA, BOLIVIA',
        'OPERATIONS – FIELD NETWORK /',
        'FULL-TIME /',
        'HYBRID',
        '',
        'What you will do',
        '• Run the branches.',
      ]);
      assert.deepEqual([data.unit, data.contract_type, data.duty_station], ['OPERATIONS – FIELD NETWORK', 'FULL-TIME', 'COCHABAMBA']);
      assert.ok((data.notes as string[]).includes('HYBRID'));
    });

    it('reads the lists a profile gives under "Essential" and "An asset" as required and desirable', () => {
      const data = imported([
        'WASH Manager',
        '',
        'PROFILE',
        'Essential',
        '* Fluent French; good English.',
        'An asset',
        '* Experience in eastern DRC.',
        '',
        'How to apply',
        'Apply online.',
      ]);
      assert.deepEqual(data.desirable, ['Experience in eastern DRC.']);
      assert.deepEqual(data.qualifications, ['Fluent French; good English.']);
    });

    it('leaves a line that only ends in a slash alone', () => {
      const data = imported(['Field Officer', 'See the map of our sites at example.org /', '', 'Duties', '- Visit.']);
      assert.equal(data.unit, undefined);
    });
  });

  describe("a research institute's vacancy on an academic job site", () => {
    it('reads a table of facts whose columns are runs of spaces, and the headings that ask questions', () => {
      const data = imported([
        'Centre for Refugee Law',
        '',
        'Vacancy: PhD Candidate in Asylum Procedures (0.8 FTE)',
        '',
        'Vacancy number   CRL-2026-003',
        'Starting date    1 October 2026',
        'Closing date     15 June 2026',
        '',
        'WHAT WILL YOU BE DOING?',
        '  1. study appeal decisions in three member states;',
        '  2. write a dissertation of four articles.',
        '',
        'WHAT DO WE ASK?',
        "  - A master's degree in law.",
        '  - Experience with qualitative interviews.',
        '',
        'INFORMATION AND APPLICATION',
        'Please apply via the "Apply" button before 15 June 2026.',
      ]);
      assert.equal(data.job_id, 'CRL-2026-003');
      assert.equal(data.target_start_date, '2026-10-01');
      assert.equal(data.deadline, '2026-06-15');
      assert.match(text(data.duties), /study appeal decisions/);
      // A line of experience without its years is experience all the same.
      assert.match(text(data.experience), /qualitative interviews/);
      assert.match(text(data.how_to_apply), /^Please apply via/);
    });

    it('reads no label from a sentence whose first words are one before a run of spaces', () => {
      const data = imported(['Driver', '', 'Responsibilities', '- Drive the team safely.', 'Reference   checks will be made.']);
      assert.equal(data.job_id, undefined);
    });
  });

  describe('a reference given only in the application instructions', () => {
    it('reads the reference to quote in the subject line, and no plain words', () => {
      const quoted = imported([
        'Consultant',
        '',
        'Deliverables',
        '- A report.',
        '',
        'Send a CV to jobs@example.org by 1 May 2026, quoting "NUT-SURV-2026" in the subject line.',
      ]);
      assert.equal(quoted.job_id, 'NUT-SURV-2026');
      const words = imported(['Consultant', '', 'Deliverables', '- A report.', '', 'Apply by e-mail, quoting the position title.']);
      assert.equal(words.job_id, undefined);
    });
  });

  describe("a UN opening copied from a job board's page", () => {
    it("takes the headline in capitals with its grade as the title, not the board's name above it", () => {
      const data = imported([
        'Kenya Jobs Board',
        'Find jobs | Employers',
        'Sign in',
        '',
        'ENVIRONMENTAL AFFAIRS OFFICER, P4',
        'United Nations Environment Programme',
        'Nairobi',
        '',
        'Duty Station: NAIROBI',
        '',
        'Responsibilities',
        '- Leads the preparation of the regional outlook report.',
      ]);
      assert.match(String(data.title), /^ENVIRONMENTAL AFFAIRS OFFICER\b/);
      assert.equal(data.grade, 'P-4');
    });
  });

  describe('an IOM notice copied by a job board or a group post', () => {
    it("takes IOM's Type of Appointment over the board's Job Type, and the number without whom it is open to", () => {
      const data = imported([
        'Job Title: Data Assistant',
        'SVN No.: SVN2026/007 (Open to Kenyan nationals only)',
        'Job Type: Full Time',
        'Type of Appointment: Special Short Term, three months',
        '',
        'Core Functions / Responsibilities',
        '- Clean the tracking data.',
      ]);
      assert.equal(data.job_id, 'SVN2026/007');
      assert.equal(data.contract_type, 'Special Short Term');
      assert.equal(data.duration, 'three months');
    });
  });

  describe('the role described under a background heading', () => {
    it('is the purpose of the role when the section opens with the role', () => {
      const data = imported([
        'Livelihoods Officer',
        '',
        'Organisational Background',
        'Green Valley Trust is a local organisation that works with smallholder farmers.',
        '',
        'Position Summary',
        'The Livelihoods Officer will lead the ward-level activities of the project. The officer will be responsible to the Project Coordinator.',
        '',
        'Key Responsibilities',
        '- Train lead farmers.',
      ]);
      assert.match(text(data.objectives), /^The Livelihoods Officer will lead/);
      assert.match(text(data.background), /^Green Valley Trust is a local organisation/);
      assert.equal(data.supervisor, 'Project Coordinator');
    });

    it('leaves an organisational setting in the background', () => {
      const data = imported([
        'Programme Officer',
        '',
        'Org. Setting and Reporting',
        'This position is located in the Field Office in Gulu. The Programme Officer reports to the Head of Office.',
        '',
        'Responsibilities',
        '- Plan the work.',
      ]);
      assert.match(text(data.background), /^This position is located/);
      assert.equal(data.objectives, undefined);
    });
  });

  describe('a mixed list of requirements', () => {
    it('is split into the fields the text has no section for; a section of its own keeps its field', () => {
      const data = imported([
        'WASH Officer',
        '',
        'Responsibilities',
        '- Supervise contractors.',
        '',
        'Qualifications/Requirements',
        '● B.Sc / HND in Civil Engineering or a related field.',
        '● Ability to speak and write Hausa is required.',
        '● Good knowledge of Microsoft Office.',
        '',
        'Experience',
        'Minimum of 3 years of experience in WASH programming.',
      ]);
      assert.equal(data.education, 'B.Sc / HND in Civil Engineering or a related field.');
      assert.equal(data.languages, 'Ability to speak and write Hausa is required.');
      assert.equal(data.experience, 'Minimum of 3 years of experience in WASH programming.');
      assert.deepEqual(data.qualifications, ['Good knowledge of Microsoft Office.']);
    });

    it('reads no language in "communicate with Somali communities"', () => {
      const data = imported([
        'Community Mobiliser',
        '',
        'Requirements',
        '- Diploma in Community Development.',
        '- Good communication with Somali communities and elders.',
        '- At least 2 years of experience in community work.',
      ]);
      assert.equal(data.languages, undefined);
      assert.match(text(data.qualifications), /Somali communities/);
    });
  });

  describe("a job board's header", () => {
    it('names the organisation, the duty station and the working time on the lines under the title', () => {
      const data = imported([
        'Finance Assistant',
        'Lake Region Orphans Support Programme',
        'Kisumu',
        'Full Time',
        '',
        'Responsibilities',
        '- Prepare payment vouchers.',
        '',
        'Lake Region Orphans Support Programme pays school fees for orphans in Kisumu and Siaya counties.',
        '',
        'Applications should be emailed to jobs@example.org by 30th September 2027.',
      ]);
      assert.equal(data.organization, 'Lake Region Orphans Support Programme');
      assert.equal(data.duty_station, 'Kisumu');
      assert.equal(data.contract_type, 'Full Time');
      assert.equal(data.deadline, '2027-09-30');
    });

    it('takes no line the text never names again for the organisation, and no unit for the duty station', () => {
      const data = imported(['Finance Assistant', 'Accounting And Finance', '', 'Responsibilities', '- Prepare payment vouchers.']);
      assert.equal(data.organization, undefined);
      // A unit under the name is no duty station, even when the text names it again.
      const unit = imported([
        'Finance Assistant',
        'Lake Region Orphans Support Programme',
        'Finance Department',
        '',
        'Responsibilities',
        '- Support the Finance Department and the Lake Region Orphans Support Programme auditors.',
      ]);
      assert.equal(unit.organization, 'Lake Region Orphans Support Programme');
      assert.equal(unit.duty_station, undefined);
    });

    it('reads a title with a count of posts, and a title named only in a sentence', () => {
      const board = imported([
        'Green Valley Trust (GVT)',
        '',
        'Livelihoods Officer x 3',
        '',
        'Key Responsibilities',
        '- Train lead farmers.',
      ]);
      assert.equal(board.title, 'Livelihoods Officer');
      const social = imported([
        'Gulu Women for Health Network',
        '2 days ago',
        '',
        'We are looking for a dedicated Community Health Mobiliser to join our maternal health project. The mobiliser will report to the Project Officer.',
      ]);
      assert.equal(social.title, 'Community Health Mobiliser');
      assert.equal(social.supervisor, 'Project Officer');
    });
  });
  describe('labels and headings in German and Portuguese', () => {
    it('reads a German header of labels and tabs, and its headings', () => {
      const { data } = importFromText(
        [
          'Consultant for a Market Study',
          '',
          'Jobnummer:\tP-2210-2026',
          'Einsatzort:\tKampala, Uganda',
          'Land:\tUganda',
          'Beginn:\t1. September 2026',
          'Einsatzdauer:\t40 Arbeitstage',
          'Bewerbungsfrist:\t20.07.2026',
          'Ver\u00f6ffentlicht am:\t01.07.2026',
          '',
          'Ihre Aufgaben',
          '- Review the market data of three districts.',
          '- Write the study report.',
        ].join('\n'),
      );
      assert.equal(data.job_id, 'P-2210-2026');
      assert.equal(data.duty_station, 'Kampala');
      assert.equal(data.country, 'Uganda');
      assert.equal(
        String(data.target_start_date instanceof Date ? data.target_start_date.toISOString().slice(0, 10) : data.target_start_date),
        '2026-09-01',
      );
      assert.equal(data.duration, '40 Arbeitstage');
      assert.equal(String(data.deadline instanceof Date ? data.deadline.toISOString().slice(0, 10) : data.deadline), '2026-07-20');
      assert.deepEqual(data.duties, ['Review the market data of three districts.', 'Write the study report.']);
    });

    it('reads a Portuguese ToR heading of deliverables after its scope of work', () => {
      const { data } = importFromText(
        [
          'Termo de Refer\u00eancia',
          'T\u00edtulo: Consultor(a) em Monitoramento',
          'Local de trabalho: Recife',
          '',
          '1. ESCOPO DO TRABALHO',
          'a) Revisar os indicadores do projeto.',
          'b) Visitar os munic\u00edpios atendidos.',
          '',
          '2. PRODUTOS E PRAZOS',
          'Produto 1 \u2013 Plano de trabalho (10 dias)',
          'Produto 2 \u2013 Relat\u00f3rio final (60 dias)',
        ].join('\n'),
      );
      assert.equal(data.title, 'Consultor(a) em Monitoramento');
      assert.equal(data.duty_station, 'Recife');
      assert.deepEqual(data.duties, ['Revisar os indicadores do projeto.', 'Visitar os munic\u00edpios atendidos.']);
      assert.deepEqual(data.deliverables, [
        'Produto 1 \u2013 Plano de trabalho (10 dias)',
        'Produto 2 \u2013 Relat\u00f3rio final (60 dias)',
      ]);
    });
  });
  describe('a spreadsheet row copied with its column names', () => {
    it('reads each column as its label or heading, a quoted cell of several lines as a section', () => {
      const { data } = importFromText(
        [
          'Ref\tTitle\tLocation\tDuration\tDeadline\tDaily fee (USD)\tScope of work\tNotes',
          'CT-2026-07\tNational Consultant \u2013 Water Quality\tLilongwe, Malawi\t30 working days\t2026-03-15\t150-200\t"- Test water points in two districts',
          '- Train district staff on the test kits',
          '- Write the survey report"\t"Posted by the programme office.',
          'Women are encouraged to apply."',
        ].join('\n'),
      );
      assert.equal(data.job_id, 'CT-2026-07');
      assert.equal(data.title, 'National Consultant \u2013 Water Quality');
      assert.equal(data.duty_station, 'Lilongwe');
      assert.equal(data.country, 'Malawi');
      assert.equal(data.duration, '30 working days');
      assert.deepEqual(data.salary, { currency: 'USD', minimum: 150, maximum: 200, per: 'day' });
      assert.deepEqual(data.duties, [
        'Test water points in two districts',
        'Train district staff on the test kits',
        'Write the survey report',
      ]);
    });

    it('leaves a list of several rows, and rows of unequal length, as they are', () => {
      const rows = ['Ref\tTitle\tLocation\tDeadline', 'A-1\tDriver\tJuba\t2026-03-01', 'A-2\tCleaner\tWau\t2026-03-02'];
      assert.equal(sheetRowRead(rows), undefined);
      assert.equal(sheetRowRead(['Ref\tTitle\tLocation\tDeadline', 'A-1\tDriver\tJuba']), undefined);
      assert.deepEqual(sheetRowRead(rows.slice(0, 2)), [
        'Ref: A-1',
        '',
        'Title: Driver',
        '',
        'Location: Juba',
        '',
        'Deadline: 2026-03-01',
        '',
      ]);
    });
  });

  it('reads a station that ends with its country, however it begins', () => {
    const { data } = importFromText('Consultant\nDuty station: Home-based with two missions to Thimphu, Bhutan\nDeadline: 2026-02-01');
    assert.equal(data.country, 'Bhutan');
  });
  describe("a newspaper's classified advertisement in a narrow column", () => {
    const advert = [
      'The Evening Courier \u2014 Tue 4 Mar 2026 \u2014 Page 22 \u2014 CLASSIFIEDS / SITUATIONS VACANT \u2014 NGO SECTION',
      '',
      'HOPE WATER TRUST invites appls.',
      'from Ugandan nationals for the',
      'fllg. post:',
      'Posn: Water Point Technician',
      '(Rural Water Supply)',
      'DS: Arua (West Nile, sub-counties',
      '4\u20136)',
      'Type of Appt: Fixed term, 12 mos',
      'w/ poss. of ext.',
      'Est. Start Date: ASAP',
      'Closing Date: 20 March 2026',
      'Context: The Trust repairs hand',
      'pumps and trains water user',
      'committees in West Nile.',
      'Under supvn of the Field Engineer',
      'the incumbent will: repair hand',
      'pumps & boreholes; train water',
      'user committees; keep the asset',
      'register up to date; perform other',
      'duties as assigned.',
      'Reqd Quals: Cert. in Plumbing w/ 2',
      'yrs rel. exp. in rural water supply.',
      'Lang: English & Lugbara reqd.',
      'HOW TO APPLY: Send CV & cover',
      'letter to jobs@hopewater.example',
      'by closing date. No fee is charged.',
    ].join('\n');

    it('rejoins the lines of its column and reads its abbreviated labels', () => {
      const { data } = importFromText(advert);
      assert.equal(data.title, 'Water Point Technician (Rural Water Supply)');
      assert.equal(data.duty_station, 'Arua');
      assert.equal(data.contract_type, 'Fixed term, 12 mos w/ poss. of ext.');
      assert.equal(data.languages, 'English & Lugbara reqd.');
      assert.match(String(data.how_to_apply), /^Send CV & cover letter to jobs@hopewater\.example by closing date\. No fee is charged\.$/);
    });

    it('reads the duties listed at semicolons after "the incumbent will:"', () => {
      const { data } = importFromText(advert);
      assert.deepEqual(data.duties, [
        'repair hand pumps & boreholes',
        'train water user committees',
        'keep the asset register up to date',
        'perform other duties as assigned.',
      ]);
    });
  });
  it("reads an applicant tracking system's line of facts under the title: the place and the working time", () => {
    const { data } = importFromText(
      [
        'Clearwater Alliance',
        '',
        'Logistics Officer',
        'JUBA, SOUTH SUDAN / OPERATIONS / FULL-TIME / ON-SITE',
        '',
        'What you will do',
        '- Manage the warehouse in Juba.',
        '- Plan the convoys to the field sites.',
      ].join('\n'),
    );
    assert.equal(data.duty_station, 'JUBA');
    assert.equal(data.country, 'SOUTH SUDAN');
    assert.equal(data.contract_type, 'FULL-TIME');
    const dotted = importFromText(
      ['Field Officer', 'Kasese, Uganda \u00b7 Full-time \u00b7 Programmes \u00b7 Hybrid', '', 'Duties', '- Visit the groups.'].join('\n'),
    );
    assert.equal(dotted.data.duty_station, 'Kasese');
    assert.equal(dotted.data.country, 'Uganda');
  });
  it("keeps the unit or name after the supervisor's title, up to a part in lower case", () => {
    const supervisor = (sentence: string) =>
      importFromText(`Consultant\nDuty station: Dodoma, Tanzania\n\nBackground\n${sentence}`).data.supervisor;
    assert.equal(
      supervisor('The consultant will work under the direct supervision of the Health Specialist, UNICEF Tanzania.'),
      'Health Specialist, UNICEF Tanzania',
    );
    assert.equal(
      supervisor('Under the supervision of the Programme Specialist, Social Protection, the consultant will visit six districts.'),
      'Programme Specialist, Social Protection',
    );
    assert.equal(
      supervisor('The consultant reports to the Data Team Leader, Ms Amina Said, through weekly calls.'),
      'Data Team Leader, Ms Amina Said',
    );
    assert.equal(supervisor('The consultant reports to the Country Director, who approves each deliverable.'), 'Country Director');
    // "… Coordinator for the Pacific Islands": "the" after "for" is part of the title, as after "of".
    assert.equal(
      supervisor(
        'Under the overall supervision of the Subregional Coordinator for the Pacific Islands, the consultant will map the markets.',
      ),
      'Subregional Coordinator for the Pacific Islands',
    );
    assert.equal(supervisor('Under the supervision of the Team Leader the consultant will map the markets.'), 'Team Leader');
  });
  it("reads a development bank's facts table: CMS reference, country / location, input, expected end, EOI deadline", () => {
    const { data } = importFromText(
      [
        '| Item | Detail |',
        '|---|---|',
        '| Assignment | Urban Resilience Specialist (National) |',
        '| Country / location | Chittagong, Bangladesh |',
        '| Input | 6 person-months, intermittent |',
        '| Expected start | 2027-02-01 |',
        '| Expected end | 2027-11-30 |',
        '| EOI deadline | 2027-01-10 |',
        '| CMS reference | 190412-S71 |',
        '',
        '## Scope of work',
        '- Map flood risks in three wards.',
      ].join('\n'),
    );
    const date = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
    assert.equal(data.title, 'Urban Resilience Specialist (National)');
    assert.equal(data.job_id, '190412-S71');
    assert.equal(data.duty_station, 'Chittagong');
    assert.equal(data.country, 'Bangladesh');
    assert.equal(data.duration, '6 person-months, intermittent');
    assert.equal(date(data.contract_end_date), '2027-11-30');
    assert.equal(date(data.deadline), '2027-01-10');
  });
  it("reads requirements under 'Selection criteria' as requirements, and the assignment's dates a sentence gives", () => {
    const text = (criteria: string[]) =>
      [
        'Short Term Consultant \u2013 Irrigation',
        'Location: Dushanbe, Tajikistan',
        '',
        'SELECTION CRITERIA',
        ...criteria,
        '',
        'The STC appointment will be for up to 100 days between 2 June 2026 and 31 March 2027.',
      ].join('\n');
    const date = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : value);
    const { data } = importFromText(
      text([
        "* Master's degree in irrigation engineering or a related field.",
        '* At least 8 years of experience in irrigation projects.',
        '* Fluency in English and Russian.',
      ]),
    );
    assert.equal(data.assessment, undefined);
    assert.equal(data.education, "Master's degree in irrigation engineering or a related field.");
    assert.equal(date(data.target_start_date), '2026-06-02');
    assert.equal(date(data.contract_end_date), '2027-03-31');
    const scored = importFromText(
      text(["* Master's degree in a related field \u2013 20 points", '* At least 8 years of experience \u2013 50 points']),
    );
    assert.match(String(scored.data.assessment), /20 points/);
  });
  it('reads the items under DESIRABLE inside a list of requirements as desirable', () => {
    const { data } = importFromText(
      [
        'Programme Officer',
        'Location: Maiduguri, Nigeria',
        '',
        'QUALIFICATIONS AND EXPERIENCE',
        'ESSENTIAL',
        '* Degree in social sciences or a related field.',
        '* Experience of running surveys.',
        'DESIRABLE',
        '* Experience with donor reporting.',
        '* Knowledge of Hausa.',
      ].join('\n'),
    );
    assert.deepEqual(data.desirable, ['Experience with donor reporting.', 'Knowledge of Hausa.']);
  });
  it('reads a requirement that says it is preferred or an asset without a verb as desirable, and leaves one that also says what is required', () => {
    const { data } = importFromText(
      [
        'Programme Officer',
        'Location: Maiduguri, Nigeria',
        '',
        'Qualifications',
        '- Degree in social sciences or a related field.',
        '- At least five years of experience in cash programming.',
        '- Experience in the Lake Chad basin strongly preferred.',
        '- Prior work with a UN agency an asset.',
        "- Survey experience required, Master's degree preferred.",
      ].join('\n'),
    );
    assert.deepEqual(data.desirable, ['Experience in the Lake Chad basin strongly preferred.', 'Prior work with a UN agency an asset.']);
    assert.match(text(data.education), /Master's degree preferred/);
  });
  it("reads a label after a map pin, and a careers page's Required Language(s) as the languages", () => {
    const { data } = importFromText(
      [
        'Field Assistant',
        '\u{1F4CD} Duty Station: Cebu, Philippines',
        'Required Language(s):\tEnglish, Tagalog',
        '',
        'Duties',
        '- Visit the sites.',
      ].join('\n'),
    );
    assert.equal(data.duty_station, 'Cebu');
    assert.equal(data.country, 'Philippines');
    assert.equal(data.languages, 'English, Tagalog');
  });
  it('reads a value that wrapped in its cell of a table drawn with bars as one value', () => {
    const { data } = importFromText(
      [
        '+----------------------+------------------------------------+',
        '| Position Title       | Protection Assistant               |',
        '+----------------------+------------------------------------+',
        '| Type of Appointment  | Fixed term, six months with        |',
        '|                      | possibility of extension           |',
        '+----------------------+------------------------------------+',
        '| Duty Station         | Gode, Ethiopia                     |',
        '+----------------------+------------------------------------+',
      ].join('\n'),
    );
    // The type without the length, which the duration holds.
    assert.equal(data.contract_type, 'Fixed term');
    assert.equal(data.duration, 'six months with possibility of extension');
    assert.equal(data.duty_station, 'Gode');
  });
  it("reads the deadline of an e-mailed advert's 'not later than' sentence, with its weekday and ordinal", () => {
    const data = imported([
      'Communications Intern',
      'Organization: Kitgum Youth Media Initiative',
      '',
      'How to apply',
      'Send your CV to jobs@example.org not later than Friday 7th March 2025, 5:00 pm.',
    ]);
    assert.equal(data.deadline, '2025-03-07');
  });

  describe('a consultancy notice and an NGO vacancy announcement', () => {
    const notice = imported([
      'INDIVIDUAL CONSULTANT PROCUREMENT NOTICE',
      '',
      'Assignment: National Consultant for Gender Mainstreaming',
      'Type of contract: IC \u2013 Individual Consultant',
      'Duty station: Juba, South Sudan',
      'Contract period: 60 working days',
      'Deadline for submission of offers: 20 May 2026',
      '',
      'Background',
      'The project helps county governments plan with gender in mind. Danger pay is applicable for this duty station.',
      '',
      'Role and Responsibilities',
      '\u2013 Review county development plans.',
      '\u2013 Train planning officers.',
    ]);

    it('reads the deadline for offers and the contract period', () => {
      assert.equal(notice.deadline, '2026-05-20');
      assert.equal(notice.duration, '60 working days');
      assert.equal(notice.contract_type, 'IC \u2013 Individual Consultant');
    });

    it('reads danger pay said in a sentence, and its refusal as false', () => {
      assert.equal(notice.danger_pay, true);
      const none = imported([
        'Driver',
        '',
        'Duty station: Bor',
        '',
        'Conditions',
        'Danger pay is not applicable.',
        '',
        'Duties',
        '- Drive.',
      ]);
      assert.equal(none.danger_pay, false);
    });

    it('opens the duties at a heading of a role word and a duties heading', () => {
      assert.deepEqual(notice.duties, ['Review county development plans.', 'Train planning officers.']);
    });

    it('opens no section at parts that name two sections, nor at a bulleted item', () => {
      const mixed = imported(['Officer', '', 'Duties', '- Plan.', 'Tasks and Deliverables', '- A report.']);
      assert.equal(text(mixed.deliverables), '');
      const item = imported(['Officer', '', 'Duties', '- Role and Responsibilities of partners are agreed.', '- Plan.']);
      assert.deepEqual(item.duties, ['Role and Responsibilities of partners are agreed.', 'Plan.']);
    });
  });

  describe("a job board's page and a forwarded NGO vacancy", () => {
    const board = imported([
      'Jobs > Kenya',
      '',
      'Field Officer \u2013 Turkana',
      '',
      'Position: Field Officer',
      'Organization: Dryland Care',
      'Location: Lodwar, Kenya; hybrid, two days a week from home',
      'Contract: Full-time, one-year fixed-term contract, renewable',
      '',
      'Objectives',
      'The post runs the field office.',
      'Specific objectives:',
      '- Keep the stock records.',
      '',
      'Requirements',
      '- Degree in agriculture.',
      '- Business-level English (IELTS 7) and Swahili.',
      '',
      'How to apply',
      'Please apply through our website at https://jobs.drylandcare.example/vacancies/DC-118 by Friday, 20 March 2026.',
      '',
      'Related content',
      'Driver \u2013 Lodwar',
      'About the board  Terms  Privacy',
      'The board is a service of a network of NGOs.',
    ]);

    it('keeps the contract whole where it is named after its length, the length the duration', () => {
      assert.equal(board.contract_type, 'Full-time, one-year fixed-term contract, renewable');
      assert.equal(board.duration, 'one-year');
    });

    it('reads a hybrid workplace in the place, the address to apply through, and a deadline after its weekday', () => {
      assert.equal(board.remote_work_accepted, true);
      assert.equal(board.url, 'https://jobs.drylandcare.example/vacancies/DC-118');
      assert.equal(board.deadline, '2026-03-20');
    });

    it('reads a business-level language as the languages, specific objectives as objectives', () => {
      assert.equal(board.languages, 'Business-level English (IELTS 7) and Swahili.');
      assert.equal(board.objectives, 'The post runs the field office.\nKeep the stock records.');
    });

    it("reads the board's related content and footer as no part of the posting", () => {
      assert.equal(board.background, undefined);
      assert.ok(!text(board.how_to_apply).includes('Driver'));
    });
  });

  describe("an NGO post's status", () => {
    it('reads an unaccompanied status as Non Family, and unaccompanied children as nothing of the post', () => {
      const post = imported([
        'Area Manager',
        '',
        'Location: Bentiu',
        'Status: Unaccompanied, rest and recuperation every 8 weeks',
        '',
        'Duties',
        '- Manage.',
      ]);
      assert.equal(post.family_type, 'Non Family');
      const stated = imported(['Area Manager', '', 'This is an unaccompanied post.', '', 'Duties', '- Manage.']);
      assert.equal(stated.family_type, 'Non Family');
      const children = imported(['Caseworker', '', 'Duties', '- Follow up unaccompanied and separated children.', '- Keep case files.']);
      assert.equal(children.family_type, undefined);
    });
  });

  describe('a heading ranked by a word before it', () => {
    it('reads "Main Purpose of the Job" as the objectives and "Principal Duties" as the duties', () => {
      const advert = imported([
        'Job Title: Finance Officer',
        'Our reference: RBT-2026-04',
        '',
        'Project Background',
        'River Basin Trust runs a water governance project.',
        '',
        'Main Purpose of the Job',
        "The Finance Officer keeps the project's books.",
        '',
        'Principal Duties',
        '- Process payments.',
      ]);
      assert.equal(advert.objectives, "The Finance Officer keeps the project's books.");
      assert.deepEqual(advert.duties, ['Process payments.']);
      assert.equal(advert.background, 'River Basin Trust runs a water governance project.');
      assert.equal(advert.job_id, 'RBT-2026-04');
    });

    it('reads "Your main duties" (a heading that says whose it is, in sentence case) as the duties', () => {
      const advert = imported([
        'Shelter Coordinator - Gao',
        '',
        'About the job',
        'The Shelter Coordinator leads the shelter team in Gao.',
        '',
        'Your main duties',
        '- Lead the shelter response.',
        '- Represent the agency in the shelter cluster.',
      ]);
      assert.deepEqual(advert.duties, ['Lead the shelter response.', 'Represent the agency in the shelter cluster.']);
    });

    it("reads IFAD's 'Key functions and results' as the duties and 'Minimum recruitment qualifications' as the requirements", () => {
      const notice = imported([
        'Title of Post',
        'Rural Finance Officer',
        'Duty station',
        'Dakar, Senegal',
        '',
        'Key functions and results',
        '- Supervise the rural finance projects of the portfolio.',
        '',
        'Minimum recruitment qualifications',
        'Education: Advanced university degree in finance.',
        'Experience: Five years in rural finance.',
      ]);
      assert.deepEqual(notice.duties, ['Supervise the rural finance projects of the portfolio.']);
      assert.equal(notice.education, 'Advanced university degree in finance.');
      assert.equal(notice.experience, 'Five years in rural finance.');
    });
  });

  describe("a LinkedIn member's post that announces a post", () => {
    const post = [
      'Amadou Diallo \u2022 2nd',
      'Recruitment Officer at Sahel Relief Network',
      '3d \u2022 \u{1F310}',
      '',
      "\u{1F4E2} We're hiring: Emergency WASH Coordinator \u2013 Niamey, Niger",
      '',
      'Sahel Relief Network (SRN) is looking for an experienced WASH professional to lead our emergency response.',
      '',
      "What we're looking for \u{1F440}",
      '\u2705 Degree in civil engineering, public health or a related field',
      '\u2705 5+ years of experience in humanitarian WASH programming',
      '',
      '\u{1F449} Full job description and application via our website: https://jobs.sahelrelief.example.org/wash-coordinator-ner',
    ];

    it('reads the title after "We\'re hiring:", not the name of the member who posted', () => {
      assert.equal(imported(post).title, 'Emergency WASH Coordinator');
      // "Hiring Manager: …" announces no post.
      assert.notEqual(imported(post.map((line) => line.replace("We're hiring:", 'Hiring Manager:'))).title, 'Emergency WASH Coordinator');
    });

    it('reads "… application via our website: https://…" as How to apply and its address as the url, not a requirement', () => {
      const read = imported(post);
      assert.equal(read.url, 'https://jobs.sahelrelief.example.org/wash-coordinator-ner');
      assert.match(text(read.how_to_apply), /^Full job description and application via our website/);
      assert.ok(!JSON.stringify(read).includes('"qualifications":["Full'), JSON.stringify(read.qualifications));
    });
  });

  it('reads "Consultancy: Baseline Survey for the … Project" under a job board\'s name as the title, no role in it', () => {
    const board = [
      'AidJobs Board',
      'Jobs \u203a Kenya',
      '',
      'Consultancy: Endline Evaluation of the Clean Cookstoves for Turkana Project',
      '',
      'Organization',
      'Lakeside Community Trust',
      '',
      'Background',
      'The project distributed 4,000 improved cookstoves in two sub-counties.',
    ];
    assert.equal(imported(board).title, 'Endline Evaluation of the Clean Cookstoves for Turkana Project');
    // A sentence after the label is no title.
    assert.notEqual(
      imported(board.map((line) => line.replace('Project', 'Project.'))).title,
      'Endline Evaluation of the Clean Cookstoves for Turkana Project.',
    );
  });

  it('reads a ToR\'s sentence "expected to start on … and to be completed by …" as the start and end dates', () => {
    const tor = [
      'Terms of Reference',
      'Title: Consultant for a Market Assessment',
      '',
      'Timeline',
      'The assignment is expected to start on 3 May 2027 and to be completed by 30 June 2027 (about 25 working days).',
    ];
    const read = imported(tor);
    assert.equal(read.target_start_date, '2027-05-03');
    assert.equal(read.contract_end_date, '2027-06-30');
    // An end before the start is no end of the assignment.
    assert.equal(imported(tor.map((line) => line.replace('30 June 2027', '30 April 2027'))).contract_end_date, undefined);
  });
});

describe("import: an NGO advert's contract and its requirements under 'Knowledge and Experience' (issue 14)", () => {
  const advert = [
    'JOB TITLE: Food Security Program Manager',
    'LOCATION: Maiduguri, Borno State, Nigeria',
    'POSITION TYPE: Full-time, national position',
    'CONTRACT: Fixed term, 12 months, renewable subject to funding',
    '',
    'ESSENTIAL JOB RESPONSIBILITIES',
    '- Lead the food security programme.',
    '',
    'KNOWLEDGE AND EXPERIENCE',
    "- Bachelor's degree in agriculture, economics or a related field; Master's degree preferred.",
    '- Minimum 5 years of experience managing food security programs.',
    '- Fluency in English and Hausa required.',
  ];

  it("reads 'CONTRACT: Fixed term, 12 months, …' as the contract type and duration, not the position type above it", () => {
    const data = imported(advert);
    assert.equal(data.contract_type, 'Fixed term');
    assert.equal(data.duration, '12 months, renewable subject to funding');
  });

  it("reads the degree at the head of 'KNOWLEDGE AND EXPERIENCE' as the education, the years as the experience", () => {
    const data = imported(advert);
    assert.equal(data.education, "Bachelor's degree in agriculture, economics or a related field; Master's degree preferred.");
    assert.equal(data.experience, 'Minimum 5 years of experience managing food security programs.');
    assert.equal(data.languages, 'Fluency in English and Hausa required.');
  });
});

describe('import: consultancy schedules typed with bars (issue 14 §1)', () => {
  const tor = [
    'Terms of Reference: Water Point Mapping Consultant',
    '',
    'Deliverables / Timeline',
    'Deliverable | Working days | Deadline',
    '1. Inception report and mapping tool | 5 days | 20 March 2027',
    '2. Map of all water points in the district | 25 days | 15 May 2027',
    'Total: 30 working days over three months, from 8 March 2027 to 31 May 2027.',
    '',
    'Qualifications',
    '- A degree in geography, engineering or a related field.',
  ];

  it('reads a bar-parted deliverables table without outer bars row by row, its header row no deliverable', () => {
    const data = imported(tor);
    assert.deepEqual(data.deliverables, [
      'Inception report and mapping tool (Working days: 5 days; Deadline: 20 March 2027)',
      'Map of all water points in the district (Working days: 25 days; Deadline: 15 May 2027)',
      'Total: 30 working days over three months, from 8 March 2027 to 31 May 2027.',
    ]);
  });

  it("reads the start and end from the working days' 'from … to …' under the table", () => {
    const data = imported(tor);
    assert.equal(data.target_start_date, '2027-03-08');
    assert.equal(data.contract_end_date, '2027-05-31');
  });

  it('leaves a line of facts parted by bars that names no schedule as it was', () => {
    const data = imported([
      'Programme Officer',
      'Location: Arua | Deadline: 10 March 2027 | Full time',
      '',
      'Duties',
      '- Visit the sites.',
    ]);
    assert.equal(data.deliverables, undefined);
    assert.equal(data.deadline, '2027-03-10');
  });
});

describe('import: NGO careers pages and social posts, more shapes (issue 14 §1)', () => {
  it("reads a careers page's site title ('Org | Work with us') as the organisation, and a menu's first word as none", () => {
    const page = ['Amani Relief Initiative | Work with us', '', 'Logistics Officer', '', 'Duties', '- Run the warehouse.'];
    assert.equal(imported(page).organization, 'Amani Relief Initiative');
    assert.equal(imported(['Home | Jobs', '', 'Logistics Officer', '', 'Duties', '- Run the warehouse.']).organization, undefined);
    // A known organisation and where it is: the organisation.
    assert.equal(imported(['UNFPA Uzbekistan | Vacancies', '', 'Data Consultant', '', 'Duties', '- Map the data.']).organization, 'UNFPA');
  });

  it("reads 'Published … · Deadline for applications …' under the title as both dates", () => {
    const data = imported([
      'Logistics Officer',
      'Published 3 December 2026 \u00b7 Deadline for applications 8 January 2027',
      '',
      'Duties',
      '- Run the warehouse.',
    ]);
    assert.equal(data.date_posted, '2026-12-03');
    assert.equal(data.deadline, '2027-01-08');
    // The line stays under notes as written.
    assert.ok(
      (data.notes as string[]).includes('Published 3 December 2026 \u00b7 Deadline for applications 8 January 2027'),
      JSON.stringify(data.notes),
    );
  });

  it('reads "We\'re hiring! <post> – <city>, <country>" as the title, the duty station and the country', () => {
    const data = imported([
      'Amani Relief Initiative',
      '',
      "\u{1F680} We're hiring! Field Logistics Officer \u2013 Gulu, Uganda",
      '',
      'What you will do',
      '- Run the warehouse.',
    ]);
    assert.equal(data.title, 'Field Logistics Officer');
    assert.equal(data.duty_station, 'Gulu');
    assert.equal(data.country, 'Uganda');
  });

  it("reads a charity's glued 'Status of the contract' and a 'Hire Type' as the contract type", () => {
    const glued = imported([
      'Field Logistics Officer',
      'Status of the contractFixed-term contract until 31 March 2028',
      '',
      'Duties',
      '- Run the warehouse.',
    ]);
    assert.equal(glued.contract_type, 'Fixed-term contract until 31 March 2028');
    const hire = imported(['Field Logistics Officer', 'Hire Type: Fixed Term (12 months contract)', '', 'Duties', '- Run the warehouse.']);
    assert.equal(hire.contract_type, 'Fixed Term (12 months contract)');
  });

  it("reads a charity's glued 'Based inMbale, Uganda, with regular travel …' as the duty station and country", () => {
    const data = imported([
      'Field Logistics Officer',
      'Based inMbale, Uganda, with regular travel to Kumi',
      'Reports toCountry Director',
      '',
      'Duties',
      '- Run the warehouse.',
    ]);
    assert.equal(data.duty_station, 'Mbale');
    assert.equal(data.country, 'Uganda');
    // A one-word label read before a colon only stays so ("ServiceNow" opens no Service field).
    assert.equal(imported(['ServiceNow Administrator', '', 'Duties', '- Run the platform.']).title, 'ServiceNow Administrator');
  });

  it("reads 'To apply, send …' after the last requirement as how to apply, not a requirement", () => {
    const data = imported([
      'Field Logistics Officer',
      '',
      'About you',
      '\u2022 A degree in logistics or a related field.',
      '',
      'To apply, send your CV to jobs@amani-relief.example.org by 20 January 2027.',
    ]);
    assert.match(text(data.how_to_apply), /^To apply, send your CV/);
    assert.ok(!text(data.qualifications).includes('To apply'), text(data.qualifications));
  });

  it("reads 'Evaluation of Applicants' as the assessment", () => {
    const data = imported([
      'Field Logistics Officer',
      '',
      'Evaluation of Applicants',
      'Applicants will be evaluated on a combined scoring method.',
    ]);
    assert.equal(data.assessment, 'Applicants will be evaluated on a combined scoring method.');
  });

  it("cuts a procurement notice's run-on header before a label with a remark in brackets ('Period of assignment/services (if applicable):')", () => {
    const data = imported([
      'INDIVIDUAL CONSULTANT PROCUREMENT NOTICE',
      '',
      'Date: 14 November 2026 Country: Lao PDR Description of the assignment: National Road Safety Consultant Duty Station: Vientiane Period of assignment/services (if applicable): 45 working days',
      '',
      'Scope of work',
      '- Review the crash data.',
    ]);
    assert.equal(data.duty_station, 'Vientiane');
    assert.equal(data.duration, '45 working days');
  });

  it("reads 'Vientiane with field missions to Savannakhet' as the duty station Vientiane", () => {
    const data = imported([
      'Road Safety Consultant',
      'Duty Station: Vientiane with field missions to Savannakhet',
      '',
      'Duties',
      '- Review the crash data.',
    ]);
    assert.equal(data.duty_station, 'Vientiane');
  });
});

describe('import: letterheads, job-board places and evaluation headings (issue 14 §1)', () => {
  it("reads a letterhead's 'Organisation – Somalia Country Office' as the unit, a logo's initials after it left out", () => {
    const data = imported([
      'Horn Relief Alliance \u2013 Somalia Country Office                    HRA',
      'TERMS OF REFERENCE',
      'Final Evaluation of the Water Project',
      '',
      'Background',
      'The project reached 9,000 households.',
    ]);
    assert.equal(data.unit, 'Somalia Country Office');
    // A dash before words that name no office gives no unit.
    assert.equal(imported(['Horn Relief Alliance \u2013 Careers in Somalia', '', 'Duties', '- Visit the sites.']).unit, undefined);
  });

  it("reads 'Nairobi, Kenya · On-site' under a job board's title as the duty station and country", () => {
    const data = imported([
      'Partnerships Manager',
      'Bright Futures Alliance',
      'Nairobi, Kenya \u00b7 On-site',
      '',
      'Duties',
      '- Manage the partners.',
    ]);
    assert.equal(data.duty_station, 'Nairobi');
    assert.equal(data.country, 'Kenya');
  });

  it("reads '7. EVALUATION OF PROPOSALS' as the assessment", () => {
    const data = imported([
      'Final Evaluation Consultancy',
      '',
      '7. EVALUATION OF PROPOSALS',
      'Proposals will be evaluated on a combined technical and financial score.',
    ]);
    assert.equal(data.assessment, 'Proposals will be evaluated on a combined technical and financial score.');
  });
});

describe('import: an application address in a sentence (issue 14 §1)', () => {
  it("reads '… through our careers page at https://…' as the url, and an organisation's website as none", () => {
    const apply = (sentence: string) => imported(['Field Officer', '', 'How to apply', sentence]).url;
    assert.equal(
      apply(
        'Please submit your CV through our careers page at https://careers.amani-relief.example.org/vacancies/ug-2027-04 by 2 April 2027.',
      ),
      'https://careers.amani-relief.example.org/vacancies/ug-2027-04',
    );
    assert.equal(apply('Read more about us on our website at https://amani-relief.example.org/about before you apply.'), undefined);
  });
});
