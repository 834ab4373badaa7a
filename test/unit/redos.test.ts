import { strict as assert } from 'assert';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import { join, relative } from 'path';

// recheck's native binary where npm installed one for this platform (recheck-linux-x64, …), else its pure-JavaScript
// build in a worker thread: no Java, no network. Chosen before the module is loaded.
process.env.RECHECK_BACKEND ??= 'auto';
// eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded after the backend is chosen above
const { check } = require('recheck') as typeof import('recheck');
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the version the proofs below were made with
const recheckVersion = (require('recheck/package.json') as { version: string }).version;

const schemas = join(__dirname, '../../schemas');

/** Every regular expression the data holds: the values of fields named for patterns, wherever they sit. */
// Keys whose strings are patterns although their names do not say so: the importer's inference and prose readers,
// layout signals, the requirement word lists, the organisation and contract matchers of statements and profiles.
const patternField =
  /pattern|regex|^notAfter$|^mentions$|^(?:inference|prose|requires|years|salaryUnits|officeUnit|regionWords|sentence|signals|ageLimit|nativeSpeaker|degrees|organizations|affiliateTypes|when|consultancy|subject)$/i;

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
 * Patterns the engine compiles case-sensitively, by where they are: proved with the flags the engine uses (under the i
 * flag, `[A-Z][a-z&]*[A-Z]` of the gender-coded statements' subject would be ambiguous, and quadratic; it never runs so).
 */
const caseSensitive = [/^wording\/gender-coded\.json\.statements\.(?:subject|patterns\[\d+\])$/];
const engineFlags = (where: string, source: string) => (caseSensitive.some((at) => at.test(where)) ? '' : flagsFor(source));

/**
 * Proofs already made: recheck's automaton checker takes from milliseconds to a minute per pattern (its pure-JavaScript
 * build ten times longer), so each proof is kept in redos.proofs.json under the exact flags and source it proved, with
 * the recheck version. A new or changed pattern has no entry and is proved here, in `npm test`; an entry whose pattern
 * is gone fails the test until it is removed. `POSTING_RECHECK=all` proves every pattern again and ignores the file;
 * `POSTING_RECHECK=update` also rewrites it; `POSTING_RECHECK=add` proves only the patterns without a proof and rewrites
 * the file with them (and without the proofs of patterns that are gone).
 */
const proofsFile = join(__dirname, 'redos.proofs.json');
interface Proofs {
  recheck: string;
  /** `flags source` → the complexity recheck's automaton checker proved: constant, linear, or safe (no super-linear ambiguity). */
  proofs: Record<string, string>;
}
const mode = process.env.POSTING_RECHECK ?? '';
const kept: Proofs =
  mode === 'all' || mode === 'update' ? { recheck: recheckVersion, proofs: {} } : (JSON.parse(readFileSync(proofsFile, 'utf8')) as Proofs);

/**
 * Patterns recheck cannot decide within its time limit, by where they are in schemas/. Each says why it is linear all
 * the same, and gives hostile inputs of 200,000 characters built from its own pieces: the test below runs the pattern
 * (with the flags the engine compiles it with) over each, which would not finish if the pattern were quadratic (the
 * subject of the gender-coded statements was: 20,000 capitals took 2.8 s, so 200,000 would take minutes). Keep this
 * list short: a rewrite that recheck can prove is better.
 */
const attackLength = 200_000;
const repeated = (piece: string, prefix = '', suffix = '!') => prefix + piece.repeat(Math.ceil(attackLength / piece.length)) + suffix;
const undecidable: Record<string, { flags: string; why: string; attacks: string[] }> = {
  // bracketed-guidance and bracketed-field: an opening bracket, `\s*`, then one of many keywords (several with `\s+`
  // inside), a bounded gap ({0,160}, {0,80}) and a closing bracket. Every repeat between literals is bounded or a run
  // of one class followed by a disjoint one, so each start costs a constant. recheck (4.5.0, automaton checker) times
  // out in 60 s even on the bracket and keywords alone (the gap split off as a thenPattern; for bracketed-guidance,
  // half of its keywords too): the product of `\s*`/`\s+` with the case-folded keyword alternation, not the gap, is what it cannot decide.
  // The gaps' continuations alone are proved (a thenPattern split would work once the heads are).
  ...Object.fromEntries(
    [2, 3].map((index) => [
      `wording/placeholders.json.patterns[${index}].pattern`,
      {
        flags: 'gi',
        why: 'literal or bracket start, bounded repeats',
        attacks: [
          repeated('write '),
          repeated('. write '),
          repeated(' ', '('),
          repeated('( '),
          repeated('[please '),
          repeated('write h'),
          repeated('[insert '),
          repeated('check '),
          repeated('ここに'),
          repeated('（記入'),
          repeated('〇'),
          repeated('×'),
          repeated('description of '),
          repeated('lorem ipsum '),
        ],
      },
    ]),
  ),
};

describe('every regular expression in schemas/ is proved free of catastrophic backtracking (recheck)', function () {
  this.timeout(1_800_000);
  const found: { where: string; source: string }[] = [];
  for (const file of jsonFiles(schemas)) {
    patternsIn(JSON.parse(readFileSync(file, 'utf8')), relative(schemas, file), found);
  }
  const keyOf = (where: string, source: string) => `${engineFlags(where, source)} ${source}`;

  it('finds the patterns (placeholders, inclusion, requirements, eligibility, gender-coded statements, the schemas)', () => {
    assert.ok(found.length >= 80, `only ${found.length} patterns found`);
    for (const file of ['wording/placeholders.json', 'wording/inclusion.json', 'wording/gender-coded.json']) {
      assert.ok(
        found.some(({ where }) => where.startsWith(file)),
        `no pattern found in ${file}`,
      );
    }
    for (const { where, source } of found) assert.doesNotThrow(() => new RegExp(source, engineFlags(where, source)), where);
  });

  it('recheck runs here and tells the two apart: /^(a+)+$/ is exponential, /^a+$/ is linear', async () => {
    const bad = await check('^(a+)+$', '', { checker: 'automaton', timeout: 60_000 });
    assert.equal(bad.status === 'vulnerable' && bad.complexity.type, 'exponential');
    const good = await check('^a+$', '', { checker: 'automaton', timeout: 60_000 });
    assert.equal(good.status, 'safe');
  });

  it('the kept proofs are of this recheck version and every one is of a pattern still in schemas/', () => {
    assert.equal(kept.recheck, recheckVersion, 'recheck was updated: prove again with POSTING_RECHECK=update');
    const keys = new Set(found.map(({ where, source }) => keyOf(where, source)));
    if (mode === 'add') for (const key of Object.keys(kept.proofs)) if (!keys.has(key)) delete kept.proofs[key];
    assert.deepEqual(
      Object.keys(kept.proofs).filter((key) => !keys.has(key)),
      [],
      'proofs of patterns no longer in schemas/ (remove them, or run POSTING_RECHECK=update)',
    );
    for (const where of Object.keys(undecidable))
      assert.ok(
        found.some((f) => f.where === where),
        `allow-listed pattern no longer in schemas/: ${where}`,
      );
  });

  it("recheck's automaton checker proves each one linear (new or changed patterns are proved now)", async () => {
    const unproved: string[] = [];
    const proved: Record<string, string> = { ...kept.proofs };
    for (const { where, source } of found) {
      const key = keyOf(where, source);
      if (undecidable[where] || proved[key]) continue;
      const result = await check(source, engineFlags(where, source), { checker: 'automaton', timeout: 60_000 });
      if (result.status === 'safe') {
        proved[key] = result.complexity.type;
        continue;
      }
      const detail =
        result.status === 'vulnerable'
          ? `${result.complexity.type}${result.complexity.type === 'polynomial' ? ` degree ${result.complexity.degree}` : ''}, attack ${JSON.stringify(result.attack.pattern)}`
          : `not decided: ${result.error.kind}`;
      unproved.push(`${where}: /${source}/ — ${detail}`);
    }
    if (mode === 'update' || mode === 'add') {
      const sorted = Object.fromEntries(Object.entries(proved).sort(([a], [b]) => a.localeCompare(b)));
      writeFileSync(proofsFile, JSON.stringify({ recheck: recheckVersion, proofs: sorted }, null, 2) + '\n');
    }
    assert.deepEqual(unproved, []);
  });

  for (const [where, { flags, attacks }] of Object.entries(undecidable)) {
    it(`${where} (recheck undecided, allow-listed): runs over ${attacks.length} hostile inputs of ${attackLength.toLocaleString('en')} characters`, function () {
      this.timeout(20_000);
      const entry = found.find((f) => f.where === where);
      assert.ok(entry, where);
      const pattern = new RegExp(entry.source, flags);
      for (const attack of attacks) {
        pattern.lastIndex = 0;
        assert.equal(typeof pattern.test(attack), 'boolean');
      }
    });
  }
});
