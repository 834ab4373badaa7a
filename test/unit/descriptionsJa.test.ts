import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

const schemas = resolve(__dirname, '../../schemas');

/** Every node of a schema with a description: [where, English, Japanese]. */
function described(
  node: unknown,
  where: string,
  into: [string, string, string | undefined][] = [],
): [string, string, string | undefined][] {
  if (Array.isArray(node)) node.forEach((child, i) => described(child, `${where}/${i}`, into));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    const english = record.markdownDescription ?? record.description;
    if (typeof english === 'string') {
      into.push([where, english, typeof record['x-description-ja'] === 'string' ? record['x-description-ja'] : undefined]);
    }
    for (const [key, child] of Object.entries(record)) described(child, `${where}/${key}`, into);
  }
  return into;
}

const codeSpans = (text: string) => (text.match(/`[^`]+`/g) ?? []).sort();

describe('Japanese field descriptions (x-description-ja, shown by hover in a Japanese editor)', () => {
  const files = readdirSync(schemas).filter((name) => /^profile-.*\.schema\.json$|^posting-defs\.schema\.json$/.test(name));

  for (const file of files) {
    it(`every field of ${file} has one`, () => {
      const missing = described(JSON.parse(readFileSync(join(schemas, file), 'utf8')), '#').filter(([, , japanese]) => !japanese);
      assert.deepEqual(
        missing.map(([where]) => where),
        [],
      );
    });
  }

  for (const file of files) {
    it(`${file}: each is Japanese and names the same fields and values as the English`, () => {
      for (const [where, english, japanese] of described(JSON.parse(readFileSync(join(schemas, file), 'utf8')), '#')) {
        if (!japanese) continue;
        assert.match(japanese, /[\u3040-\u30ff\u4e00-\u9fff]/, where);
        assert.deepEqual(codeSpans(japanese), codeSpans(english), where);
      }
    });
  }
});
