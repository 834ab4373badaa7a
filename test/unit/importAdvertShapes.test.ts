import { strict as assert } from 'assert';
import { importFromText } from '../../server/src/engine';
import { lengthOfTime } from '../../server/src/engine/import/prose';

// Short texts written for these tests in the shapes of social-media adverts and applicant-tracking pages; none is
// taken from a real page.

const imported = (lines: readonly string[]) => importFromText(lines.join('\n'));
const text = (value: unknown) => (Array.isArray(value) ? value.join('\n') : String(value ?? ''));

describe('import: social-media adverts and applicant-tracking pages (issue 14 §1)', () => {
  describe('a social-media advert', () => {
    const post = imported([
      'Lake Kivu Health Trust',
      '3 hrs ago \u00b7 \u{1F30D}',
      '',
      'Hello friends! Lake Kivu Health Trust is looking for a hardworking PHARMACY ASSISTANT to join our clinic team \u{1F48A}',
      '',
      '\u{1F4CD} Based in Gisenyi (Rubavu District) with visits to two health posts',
      '\u23f3 12 month contract (renewable)',
      '',
      'Your main tasks:',
      '\u2705 Keep the stock cards of the pharmacy up to date',
      '\u2705 Dispense medicines on the doctor\u2019s prescription',
      '',
      'What we need:',
      '\u{1F449} Able to work on Saturdays',
      '',
      'HOW TO APPLY \u{1F4DD}',
      'Send your CV to jobs@lkht.example.org.',
      '',
      '\u{1F44D}\u2764 52      14 comments   9 shares',
      'Like     Comment     Share',
    ]);

    it('takes the page that posted it, above the line of when and to whom, for the organisation', () => {
      assert.equal(post.data.organization, 'Lake Kivu Health Trust');
      assert.ok(post.notes.includes('Lake Kivu Health Trust'));
    });

    it('reads the title from "is looking for a hardworking … to join", a role in capitals', () => {
      assert.equal(post.data.title, 'PHARMACY ASSISTANT');
    });

    it('reads the place after "Based in", and a length written before its noun as a length of time', () => {
      assert.equal(post.data.duty_station, 'Gisenyi');
      assert.equal(post.data.duration, '12 months');
    });

    it('reads headings with an emoji after them, and list items without their emoji bullets', () => {
      assert.deepEqual(post.data.duties, [
        'Keep the stock cards of the pharmacy up to date',
        'Dispense medicines on the doctor\u2019s prescription',
      ]);
      assert.deepEqual(post.data.qualifications, ['Able to work on Saturdays']);
      assert.equal(post.data.how_to_apply, 'Send your CV to jobs@lkht.example.org.');
    });

    it('keeps the reactions and their counts under notes, not in how to apply', () => {
      assert.ok(!text(post.data.how_to_apply).includes('comments'));
      assert.ok(post.notes.some((note) => note.includes('14 comments')));
    });

    it('takes no organisation from a line above something that is no time stamp', () => {
      const advert = imported(['Pharmacy Assistant', 'Kigali', '', 'Duties', '- Keep the stock cards.']);
      assert.equal(advert.data.organization, undefined);
    });
  });

  describe('the remarks an application paragraph ends with', () => {
    it('reads an encouragement to women or persons with disabilities to apply as a closing statement', () => {
      const { data } = imported([
        'Protection Officer',
        '',
        'Duties',
        '- Visit the sites.',
        '',
        'How to apply',
        'Send your CV to hr@example.org. Only shortlisted candidates will be contacted. Female candidates are strongly encouraged to apply.',
      ]);
      assert.equal(data.how_to_apply, 'Send your CV to hr@example.org.');
      assert.deepEqual(data.closing_statements, [
        'Only shortlisted candidates will be contacted.',
        'Female candidates are strongly encouraged to apply.',
      ]);
    });
  });

  describe("the organisation's name in its equal-opportunity statement", () => {
    it('is read from the sentence that says so, not from the one before it on the line', () => {
      const { data } = imported([
        'Coordinator',
        '',
        'Requirements',
        '- Degree in business.',
        '',
        'Applications close on 28 February 2027. Acme Youth Trust is an equal opportunity employer.',
      ]);
      assert.equal(data.organization, 'Acme Youth Trust');
    });
  });

  describe("a national post's country, from whom it is open to", () => {
    const country = (sentence: string, title = 'Field Officer') =>
      imported([title, 'Location: Kisumu', '', 'Duties', '- Visit the groups.', '', sentence]).data.country;

    it('is the country of the nationals or citizens named', () => {
      assert.equal(country('This position is open to Kenyan nationals only.'), 'Kenya');
      assert.equal(country('Only Ugandan citizens may apply.'), 'Uganda');
      assert.equal(country('Fijian citizens only.'), 'Fiji');
    });

    it("is not read from a JPO's eligibility, whose sponsor's nationals apply", () => {
      const jpo = imported([
        'Junior Professional Officer (JPO) in Water and Sanitation',
        'Duty station: Kisumu',
        '',
        'Eligibility',
        'Only Finnish nationals may apply.',
      ]);
      assert.equal(jpo.data.profile, 'jpo');
      assert.notEqual(jpo.data.country, 'Finland');
    });
  });

  describe('a length of time written before its noun', () => {
    it('is the length in the plural, one of one unit as written', () => {
      assert.equal(lengthOfTime('12 month'), '12 months');
      assert.equal(lengthOfTime('six-month'), 'six months');
      assert.equal(lengthOfTime('one year'), 'one year');
      assert.equal(lengthOfTime('45 working days'), '45 working days');
    });
  });

  describe("an applicant-tracking page's title and form", () => {
    const page = imported([
      'Kaluma Learning logo',
      '\u2190 Back to jobs',
      '',
      'Director \u2013 Teacher Training & Curriculum',
      'Lusaka, Zambia (Hybrid)',
      '',
      'The role',
      'We are looking for a Training Director to lead our teacher training.',
      '',
      'Our hiring process',
      '1. A call with our People team',
      '2. A panel interview',
      '',
      'Requirements',
      '- A degree in education.',
      '',
      'Applications close on 30 June 2027.',
      '',
      'Apply for this role',
      'Fields marked with an asterisk (*) are required.',
      'First Name *',
      'Email *',
      'Submit application',
    ]);

    it('takes a role alone before a dash and its topic for the title, over a sentence that names the post', () => {
      assert.equal(page.data.title, 'Director \u2013 Teacher Training & Curriculum');
    });

    it('keeps the application form, from its note on required fields, under notes', () => {
      assert.equal(text(page.data.assessment), 'A call with our People team\nA panel interview');
      assert.ok(page.notes.includes('Fields marked with an asterisk (*) are required.'));
      assert.ok(page.notes.includes('First Name *'));
    });

    it('reads "Applications close on …" after the last list as how to apply, not a requirement', () => {
      assert.equal(page.data.how_to_apply, 'Applications close on 30 June 2027.');
      assert.ok(!text(page.data.qualifications).includes('Applications close'));
    });
  });

  describe('an advert that cries its news and asks for CVs with an envelope', () => {
    const post = imported([
      'Bright Futures Kenya',
      '2 days ago',
      '',
      "\u{1F30D} We're hiring!",
      '',
      'Bright Futures Kenya is looking for a Monitoring and Evaluation Officer to join our team in Nairobi.',
      '',
      "What you'll do:",
      '\u2713 Design data collection tools for our education programmes.',
      '\u2713 Write quarterly learning reports.',
      '',
      "What we're looking for:",
      '\u25e6 A degree in statistics or a related field.',
      '\u25e6 Three years of experience in M&E.',
      '',
      '\u{1F4E9} Send your CV to careers@brightfutures.example by 30 April 2026.',
    ]);

    it('reads no place from the cry, and the place of the team the post joins', () => {
      assert.equal(post.data.duty_station, 'Nairobi');
      assert.ok(post.notes.includes("\u{1F30D} We're hiring!"));
    });

    it('reads the line after the envelope as how to apply, not a requirement', () => {
      assert.equal(post.data.how_to_apply, '\u{1F4E9} Send your CV to careers@brightfutures.example by 30 April 2026.');
      assert.ok(!text(post.data.qualifications).includes('Send your CV'));
      assert.equal(post.data.experience, 'Three years of experience in M&E.');
    });

    it('keeps a pin before a cry under notes, and reads a place after a pin still', () => {
      const cry = imported(['Driver', '', '\u{1F4CD} Join our team!', '', 'Duties', '- Drive.']);
      assert.equal(cry.data.duty_station, undefined);
      const pin = imported(['Driver', '', '\u{1F4CD} Mbale, Uganda', '', 'Duties', '- Drive.']);
      assert.equal(pin.data.duty_station, 'Mbale');
    });
  });

  describe('an advert that invites to the post by its title and asks for CVs by e-mail above a remark', () => {
    const post = imported([
      'Hope for Children Uganda',
      '1d \u00b7 \u{1F310}',
      '',
      '\u{1F4E2} WE ARE HIRING! \u{1F4E2}',
      '',
      'Join our team in Gulu as a Community Health Officer! \u{1F64C}',
      '',
      'Responsibilities:',
      '\u27a1\ufe0f Run village health sessions',
      '',
      'Requirements:',
      '\u2714\ufe0f Diploma in Public Health',
      '\u2714\ufe0f 2 years of experience in community health',
      '',
      '\u{1F4E7} Send your CV and cover letter to jobs@hopeforchildren.example',
      'Only shortlisted candidates will be contacted.',
    ]);

    it('reads the title the invitation names, not the page that posted', () => {
      assert.equal(post.data.title, 'Community Health Officer');
      assert.equal(post.data.duty_station, 'Gulu');
    });

    it('ends the instruction at its e-mail address, the remark under it a closing statement', () => {
      assert.equal(post.data.how_to_apply, '\u{1F4E7} Send your CV and cover letter to jobs@hopeforchildren.example');
      assert.deepEqual(post.data.closing_statements, ['Only shortlisted candidates will be contacted.']);
    });
  });

  describe("a recruiter's post that names the post and its place in its headline", () => {
    const post = imported([
      'Amina Yusuf',
      'Talent Acquisition Lead at Sahel Water Partners',
      '2w \u2022 Edited \u2022 \u{1F310}',
      '',
      "We're hiring a WASH Engineer in Niamey, Niger! \u{1F4A7}",
      '',
      'Sahel Water Partners is looking for a WASH Engineer to lead borehole works.',
      '',
      '\u2705 What you bring',
      '\u25aa Degree in civil or water engineering',
      '\u25aa 4+ years of experience in WASH infrastructure',
      '',
      '\u{1F4C5} Apply by 20 May 2026',
      '\u{1F517} Apply here: https://careers.sahelwater.example/jobs/wash-engineer-niamey',
    ]);

    it('reads the place the headline names', () => {
      assert.equal(post.data.duty_station, 'Niamey');
      assert.equal(post.data.country, 'Niger');
    });

    it('reads the lines that open with an emoji and Apply as how to apply, and the link as the url', () => {
      assert.equal(
        post.data.how_to_apply,
        '\u{1F4C5} Apply by 20 May 2026\n\u{1F517} Apply here: https://careers.sahelwater.example/jobs/wash-engineer-niamey',
      );
      assert.equal(post.data.url, 'https://careers.sahelwater.example/jobs/wash-engineer-niamey');
      assert.equal(post.data.deadline, '2026-05-20');
      assert.ok(!text(post.data.qualifications).includes('Apply'));
    });
  });
});
