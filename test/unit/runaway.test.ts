import { strict as assert } from 'assert';
import { checkPosting, defaultSettings, globProblem, isPostingDocument, safeGlobs, type EngineSettings } from '../../server/src/engine';
import { parseConfig } from '../../server/src/engine/settings/config';
import { capProblems, problemCaps, ProblemBudget } from '../../server/src/engine/diagnostics/cap';
import { parsePosting, postingFolding, postingSymbols, selectProfile } from '../../server/src/engine';
import { maxOutlineDepth, maxOutlineEntries, type PostingSymbol } from '../../server/src/engine/authoring/symbols';
import { countTopLevelKeys, maxTopLevelKeys } from '../../server/src/engine/document/prescan';
import { validateAgainstSchema } from '../../server/src/engine/schema/validate';
import { RuleContext, type PostingData } from '../../server/src/engine/rules/rule';
import type { Document } from 'yaml';
import { makeProblem } from '../../server/src/engine/diagnostics/problems';
import { replaceOnce } from '../helpers/edit';
import { implicitKeys, rangeFault } from '../helpers/hostile';
import { readSeed } from '../helpers/seeds';

/**
 * The cases of issue 15 that took seconds to minutes (quadratic work, a backtracking pattern) or overflowed the stack.
 * Each is sized so that the old behaviour would blow the mocha timeout many times over; linear work finishes at once.
 */
const count = (problems: { code: string }[]) => {
  const counts: Record<string, number> = {};
  for (const { code } of problems) counts[code] = (counts[code] ?? 0) + 1;
  return counts;
};

describe('runaway input: linear work, a capped answer, never a thrown error', function () {
  this.timeout(20_000);
  const seed = readSeed();
  const background = (value: string) => replaceOnce(seed, '  background: >', `  background: ${value}\n  old_background: >`);

  it('900 unknown top-level keys (under the too-many-keys limit): each found, 100 shown and one summary', function () {
    this.timeout(60_000); // linear; 8,000 took 23 s when it was quadratic (now past maxTopLevelKeys: one too-many-keys)
    const text = seed + Array.from({ length: 900 }, (_, i) => `unknown_key_${i}: 1`).join('\n') + '\n';
    const { problems } = checkPosting(text);
    assert.deepEqual(count(problems), { 'unknown-field': 100, 'too-many-problems': 1 });
    const summary = problems.find((p) => p.code === 'too-many-problems')!;
    assert.equal(summary.message, "…and 800 more 'unknown-field' problems not shown");
    assert.equal(summary.range.start.line, seed.split('\n').length - 1 + 100);
  });

  it('100,000 unknown top-level keys (840 KB): one too-many-keys problem at the first key past the limit, nothing parsed', () => {
    const text = seed + Array.from({ length: 100_000 }, (_, i) => `k${i.toString(36)}: x`).join('\n') + '\n';
    const parsed = parsePosting(text);
    assert.equal(parsed.document, undefined, 'not parsed');
    const { problems } = checkPosting(text);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['too-many-keys'],
    );
    const seedKeys = countTopLevelKeys(seed).count;
    assert.equal(
      problems[0].message,
      `Too many top-level fields to check (${(100_000 + seedKeys).toLocaleString('en-US')}; the limit is ${maxTopLevelKeys.toLocaleString('en-US')})`,
    );
    // The key just past the limit: the seed's own keys count too.
    assert.equal(problems[0].range.start.line, seed.split('\n').length - 1 + maxTopLevelKeys - seedKeys);
    assert.equal(rangeFault(text, problems[0].range), undefined);
    const ja = checkPosting(text, { ...defaultSettings, locale: 'ja' }).problems;
    assert.match(ja[0].message, /^トップレベルの項目が多すぎてチェックできません（\d{3},\d{3}個、上限は\d{1,3}(?:,\d{3})*個）$/);
  });

  it('the top-level key count: keys at the margin only, never an indented key, a list item, a comment or a quoted colon', () => {
    assert.equal(countTopLevelKeys(seed).count, Object.keys(parsePosting(seed).data as object).length);
    const text = ['a: 1', 'b:', '  c: 2', '- d: 3', '# e: 4', 'f:x', '"g": 5', 'h # i: 6', 'j:\tk', '---', 'l:'].join('\n');
    assert.equal(countTopLevelKeys(text).count, 5); // a, b, "g", j, l
    assert.deepEqual(countTopLevelKeys(text, 4), { count: 5, pastLimit: text.lastIndexOf('l:') });
    assert.equal(countTopLevelKeys(text, 5).pastLimit, undefined);
  });

  it('900 duplicate keys are each reported at the whole key (the parser’s own check was quadratic)', () => {
    const text = seed + Array.from({ length: 900 }, () => 'repeated_key: 1').join('\n') + '\n';
    const { problems } = checkPosting(text);
    const first = problems.find((p) => p.code === 'duplicate-key')!;
    assert.equal(first.message, "Field 'repeated_key' appears twice; keep one");
    assert.equal(first.range.end.character - first.range.start.character, 'repeated_key'.length);
  });

  it('the acronym definition pattern does not backtrack: "The ISA (Abc" + 100,000 spaces + "x) works."', () => {
    const text = background(`"The ISA (Abc${' '.repeat(100_000)}x) works."`);
    const { problems } = checkPosting(text);
    assert.ok(problems.some((p) => p.code === 'unknown-field')); // the old_background key: the check ran to its end
    for (const p of problems) assert.equal(rangeFault(text, p.range), undefined);
  });

  it('17,000 distinct acronyms are looked up once each (quadratic before)', () => {
    const acronyms: string[] = [];
    for (let i = 0; acronyms.length < 17_000; i++) {
      let n = i;
      let word = 'Q';
      for (let k = 0; k < 3; k++, n = Math.floor(n / 26)) word += String.fromCharCode(65 + (n % 26));
      acronyms.push(word);
    }
    const { problems } = checkPosting(background(`"${acronyms.join(' ')}"`));
    assert.ok(problems.length <= problemCaps.total);
  });

  it('"age 12 " 40,000 times: linear, and no age limit (it names none)', () => {
    const text = replaceOnce(seed, '      - Perform other duties as required.', `      - ${'age 12 '.repeat(40_000)}`);
    const counts = count(checkPosting(text).problems);
    assert.equal(counts['exclusionary-requirement'], undefined, JSON.stringify(counts));
  });

  it('"aged 35 or under " 40,000 times: linear, capped', () => {
    // In a requirement: ages in duties are of the people served, never an age limit.
    const text = replaceOnce(seed, '      essential: >-\n', `      essential: >-\n        ${'aged 35 or under '.repeat(40_000)}\n`);
    const counts = count(checkPosting(text).problems);
    assert.ok(counts['too-many-problems'] >= 1, JSON.stringify(counts));
    assert.ok(Object.values(counts).every((n) => n <= problemCaps.perCode));
  });

  it('hints past the cap counted in one step give the summary that counting them one by one (ignore comments) gives', () => {
    const text = replaceOnce(seed, '      - Perform other duties as required.', `      - ${'lead '.repeat(30_000)}`);
    // An ignore comment for another code: whether a problem is silenced then depends on its line, so each is counted.
    const oneByOne = text + '# posting-disable-next-line long-sentence\n';
    const summary = (t: string) =>
      checkPosting(t)
        .problems.filter((p) => p.code === 'too-many-problems')
        .map((p) => [p.message, p.range]);
    assert.deepEqual(summary(text), summary(oneByOne));
    assert.match(String(summary(text)[0][0]), /^…and 29,9\d\d more 'gender-coded-word' problems not shown$/);
  });

  it('"lead " 50,000 times in one duty: 100 gender-coded hints and one summary, in English and in Japanese', () => {
    const text = replaceOnce(seed, '      - Perform other duties as required.', `      - ${'lead '.repeat(50_000)}`);
    const { problems } = checkPosting(text);
    const counts = count(problems);
    assert.equal(counts['too-many-problems'], 1, JSON.stringify(counts));
    assert.equal(counts['gender-coded-word'], 100);
    const summary = problems.find((p) => p.code === 'too-many-problems')!;
    assert.match(summary.message, /^…and 49,9\d\d more 'gender-coded-word' problems not shown$/);
    const ja = checkPosting(text, { ...defaultSettings, locale: 'ja' }).problems.find((p) => p.code === 'too-many-problems')!;
    assert.match(ja.message, /^…ほかに「gender-coded-word」の問題が49,9\d\d件あります（表示していません）$/);
  });

  for (const [name, text] of [
    ['a flow sequence', implicitKeys(2000)],
    ['a flow mapping', implicitKeys(2000, '{', '}')],
    ['quoted keys', implicitKeys(2000, '[', ']', '"a":')],
    ['explicit keys in a flow sequence', implicitKeys(2000, '[', ']', '? ')],
  ] as const) {
    it(`2,000 compact implicit keys in ${name}: one too-deep diagnostic, not a stack overflow`, () => {
      assert.deepEqual(
        checkPosting(text).problems.map((p) => p.code),
        ['too-deep'],
      );
    });
  }

  it('the same shape in a .postingrc.yaml: a problem of the config, not a thrown error', () => {
    const { problems } = parseConfig(`rules: ${implicitKeys(2000).slice(3)}`);
    assert.ok(problems.some((p) => p.code === 'too-deep'));
  });

  it('an internal error is one clear internal-error problem, never a throw', () => {
    const broken = {
      ...defaultSettings,
      get limits(): EngineSettings['limits'] {
        throw new TypeError('settings went away');
      },
    };
    const { problems } = checkPosting(seed, broken);
    assert.deepEqual(
      problems.map((p) => [p.code, p.message]),
      [['internal-error', 'This posting could not be checked: an internal error (TypeError: settings went away)']],
    );
  });

  it('the cap bounds the work: of 900 unknown keys only twice the cap are made (each with its did-you-mean search), the rest counted', () => {
    const text = seed + Array.from({ length: 900 }, (_, i) => `unknown_key_${i}: 1`).join('\n') + '\n';
    const parsed = parsePosting(text);
    const budget = new ProblemBudget();
    const problems = validateAgainstSchema(parsed, selectProfile(parsed.data), budget);
    assert.equal(budget.limit, 2 * problemCaps.perCode);
    assert.equal(count(problems)['unknown-field'], budget.limit);
    assert.equal(budget.skipped.get('unknown-field')?.count, 900 - budget.limit);
    // The first problem only counted is where the summary would point if nothing before it were dropped.
    assert.equal(budget.skipped.get('unknown-field')?.range.start.line, seed.split('\n').length - 1 + budget.limit);
  });

  it('without ignore comments the budget works out the range of only the problems it makes and of the first one it counts', () => {
    const budget = new ProblemBudget((code) => code === 'long-sentence', 3, false);
    let rangesWorkedOut = 0;
    const at = (line: number) => () => {
      rangesWorkedOut++;
      return { start: { line, character: 0 }, end: { line, character: 4 } };
    };
    const made = Array.from({ length: 10_000 }, (_, i) => budget.rangeToMake('gender-coded-word', at(i))).filter(Boolean);
    assert.equal(budget.rangeToMake('long-sentence', at(1)), undefined); // switched off: neither made nor counted
    assert.equal(made.length, 3);
    assert.deepEqual(budget.skipped.get('gender-coded-word'), { count: 9_997, range: at(3)() });
    assert.equal(rangesWorkedOut, 3 + 1 + 1); // the three made, the first counted, and the one built just above
    assert.equal(budget.skipped.has('long-sentence'), false);
  });

  it('a rule reporting 10,000 times makes at most twice the cap; silenced and switched-off problems are not counted', () => {
    const parsed = parsePosting(seed) as ReturnType<typeof parsePosting> & { document: Document };
    const off = new Set(['long-sentence']);
    const budget = new ProblemBudget((code, line) => off.has(code) || line === 7);
    const context = new RuleContext(parsed, parsed.data as PostingData, selectProfile(parsed.data), defaultSettings, budget);
    const at = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
    for (let i = 0; i < 10_000; i++)
      context.report('gender-coded-word', at(i % 5 === 0 ? 7 : 3), { word: 'lead', coding: 'masculine', balance: 'masculine-coded' });
    for (let i = 0; i < 300; i++) context.report('long-sentence', at(3), { words: 50, limit: 35 });
    assert.equal(context.problems.length, budget.limit);
    assert.equal(budget.skipped.get('gender-coded-word')?.count, 8_000 - budget.limit);
    assert.equal(budget.skipped.has('long-sentence'), false);
    assert.equal(context.wants('gender-coded-word'), false);
    assert.equal(context.wants('long-sentence'), true);
    const capped = capProblems(context.problems, problemCaps, budget);
    assert.deepEqual(count(capped), { 'gender-coded-word': problemCaps.perCode, 'too-many-problems': 1 });
    assert.equal(capped.find((p) => p.code === 'too-many-problems')!.message, "…and 7,900 more 'gender-coded-word' problems not shown");
  });

  it("1,464 quoted implicit keys in block context ('a': 'a': …, found by the LSP fuzz): the outline stops at its depth limit", () => {
    // As in the server (Node's default of 10): mocha sets Error.stackTraceLimit to Infinity, and each of the parser's
    // errors deep in its recursion would then capture over a thousand frames.
    const limit = Error.stackTraceLimit;
    Error.stackTraceLimit = 10;
    try {
      const text = "'a': ".repeat(1_464) + '\n';
      const depth = (symbols: { children: unknown[] }[]): number =>
        symbols.reduce((deepest, symbol) => Math.max(deepest, 1 + depth(symbol.children as { children: unknown[] }[])), 0);
      const symbols = postingSymbols(text);
      assert.ok(symbols.length > 0, 'an outline');
      assert.equal(depth(symbols), maxOutlineDepth);
      assert.ok(postingFolding(text).length <= maxOutlineDepth + 1);
      assert.ok(checkPosting(text).problems.some((p) => p.code === 'too-deep'));
    } finally {
      Error.stackTraceLimit = limit;
    }
  });

  it('6,000 unknown keys: the outline lists the first entries and one last entry counts the rest, in English and Japanese', () => {
    // Under one top-level key: 6,000 at the top level are past maxTopLevelKeys and answered without a parse.
    const text = seed + 'extra:\n' + Array.from({ length: 6000 }, (_, i) => `  k${i.toString(36)}: x\n`).join('');
    const whole = postingSymbols(text, undefined, { maxEntries: Infinity });
    const all = (symbols: { children: unknown[] }[]): number =>
      symbols.reduce((n, symbol) => n + 1 + all(symbol.children as { children: unknown[] }[]), 0);
    const symbols = postingSymbols(text);
    assert.equal(all(symbols), maxOutlineEntries + 1);
    const last = symbols[symbols.length - 1];
    const left = all(whole) - maxOutlineEntries;
    assert.equal(last.name, `…and ${left.toLocaleString('en-US')} more outline entries not shown (the outline lists the first 1,000)`);
    // It stands at the first entry left out, and the entries before it are the full outline's.
    const flat = (list: PostingSymbol[]): PostingSymbol[] => list.flatMap((symbol) => [symbol, ...flat(symbol.children)]);
    assert.deepEqual(last.selectionRange, flat(whole)[maxOutlineEntries].selectionRange);
    assert.deepEqual(
      flat(symbols)
        .slice(0, -1)
        .map((symbol) => symbol.name),
      flat(whole)
        .slice(0, maxOutlineEntries)
        .map((symbol) => symbol.name),
    );
    assert.match(
      postingSymbols(text, undefined, { locale: 'ja' }).at(-1)!.name,
      /^…ほか \d{1,3},\d{3} 項目はアウトラインに表示していません/,
    );
    assert.ok(postingFolding(text).length <= maxOutlineEntries);
    // The seed alone is far under the limit: its outline has no such entry.
    assert.deepEqual(postingSymbols(seed), postingSymbols(seed, undefined, { maxEntries: Infinity }));
  });

  it('capProblems: per code, in all, and the summaries count within the total', () => {
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };
    const many = (code: string, n: number) => Array.from({ length: n }, () => makeProblem(code, range, { key: 'k', section: 's' }));
    const few = capProblems([...many('unknown-field', 5), ...many('missing-section', 3)], { perCode: 4, total: 7 });
    // 4 + 1 shown, and a summary for each code cut: 7 in all.
    assert.deepEqual(count(few), { 'unknown-field': 4, 'missing-section': 1, 'too-many-problems': 2 });
    assert.equal(few.length, 7);
    assert.equal(capProblems(many('unknown-field', 3), { perCode: 4, total: 7 }).length, 3);
  });
});

describe('patterns from a .postingrc.yaml cannot stall the server', function () {
  this.timeout(30_000);
  // A file name that six `*` in one segment took 48 s to refuse (picomatch turns each into a lazy `[^/]*?`).
  const longName = `file:///work/${'a'.repeat(60)}.posting.yml`;

  it('an include glob with more than two * in one name, or three **, is refused with a clear problem at the glob', () => {
    const text = 'files:\n  include:\n    - "**/*.posting.yaml"\n    - "**/*a*a*a*a*a*a*b.yaml"\n    - "**/**/**/x.yaml"\n';
    const { config, problems } = parseConfig(text);
    assert.deepEqual(
      problems.map((p) => [p.code, p.range.start.line, p.message]),
      [
        [
          'config-invalid-value',
          3,
          "Include (files.include.1) has more than 2 '*' in one folder or file name (a pattern that slow to match could stall the editor)",
        ],
        ['config-invalid-value', 4, "Include (files.include.2) has more than 2 '**' (a pattern that slow to match could stall the editor)"],
      ],
    );
    assert.deepEqual(safeGlobs(config.includeGlobs ?? []), ['**/*.posting.yaml']);
    for (const problem of problems) assert.equal(rangeFault(text, problem.range), undefined);
  });

  it('the refused globs are never matched: a hostile one beside a good one still selects postings, at once', () => {
    assert.equal(isPostingDocument(longName, 'title: x\n', ['**/*a*a*a*a*a*a*b.yaml']), false);
    assert.equal(isPostingDocument(longName, 'title: x\n', ['**/*a*a*a*a*a*a*b.yaml', '**/*.posting.yml']), true);
    assert.equal(globProblem('postings/**/*-tor.yaml'), undefined);
    assert.equal(globProblem('**/*posting*.yaml'), undefined);
    assert.match(globProblem(`${'a'.repeat(300)}.yaml`) ?? '', /longer than 256/);
  });

  it('extended globs are off (noextglob): +(a|aa) is no quantifier to nest', () => {
    assert.equal(isPostingDocument('file:///w/aaaa.yaml', 'x: 1\n', ['**/+(a|aa).yaml']), false);
  });

  it('dateFormat is checked by a pattern without look-ahead: 1 to 40 characters on one line, with d, M or y', () => {
    const problemsOf = (value: string) => parseConfig(`dateFormat: ${JSON.stringify(value)}\n`).problems.map((p) => p.code);
    assert.deepEqual(problemsOf('dd/MM/yyyy'), []);
    assert.deepEqual(problemsOf('yyyy'), []);
    assert.deepEqual(problemsOf('d'), []);
    assert.deepEqual(problemsOf('hh:mm'), ['config-invalid-value']);
    assert.ok(problemsOf('').includes('config-invalid-value'));
    assert.deepEqual(problemsOf('d'.repeat(41)), ['config-invalid-value']);
    assert.deepEqual(problemsOf('d\nM'), ['config-invalid-value']);
    assert.ok(problemsOf(' '.repeat(100_000) + 'x').length > 0);
  });
});
