import { strict as assert } from 'assert';
import { importFromText } from '../../server/src/engine';
import { shapedLabel } from '../../server/src/engine/import/generic';

// Short texts written for these tests; none is taken from a real page.

describe('import: labels read by their shape (issue 14 §1, common.json labelShapes)', () => {
  it('reads a reference label no list holds as the job id when its value is one code with a digit', () => {
    assert.deepEqual(shapedLabel('Requisition No.', '578123')?.label.concept, 'job_id');
    assert.equal(shapedLabel('\u25aa Workday requisition', 'JR2501177')?.value, 'JR2501177');
    assert.equal(shapedLabel('VN No', 'XX-SS/VN/2025/112')?.label.concept, 'job_id');
    assert.equal(shapedLabel('- \u6c42\u4ebaID', 'RT-2025-0317')?.label.concept, 'job_id');
  });

  it('reads a closing or posting label as the deadline or date posted only when its value is a sure date', () => {
    assert.equal(shapedLabel('\u25aa Closing', '15 April, 2025')?.label.concept, 'deadline');
    assert.equal(shapedLabel('Issue Date', 'Nov 20, 2026')?.label.concept, 'date_posted');
    assert.equal(shapedLabel('Closing', '01/03/2027'), undefined, 'a day/month order that cannot be decided');
    assert.equal(shapedLabel('Closing', 'remarks below'), undefined);
  });

  it('leaves other labels and values alone', () => {
    assert.equal(shapedLabel('Reporting line', 'Head of Unit 2'), undefined);
    assert.equal(shapedLabel('Reference', 'checks will be made for 2 referees'), undefined);
    assert.equal(shapedLabel('Job Posted', 'yesterday'), undefined);
  });

  it('places them in an imported text', () => {
    const text = [
      'Field Logistics Assistant',
      'Organization: Sample Relief Agency',
      'Duty Station: Mombasa, Kenya',
      '\u25aa Workday requisition: JR7700123',
      '\u25aa Closing: 15 April, 2027',
      'Issue Date\tMarch 2, 2027',
      '',
      'Duties',
      '- Track deliveries to the warehouse.',
    ].join('\n');
    const data = importFromText(text).data as Record<string, unknown>;
    assert.equal(data.job_id, 'JR7700123');
    assert.equal(data.deadline, '2027-04-15');
    assert.equal(data.date_posted, '2027-03-02');
  });

  it('reads no working time with its hours as the contract type, so the hire type under it gives the contract', () => {
    assert.equal(shapedLabel('Term', 'Full-time (40 hours per week)'), undefined);
    assert.equal(shapedLabel('Hire Type', 'Fixed Term')?.label.concept, 'contract_type');
    assert.equal(shapedLabel('Position Status', 'Full-time, fixed term')?.label.concept, 'contract_type');
    const imported = importFromText(
      [
        'TERMS OF REFERENCE',
        'Position Title: Field Data Officer',
        'Duty Station: Gulu, Uganda',
        'Term: Full-time (37.5 hours per week)',
        'Hire Type: Fixed Term',
        'Responsibilities',
        '- Collect monthly monitoring data',
      ].join('\n'),
    ).data as Record<string, unknown>;
    assert.equal(imported.contract_type, 'Fixed Term');
  });
});
