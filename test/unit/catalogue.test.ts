import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogue, catalogueFiles } from '../../server/src/engine/diagnostics/catalogue';
import { rules } from '../../server/src/engine/rules';

const schemas = join(__dirname, '..', '..', 'schemas');
const severities = ['error', 'warning', 'information', 'hint'];

describe('diagnostic catalogue', () => {
  it('is built from schemas/diagnostics.json and every file in schemas/rules/', () => {
    const files = ['diagnostics.json', ...readdirSync(join(schemas, 'rules')).map((name) => `rules/${name}`)];
    assert.deepEqual(Object.keys(catalogueFiles).sort(), files.sort());
  });

  it('defines each code once, with a severity, a message and help in English', () => {
    const seen = new Map<string, string>();
    for (const file of Object.keys(catalogueFiles)) {
      const entries = JSON.parse(readFileSync(join(schemas, file), 'utf8')) as Record<string, Record<string, unknown>>;
      for (const [code, info] of Object.entries(entries)) {
        if (code.startsWith('$')) continue;
        assert.equal(seen.get(code), undefined, `${code} in ${file} is also in ${seen.get(code)}`);
        seen.set(code, file);
        assert.ok(severities.includes(info.severity as string), `${code}: severity`);
        assert.equal(typeof info.message, 'string', `${code}: message`);
        assert.equal(typeof info.help, 'string', `${code}: help`);
      }
    }
    assert.deepEqual([...catalogue.keys()].sort(), [...seen.keys()].sort());
  });

  it('has every code a rule family may report', () => {
    for (const rule of rules) for (const code of rule.codes) assert.ok(catalogue.has(code), code);
  });
});
