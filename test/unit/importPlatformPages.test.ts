import { strict as assert } from 'assert';
import { importFromText } from '../../server/src/engine';

// Issue 14: the pages of volunteer and contractor platforms, read by the labels and headings they share.
describe('import: volunteer and contractor platform pages (issue 14)', () => {
  describe("the UN Volunteers platform's assignment page: labels over their values, headings of its own", () => {
    const text = [
      'National UN Volunteer Specialist',
      'Water Point Monitoring Specialist',
      'UNICEF | Lusaka, Zambia',
      '',
      'Assignment details',
      'Assignment title',
      'Water Point Monitoring Specialist',
      'Host entity',
      'UNICEF',
      'Volunteer category',
      'National UN Volunteer Specialist',
      'Duration',
      '9 months',
      'Duty station',
      'Lusaka, Zambia',
      '',
      'Task description',
      'Under the supervision of the WASH Officer, the UN Volunteer will:',
      '\u2022 Collect functionality data for water points in six districts;',
      '\u2022 Train district staff on the mobile monitoring tool.',
      '',
      'Competencies and values',
      'Accountability; Integrity; Working in teams',
      '',
      'Living conditions and remarks',
      'Lusaka is a family duty station with adequate housing.',
      '',
      'Languages',
      'English, Level: Fluent, Required',
      'Required education level',
      'Bachelor degree or equivalent in civil engineering or statistics',
      '',
      'Conditions of service',
      'UN Volunteers receive a Volunteer Living Allowance (VLA) of ZMW 14,600 per month, health insurance and annual leave.',
    ].join('\n');
    const data = importFromText(text).data as Record<string, unknown>;

    it('reads the host entity as the organisation and the volunteer category as the kind of hire', () => {
      assert.equal(data.organization, 'UNICEF');
      assert.equal(data.grade, 'National UN Volunteer Specialist');
      assert.equal(data.affiliate_type, 'UNV National');
    });

    it('reads the task description as the duties and the required education level as the education', () => {
      assert.ok(String(data.duties).includes('Train district staff on the mobile monitoring tool'), String(data.duties));
      assert.equal(data.education, 'Bachelor degree or equivalent in civil engineering or statistics');
      assert.equal(data.languages, 'English, Level: Fluent, Required');
      assert.ok(!String(data.competencies).includes('Lusaka'), String(data.competencies));
    });

    it('reads the volunteer living allowance as the pay, by the month', () => {
      assert.deepEqual(data.salary, { currency: 'ZMW', amount: 14600, per: 'month' });
    });
  });
  it("reads the pay a UNOPS contractor's terms of reference state on the careers page", () => {
    const text = [
      'Apply',
      '',
      'Finance Associate (UNOPS LICA6)',
      '',
      'locations',
      'Kathmandu',
      'job requisition id',
      'JR2609981',
      '',
      'Grade',
      'LICA6',
      'Staff Member / Affiliate Type',
      'UNOPS LICA6',
      '',
      'Terms of Reference',
      '',
      '1. General Background',
      'The project supports refugee registration and documentation.',
      '',
      '3. Qualifications and Experience',
      'a. Education',
      "Bachelor's degree in accounting or finance.",
      'b. Work Experience',
      'Minimum 2 years of relevant work experience in accounting.',
      '',
      'Indicative monthly remuneration: NPR 168,400.',
      '',
      'Skills',
      'Accounting, Microsoft Excel',
      'Education',
      "Bachelor's Degree",
      'Languages',
      'English, Nepali',
      '',
      'Other information',
      'This position is open to Nepali nationals.',
      '',
      'Home-BasedNo',
      '',
      'Apply',
    ].join('\n');
    const result = importFromText(text);
    assert.equal(result.layout, 'careers-site');
    const data = result.data as Record<string, unknown>;
    assert.deepEqual(data.salary, { currency: 'NPR', amount: 168400, per: 'month' });
  });
  it('reads a pay written with the US dollar symbol after the amount ("78,510 US $") as US dollars', () => {
    const text = [
      'Post Title: Programme Specialist (Education)',
      'Grade: P-3',
      'Duty Station: Dakar',
      '',
      'Benefits and entitlements',
      'The approximate annual starting salary for this post is 81,240 US $.',
    ].join('\n');
    const data = importFromText(text).data as Record<string, unknown>;
    assert.deepEqual(data.salary, { currency: 'USD', amount: 81240, per: 'year' });
  });
  it('reads a Workday headline whose bracket names the grade with its agency ("(UNOPS LICA6)") as the title before it', () => {
    const text = [
      'Apply',
      '',
      'Finance Associate (UNOPS LICA6)',
      '',
      'locations',
      'Kathmandu',
      'job requisition id',
      'JR2609981',
      '',
      'Hardship Level',
      'A',
      'Staff Member / Affiliate Type',
      'UNOPS LICA6',
      '',
      'Terms of Reference',
      '',
      '1. General Background of Project/Assignment:',
      'The project supports refugee registration and documentation.',
    ].join('\n');
    const data = importFromText(text).data as Record<string, unknown>;
    assert.equal(data.title, 'Finance Associate');
  });
});
