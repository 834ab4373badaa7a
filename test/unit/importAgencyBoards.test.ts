import { strict as assert } from 'assert';
import { importFromText } from '../../server/src/engine';
import { untilDate } from '../../server/src/engine/import/dates';

// Short texts written for these tests in the shapes of agency postings as careers sites and job boards print them
// (UNHCR and IOM on Workday, WFP and UNFPA vacancy announcements, UN Secretariat openings re-posted by boards); none is
// taken from a real page.

const imported = (lines: readonly string[]) => importFromText(lines.join('\n')).data;

describe('import: agency postings as careers sites and job boards print them (issue 14 \u00a71)', () => {
  it("reads a UN Secretariat opening whose board runs each heading on into its text, with the board's deadline and grade", () => {
    const data = imported([
      'RECORDS ASSISTANT',
      'Application deadline in 12 days: Friday 8 May 2026 at 23:59 UTC',
      'Contract',
      'This is a G-5 contract. It is normally only for nationals.',
      'Org. Setting and Reporting This position is located in the Archives Unit of UNSOS in Mogadishu.',
      'Responsibilities Within delegated authority, the Records Assistant will be responsible for the following duties:',
      '1. Registers incoming files and keeps the filing plan up to date.',
      '2. Performs other related duties as required.',
      'Education High school diploma or equivalent is required.',
      'Work Experience A minimum of five years of experience in records management is required.',
      'Languages For this position, fluency in English is required.',
      'Assessment Evaluation of qualified candidates may include a written test.',
      'United Nations Considerations The United Nations places no restrictions on the eligibility of men and women.',
    ]);
    assert.equal(data.education, 'High school diploma or equivalent is required.');
    assert.equal(data.experience, 'A minimum of five years of experience in records management is required.');
    assert.equal(data.languages, 'For this position, fluency in English is required.');
    assert.equal(data.assessment, 'Evaluation of qualified candidates may include a written test.');
    assert.ok(Array.isArray(data.duties) && data.duties.includes('Registers incoming files and keeps the filing plan up to date.'));
    assert.equal(data.deadline, '2026-05-08');
    assert.equal(data.grade, 'G-5');
  });

  it('leaves a line that starts with a heading word but goes on as a sentence whole', () => {
    const data = imported([
      'Org. Setting and Reporting',
      'This position is located in the Training Unit of UNSOS in Mogadishu.',
      'Responsibilities',
      '- Education and training of new staff members on records procedures.',
      'United Nations Considerations',
      'The United Nations places no restrictions on the eligibility of men and women.',
    ]);
    assert.deepEqual(data.duties, ['Education and training of new staff members on records procedures.']);
    assert.equal(data.education, undefined);
  });

  it('reads the duty station after the office a "position is located in" sentence names first', () => {
    const data = imported([
      'Org. Setting and Reporting',
      'This position is located in the Transport Section of UNISFA in Abyei. The incumbent reports to the Chief Transport Officer.',
      'United Nations Considerations',
      'The United Nations places no restrictions on the eligibility of men and women.',
    ]);
    assert.equal(data.duty_station, 'Abyei');
  });

  it('reads the office an internship or a consultancy "is located in" as the unit', () => {
    const data = imported([
      'Org. Setting and Reporting',
      'This internship is located in the Population Division, Migration Section, in Santiago. The intern reports to the Chief.',
      'Responsibilities',
      '- Clean the census tables.',
    ]);
    assert.equal(data.unit, 'Population Division, Migration Section');
  });

  it('reads the supervisor a sentence opens with, "Reporting to the Chief, <division>, the incumbent will"', () => {
    const data = imported([
      'Education Specialist',
      'Duty Station: Amman, Jordan',
      '',
      'Duties and Responsibilities',
      'Reporting to the Chief, Education Programmes Division, the incumbent will:',
      '- Plan the teacher training.',
      '- Review the curriculum.',
    ]);
    assert.equal(data.supervisor, 'Chief, Education Programmes Division');
  });

  it("reads the field office after the supervisor's title as the unit where nothing else names one, never a section", () => {
    const notice = (reportsTo: string) =>
      imported(['Logistics Officer', 'Duty station: Pemba, Mozambique', `Reports to: ${reportsTo}`, '', 'Duties', '- Plan the convoys.']);
    const area = notice('Head of Supply Chain, Pemba Area Office');
    assert.deepEqual([area.unit, area.supervisor], ['Pemba Area Office', 'Head of Supply Chain, Pemba Area Office']);
    assert.equal(notice('Head of Supply Chain, Logistics Section').unit, undefined);
  });

  it("reads the mission a job board's line names atop a UN Secretariat opening as the organisation", () => {
    const data = imported([
      'DRIVER',
      'UNISFA - United Nations Interim Security Force for Abyei',
      'Org. Setting and Reporting',
      'This position is located in the Transport Section in Abyei.',
      'United Nations Considerations',
      'The United Nations places no restrictions on the eligibility of men and women.',
    ]);
    assert.equal(data.organization, 'UNISFA');
  });

  it('reads a temporary job opening as a temporary contract', () => {
    const data = imported([
      'Logistics Officer, P3 (Temporary Job Opening)',
      'Org. Setting and Reporting',
      'This temporary position is located in the Supply Section in Bangui.',
      'United Nations Considerations',
      'The United Nations places no restrictions on the eligibility of men and women.',
    ]);
    assert.equal(data.contract_type, 'Temporary');
    assert.equal(data.grade, 'P-3');
  });

  it("reads a WFP deadline glued to its label in capitals, and a board's grade with its category after a comma", () => {
    const data = imported([
      'Finance Associate SC5 - Juba',
      'World Food Programme (WFP)',
      'Location: Juba (South Sudan)',
      'Grade: SC5, Associate',
      'DEADLINE FOR APPLICATIONS9 June 2026-23:59-GMT+03:00 East Africa Time (Juba)',
      'KEY ACCOUNTABILITIES (not all-inclusive)',
      '1. Process vendor payments in the finance system.',
      'KNOWLEDGE & SKILLS',
      'Good command of spreadsheets and of bank reconciliations.',
    ]);
    assert.equal(data.deadline, '2026-06-09');
    assert.equal(data.grade, 'SC5');
    assert.deepEqual(data.qualifications, ['Good command of spreadsheets and of bank reconciliations.']);
  });

  it("reads a Workday end date that counts the days left to apply as the deadline, not the contract's end", () => {
    const data = imported([
      'Migration Health Assistant',
      'locations',
      'Erbil',
      'time left to apply',
      'End Date: November 2, 2026 (11 days left to apply)',
      'Position Title : Migration Health Assistant',
      'Type of Appointment : Fixed term, one year with the possibility of extension',
      'Organizational Context and Scope',
      'The incumbent supports the health assessment programme of IOM in Erbil.',
      'Responsibilities and Accountabilities',
      '- Schedule the health assessments of migrants.',
      '- Perform such other duties as may be assigned.',
      'Required Competencies',
      'Teamwork; Delivering results.',
    ]);
    assert.equal(data.deadline, '2026-11-02');
    assert.equal(data.contract_end_date, undefined);
    assert.deepEqual(data.duties, ['Schedule the health assessments of migrants.', 'Perform such other duties as may be assigned.']);
  });

  it("reads a Workday headline's cells on the row under the title, and glued labels copied before a tab", () => {
    const data = imported([
      'Supply Associate\t',
      'Bossaso\tFull time\tPosted 2 Days Ago\tJR2604417',
      'Job Description',
      'Hardship Level\tD',
      'Grade\tGS6',
      'Job Posting End Date\tJuly 3, 2026',
      'Standard Job Description',
      'Supply Associate',
      'Duties',
      '- Prepare purchase orders and follow up on deliveries.',
      'Additional Qualifications',
      'Education\tBachelor of Business Administration (BBA): Logistics',
      'Other information\tThis position doesn\u2019t require a functional clearance',
    ]);
    assert.equal(data.job_id, 'JR2604417');
    assert.equal(data.duty_station, 'Bossaso');
    const site = data.careers_site as Record<string, unknown> | undefined;
    assert.deepEqual(site?.education, ['Bachelor of Business Administration (BBA): Logistics']);
  });

  it("reads a UNHCR affiliate posting whose header runs into its Terms of Reference, with Workday's lower-case labels", () => {
    const data = imported([
      'Associate Site Planner',
      'locationsMaicao',
      'job requisition idJR2609001',
      'Deadline for ApplicationsMay 5, 2026Hardship Level (not applicable for home-based)B (moderate hardship)Staff Member / Affiliate TypeUNOPS IICA1Target Start Date2026-06-01Terms of Reference',
      'This position is offered under a UNOPS International ICA contract until 31/12/2026 with possibility of extension.',
      '1. General Background',
      'UNHCR supports the settlements of refugees around Maicao.',
      '2. Purpose and Scope of Assignment',
      '- Draw the site plans of the settlements.',
      '4. Qualifications and Experience',
      'b. Work Experience',
      'Minimum three years of relevant experience in site planning.',
      'c. Key Competencies',
      'Core: Accountability; Communication.',
      'd. Language Skills',
      'Fluency in Spanish is required.',
      'Additional Qualifications',
      'SkillsSP-Site Planning',
    ]);
    assert.equal(data.job_id, 'JR2609001');
    assert.equal(data.duty_station, 'Maicao');
    assert.equal(data.contract_end_date, '2026-12-31');
    const terms = data.terms_of_reference as Record<string, Record<string, unknown>>;
    const qualifications = terms.qualifications_and_experience as Record<string, Record<string, unknown>>;
    assert.equal(qualifications.work_experience.essential, 'Minimum three years of relevant experience in site planning.');
    assert.deepEqual(qualifications.key_competencies.core, ['Accountability', 'Communication']);
    assert.equal(qualifications.language_skills.statement, 'Fluency in Spanish is required.');
  });

  it('reads a number alone in brackets under the title as the job ID, as WHO prints its requisition', () => {
    const data = imported([
      'Technical Officer (Immunization)',
      '( 2604518 )',
      'Grade : NO-C',
      'Closing Date : Apr 2, 2026, 4:59:00 AM',
      'DESCRIPTION OF DUTIES',
      '1. Support the national immunization programme in planning campaigns.',
    ]);
    assert.equal(data.job_id, '2604518');
  });

  it('reads the sponsor of a JPO scheme named as a republic', () => {
    const data = imported([
      'Associate Programme Officer (JPO)',
      'This post is open in the context of the Junior Professional Officer (JPO) scheme sponsored by the Government of the Republic of Korea.',
      'Staff Member / Affiliate Type',
      'JPO',
      'Duties and Responsibilities',
      '1. Support the programme team in monitoring partner agreements.',
    ]);
    assert.equal(data.sponsor, 'Government of the Republic of Korea');
  });

  it("reads whom a JPO post is for, printed under a board's 'Job Description', as eligibility and not as duties", () => {
    const data = imported([
      'Associate Registration Officer (JPO)',
      'Job Description',
      'This post is open in the context of the Junior Professional Officer (JPO) scheme sponsored by the Government of Italy and is addressed exclusively to nationals of Italy.',
      'Staff Member / Affiliate Type',
      'JPO',
      'Duties and Responsibilities',
      '1. Support the registration of new arrivals in the biometric system.',
    ]);
    const terms = data.terms_of_reference as Record<string, unknown>;
    assert.deepEqual(terms.duties, ['Support the registration of new arrivals in the biometric system.']);
    const eligibility = data.eligibility as Record<string, unknown>;
    assert.ok(Array.isArray(eligibility.statement) && String(eligibility.statement[0]).startsWith('This post is open in the context'));
  });

  it("puts a JPO's list of UNHCR competencies on one line into each one's group", () => {
    const data = imported([
      'Associate Protection Officer (JPO)',
      'Staff Member / Affiliate Type',
      'JPO',
      'Duties and Responsibilities',
      '1. Monitor the protection situation in the camps.',
      'Competencies',
      'Accountability, Communication, Analytical Thinking.',
    ]);
    const terms = data.terms_of_reference as Record<string, Record<string, Record<string, unknown>>>;
    assert.deepEqual(terms.qualifications.key_competencies, {
      core: ['Accountability', 'Communication'],
      cross_functional: ['Analytical Thinking'],
    });
  });

  it('reads a no-fee statement that names the fees it does not charge as a closing statement', () => {
    const data = imported([
      'Programme Analyst',
      'Duty Station: Windhoek, Namibia',
      'Duties',
      '- Prepare annual work plans with partners.',
      'UNFPA does not charge any application, processing, training, interviewing, testing or other fee in connection with the application.',
    ]);
    const closing = data.closing_statements;
    assert.ok(Array.isArray(closing) && closing.some((line) => String(line).startsWith('UNFPA does not charge any application')));
  });

  it("keeps a sentence that lists an agency's values as one competency, and still splits a list of names", () => {
    const data = imported([
      'Nutrition Officer',
      'Duty Station: Mzuzu, Malawi',
      'Duties',
      '- Monitor the treatment of acute malnutrition in health centres.',
      'Competencies',
      "UNICEF's core values of Care, Respect, Integrity, Trust and Accountability.",
      'Communication, Teamwork, Delivering results',
    ]);
    assert.deepEqual(data.competencies, [
      "UNICEF's core values of Care, Respect, Integrity, Trust and Accountability.",
      'Communication',
      'Teamwork',
      'Delivering results',
    ]);
  });

  it('reads the end of a period that starts with a month and a year and ends after "to"', () => {
    assert.equal(untilDate('From April 2026 to 31 December 2026 (renewable)'), '2026-12-31');
    assert.equal(untilDate('From April 2026 for one year'), undefined);
  });
});
