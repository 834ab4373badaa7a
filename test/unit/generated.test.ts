import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { generatedFiles, root } from '../../scripts/generate-schemas';

describe('files generated from the profile table and the schemas', () => {
  it('are up to date (a new profile is profiles.json, its schema and a seed, then `npm run generate`)', async () => {
    for (const [path, content] of Object.entries(await generatedFiles())) {
      assert.equal(readFileSync(join(root, path), 'utf8'), content, `${path} is out of date: run npm run generate`);
    }
  });

  it('the schema list follows $ref from posting.schema.json: every profile schema, and no data file that is not a schema', async () => {
    const list = (await generatedFiles())['server/src/engine/template/schemaFileData.ts'];
    for (const file of ['profile-general.schema.json', 'profile-jpo.schema.json', 'posting-defs.schema.json', 'vocabularies/grades.json'])
      assert.ok(list.includes(`schemas/${file}'`), file);
    assert.ok(!list.includes('country-names.json'));
  });
});
