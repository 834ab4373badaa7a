import { strict as assert } from 'assert';
import { checkPosting } from '../../server/src/engine';
import { actionsFor } from '../../server/src/engine/authoring/actions';
import { localizeProblems } from '../../server/src/engine/diagnostics/problems';
import { applyEdits } from '../../server/src/engine/text/textEdits';
import { deleteField, replaceOnce } from '../helpers/edit';
import { readSeed, seedsDir } from '../helpers/seeds';
import { join } from 'path';

const seed = readSeed();
const without = (paths: string[][]) => paths.reduce((text, path) => deleteField(text, path), seed);
const codes = (text: string) => checkPosting(text).problems.map((problem) => problem.code);

describe('missing sections: one problem when more than three are missing', () => {
  it('three missing sections stay three problems, each with its own fix', () => {
    const text = without([['hardship_level'], ['family_type'], ['terms_of_reference', 'background']]);
    assert.deepEqual(codes(text), ['missing-section', 'missing-section', 'missing-section']);
  });

  const five = [
    ['hardship_level'],
    ['family_type'],
    ['target_start_date'],
    ['terms_of_reference', 'background'],
    ['terms_of_reference', 'monitoring_and_progress_controls'],
  ];

  it('five missing sections are one error that lists them by their headings, in English and Japanese', () => {
    const problems = checkPosting(without(five)).problems;
    assert.deepEqual(
      problems.map((problem) => problem.code),
      ['missing-sections'],
    );
    const [problem] = problems;
    assert.equal(problem.severity, 'error');
    assert.equal(
      problem.message,
      '5 required sections are missing: Hardship Level, Family Type, Target Start Date, Background, Monitoring and Progress Controls',
    );
    const [japanese] = localizeProblems(problems, 'ja');
    assert.match(japanese.message, /^必須セクションが5個ありません: /);
    assert.equal(japanese.message.split('、').length, 5);
    assert.deepEqual(problem.range.start, { line: 0, character: 0 }, 'at the first missing section’s place: the top of the posting');
  });

  it('its one fix inserts every section where the template places it, and keeps the comments', () => {
    const text = replaceOnce(without(five), 'duty_station: Tokyo', 'duty_station: Tokyo # the office, not the city');
    const [problem] = checkPosting(text).problems;
    const fixes = actionsFor(text, [problem], { today: '2026-01-15' }).filter((action) => action.title.startsWith('Insert'));
    assert.equal(fixes.length, 1, JSON.stringify(fixes.map((fix) => fix.title)));
    assert.equal(
      fixes[0].title,
      'Insert 5 sections: Hardship Level, Family Type, Target Start Date, Background, Monitoring and Progress Controls',
    );
    assert.equal(fixes[0].edits.length, 1, 'one minimal edit');
    const fixed = applyEdits(text, fixes[0].edits);
    assert.ok(fixed.includes('duty_station: Tokyo # the office, not the city'));
    assert.ok(fixed.startsWith('# posting'), 'the modeline stays first');
    const after = codes(fixed);
    assert.ok(!after.includes('missing-sections') && !after.includes('missing-section'), after.join(', '));
    for (const key of ['hardship_level:', 'family_type:', 'target_start_date:', '  background:', '  monitoring_and_progress_controls:'])
      assert.ok(fixed.includes(key), key);
  });
});

describe('an inserted section follows what the posting already says (issue 14 §4, s18/s19)', () => {
  const staff = readSeed(join(seedsDir, 'unhcr-japan-associate-protection-officer-p2.posting.yaml'));

  /** The posting at `grade`, without its staff category, after the fix that inserts the missing section. */
  function filled(grade: string): string {
    const text = deleteField(replaceOnce(staff, 'grade: PR2', `grade: ${grade}`), ['affiliate_type']);
    const problems = checkPosting(text).problems.filter((problem) => problem.code === 'missing-section');
    const fix = actionsFor(text, problems).find((action) => action.edits?.length && !/^Ignore|^Disable/i.test(action.title));
    assert.ok(fix?.edits, grade);
    return applyEdits(text, fix.edits);
  }

  it('writes the staff category the grade implies, not the first of the list', () => {
    assert.match(filled('G-6'), /^affiliate_type: General Service$/m);
    assert.match(filled('GS4'), /^affiliate_type: General Service$/m);
    assert.match(filled('NOB'), /^affiliate_type: National Professional Officer$/m);
    assert.match(filled('P-3'), /^affiliate_type: Professional$/m);
  });

  it('asks no international eligibility of a General Service post the fix completed', () => {
    assert.ok(!codes(filled('G-6')).includes('international-eligibility-missing'));
  });
});
