import { strict as assert } from 'assert';
import { vocabularyCodes } from '../../server/src/engine/import/vocabularyCodes';
import { profileById } from '../../server/src/engine/template/profiles';
import { data } from '../helpers/imported';

describe("import: a code written in other words is the vocabulary's code", () => {
  const staff = profileById('unhcr-staff')!;

  it("reads Workday's reason without its group, and a family type with a hyphen, as the codes", () => {
    const fields: Record<string, unknown> = { reason: 'Regular Assignment', family_type: 'Non-family', title: 'Regular Assignment' };
    vocabularyCodes(fields, staff);
    assert.deepEqual(fields, { reason: 'Regular > Regular Assignment', family_type: 'Non Family', title: 'Regular Assignment' });
  });

  it("reads another name the data gives a code (National Officer) as that code, only where the field's vocabulary has it", () => {
    const fields: Record<string, unknown> = { affiliate_type: 'National Officer' };
    vocabularyCodes(fields, staff);
    assert.equal(fields.affiliate_type, 'National Professional Officer');
    const general: Record<string, unknown> = { affiliate_type: 'National Officer' };
    vocabularyCodes(general, profileById('general')!);
    assert.equal(general.affiliate_type, 'National Officer');
  });

  it('leaves a value that reads as no code, or as two, as written', () => {
    const fields: Record<string, unknown> = { reason: 'Temporary', family_type: 'Family duty station' };
    vocabularyCodes(fields, staff);
    assert.deepEqual(fields, { reason: 'Temporary', family_type: 'Family duty station' });
  });

  it('reads list items and nested fields, and never a field the user set', () => {
    const talent = profileById('refugee-talent')!;
    const fields: Record<string, unknown> = { open_to: ['Recognised Refugees', 'anyone'], role: { employment_type: 'Part Time' } };
    vocabularyCodes(fields, talent);
    assert.deepEqual(fields, { open_to: ['recognised refugees', 'anyone'], role: { employment_type: 'part-time' } });
    const set: Record<string, unknown> = { reason: 'Regular Assignment' };
    vocabularyCodes(set, staff, new Set(['reason']));
    assert.equal(set.reason, 'Regular Assignment');
  });

  it('gives an imported vacancy notice the reason code', () => {
    const notice = data(
      [
        'Senior Protection Assistant',
        '',
        'Organization',
        'UNHCR',
        '',
        'Grade',
        'G-5',
        '',
        'Reason',
        'Regular Assignment',
        '',
        'Duties',
        '- Interview.',
      ].join('\n'),
    );
    assert.equal(notice.profile, 'unhcr-staff');
    assert.equal(notice.reason, 'Regular > Regular Assignment');
  });
});
