import { strict as assert } from 'assert';
import { join } from 'path';
import { comparePostings, comparisonText } from '../../server/src/engine/authoring/compare';
import { replaceOnce } from '../helpers/edit';
import { readSeed, seedsDir } from '../helpers/seeds';

// Issue 17 §4: what changed, section by section: duties added, removed or edited; requirements; grade; dates.
describe('comparing two versions of a posting, section by section', () => {
  const iom = readSeed(join(seedsDir, 'iom-programme-assistant-general.posting.yaml'));
  const welgee = readSeed(join(seedsDir, 'welgee-refugee-talent-software-engineer.posting.yaml'));

  it('a removed duty, a raised grade: one change each, with the field’s heading', () => {
    let newer = replaceOnce(iom, '  - Draft letters and reports in English and Thai for review by the supervisor.\n', '');
    newer = replaceOnce(newer, 'grade: G-5', 'grade: G-6');
    const changes = comparePostings(iom, newer);
    assert.deepEqual(
      changes.map(({ path, added, removed, edited, before, after }) => ({ path, added, removed, edited, before, after })),
      [
        { path: 'grade', added: [], removed: [], edited: [], before: 'G-5', after: 'G-6' },
        {
          path: 'duties',
          added: [],
          removed: ['Draft letters and reports in English and Thai for review by the supervisor.'],
          edited: [],
          before: undefined,
          after: undefined,
        },
      ],
    );
    const shown = comparisonText(changes, { before: 'v1', after: 'v2' });
    assert.match(shown, /\n {2}- removed: "Draft letters and reports in English and Thai for review by the supervisor\."/);
  });

  it('requirements: an edited item is paired with the one it rewords, a new one is added', () => {
    let newer = replaceOnce(
      welgee,
      '  - Two years or more of experience in software development, in any country.',
      '  - Three years or more of experience in software development, in any country.',
    );
    newer = replaceOnce(newer, '  - Business-level English.\n', '  - Business-level English.\n  - A driving licence.\n');
    const [requirements, ...rest] = comparePostings(welgee, newer);
    assert.deepEqual(rest, []);
    assert.equal(requirements.path, 'requirements');
    assert.deepEqual(requirements.added, ['A driving licence.']);
    assert.deepEqual(requirements.removed, []);
    assert.deepEqual(requirements.edited, [
      {
        before: 'Two years or more of experience in software development, in any country.',
        after: 'Three years or more of experience in software development, in any country.',
      },
    ]);
  });

  it('the same text, or only comments and notes changed: no changes', () => {
    assert.deepEqual(comparePostings(iom, iom), []);
    assert.deepEqual(comparePostings(iom, `# a comment\n${iom}notes:\n  - Kept from the import.\n`), []);
  });
});
