import { strict as assert } from 'assert';
import { schemaFiles } from '../../server/src/engine/template/schemaStore';
import { checkPosting } from '../../server/src/engine';
import { readSeed } from '../helpers/seeds';

/** Every value of a keyword anywhere in a JSON document, with where it stands. */
function keywordValues(value: unknown, keyword: string, at = ''): { at: string; value: unknown }[] {
  if (!value || typeof value !== 'object') return [];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, child]) => [
    ...(key === keyword ? [{ at: `${at}/${key}`, value: child }] : []),
    ...keywordValues(child, keyword, `${at}/${key}`),
  ]);
}

describe('the posting schemas', () => {
  it('limit string length only to "not empty" (minLength: 1), where UTF-16 and code-point lengths agree', () => {
    // validate.ts counts length in UTF-16 units (ajv's unicode: false) for speed; a real length limit would need code points.
    for (const [file, schema] of Object.entries(schemaFiles)) {
      assert.deepEqual(keywordValues(schema, 'maxLength'), [], `${file} has a maxLength`);
      for (const { at, value } of keywordValues(schema, 'minLength')) assert.equal(value, 1, `${file}${at}`);
    }
  });

  it('take a value of emoji and other astral characters as not empty', () => {
    const seed = readSeed();
    const withEmoji = seed.replace(/^title: .*$/m, 'title: "🌏"');
    assert.notEqual(withEmoji, seed);
    assert.deepEqual(
      checkPosting(withEmoji).problems.map((p) => p.code),
      [],
    );
    assert.deepEqual(
      checkPosting(seed.replace(/^title: .*$/m, 'title: ""')).problems.map((p) => p.code),
      ['empty-value'],
    );
  });
});
