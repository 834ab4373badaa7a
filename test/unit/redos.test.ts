import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';

// recheck's pure JavaScript backend: no Java, no native binary, no network (set before the module is loaded).
process.env.RECHECK_BACKEND = 'pure';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the backend is chosen above
const { check } = require('recheck') as typeof import('recheck');

const schemas = join(__dirname, '../../schemas');

/** Every regular expression the data holds: the values of fields named for patterns, wherever they sit. */
const patternField = /pattern|regex|^notAfter$|^mentions$/i;

function patternsIn(value: unknown, path: string, found: { where: string; source: string }[], inPatternField = false): void {
  if (typeof value === 'string') {
    if (inPatternField) found.push({ where: path, source: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => patternsIn(item, `${path}[${index}]`, found, inPatternField));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      // A JSON Schema's `patternProperties` holds patterns as its keys; its values are schemas.
      if (key === 'patternProperties' && inner && typeof inner === 'object') {
        for (const source of Object.keys(inner)) found.push({ where: `${path}.patternProperties`, source });
        patternsIn(inner, `${path}.${key}`, found);
        continue;
      }
      patternsIn(inner, `${path}.${key}`, found, patternField.test(key) && !key.startsWith('$'));
    }
  }
}

function jsonFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    return statSync(path).isDirectory() ? jsonFiles(path) : name.endsWith('.json') ? [path] : [];
  });
}

/** The flags the engine compiles data patterns with: case-insensitive, Unicode where the pattern needs it. */
const flagsFor = (source: string) => (/\\[pP]\{|\\u\{|[\uD800-\uDFFF]/.test(source) ? 'iu' : 'i');

/**
 * Opt-in (POSTING_RECHECK=1): recheck's pure-JavaScript fuzzer takes minutes over the ~90 patterns, and in its first
 * run (issue 15) it called 7 of them polynomial (degree 2 to 4, through bounded repeats like `[^.!?\n]{0,100}` after
 * `\s*`) and could not decide 14 within 20 s each. Those are the next patterns to rewrite; until then this is a tool
 * run by hand, not part of `npm test`, which the source patterns' lint (eslint-plugin-regexp) guards instead.
 */
const optIn = process.env.POSTING_RECHECK ? describe : describe.skip;

optIn('every regular expression in schemas/ is safe from catastrophic backtracking (recheck; POSTING_RECHECK=1)', function () {
  this.timeout(1_800_000);
  const found: { where: string; source: string }[] = [];
  for (const file of jsonFiles(schemas)) {
    patternsIn(JSON.parse(readFileSync(file, 'utf8')), relative(schemas, file), found);
  }

  it('finds the patterns (placeholders, inclusion, requirements, eligibility, gender-coded statements, the schemas)', () => {
    assert.ok(found.length >= 80, `only ${found.length} patterns found`);
    for (const file of ['wording/placeholders.json', 'wording/inclusion.json', 'wording/gender-coded.json']) {
      assert.ok(
        found.some(({ where }) => where.startsWith(file)),
        `no pattern found in ${file}`,
      );
    }
    for (const { where, source } of found) assert.doesNotThrow(() => new RegExp(source, flagsFor(source)), where);
  });

  it('recheck calls each one safe: linear or at worst polynomial of a low degree, never exponential', async () => {
    const unsafe: string[] = [];
    for (const { where, source } of found) {
      const result = await check(source, flagsFor(source), { timeout: 20_000 });
      if (result.status !== 'safe') {
        const detail =
          result.status === 'vulnerable'
            ? `${result.complexity.type}${result.complexity.type === 'polynomial' ? ` degree ${result.complexity.degree}` : ''}, attack ${JSON.stringify(result.attack.pattern)}`
            : `unknown: ${result.error.kind}`;
        unsafe.push(`${where}: /${source}/ — ${detail}`);
      }
    }
    assert.deepEqual(unsafe, []);
  });
});
