import { strict as assert } from 'assert';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { parse } from 'yaml';
import { importFromText, renderPostingText } from '../../server/src/engine';
import { detectLayout, gradeOf, readLabel, splitGlued, tablesFor } from '../../server/src/engine/import/generic';
import { data } from '../helpers/imported';

// Short texts written for these tests in the shapes careers pages give when copied; none is taken from a real page.

describe('import: any layout (issue 14 §1–3)', () => {
  describe('labels wherever they stand', () => {
    const tables = tablesFor(undefined);

    it('reads "Label: value", "Label<TAB>value", "Label - value" and a label glued to its value; the longest label wins', () => {
      assert.deepEqual(readLabel('Duty Station: Kigoma, Tanzania', tables, 'strict')?.value, 'Kigoma, Tanzania');
      assert.equal(readLabel('Type of contract\tTemporary appointment', tables, 'strict')?.label.concept, 'contract_type');
      assert.equal(readLabel('Reports to - Head of Office', tables, 'strict')?.label.concept, 'supervisor');
      const glued = readLabel('Hardship Level (not applicable for home-based)C', tables, 'header');
      assert.deepEqual([glued?.label.concept, glued?.value], ['hardship_level', 'C']);
      assert.equal(readLabel('GradeNOC', tables, 'header')?.value, 'NOC');
    });

    it("reads a map pin's line as the place, but not a board's line of facts that starts with a pin", () => {
      assert.deepEqual(readLabel("\u{1F4CD} Fada N'Gourma, Est, Burkina Faso", tables, 'header')?.label.concept, 'duty_station');
      assert.equal(readLabel('\u{1F4CD} Kumasi, Ashanti \u00b7 Full-time \u00b7 Posted 4 days ago', tables, 'header'), undefined);
    });

    it("reads a form's label with an empty cell (____, ......) as a label without a value: the next line is not its value", () => {
      const imported = data(
        "VACANCY ANNOUNCEMENT\nPost Title:\tProgramme Analyst\nDuty Station:\tFreetown, Sierra Leone\nPosition Number:\t________\nSupervisor's Level:\t......................\nJob ID\t________\nDuties\n- Monitor results.",
      );
      assert.equal(imported.job_id, undefined);
      assert.equal(imported.title, 'Programme Analyst');
      assert.ok(JSON.stringify(imported.notes).includes('Position Number'), JSON.stringify(imported.notes));
    });

    it('does not read a label at the start of a sentence or of a bullet as a field', () => {
      assert.equal(readLabel('Office space is shared with two partners.', tables, 'body'), undefined);
      assert.equal(readLabel('- Location of the warehouses to be mapped', tables, 'body'), undefined);
    });

    it('splits labels run into the text before them, and leaves ordinary words alone', () => {
      assert.deepEqual(splitGlued('Non FamilyDanger Pay', tables), ['Non Family', 'Danger Pay']);
      assert.deepEqual(splitGlued('June 3, 2025Hardship Level (not applicable for home-based)', tables), [
        'June 3, 2025',
        'Hardship Level (not applicable for home-based)',
      ]);
      assert.deepEqual(splitGlued('UNHCRstaff in the region', tables), ['UNHCRstaff in the region']);
    });

    it('reads each fact of a Workday header copied without its breaks, a one-letter value and the heading after it too', () => {
      const imported = data(
        [
          'Skip to main content',
          'Careers',
          'Search for Jobs',
          'Sign In',
          'Field Associate',
          'Apply',
          'locations',
          'Maiduguri',
          'job requisition id',
          'JR2600123',
          'Hardship LevelEFamily TypeNon FamilyResidential location (if applicable)GradeGS5Staff Member / Affiliate TypeGeneral ServiceReasonRegular > Regular AssignmentRemote work acceptedNoTarget Start Date2026-07-01-07:00Job Posting End DateApril 9, 2026Standard Job Description',
          'Field Associate',
          'Organizational Setting and Work Relationships',
          'The Field Associate works in the Field Unit of the Sub-Office.',
          'Duties',
          '- Visit the camps every week.',
        ].join('\n'),
      );
      assert.deepEqual(
        [imported.title, imported.hardship_level, imported.family_type, imported.grade, imported.deadline],
        ['Field Associate', 'E', 'Non Family', 'GS5', '2026-04-09'],
      );
      assert.deepEqual(imported.standard_job_description?.duties, ['Visit the camps every week.']);
      assert.deepEqual(splitGlued('Hardship LevelAFamily TypeFamily', tables), ['Hardship LevelA', 'Family TypeFamily']);
    });

    it("ends a field inside a paragraph with its sentence where its value ends in a number, and keeps a title's 'Dr.'", () => {
      const imported = data(
        [
          'Logistics Officer',
          'Duties',
          '- Run the warehouse.',
          'How to apply',
          'Send a CV by e-mail. Reference: LOG-BNI-0427. Applications are read as they arrive. Contact: Dr. Awa Diallo',
        ].join('\n'),
      );
      assert.equal(imported.job_id, 'LOG-BNI-0427');
      assert.ok(JSON.stringify(imported).includes('Applications are read as they arrive.'));
    });

    it('reads a label on one line and its value on the next, as copied header tables give them', () => {
      const imported = data(
        'Position Title\nWASH Officer\nDuty Station\nCox’s Bazar, Bangladesh\nClosing Date\n12 June 2025\nDuties\n- Plan latrine repairs.',
      );
      assert.deepEqual(
        [imported.title, imported.duty_station, imported.country, imported.deadline],
        ['WASH Officer', 'Cox’s Bazar', 'Bangladesh', '2025-06-12'],
      );
      assert.deepEqual(imported.duties, ['Plan latrine repairs.']);
    });
  });

  describe("bullets pasted from Word: o, \u00a7, \u00d8 and the Symbol font's private-use glyphs", () => {
    it('reads each as a list item, and leaves "o" before a lower-case word and "\u00a7 3" as text', () => {
      const duties = [
        'Plan the distributions.',
        'Track stock levels.',
        'Train the storekeepers.',
        'Report every month.',
        'Map the partners.',
      ];
      const imported = data(
        `Logistics Assistant\nDuties\no ${duties[0]}\n\u00a7 ${duties[1]}\n\u00d8 ${duties[2]}\n\uf0b7 ${duties[3]}\n\uf0a7\t${duties[4]}\nEducation\n- A diploma in logistics.`,
      );
      assert.deepEqual(imported.duties, duties);
      const prose = data('Logistics Assistant\nDuties\n- Keep the registers.\n\u00a7 3 of the rules applies.\no ponto focal reports.');
      assert.deepEqual(prose.duties, ['Keep the registers.', '\u00a7 3 of the rules applies.', 'o ponto focal reports.']);
    });
  });

  describe('numbered groups of a list: "1. Planning" above items of another mark', () => {
    it('makes the numbered line the prefix of the first item it heads, and leaves lists of one mark alone', () => {
      const grouped = data(
        'Programme Officer\nKey functions\n1. Planning\n   o Draft the annual plan.\n   o Review the budget.\n2. Outreach\n   - Brief the district teams.\nEducation\n- A degree.',
      );
      assert.deepEqual(grouped.duties, ['Planning: Draft the annual plan.', 'Review the budget.', 'Outreach: Brief the district teams.']);
      const plain = data(
        'Programme Officer\nKey functions\n1. Budget monitoring\n2. Draft the annual plan.\n- Stock control\n- Review the budget.',
      );
      assert.deepEqual(plain.duties, ['Budget monitoring', 'Draft the annual plan.', 'Stock control', 'Review the budget.']);
    });
  });

  describe('a numbered heading in capitals that introduces the requirements', () => {
    it('ends the duties: "5. CANDIDATES WILL BE ASSESSED AGAINST THE FOLLOWING" is no duty', () => {
      const imported = data(
        'Fisheries Assistant\nMain duties\n   a) Collect catch data;\n   b) Perform other related duties as required.\n\n5. CANDIDATES WILL BE ASSESSED AGAINST THE FOLLOWING\nMinimum Requirements\n   - Five years of relevant experience.',
      );
      assert.deepEqual(imported.duties, ['Collect catch data;', 'Perform other related duties as required.']);
    });
  });

  describe('more shapes: several fields on a line, bracketed labels, a deadline in a sentence', () => {
    it('splits "Label: value; Label: value | Label: value" into its fields', () => {
      const imported = data('Driver\nGrade: G-3; Duty Station: Bor, South Sudan | Contract Type: Temporary\nDuties\n- Drive the team.');
      assert.deepEqual(
        [imported.grade, imported.duty_station, imported.country, imported.contract_type],
        ['G-3', 'Bor', 'South Sudan', 'Temporary'],
      );
    });

    it('reads a label in Japanese brackets with its value on the same line', () => {
      assert.equal(data('【職種】調理スタッフ\n【勤務地】京都府京都市\n【仕事内容】\n・調理').duty_station, '京都府京都市');
      assert.equal(
        data('【職種】調理スタッフ\n【勤務地】神奈川県 横浜市西区みなとみらい2-2-1\n【仕事内容】\n・調理').duty_station,
        '神奈川県横浜市西区',
        'the ward of a city with wards, without the space a board puts after the prefecture',
      );
    });

    it('reads a deadline stated only in a sentence, and leaves the sentence where it is', () => {
      const imported = data(
        'Title: Cashier\nDuties\n- Count cash.\nHow to apply\nApplications must be received by 3 March 2025 (midnight local time).',
      );
      assert.equal(imported.deadline, '2025-03-03');
      assert.match(imported.how_to_apply, /must be received by 3 March 2025/);
    });

    it('joins the lines of an item a PDF or e-mail copy wrapped, and keeps items that end a sentence apart', () => {
      const imported = data(
        'Title: Data Assistant\nDuty Station: Lima, Peru\nResponsibilities\n' +
          '1. Coordinate the daily work of the team in two cities, including\n   schedules and equipment.\n' +
          '2. Clean the data and document every\n   change in the log.\n3. Produce maps.\nKeep the contact list.\n' +
          'Education\n- Bachelor degree in statistics, economics, geography or a related\nfield with four years of experience.\n',
      );
      assert.deepEqual(imported.duties, [
        'Coordinate the daily work of the team in two cities, including schedules and equipment.',
        'Clean the data and document every change in the log.',
        'Produce maps.',
        'Keep the contact list.',
      ]);
      assert.equal(
        imported.education,
        'Bachelor degree in statistics, economics, geography or a related field with four years of experience.',
      );
    });

    it('joins a paragraph wrapped at a fixed width, and keeps unpunctuated items of different lengths apart', () => {
      const imported = data(
        'Title: Officer\nDuty Station: Lima, Peru\nBackground\n' +
          'The office supports about 118,000 refugees who live in host families and rented flats across the\n' +
          'Republic and its eleven centres. It links UNHCR, the Ministry of Labour and the national Cash Working\n' +
          'Group with local partners.\nResponsibilities\n' +
          '- Manage the implementation of the project according to the workplan and the budget of the office\n' +
          '- Lead the technical assessment of border posts in the regions of the north with the partners\n' +
          'Manage the grants of the office and the partners of the project in the regions\n' +
          'Prepare reports\n',
      );
      assert.equal(
        imported.background,
        'The office supports about 118,000 refugees who live in host families and rented flats across the Republic and its ' +
          'eleven centres. It links UNHCR, the Ministry of Labour and the national Cash Working Group with local partners.',
      );
      assert.equal(imported.duties.length, 4);
    });

    it("keeps a PDF page's footer under notes, and the item it interrupts goes on after it", () => {
      const imported = data(
        'Title: X\nDuty Station: Lima, Peru\nResponsibilities\n1. Coordinate the work of the enumerators, including\n' +
          '                     Page 2 of 2\n   schedules and equipment.\n2. Produce maps.\n- 3 -\n',
      );
      assert.deepEqual(imported.duties, ['Coordinate the work of the enumerators, including schedules and equipment.', 'Produce maps.']);
      assert.deepEqual(imported.notes, ['Page 2 of 2', '- 3 -']);
    });

    it('reads "Qualifications of (the) successful candidate" as the heading it is, not a duty', () => {
      const imported = data(
        'Title: X\nDuty Station: Lima, Peru\nResponsibilities\n- Produce maps.\nQualifications of Successful Candidate\n' +
          'Education: An advanced university degree in nutrition is required.\n',
      );
      assert.deepEqual(imported.duties, ['Produce maps.']);
      assert.equal(imported.education, 'An advanced university degree in nutrition is required.');
    });

    it('reads decimal numbering (3.1, 3.2.1) as an item marker, not a number that starts a sentence', () => {
      const imported = data(
        'Title: X\nDuty Station: Lima, Peru\nScope of work\n3.1 Review the budgets.\n3.2.1 Develop a guideline.\n1.5 million people live there.\n',
      );
      assert.deepEqual(imported.duties, ['Review the budgets.', 'Develop a guideline.', '1.5 million people live there.']);
    });

    it('keeps the time and zone of a labelled date under notes, and a bare date nowhere else', () => {
      const timed = data('Title: Cashier\nClosing date: 15 February 2027, 17:00 Nairobi time\nDuties\n- Count cash.');
      assert.equal(timed.deadline, '2027-02-15');
      assert.deepEqual(timed.notes, ['Closing date: 15 February 2027, 17:00 Nairobi time']);
      const bare = data('Title: Cashier\nClosing date: Monday, 3rd March 2027\nDuties\n- Count cash.');
      assert.equal(bare.deadline, '2027-03-03');
      assert.equal(bare.notes, undefined);
    });

    it('does not take one weak signal (a "Grade:" line) for a Workday page of UNHCR', () => {
      const result = importFromText('Accountant\nGrade: P-3\nDuty Station: Lima, Peru\nResponsibilities\n- Keep the books.');
      assert.notEqual(result.layout, 'workday');
      assert.equal(result.data.profile, 'general');
      assert.equal(result.data.organization, undefined);
    });
  });

  describe('layouts and profiles', () => {
    it('recognises a layout by its signals and keeps the careers-site reader for its own layout', () => {
      assert.equal(
        detectLayout('Job Opening Number: 25-X\nOrg. Setting and Reporting\nx\nUnited Nations Considerations\ny').layout?.id,
        'un-secretariat',
      );
      assert.equal(detectLayout('plain words only').layout, undefined);
    });

    it("reads a layout's own labels before the common ones: a Workday page's End Date is its deadline", () => {
      const workday = data(
        'Shelter Officer\ntime left to apply\nEnd Date: January 20, 2027\nJob Posting End Date\nGradePR3\n' +
          'Standard Job Description\nFunctional Statement\n- Plan shelter.\n',
      );
      assert.equal(workday.deadline, '2027-01-20');
      assert.equal(workday.contract_end_date, undefined);
      assert.equal(
        data('Title: Driver\nDuty Station: Lima, Peru\nEnd Date: 31 December 2027\nDuties\n- Drive.').contract_end_date,
        '2027-12-31',
      );
    });

    it('never falls back to unops-ica: a posting nothing identifies is general', () => {
      const imported = importFromText('Field Officer\nLocation: Goma\nResponsibilities\n- Visit sites.');
      assert.equal(imported.data.profile, 'general');
      assert.match(imported.profileReason, /no other profile/);
    });

    it('recognises UNHCR staff by a Workday grade, JPO by its text and UNOPS affiliates by their type', () => {
      assert.equal(data('Job Posting End DateJuly 1, 2025\nGradeGS5\nFunctional Statement\n- File records.').profile, 'unhcr-staff');
      assert.equal(data('Title: Associate Officer\nThis is a Junior Professional Officer post.\nDuties\n- Assist.').profile, 'jpo');
      assert.equal(data('Staff Member / Affiliate Type: UNOPS LICA7\nGrade: none\nDuties\n- Assist.').profile, 'unops-ica');
    });

    it('reads a label whose value a PDF or Word copy aligned with spaces ("Target start date   1 September 2025")', () => {
      const imported = data(
        'Title: Associate Officer\nPosting end date    15 April, 2025\nTarget start date   1 September 2025\nDuties\n- Assist.',
      );
      assert.equal(imported.deadline, '2025-04-15');
      assert.equal(imported.target_start_date, '2025-09-01');
      // A tab still separates a label from its value when spaces follow it.
      assert.equal(data('Title: Associate Officer\nTarget Start Date\t 1 May 2025\nDuties\n- Assist.').target_start_date, '2025-05-01');
    });

    it("recognises a UNOPS contractor's level (LICA-6) or contract (Local ICA) in any layout, not only the careers site", () => {
      const ticket =
        'HRREQ-101  Recruitment request: Finance Assistant (LICA-6) - Amman\nPosition title: Finance Assistant\nDuties\n- Verify payments.';
      assert.equal(data(ticket).profile, 'unops-ica');
      const fields = data(`${ticket}\nCorresponding level:    G6\nPosting closes:         5 March 2025`);
      assert.equal(fields.terms_of_reference.corresponding_level, 'G6');
      assert.equal(fields.deadline, '2025-03-05');
      assert.equal(data('Title: Driver\nContract type: Local ICA Support\nDuties\n- Drive.').profile, 'unops-ica');
      // A word that only contains the letters is no level: "LICAD-6" names nothing.
      assert.equal(data('Title: Driver\nReference: LICAD-6\nDuties\n- Drive.').profile, 'general');
    });

    it('gives the UNHCR staff profile by a grade alone only to a UNHCR text: an ILO NOB post without its organisation is general', () => {
      const ilo =
        'VACANCY ANNOUNCEMENT\nTitle of Post: National Programme Officer\nCategory/grade: NOB\nLocation: Harare, Zimbabwe\nDuties\n- Assist.';
      const imported = importFromText(ilo);
      assert.equal(imported.data.profile, 'general');
      assert.match(imported.profileReason, /no other profile/);
      assert.equal(data(`UNHCR – The UN Refugee Agency\n${ilo}`).profile, 'unhcr-staff');
      assert.equal(data(ilo.replace('NOB', 'GS6')).profile, 'general');
    });

    it('reads a UNHCR post that recruits a Junior Professional Officer as JPO, and a UNHCR staff post that names JPOs in passing as staff', () => {
      const post = 'Organization: UNHCR\nPosition Title: Associate Protection Officer\nGrade: P-2\nDuties\n- Assist.';
      assert.equal(data(post).profile, 'unhcr-staff');
      const jpo = importFromText(`Junior Professional Officer (JPO) Programme\n${post}`);
      assert.equal(jpo.data.profile, 'jpo');
      assert.match(jpo.profileReason, /the text names Junior Professional Officer/);
      assert.equal(data(`${post}\nJPOs may also apply.`).profile, 'unhcr-staff');
    });

    it('places a concept the profile has no place for under notes, as "Label: value"', () => {
      const imported = data('GradePR4\nStaff Member / Affiliate TypeProfessional\nWorking hours: 40 per week\nDuties\n- Lead.');
      assert.equal(imported.profile, 'unhcr-staff');
      assert.ok((imported.notes as string[]).includes('Working hours: 40 per week'));
    });
  });

  describe('headings into concepts', () => {
    it('compares headings without case, numbering, bullets, decoration or a trailing colon', () => {
      const imported = data(
        'Title: Data Assistant\n### 1. BACKGROUND:\nThe unit runs surveys.\n**Key Responsibilities**\n1) Clean data;\n2) Draw maps.\nII. Education\nA degree in statistics.',
      );
      assert.equal(imported.background, 'The unit runs surveys.');
      assert.deepEqual(imported.duties, ['Clean data;', 'Draw maps.']);
      assert.equal(imported.education, 'A degree in statistics.');
    });

    it('keeps an unknown heading with its lines under notes, word for word', () => {
      const imported = data('Title: Driver\nDuties\n- Drive.\nVehicle Fleet:\nTwo trucks and a pickup.');
      assert.deepEqual(imported.notes, ['Vehicle Fleet:\nTwo trucks and a pickup.']);
    });

    it("reads a UN opening's 'Job - Specific Qualification' as a requirement, and keeps it under notes where it says 'Not available.'", () => {
      const opening = (line: string) =>
        data(
          `Job Opening Number: 27-Admin-XYZ-1-R-Nairobi (G)\nOrg. Setting and Reporting\nThe post is in the unit.\nEducation\nHigh school diploma is required.\n\nJob - Specific Qualification\n${line}\n\nWork Experience\nFive years of experience is required.`,
        );
      const stated = opening('Passing the Administrative Support Assessment Test is a prerequisite for consideration.');
      assert.deepEqual(stated.qualifications, ['Passing the Administrative Support Assessment Test is a prerequisite for consideration.']);
      assert.equal(stated.education, 'High school diploma is required.');
      const none = opening('Not available.');
      assert.equal(none.qualifications, undefined);
      assert.equal(none.education, 'High school diploma is required.');
      assert.ok(none.notes.includes('Job - Specific Qualification\nNot available.'));
      assert.equal(none.title, undefined);
    });

    it('reads Japanese labels and headings into the same concepts', () => {
      const imported = data(
        '職種：倉庫スタッフ\n勤務地：大阪府大阪市\n雇用形態：契約社員\n【仕事内容】\n・商品の仕分け\n【応募資格】\n・日本語で日常会話ができる方（JLPT N4程度）\n難民の方も歓迎します。',
      );
      assert.equal(imported.profile, 'refugee-talent');
      assert.equal(imported.title, '倉庫スタッフ');
      assert.equal(imported.role.employment_type, 'full-time fixed-term');
      assert.deepEqual(imported.role.duties, ['商品の仕分け']);
      assert.equal(imported.japanese_level, 'N4');
    });
  });

  describe('dates', () => {
    it('reads the common forms into ISO dates', () => {
      const imported = data(
        'Title: Clerk\nPosting Date: November 8, 2024\nClosing Date: 15 April, 2025\nStart Date: 2025年6月1日\nDuties\n- File.',
      );
      assert.deepEqual([imported.date_posted, imported.deadline, imported.target_start_date], ['2024-11-08', '2025-04-15', '2025-06-01']);
    });

    it('keeps a day/month order it cannot decide as written and reports it with its line, never guessing', () => {
      const result = importFromText('Title: Clerk\nDuties\n- File.\nClosing Date: 04/05/2025');
      assert.equal(result.data.deadline, '04/05/2025');
      assert.deepEqual(
        result.findings.map((finding) => [finding.code, finding.line]),
        [['import-ambiguous-date', 4]],
      );
      assert.match(result.findings[0].message, /2025-05-04 or 2025-04-05/);
      assert.match(result.findings[0].message_ja, /書かれたまま/);
      assert.match(result.yaml, /^# Line 4 of the text: Closing Date: '04\/05\/2025' could be/m);
    });
  });

  describe('a day/month order the text settles (issue 14 §1, s17–s19)', () => {
    it("reads it in the order of the text's other numeric dates", () => {
      const result = importFromText('Title: Clerk\nDuties\n- File.\nPosting Date: 04/05/2025\nClosing Date: 19/05/2025');
      assert.equal(result.data.date_posted, '2025-05-04');
      assert.deepEqual(
        result.findings.map((finding) => finding.code),
        ['import-date-day-first'],
      );
      assert.match(result.findings[0].message, /'04\/05\/2025' was read day first, as 2025-05-04/);
      const monthFirst = importFromText('Title: Clerk\nDuties\n- File.\nPosting Date: 04/05/2025\nClosing Date: 05/19/2025');
      assert.equal(monthFirst.data.date_posted, '2025-04-05');
    });

    it('reads it in the order of the country the text names, written with its accents (Türkiye)', () => {
      const result = importFromText('Title: Clerk\nLocation: Gaziantep, T\u00fcrkiye\nDuties\n- File.\nStart: 01/06/2026');
      assert.equal(result.data.target_start_date, '2026-06-01');
      assert.deepEqual(
        result.findings.map((finding) => finding.code),
        ['import-date-day-first'],
      );
    });

    it("reads a period's first date in the order of its last, in English or French, and a period after a sentence", () => {
      const dots = importFromText('Title: Clerk\nDuties\n- File.\nPosting period: 01.03.2028. \u2013 15.03.2028.');
      assert.deepEqual([dots.data.date_posted, dots.data.deadline], ['2028-03-01', '2028-03-15']);
      assert.ok(
        (dots.data.notes as string[]).some((note) => note.includes('01.03.2028')),
        'the period stays as written',
      );
      const french = importFromText('Title: Clerk\nDuties\n- File.\nPosting period: du 01/12/2027 au 15/12/2027');
      assert.deepEqual([french.data.date_posted, french.data.deadline], ['2027-12-01', '2027-12-15']);
      const after = importFromText(
        'Title: Clerk\nDuties\n- File.\nOnly shortlisted candidates will be contacted. Posting period: From 30.11.2027 to 14.12.2027',
      );
      assert.deepEqual([after.data.date_posted, after.data.deadline], ['2027-11-30', '2027-12-14']);
      const undecided = importFromText('Title: Clerk\nDuties\n- File.\nPosting period: 01.03.2028 \u2013 05.03.2028');
      assert.equal(undecided.data.date_posted, undefined);
    });

    it('reads it in the order of the country the text names, and keeps it when the countries disagree', () => {
      const malaysia = importFromText(
        'UNHCR Malaysia\nTitle: Clerk\nDuties\n- File.\nDate Posted: 09/11/2027\nClosing Date: 23 November 2027',
      );
      assert.equal(malaysia.data.date_posted, '2027-11-09');
      const philippines = importFromText('UNHCR Philippines\nTitle: Clerk\nDuties\n- File.\nDate Posted: 09/11/2027');
      assert.equal(philippines.data.date_posted, '2027-09-11');
      const both = importFromText('Offices in Kenya and the United States\nTitle: Clerk\nDuties\n- File.\nDate Posted: 09/11/2027');
      assert.equal(both.data.date_posted, '09/11/2027');
      assert.deepEqual(
        both.findings.map((finding) => finding.code),
        ['import-ambiguous-date'],
      );
    });
  });

  describe('labels and headings in two languages, or in French or Spanish only', () => {
    it('reads a label by either half and keeps the value as written', () => {
      const imported = data(
        [
          "Num\u00e9ro de l'avis de vacance / Vacancy Notice No.: ABJ/VA/2031/07",
          'Titre du poste / Post title: Associate Protection Officer',
          "Lieu d'affectation / Duty station: Abidjan, C\u00f4te d\u2019Ivoire",
          'Type de contrat / Contract type: Fixed-Term Appointment',
          'Date de cl\u00f4ture / Closing date: 3 d\u00e9cembre 2031',
          '',
          'Responsabilit\u00e9s / Responsibilities',
          '- Monitor the protection situation.',
          'Langues / Languages: Fluency in French.',
        ].join('\n'),
      );
      assert.deepEqual(
        [imported.job_id, imported.title, imported.duty_station, imported.country, imported.contract_type, imported.deadline],
        ['ABJ/VA/2031/07', 'Associate Protection Officer', 'Abidjan', 'C\u00f4te d\u2019Ivoire', 'Fixed-Term Appointment', '2031-12-03'],
      );
      assert.deepEqual(imported.duties, ['Monitor the protection situation.']);
      assert.equal(imported.languages, 'Fluency in French.');
    });

    it('reads a Spanish header and sections', () => {
      const imported = data(
        [
          'T\u00edtulo del puesto: Consultor en gesti\u00f3n de informaci\u00f3n',
          'Lugar de destino: Bogot\u00e1, Colombia',
          'Fecha de cierre: 10 de noviembre de 2031',
          'Supervisado/a por: Oficial de Gesti\u00f3n de Informaci\u00f3n',
          '',
          'Productos esperados',
          '- Un tablero mensual.',
        ].join('\n'),
      );
      assert.deepEqual(
        [imported.title, imported.duty_station, imported.country, imported.deadline, imported.supervisor],
        [
          'Consultor en gesti\u00f3n de informaci\u00f3n',
          'Bogot\u00e1',
          'Colombia',
          '2031-11-10',
          'Oficial de Gesti\u00f3n de Informaci\u00f3n',
        ],
      );
      assert.deepEqual(imported.deliverables, ['Un tablero mensual.']);
    });

    it('never reads one half of a line that lists things or goes on after a colon, nor halves that disagree', () => {
      const tables = tablesFor(undefined);
      // "Department/office" glued to its value, and "Start date / Duration" naming two fields: no label.
      assert.equal(readLabel('Department/officeECR, UACO, Ukraine Country Office', tables, 'strict'), undefined);
      assert.equal(readLabel('Start date / Duration', tables, 'strict'), undefined);
      assert.equal(readLabel('Application Deadline (Midnight Paris Time): 10-JAN-2031', tables, 'strict')?.label.concept, 'deadline');
    });
  });

  describe('a duty station alone, and a page copied as Markdown (issue 14 §1, s19–s20)', () => {
    it('reads the country the sentences naming the duty station name, only when they name one', () => {
      const one = importFromText(
        'Title: Clerk\nDuty Station: VALENCIA\nDuties\n- File.\nThe post is in the Service located at the Centre in Valencia (Val\u00e8ncia), Spain. Knowledge of Spanish is desirable.',
      );
      assert.equal(one.data.country, 'Spain');
      const mission = importFromText(
        'Title: Clerk\nDuty Station: PRISTINA\nDuties\n- File.\nThe Mission in Kosovo (UNMIK), in Pristina, needs a clerk.',
      );
      assert.equal(mission.data.country, 'Kosovo');
      const two = importFromText(
        'Title: Clerk\nDuty Station: Bunia\nDuties\n- File.\nBunia lies near the borders of Uganda and South Sudan.',
      );
      assert.equal(two.data.country, undefined);
      const longer = importFromText('Title: Clerk\nDuty Station: Lae\nDuties\n- File.\nThe office in Lae serves Papua New Guinea.');
      assert.equal(longer.data.country, 'Papua New Guinea');
    });

    it("reads the posting's address from its Apply link", () => {
      const result = importFromText(
        '[Apply now](https://careers.example.org/job/252904) \u00b7 [Save](#) \u00b7 [Share](#)\nTitle: Clerk\nDuty Station: Nairobi, Kenya\nDuties\n- File.',
      );
      assert.equal(result.data.url, 'https://careers.example.org/job/252904');
    });
  });

  describe('Workday copies in two languages and tables of posts (issue 14 §1, s20)', () => {
    it('reads a label whose English half has a slash of its own, a remark after a two-language label, and a dashed place line', () => {
      const result = importFromText(
        [
          'ACNUR / UNHCR \u2013 Job opportunities',
          'Associate Field Officer',
          'Maracaibo, Zulia \u2013 Venezuela (Bolivarian Republic of)',
          'Descripci\u00f3n del empleo / Job Description',
          'Grado / Grade\tNOA',
          'Ubicaci\u00f3n residencial / Residential location (if applicable)\t',
          'Tipo de miembro del personal / Staff Member / Affiliate Type\tNational Professional Officer',
          'Standard Job Description',
          'Duties',
          '- Visit the communities.',
        ].join('\n'),
      );
      assert.equal(result.data.affiliate_type, 'National Professional Officer');
      assert.equal(result.data.duty_station, 'Maracaibo');
      assert.equal(result.data.country, 'Venezuela (Bolivarian Republic of)');
      assert.ok(
        (result.data.notes as string[]).some((note) => note.includes('Zulia')),
        'the region stays in notes',
      );
    });

    it('takes a state after the city for no country, and looks for the country elsewhere', () => {
      const result = importFromText(
        'Title: Field Officer\nLocation: Yola, Adamawa\nDuties\n- Visit the camps.\nThe office in Yola serves Nigeria.',
      );
      assert.deepEqual([result.data.duty_station, result.data.country], ['Yola', 'Nigeria']);
      assert.ok((result.data.notes as string[]).includes('Location: Yola, Adamawa'));
    });

    it("reads an NGO's 'VN 20/23' as no IOM notice: the organisation only where the text names it", () => {
      const ngo = importFromText('VN 20/23\nField Officer\nLocation: Yola\nDuties\n- Visit the camps.');
      assert.equal(ngo.data.organization, undefined);
      const iom = importFromText('VN 20/23\nField Officer\nLocation: Yola\nDuties\n- Support IOM field teams.');
      assert.equal(iom.data.organization, 'IOM');
    });

    it("reads a UNOPS vacancy recruited on behalf of an agency named in brackets as that agency's", () => {
      const result = importFromText(
        [
          'Associate Officer - UNHCR',
          'Vacancy code: VA/2027/1',
          'Contract level: IICA-1',
          'Application period: 15-Nov-2027 to 29-Nov-2027',
          'Background Information - Job-specific',
          'UNOPS is recruiting this position on behalf of the Office of the United Nations High Commissioner for Refugees (UNHCR).',
          'Functional Responsibilities',
          '- Draft the reports.',
        ].join('\n'),
      );
      assert.equal(result.data.organization, 'UNHCR');
    });

    it("takes a post's number in a table for no title, place or organisation", () => {
      const result = importFromText('Title\n1\nDuty Station\n2\nDuties\n- Visit the communities.');
      assert.equal(result.data.title, undefined);
      assert.equal(result.data.duty_station, undefined);
    });
  });

  describe('reference numbers and a ToR after the job description', () => {
    it('turns vacancy and reference numbers into job_id, labelled or not', () => {
      assert.equal(data('Vacancy Notice No.: VA/KEN/2025/031\nTitle of Post: Clerk\nDuties\n- File.').job_id, 'VA/KEN/2025/031');
      assert.equal(
        data('SPECIAL VACANCY NOTICE SVN2025/77 (G)\nPosition Title: Driver\nCore Functions\n- Drive.').job_id,
        'SVN2025/77 (G)',
      );
      // A notice's heading that carries its number ("VACANCY ANNOUNCEMENT No. SAP/2027/NPO/03").
      const heading = 'Food and Agriculture Organization\nVACANCY ANNOUNCEMENT No. SAP/2027/NPO/03\nPost title: Clerk\nDuties\n- File.';
      assert.equal(data(heading).job_id, 'SAP/2027/NPO/03');
    });

    it('reads a Terms of Reference with its own Title:, Duty station: and Duration: from … to … lines', () => {
      const imported = data(
        'Job Posting End DateMay 2, 2025\nStaff Member / Affiliate TypeJPO\nStandard Job Description\nAssociate Officer\nOrganizational Setting and Work Relationships\nThe office covers the region.\nTerms of Reference\nTitle: Associate Officer (JPO)\nDuty station: Dakar, Senegal\nDuration: from 1 July 2025 to 30 June 2027\nDuties and Responsibilities\n1. Draft reports.',
      );
      assert.equal(imported.profile, 'jpo');
      assert.deepEqual(
        [imported.title, imported.duty_station, imported.country, imported.target_start_date, imported.contract_end_date],
        ['Associate Officer (JPO)', 'Dakar', 'Senegal', '2025-07-01', '2027-06-30'],
      );
      assert.equal(imported.assignment.statement, 'from 1 July 2025 to 30 June 2027');
      assert.deepEqual(imported.terms_of_reference.duties, ['Draft reports.']);
    });
  });

  describe('nothing is lost', () => {
    it('imports a text it cannot recognise whole under notes, with one finding that names what was not found', () => {
      const text = 'Our bakery opens at six.\nWe sell bread and cakes.';
      const result = importFromText(text);
      assert.deepEqual(result.data.notes, [text]);
      assert.deepEqual(
        result.findings.map((finding) => finding.code),
        ['import-unrecognised'],
      );
      assert.match(result.findings[0].message, /title, organization, duty_station, deadline/);
      assert.match(renderPostingText(result.yaml, 'txt', { banner: false }), /We sell bread and cakes\./);
    });

    it('never crashes on odd input and always exports something', () => {
      for (const text of ['', '\n\n', ':', '|||', 'Title:', '【】', 'Duties\n-', 'Grade\nGrade\nGrade', '\u0000\u0001']) {
        const result = importFromText(text);
        assert.equal(typeof result.yaml, 'string', JSON.stringify(text));
        assert.ok(result.yaml.startsWith('# posting\n'), JSON.stringify(text));
      }
    });
  });
});

describe('import: the organisation of an NGO vacancy that names UN agencies in passing (issue 14 §1)', () => {
  it('reads the NGO named most as the organisation, not the agency it names as its donor', () => {
    const text = [
      'SAVE THE CHILDREN INTERNATIONAL - COUNTRY OFFICE',
      'VACANCY ANNOUNCEMENT',
      'Job title: Child Protection Manager',
      'Location: Kakuma Refugee Camp',
      'ROLE PURPOSE:',
      "The manager leads Save the Children's child protection programme, funded by UNHCR and ECHO.",
      'KEY RESPONSIBILITIES:',
      '- Lead the case conferences together with UNHCR.',
      '- Represent Save the Children in the Child Protection Working Group.',
    ].join('\n');
    assert.equal(data(text).organization, 'Save the Children');
  });
});

describe('import corpus snapshots: each text imports to the data of its <name>.posting.yaml', () => {
  const root = resolve(__dirname, '../corpus/import');
  const texts = existsSync(root)
    ? readdirSync(root).flatMap((layout) =>
        readdirSync(join(root, layout))
          .filter((file) => file.endsWith('.txt'))
          .map((file) => ({ layout, name: file.replace(/\.txt$/, '') })),
      )
    : [];

  it('has a snapshot for every text', () => {
    assert.ok(texts.length > 0);
    for (const { layout, name } of texts) assert.ok(existsSync(join(root, layout, `${name}.posting.yaml`)), `${layout}/${name}`);
  });

  for (const { layout, name } of texts) {
    it(`${layout}/${name}`, () => {
      const imported = importFromText(readFileSync(join(root, layout, `${name}.txt`), 'utf8'));
      const snapshot = readFileSync(join(root, layout, `${name}.posting.yaml`), 'utf8');
      assert.deepEqual(parse(imported.yaml), parse(snapshot));
    });
  }
});

describe('import: shapes of job boards and local adverts (issue 14 §1)', () => {
  it('reads a headline row of tab-separated cells after the title: requisition number and duty station', () => {
    const text = [
      'Livelihoods Assistant\tArua\tFull time\tJR2600415',
      'Grade\tG5',
      'Job Posting End Date\t12 March 2026',
      '',
      'Responsibilities',
      '- Keep the records of the cash grants.',
    ].join('\n');
    const result = importFromText(text);
    assert.equal(result.data.title, 'Livelihoods Assistant');
    assert.equal(result.data.job_id, 'JR2600415');
    assert.equal(result.data.duty_station, 'Arua');
    assert.ok(JSON.stringify(result.data.notes).includes('JR2600415'), 'the row stays in notes as written');
    // Two place-like cells: which is the duty station is not guessed.
    const two = importFromText(text.replace('\tArua\t', '\tArua\tKampala\t'));
    assert.equal(two.data.duty_station, undefined);
  });

  it('reads the grade from the page heading "TITLE, P2" when the title comes from a Job Code Title field', () => {
    const text = [
      '# STATISTICS ASSISTANT, G5',
      'Job Code Title: STATISTICS ASSISTANT',
      'Duty Station: BANGKOK',
      '',
      'Responsibilities',
      '- Keep the data tables up to date.',
    ].join('\n');
    assert.equal(importFromText(text).data.grade, 'G-5');
    // A heading for another post says nothing about this one's grade.
    assert.equal(importFromText(text.replace('STATISTICS ASSISTANT, G5', 'SENIOR CLERK, G5')).data.grade, undefined);
  });

  it('reads a pay in Gambian dalasi written with its symbol (D15,000) as GMD, and no grade from an amount (D1,500 is no D-1)', () => {
    const post = (line: string) =>
      importFromText(`VACANCY ANNOUNCEMENT\nTitle of Post: Driver\nLocation: Banjul, The Gambia\n${line}\nDuties\n- Drive.`).data;
    assert.deepEqual(post('Salary: D15,000 per month').salary, { currency: 'GMD', amount: 15000, per: 'month' });
    assert.deepEqual(post('Monthly salary: D15,000 - D18,000').salary, { currency: 'GMD', minimum: 15000, maximum: 18000, per: 'month' });
    // A grade D-1 (a Director's) is no pay, and a pay of D1,500 is no grade.
    assert.equal(post('Salary scale: D1 step 3').salary, undefined);
    assert.notEqual(post('Level: D1,500').grade, 'D-1');
    assert.equal(gradeOf('D1,500 per month'), undefined);
    assert.equal(gradeOf('Driver, D-1'), 'D-1');
    assert.equal(post('Grade: D-1').grade, 'D-1');
  });

  it("reads a local organisation's letterhead, its address's country, a post count and a pay range in a local currency", () => {
    const text = [
      'RIVERSIDE YOUTH SKILLS TRUST (RYST)',
      'Plot 9 Market Street, Mzuzu, Northern Region, Malawi',
      '',
      'Position: Vocational Trainer (3 posts)',
      'Location: Mzuzu',
      'Salary: MWK 420,000 – MWK 510,000 per month',
      '',
      'Job Summary',
      'The trainer teaches tailoring to young people who left school early.',
      '',
      'Duties',
      '- Teach four classes a week.',
      '',
      'RYST does not ask applicants to pay money at any stage of recruitment.',
    ].join('\n');
    const { data: imported } = importFromText(text);
    assert.equal(imported.organization, 'RIVERSIDE YOUTH SKILLS TRUST (RYST)');
    assert.equal(imported.country, 'Malawi');
    assert.equal(imported.title, 'Vocational Trainer');
    assert.deepEqual(imported.salary, { currency: 'MWK', minimum: 420000, maximum: 510000, per: 'month' });
    assert.match(String(imported.objectives), /teaches tailoring/);
    assert.deepEqual(imported.closing_statements, ['RYST does not ask applicants to pay money at any stage of recruitment.']);
    // A line in capitals whose short name the text never uses again is no letterhead.
    assert.equal(importFromText(text.replace(/RYST does not/, 'We do not')).data.organization, undefined);
  });

  it("reads UNOPS's ToR heading 'General Background of Project/Assignment' as the background", () => {
    for (const heading of [
      '1. General Background of Project/Assignment',
      'Background of the Project',
      'General Background of the Operation',
    ]) {
      const imported = data(
        [
          'Terms of Reference',
          'Consultant for shelter works',
          '',
          heading,
          'The office supports refugees in two camps.',
          '',
          'Deliverables',
          '- A monthly report.',
        ].join('\n'),
      );
      assert.equal(imported.background, 'The office supports refugees in two camps.', heading);
    }
  });

  it("reads a WHO consultancy ToR form's parts: work to be performed, required and desired qualifications, languages", () => {
    const imported = data(
      [
        'World Health Organization',
        'TERMS OF REFERENCE',
        'Consultant – Vaccine Logistics',
        '',
        '1. Purpose of the Consultancy',
        'To help two ministries plan their cold chain.',
        '',
        '2. Planned timelines (subject to confirmation)',
        'Start date: 01/03/2027',
        'End date: 31/08/2027',
        '',
        '3. Work to be performed',
        'Output 1: Cold chain plans revised.',
        '  Deliverable 1.1: An inventory of cold rooms in both countries, by 30/04/2027.',
        '',
        '4. Specific requirements',
        'Qualifications required:',
        '  A university degree in pharmacy or logistics.',
        'Qualifications desired:',
        '  A master degree in supply chain management.',
        'Experience required:',
        '  At least five years of experience in vaccine supply chains.',
        'Languages and level required:',
        '  Expert knowledge of English is required.',
        '',
        '5. Medical clearance',
        'The selected consultant will provide a medical certificate of fitness for work.',
      ].join('\n'),
    );
    assert.ok(String(imported.deliverables).includes('An inventory of cold rooms in both countries'));
    assert.equal(imported.education, 'A university degree in pharmacy or logistics.');
    assert.ok(String(imported.desirable).includes('A master degree in supply chain management.'));
    assert.equal(imported.experience, 'At least five years of experience in vaccine supply chains.');
    assert.equal(imported.languages, 'Expert knowledge of English is required.');
    assert.equal(imported.contract_end_date, '2027-08-31');
    assert.ok(!String(imported.background ?? '').includes('Deliverable'));
  });

  it('reads how candidates will be tested, said among the application instructions, as the assessment', () => {
    const imported = data(
      [
        'Field Officer',
        'Organisation: Lakeside Aid',
        '',
        'Responsibilities',
        '- Run the field office.',
        '',
        'How to apply',
        'Send your CV to jobs@lakeside.example by 1 March 2027.',
        'Interviews will be held online in the week of 8 March 2027.',
      ].join('\n'),
    );
    assert.equal(imported.assessment, 'Interviews will be held online in the week of 8 March 2027.');
    assert.ok(!String(imported.how_to_apply).includes('Interviews'));
  });
});

describe("import: a consultancy ToR's numbered parts after its table of deliverables (issue 14 §1)", () => {
  const text = [
    'TERMS OF REFERENCE FOR INDIVIDUAL CONSULTANTS',
    '',
    'Title: National Consultant - Water Quality Assessment',
    'Duration: 30 working days',
    '',
    '1. BACKGROUND',
    'The district has expanded piped water to ten new villages since 2023.',
    '',
    '2. DELIVERABLES AND TIMELINE',
    'Deliverable',
    'Deadline',
    '1. Inception report',
    '10/01/2027',
    '2. Final report',
    '28/02/2027',
    '',
    '3. PAYMENT SCHEDULE',
    'Payment will be made in two instalments of 50% each.',
    '',
    '4. QUALIFICATIONS / SPECIALIZED KNOWLEDGE / EXPERIENCE',
    "- Master's degree in environmental engineering or public health.",
    '- At least five years of experience in water quality monitoring.',
    '- Fluency in English is required.',
    '',
    '5. HOW TO APPLY',
    'Send a CV, a short technical proposal and a financial proposal in',
    'USD through the online portal before 15/12/2026.',
  ].join('\n');

  it('reads "QUALIFICATIONS / SPECIALIZED KNOWLEDGE / EXPERIENCE" as the requirements, split into education, experience, languages', () => {
    const imported = data(text);
    assert.equal(imported.education, "Master's degree in environmental engineering or public health.");
    assert.equal(imported.experience, 'At least five years of experience in water quality monitoring.');
    assert.equal(imported.languages, 'Fluency in English is required.');
  });

  it('ends the numbered deliverables at "3. PAYMENT SCHEDULE", whose lines are no deliverables', () => {
    const imported = data(text);
    assert.ok(!JSON.stringify(imported.deliverables).includes('instalments'), JSON.stringify(imported.deliverables));
  });

  it('reads no deadline from a column named "Deadline" over the first row "1. …"; the sentence\'s figures give it, over a line break', () => {
    const imported = data(text);
    assert.equal(imported.deadline, '2026-12-15');
  });
});

describe('import: a forwarded careers page with its address at the bottom (issue 14 §1)', () => {
  it("reads an applicant-tracking system's address of the job, alone on the last line, as the url", () => {
    const text = [
      '---------- Forwarded message ---------',
      'From: Hiring Team <hr@example.org>',
      'Subject: FW: Opportunity - Logistics Officer, Irbid',
      '',
      'Please share; the link is at the bottom.',
      '',
      'Logistics Officer',
      'locations',
      'Irbid',
      '',
      'Duties',
      '- Manage the warehouse in Irbid.',
      '',
      'https://example.wd3.myworkdayjobs.com/External/job/Irbid/Logistics-Officer_JR2700123',
    ].join('\n');
    assert.equal(data(text).url, 'https://example.wd3.myworkdayjobs.com/External/job/Irbid/Logistics-Officer_JR2700123');
    // An organisation's home page alone on a line is no address of the job.
    assert.equal(data(text.replace(/https:\S+$/, 'https://www.example.org/about/')).url, undefined);
  });
});

describe("import: a lead-in that says whom a section's lines are for (issue 14 §1)", () => {
  it('keeps "For National Professional Officer/National Staff jobs:" under Language Requirements, no heading of its own', () => {
    const text = [
      'Livelihoods Officer',
      '',
      'Duties',
      '- Design livelihoods projects with partners.',
      'Language Requirements',
      'For National Professional Officer/National Staff jobs:',
      'Knowledge of English and UN working language of the duty station if not English.',
      'Competency Requirements',
      'Core Competencies',
      'Accountability',
    ].join('\n');
    assert.match(String(data(text).languages), /Knowledge of English and UN working language of the duty station if not English\.$/);
  });
});

describe('import: a ToR in capitals, numbered, with its period as two dates (issue 14 §1)', () => {
  const text = [
    'TERMS OF REFERENCE',
    'Baseline survey of a water project',
    '',
    'Reference: ABC/CONS/2027/004',
    'Level of effort: 30 working days',
    'Period: March 8, 2027 – May 28, 2027',
    '',
    '1. BACKGROUND',
    '',
    'The project brings piped water to nine villages of the district.',
    '',
    '2. PURPOSE AND OBJECTIVES OF THE SURVEY',
    '',
    'The survey sets the baseline of access to safe water in the nine villages.',
    '',
    '3. APPLICATION PROCESS AND EVALUATION',
    '',
    'Interested consultants should submit a technical and a financial proposal to tenders@example.org.',
    '',
    'Proposals will be evaluated on a 60/40 basis: technical proposal 60% and financial proposal 40%.',
  ].join('\n');

  it('reads "2. PURPOSE AND OBJECTIVES OF THE SURVEY" as one heading of the objectives, not "PURPOSE AND" + a heading', () => {
    const imported = data(text);
    assert.equal(imported.background, 'The project brings piped water to nine villages of the district.');
    assert.equal(imported.objectives, 'The survey sets the baseline of access to safe water in the nine villages.');
  });

  it('reads "APPLICATION PROCESS AND EVALUATION" as how to apply, its weighting as the assessment', () => {
    const imported = data(text);
    assert.match(String(imported.how_to_apply), /^Interested consultants should submit/);
    assert.match(String(imported.assessment), /^Proposals will be evaluated on a 60\/40 basis/);
    assert.ok(!JSON.stringify(imported.qualifications ?? '').includes('APPLICATION PROCESS'));
  });

  it('reads "Period: <date> – <date>" as the start and end dates; the level of effort stays the duration', () => {
    const imported = data(text);
    assert.equal(imported.target_start_date, '2027-03-08');
    assert.equal(imported.contract_end_date, '2027-05-28');
    assert.equal(imported.duration, '30 working days');
    assert.ok(JSON.stringify(imported.notes).includes('Period: March 8, 2027'), JSON.stringify(imported.notes));
  });
});

describe("import: an agency notice's competencies between bars and its requirements under a heading of parts (issue 14)", () => {
  const notice = [
    'Nuclear Safety Officer',
    '',
    'Functions / Key Results Expected',
    '• Draft safety guides.',
    '',
    'Competencies and Expertise',
    'Core Competencies',
    'Communication | Achieving Results | Teamwork',
    '',
    'Qualifications, Experience and Language skills',
    '- Advanced university degree in nuclear engineering.',
    '- At least seven years of relevant professional experience in nuclear safety.',
    '- Excellent oral and written command of English.',
  ];

  it("reads 'Competencies and Expertise' as a heading, not a duty, and names between bars as a list", () => {
    const imported = data(notice.join('\n'));
    assert.deepEqual(imported.duties, ['Draft safety guides.']);
    assert.deepEqual(imported.competencies, ['Communication', 'Achieving Results', 'Teamwork']);
  });

  it("reads 'Qualifications, Experience and Language skills' as the requirements, each line in its part", () => {
    const imported = data(notice.join('\n'));
    assert.equal(imported.education, 'Advanced university degree in nuclear engineering.');
    assert.equal(imported.experience, 'At least seven years of relevant professional experience in nuclear safety.');
    assert.equal(imported.languages, 'Excellent oral and written command of English.');
    assert.equal(imported.qualifications, undefined);
  });
});
