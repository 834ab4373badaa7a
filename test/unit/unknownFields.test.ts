import { strict as assert } from 'assert';
import fieldAliases from '../../schemas/field-aliases.json';
import { checkPosting } from '../../server/src/engine';
import { actionsFor } from '../../server/src/engine/authoring/actions';
import { applyEdits } from '../../server/src/engine/text/textEdits';
import { replaceOnce } from '../helpers/edit';
import { readSeed, seedsDir } from '../helpers/seeds';

/** The problems of a text, and the text after the first quick fix of its only problem. */
function checkAndFix(text: string): { messages: string[]; fixTitle?: string; fixed?: string } {
  const problems = checkPosting(text).problems;
  const [fix] = problems.length === 1 ? actionsFor(text, problems).filter((a) => !a.title.startsWith('Ignore')) : [];
  return { messages: problems.map((p) => p.message), fixTitle: fix?.title, fixed: fix && applyEdits(text, fix.edits) };
}

const jpo = readSeed(`${seedsDir}/mofa-jpo-ocha-bangkok-p2.posting.yaml`);
const supervisorValue = ' Humanitarian Affairs Officer, Regional Office for Asia and the Pacific\n';

/** The JPO seed with its supervisor line taken out of the Terms of Reference and written at the top as `key`. */
function supervisorAtTop(key: string): string {
  return replaceOnce(replaceOnce(jpo, `  supervisor:${supervisorValue}`, ''), 'eligibility:\n', `${key}:${supervisorValue}eligibility:\n`);
}

describe('unknown fields that stand for a template field', () => {
  it('an optional field written one level too high is placed in its section, and moved back by its fix', () => {
    const text = supervisorAtTop('supervisor');
    assert.deepEqual(
      checkPosting(text).problems.map((p) => [p.message, p.data?.moveField]),
      [["Unknown field 'supervisor' in the posting; it belongs in Terms of Reference", ['terms_of_reference', 'supervisor']]],
    );
    const { fixTitle, fixed } = checkAndFix(text);
    assert.equal(fixTitle, 'Move to Terms of Reference');
    assert.equal(fixed, jpo);
  });

  it('a name from another template is renamed to the field it stands for (data: field-aliases.json)', () => {
    const seed = readSeed();
    const { messages, fixTitle, fixed } = checkAndFix(replaceOnce(seed, 'duty_station: Tokyo', 'location: Tokyo'));
    assert.deepEqual(messages, ["Unknown field 'location' in the posting; did you mean 'duty_station'?"]);
    assert.equal(fixTitle, "Rename to 'duty_station'");
    assert.equal(fixed, seed);
  });

  it('a name from another template at the wrong level is moved to its section under its template name', () => {
    const text = supervisorAtTop('reports_to');
    const { messages, fixTitle, fixed } = checkAndFix(text);
    assert.deepEqual(messages, ["Unknown field 'reports_to' in the posting; it belongs in Terms of Reference as 'supervisor'"]);
    assert.equal(fixTitle, "Move to Terms of Reference as 'supervisor'");
    assert.equal(fixed, jpo);
  });

  it('a name that stands for nothing stays a plain unknown field', () => {
    const seed = readSeed();
    assert.deepEqual(checkAndFix(replaceOnce(seed, 'duty_station: Tokyo', 'duty_station: Tokyo\nmood: sunny')).messages, [
      "Unknown field 'mood' in the posting",
    ]);
  });

  it('every alias is written as the comparison reads it, and names one field only', () => {
    const seen = new Map<string, string>();
    for (const [field, aliases] of Object.entries(fieldAliases)) {
      if (!Array.isArray(aliases)) continue;
      for (const alias of aliases) {
        assert.match(alias, /^[a-z][a-z0-9_]*$/, `${field}: '${alias}'`);
        assert.ok(!seen.has(alias), `'${alias}' stands for both ${seen.get(alias)} and ${field}`);
        seen.set(alias, field);
      }
    }
  });
});
