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

// The engine's modules that build patterns at load time from data lists and shared pieces (each listed in
// `builtPatterns` as it is built): loading the engine, the importer and the wording checks builds them all.
import '../../server/src/engine/index';
// (The check loads its rules on first use: loaded here, so that the patterns they build are listed.)
import '../../server/src/engine/rules';
import '../../server/src/engine/import/fromText';
import '../../server/src/engine/wording/genderCoded';
import {
  builtPatterns,
  execGapped,
  execReader,
  literalAlternation,
  literalPhrase,
  type DataReader,
  type GappedPattern,
} from '../../server/src/engine/text/patterns';
import { wordScanner } from '../../server/src/engine/wording/words';
import { currencyPayIn } from '../../server/src/engine/import/fromText';
import { periodIn } from '../../server/src/engine/rules/periods';
import genderCoded from '../../schemas/wording/gender-coded.json';
import { eraYearPattern } from '../../server/src/engine/import/dates';
import { monthWordPattern } from '../../server/src/engine/import/place';
import { periodRange, titleGradeOf } from '../../server/src/engine/import/generic';
import importCommon from '../../schemas/import/common.json';

/** Every regular expression the data holds: the values of fields named for patterns, wherever they sit. */
// Keys whose strings are patterns although their names do not say so: the importer's inference and prose readers,
// layout signals, the requirement word lists, the organisation and contract matchers of statements and profiles, the
// table columns, the inclusive-language terms' conditions. Everything under such a key is a pattern (an object of
// patterns by concept, field or degree, a list of them, a list of readers), except the fields named in `notPatterns`.
const patternField =
  /pattern|regex|^notAfter$|^notBefore$|^mentions$|^(?:inference|prose|requires|years|salaryUnits|officeUnit|regionWords|sentence|signals|ageLimit|nativeSpeaker|degrees|organizations|affiliateTypes|when|consultancy|subject|tableColumns|essentialWhen|requireNear)$/i;
/**
 * Pattern fields named by where they are, where their key means something else in other files: the inclusive-language
 * neutral context, the importer's workday grades, own-organisation matchers, optional-language words and an
 * applicant-tracking page's categories, the closing and assessment sentences of an application paragraph, the residence-support negation,
 * the values a symbol stands for its label before.
 */
const patternAt = [
  /^wording\/inclusion\.json\.neutral$/,
  /^import\/common\.json\.(?:grades\.workday|profileOrganizations|languageStatement\.optional)$/,
  /^import\/common\.json\.slashedCategories\.(?:commitment|workplace)$/,
  /^import\/common\.json\.(?:closingSentences|assessmentSentences)$/,
  /^import\/common\.json\.symbolValues$/,
  /^profiles\.json\..*\.statedResidenceSupport\.negation$/,
];
/**
 * Strings under a pattern field that the engine does not compile: what a pattern stands for (`concept`, `degree`), ids,
 * labels and names, a set of stop characters (`thenAfterNone`), labels compared as text (`genericTitleLabels`), and
 * the careers-site layout's organisation names (counted with `split`, not matched).
 */
const notPatterns = /^(?:concept|degree|id|label|label_ja|name|legalName|sameAs|administrators|genericTitleLabels|thenAfterNone)$/;
const notPatternAt = [/^import\/careers-site\.json\.inference\.organizations$/];

function patternsIn(
  value: unknown,
  path: string,
  found: { where: string; source: string }[],
  inPatternField = false,
  parentKey = '',
): void {
  if (typeof value === 'string') {
    if (inPatternField) found.push({ where: path, source: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, index) => patternsIn(item, `${path}[${index}]`, found, inPatternField, parentKey));
  } else if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const where = `${path}.${key}`;
      // A JSON Schema's `patternProperties` holds patterns as its keys; its values are schemas.
      if (key === 'patternProperties' && inner && typeof inner === 'object') {
        for (const source of Object.keys(inner)) found.push({ where: `${path}.patternProperties`, source });
        patternsIn(inner, where, found);
        continue;
      }
      // The keys of a JSON Schema's `properties` and `definitions` name properties (`years`), not fields of patterns.
      const named = parentKey !== 'properties' && parentKey !== 'definitions';
      const isPattern =
        !key.startsWith('$') &&
        !notPatterns.test(key) &&
        !notPatternAt.some((at) => at.test(where)) &&
        (inPatternField || (named && patternField.test(key)) || patternAt.some((at) => at.test(where)));
      patternsIn(inner, where, found, isPattern, key);
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
 * The flags the engine compiles a pattern with where they are not `flagsFor`'s, by where it is (the first match wins):
 * the importer's readers and the profiles' recognisers are mostly case-sensitive (`dataPattern(source)`), a few
 * case-insensitive or multiline. Proved with the flags the engine uses: under the i flag, `[A-Z][a-z&]*[A-Z]` of the
 * gender-coded statements' subject would be ambiguous, and quadratic; it never runs so.
 */
const compiledWith: [RegExp, string][] = [
  [/^wording\/gender-coded\.json\.statements\.(?:subject|clauseBreakPattern|patterns\[\d+\])$/, ''], // genderCoded.ts
  [/^wording\/placeholders\.json\.formCells\./, ''], // wording/placeholders.ts: new RegExp(source), case-sensitive
  [/^wording\/acronyms\.json\.bracketListPattern$/, ''], // wording/acronyms.ts: new RegExp(source), case-sensitive
  // fromText.ts (titleSuffix, deadline, familyType, headlineRow.skip), dates.ts (period): case-insensitive.
  [
    /^import\/common\.json\.inference\.(?:titleSuffix|deadline\[\d+\](?:\.anyOf\[\d+\])?(?:\.pattern)?(?:\.(?:pattern|thenPattern|gapChar|then))?|familyType|period|headlineRow\.skip)$/,
    'i',
  ],
  [/^import\/common\.json\.inference\.(?:organization\[\d+\]|selfIntroduced\.pattern)$/, 'm'], // fromText.ts: each line's start
  [/^import\/common\.json\.inference\./, ''], // fromText.ts, place.ts, prose.ts: dataPattern(source)
  [/^import\/careers-site\.json\.inference\.term$/, ''], // fromText.ts: new RegExp(term)
  [/^import\/careers-site\.json\.siteNamePattern$/, ''], // careersText.ts: new RegExp(siteNamePattern)
  [/^import\/careers-site\.json\.inference\./, 'i'], // fromText.ts firstGroup
  [/^import\/common\.json\.prose\.(?:titleLabels|duration\[\d+\]|deliverables\[\d+\]|documentKind|noValue|leaveDays)$/, 'i'],
  [/^import\/common\.json\.prose\./, ''], // prose.ts, fromText.ts: dataPattern(source)
  [/^profiles\.json\.[^.]+\.recognisedBy\[\d+\]\.when\./, ''], // template/profiles.ts
  [/^import\/common\.json\.(?:grades\.|profileOrganizations\.)/, ''], // generic.ts, place.ts: dataPattern(source)
  [/^import\/common\.json\.slashedCategories\./, 'i'], // generic.ts slashedCategories: dataPattern(source, 'i')
];
const engineFlags = (where: string, source: string) => compiledWith.find(([at]) => at.test(where))?.[1] ?? flagsFor(source);

/**
 * A built pattern as recheck is given it: without the g, y and d flags (they change where a search starts or what it
 * returns, not how it backtracks at one start), and without the fixed-length lookbehinds it starts with, which recheck
 * does not support: a lookbehind of literal characters and classes, no repeat, is a test of a few characters before
 * the start, so the pattern without it tries at least every start the pattern with it tries, in the same way.
 */
const leadingLookbehinds = /^(?:\(\?<[=!](?:[^()*+?{}\\[]|\\.|\[(?:[^\]\\]|\\.)*\])*\))+/;
const forRecheck = (source: string, flags: string) => ({
  source: source.replace(leadingLookbehinds, ''),
  flags: flags.replace(/[gyd]/g, ''),
});

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
 * Patterns recheck cannot decide within its time limit, by where they are in schemas/ (or `built:` and their name).
 * Each says why it is linear all the same, and gives hostile inputs of 200,000 characters built from its own pieces:
 * the test below runs the pattern (with the flags the engine compiles it with) over each, which would not finish if the
 * pattern were quadratic (the subject of the gender-coded statements was: 20,000 capitals took 2.8 s, so 200,000 would
 * take minutes). Empty: the last five (the deadline sentence, a title in a sentence, the gender-coded stems, the period
 * and the pay) became proved parts and code readers (`codeReaderAttacks`). A rewrite that recheck can prove is better
 * than an entry here; an entry must say why (`why`, checked below) and bring its attacks.
 */
const attackLength = 200_000;
const repeated = (piece: string, prefix = '', suffix = '!') => prefix + piece.repeat(Math.ceil(attackLength / piece.length)) + suffix;
const undecidable: Record<string, { flags: string; why: string; attacks: string[] }> = {};
/** What an entry of `undecidable` lacks: a reason in words, and attacks of full length. */
const entryProblems = ({ why, attacks }: { flags: string; why: string; attacks: string[] }) => [
  ...(why.trim().split(/\s+/).length >= 3 ? [] : ['say why the pattern is linear all the same']),
  ...(attacks.length && attacks.every((attack) => attack.length >= attackLength)
    ? []
    : [`give hostile inputs of ${attackLength} characters`]),
];
const scanStems = wordScanner([...genderCoded.feminine, ...genderCoded.masculine]);

/**
 * Readers that took over from patterns recheck could not decide, now patterns it proves and a little code
 * (import/generic.ts): a period's two dates (the first lazy and bounded, `.{1,200}?`: at most 200 sticky tries of the
 * proved continuation), a title with its grade (the value and the value without each end remark of at most 200
 * characters: one proved match each); and the five that were allow-listed here until issue 15's end: the deadline
 * sentence and a title in a sentence (branches of patterns in parts, text/patterns.ts execReader), a period and a pay
 * (a word read by a proved pattern and looked up in code), the gender-coded stems (a word scan, no pattern). They are run
 * over the attacks their patterns were: 200,000 characters each.
 */
const codeReaderAttacks: { name: string; read: (text: string) => unknown; attacks: string[] }[] = [
  ...(
    [
      [0, ['\t', 'a - ', ' ', 'a to ', ' to'], 'a -'],
      [1, ['0000-0\t', '0000', ' ', '2026 - 1'], '2026 -'],
      [2, ['\u65e5~\u3089', '\u65e5', '\u65e5\uff08', '\u65e5\u304b\u3089'], '\u65e5'],
    ] as const
  ).map(([index, pieces, prefix]) => ({
    name: `periodRange(inference.range[${index}])`,
    read: (text: string) => periodRange(importCommon.inference.range[index], text),
    attacks: pieces.flatMap((piece) => [repeated(piece, '', '\n'), repeated(piece, prefix, '\n'), repeated(piece, prefix, '')]),
  })),
  {
    // "apply … by 1 May 2026": the keywords, a lazy gap of at most 100 characters (a dot only before a non-space), " by
    // <date>" (text/patterns.ts execGapped).
    name: 'execGapped(inference.deadline[2])',
    read: (text: string) => execGapped(importCommon.inference.deadline[2] as GappedPattern, text, 'i'),
    attacks: [
      repeated('apply '),
      repeated('apply.x '),
      repeated('submit by '),
      repeated('apply by 1 May, '),
      repeated('.', 'apply '),
      repeated('x', 'apply ', ' by 1 May 2026'),
      repeated('apply by 1 May 202'),
    ],
  },
  {
    // A keyword start, then a time and a lazy gap of at most 30 characters, or white space; the value of 4 to 40.
    name: 'execReader(inference.deadline[0])',
    read: (text: string) => execReader(importCommon.inference.deadline[0] as DataReader, text, 'i'),
    attacks: [
      repeated('no later than '),
      repeated('on or before '),
      repeated(' ', 'on or before'),
      repeated('\n', 'on or before'),
      repeated('on or before 10:00 '),
      repeated('\n', 'on or before 10:00'),
      repeated(' ', 'on or before 10:00 am'),
      repeated('on or before 10:00 am, on\n'),
      repeated('must be received by '),
      repeated('deadline for applications is '),
    ],
  },
  {
    // A verb start, a greedy gap of 3 to 40 word characters after "invites applications from", capitalised words.
    name: 'execReader(prose.title[1])',
    read: (text: string) => execReader(importCommon.prose.title[1] as DataReader, text),
    attacks: [
      repeated('seeks the '),
      repeated('A', 'seeks the '),
      repeated(' A', 'seeks the A'),
      repeated(' of', 'seeks the A'),
      repeated('invites applications from '),
      repeated('a', 'invites applications from '),
      repeated('invites applications from women for a '),
      repeated(' for a', 'invites applications from women'),
      repeated('to recruit a '),
    ],
  },
  {
    name: 'periodIn',
    read: periodIn,
    attacks: [
      repeated('from '),
      repeated(' ', 'from'),
      repeated('from 1 '),
      repeated('from may '),
      repeated(' ', 'from may'),
      repeated('a', 'from '),
      repeated('from 12th may 2026 '),
      repeated('from may to '),
      repeated('a', 'from may to '),
      repeated(' ', 'from may 2026 to'),
      repeated(' ', 'from may 2026 to 1', ''),
    ],
  },
  {
    name: 'currencyPayIn',
    read: currencyPayIn,
    attacks: [
      repeated('USD '),
      repeated('USD1'),
      repeated(' ', 'USD'),
      repeated('1,', 'USD '),
      repeated('USD 1 - '),
      repeated(' ', 'USD 1 -'),
      repeated('USD1 to USD'),
      repeated('USD1 to ABC1 '),
      repeated('KSh'),
      repeated('1', 'USD 1 to ', '.'),
    ],
  },
  {
    // The words that start with a stem, by a scan that reads each word once.
    name: 'the gender-coded stems (wordScanner)',
    read: (text: string) => {
      let words = 0;
      scanStems(text, () => words++);
      return words;
    },
    attacks: [
      repeated('lead'),
      repeated('lead', 'x'),
      repeated('-lead', 'x'),
      repeated("'lead", 'x'),
      repeated("lead'"),
      repeated('lead-'),
      repeated(' lead'),
      repeated('a'),
      repeated('a-'),
      repeated('inter-'),
      repeated(' lead\u00e9'),
    ],
  },
  {
    name: 'titleGradeOf',
    read: titleGradeOf,
    attacks: [
      repeated('A\tPA(', 'R', '\0,P6'),
      repeated('\t', '', 'N)'),
      repeated(', P-3', 'A'),
      repeated(' ', 'A, P-3 (', ''),
      repeated('A, P-3 (x'),
      repeated(',', 'A'),
      repeated('(', 'A, P-3 ', ')'),
      repeated('(x', 'A, P-3 ', ')'),
    ],
  },
];

describe('every regular expression in schemas/ is proved free of catastrophic backtracking (recheck)', function () {
  this.timeout(1_800_000);
  const found: { where: string; source: string }[] = [];
  for (const file of jsonFiles(schemas)) {
    patternsIn(JSON.parse(readFileSync(file, 'utf8')), relative(schemas, file), found);
  }
  // The patterns the engine builds at load time (text/patterns.ts builtPattern), as built from the real data, with
  // their own flags, under `built:` names.
  const built = new Map<string, { source: string; flags: string }>();
  for (const [name, pattern] of builtPatterns) {
    built.set(`built:${name}`, pattern);
    found.push({ where: `built:${name}`, source: pattern.source });
  }
  const flagsAt = (where: string, source: string) => built.get(where)?.flags ?? engineFlags(where, source);
  /** What recheck proves for a pattern: a schema pattern as the engine compiles it, a built one as `forRecheck` gives it. */
  const provedAs = (where: string, source: string) => {
    const pattern = built.get(where);
    return pattern ? forRecheck(pattern.source, pattern.flags) : { source, flags: engineFlags(where, source) };
  };
  const keyOf = (where: string, source: string) => {
    const proved = provedAs(where, source);
    return `${proved.flags} ${proved.source}`;
  };

  it('finds the patterns (placeholders, inclusion, requirements, eligibility, gender-coded statements, the schemas)', () => {
    assert.ok(found.length >= 400, `only ${found.length} patterns found`);
    for (const file of ['wording/placeholders.json', 'wording/inclusion.json', 'wording/gender-coded.json']) {
      assert.ok(
        found.some(({ where }) => where.startsWith(file)),
        `no pattern found in ${file}`,
      );
    }
    // Patterns nested in an object or a list of readers under a pattern field, one of each family.
    for (const at of [
      /^import\/common\.json\.inference\.supervisor\[0\]$/,
      /^import\/common\.json\.inference\.headlineRow\.jobId$/,
      /^import\/common\.json\.prose\.dutyStation\[0\]\.thenPattern$/,
      /^import\/common\.json\.tableColumns\.duties$/,
      /^import\/careers-site\.json\.inference\.title\[0\]$/,
      /^profiles\.json\.jpo\.recognisedBy\[\d+\]\.when\.affiliate_type$/,
      /^grade-requirements\.json\.degrees\.doctorate$/,
      /^other-duties\.json\.consultancy\.contract_type$/,
      /^wording\/inclusion\.json\.neutral$/,
      /^wording\/inclusion\.json\.categories\[\d+\]\.terms\[\d+\]\.(?:essentialWhen|requireNear)$/,
    ])
      assert.ok(
        found.some(({ where }) => at.test(where)),
        `no pattern found at ${at.source}`,
      );
    // Names, labels and ids beside patterns are not patterns.
    for (const { where } of found)
      assert.doesNotMatch(where, /\.(?:concept|degree|id|label|label_ja|name|thenAfterNone)$|\.properties\.years\./, where);
    assert.equal(
      engineFlags('profiles.json.jpo.recognisedBy[0].when.affiliate_type', '^JPO$'),
      '',
      'the profiles are recognised case-sensitively',
    );
    for (const { where, source } of found) assert.doesNotThrow(() => new RegExp(source, flagsAt(where, source)), where);
  });

  it('finds the patterns the engine builds from data lists and pieces (each proved below as built)', () => {
    for (const name of [
      'import: Japanese era year',
      'import: month names',
      'import: pay in a currency',
      'import: range of dates',
      'period: from a date to a date',
      'requirements: years of experience',
      'import: pay in a currency, the top of a range',
      'period: from a date to a date, to the end month',
      'period: the end date after its month',
      'contract statements: local [0]',
    ])
      assert.ok(built.has(`built:${name}`), `no built pattern named ${name}`);
    assert.ok(
      [...built.keys()].some((where) => where.startsWith('built:gender-coded phrase ')),
      'no gender-coded phrase',
    );
    // A built pattern's leading lookbehinds are left to recheck's reading only when they are of fixed length.
    assert.equal(forRecheck("(?<![A-Za-z])(?<![A-Za-z][-'’])(?:lead)[a-z]*", 'gi').source, '(?:lead)[a-z]*');
    assert.equal(forRecheck('(?<!a+)b', 'g').source, '(?<!a+)b');
  });

  it('words of a data list stand literally in the patterns built from them ("C++", "a.b", "(x)")', () => {
    const words = ['C++', 'a.b', '(x)'];
    const any = new RegExp(`^${literalAlternation(words)}$`);
    for (const word of words) assert.match(word, any);
    for (const other of ['CCC', 'C', 'axb', 'x', '()']) assert.doesNotMatch(other, any);
    assert.match('uses C++ daily', new RegExp(literalPhrase('C++')));
    assert.match('the a.b  rule', new RegExp(literalPhrase('a.b rule')));
    assert.doesNotMatch('the axb rule', new RegExp(literalPhrase('a.b rule')));
    assert.doesNotMatch('theta.b rule', new RegExp(literalPhrase('a.b rule')), 'a whole word at a letter end');
    assert.match('see (x) here', new RegExp(literalPhrase('(x)')));
    assert.doesNotMatch('see x here', new RegExp(literalPhrase('(x)')));
    // The importer's era and month patterns, built from lists holding such words.
    const eras = new RegExp(eraYearPattern([{ name: 'C++' }, { name: 'a.b' }]));
    assert.deepEqual(eras.exec('C++ 5 \u5e74')?.slice(1), ['C++', '5']);
    assert.deepEqual(eras.exec('a.b\u5143\u5e74')?.slice(1), ['a.b', '\u5143']);
    assert.equal(eras.exec('CCC5\u5e74 axb5\u5e74'), null);
    const months = new RegExp(monthWordPattern(['(x)month', 'a.bmonth']), 'i');
    assert.match('on a.b 3', months);
    assert.doesNotMatch('on axb 3', months);
    assert.doesNotMatch('on xmonth 3', months);
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
      const given = provedAs(where, source);
      const result = await check(given.source, given.flags, { checker: 'automaton', timeout: 60_000 });
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

  for (const { name, read, attacks } of codeReaderAttacks) {
    it(`${name} (a code reader: proved patterns, bounded searches): runs over ${attacks.length} hostile inputs of ${attackLength.toLocaleString('en')} characters`, function () {
      this.timeout(20_000);
      for (const attack of attacks) assert.doesNotThrow(() => read(attack));
    });
  }

  it('every allow-listed pattern says why it is linear and brings its attacks (none is listed since issue 15)', () => {
    for (const [where, entry] of Object.entries(undecidable)) assert.deepEqual(entryProblems(entry), [], where);
    // The check itself: an entry without a reason or attacks fails it.
    assert.deepEqual(entryProblems({ flags: '', why: ' ', attacks: [] }), [
      'say why the pattern is linear all the same',
      `give hostile inputs of ${attackLength} characters`,
    ]);
    assert.deepEqual(entryProblems({ flags: '', why: 'one start per word', attacks: [repeated('a')] }), []);
  });

  for (const [where, { flags, attacks }] of Object.entries(undecidable)) {
    it(`${where} (recheck undecided or unsupported, allow-listed): runs over ${attacks.length} hostile inputs of ${attackLength.toLocaleString('en')} characters`, function () {
      this.timeout(20_000);
      const entry = found.find((f) => f.where === where);
      assert.ok(entry, where);
      const pattern = new RegExp(entry.source, flags);
      for (const attack of attacks) {
        pattern.lastIndex = 0;
        if (!pattern.global) {
          assert.equal(typeof pattern.test(attack), 'boolean');
          continue;
        }
        let matches = 0;
        for (let match = pattern.exec(attack); match; match = pattern.exec(attack)) {
          matches++;
          if (!match[0]) pattern.lastIndex++;
        }
        assert.ok(matches <= attack.length, where);
      }
    });
  }
});
