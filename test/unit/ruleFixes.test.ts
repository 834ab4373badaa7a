import { strict as assert } from 'assert';
import { checkPosting } from '../../server/src/engine';
import { actionsFor } from '../../server/src/engine/authoring/actions';
import { applyEdits } from '../../server/src/engine/text/textEdits';
import { replaceOnce } from '../helpers/edit';
import { readSeed } from '../helpers/seeds';

/** Each reviewer check's `data` is enough for the generic quick-fix service: its first fix clears the problem. */
describe('reviewer checks carry quick-fix data', () => {
  const seed = readSeed();
  const cases: { code: string; title: string; text: string }[] = [
    {
      code: 'unknown-competency',
      title: "Replace with 'Analytical Thinking'",
      text: replaceOnce(seed, '- Analytical Thinking', '- Analytic Thinking'),
    },
    {
      code: 'competency-wrong-group',
      title: "Move 'Leadership' to Managerial competencies",
      text: replaceOnce(seed, '- Stakeholder Management', '- Leadership'),
    },
    {
      code: 'duplicate-competency',
      title: "Remove 'Planning and Organizing'",
      text: replaceOnce(seed, '- Change Capability & Adaptability', '- Planning and Organizing'),
    },
    {
      code: 'missing-core-competency',
      title: "Add 'Communication' to Core competencies",
      text: replaceOnce(seed, '        - Communication\n', ''),
    },
    {
      code: 'last-duty-not-other-duties',
      title: "Add 'Perform other duties as required.' to Duties",
      text: replaceOnce(seed, '      - Perform other duties as required.\n', ''),
    },
    {
      code: 'ica-level-mismatch',
      title: "Replace with 'LICA6'",
      text: replaceOnce(seed, 'terms_of_reference:\n', 'terms_of_reference:\n  ica_level: LICA5\n'),
    },
    {
      code: 'local-eligibility-missing',
      title: "Add 'The position is open to nationals and those who have the legal status to work in Japan.' to Position notes",
      text: replaceOnce(
        replaceOnce(seed, '  - The position is open to nationals and those who have the legal status to work in Japan.\n', ''),
        'The position is only open to nationals or those who already hold a legal status in Japan to\n      engage in employment in Japan.',
        'Applications are reviewed on a rolling basis.',
      ),
    },
  ];

  for (const { code, title, text } of cases) {
    it(`${code}: "${title}" leaves the posting clean`, () => {
      const { problems } = checkPosting(text);
      assert.deepEqual(
        problems.map((p) => p.code),
        [code],
      );
      const fix = actionsFor(text, problems).find((action) => action.title === title);
      assert.ok(fix, `no fix titled ${title}`);
      assert.deepEqual(checkPosting(applyEdits(text, fix.edits)).problems, []);
    });
  }
});
