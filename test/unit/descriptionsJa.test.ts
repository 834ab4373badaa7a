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

  it('every list of value meanings has its Japanese, one per value', () => {
    const lists: [string, string[], unknown][] = [];
    const walk = (node: unknown, where: string): void => {
      if (Array.isArray(node)) node.forEach((child, i) => walk(child, `${where}/${i}`));
      else if (node && typeof node === 'object') {
        const record = node as Record<string, unknown>;
        if (Array.isArray(record.markdownEnumDescriptions))
          lists.push([where, record.markdownEnumDescriptions as string[], record['x-enum-descriptions-ja']]);
        for (const [key, child] of Object.entries(record)) walk(child, `${where}/${key}`);
      }
    };
    for (const dir of ['', 'vocabularies']) {
      for (const name of readdirSync(join(schemas, dir)).filter((n) => n.endsWith('.json'))) {
        walk(JSON.parse(readFileSync(join(schemas, dir, name), 'utf8')), `${dir}/${name}#`);
      }
    }
    assert.ok(lists.length >= 15, `${lists.length} lists`);
    for (const [where, english, japanese] of lists) {
      assert.ok(Array.isArray(japanese), `${where}: no x-enum-descriptions-ja`);
      assert.equal((japanese as string[]).length, english.length, where);
      for (const text of japanese as string[]) assert.match(text, /[\u3040-\u30ff\u4e00-\u9fff]/, where);
    }
  });

  it('every shown form of a listed value (x-display) has its Japanese, for the same values', () => {
    for (const name of readdirSync(join(schemas, 'vocabularies')).filter((n) => n.endsWith('.json'))) {
      const vocabulary: Record<string, unknown> = JSON.parse(readFileSync(join(schemas, 'vocabularies', name), 'utf8'));
      const english = vocabulary['x-display'];
      if (!english || typeof english !== 'object') continue;
      const japanese = vocabulary['x-display-ja'];
      assert.ok(japanese && typeof japanese === 'object', `${name}: no x-display-ja`);
      assert.deepEqual(Object.keys(japanese).sort(), Object.keys(english).sort(), name);
    }
  });
});
