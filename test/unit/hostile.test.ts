import { strict as assert } from 'assert';
import fc from 'fast-check';
import { allDiagnosticCodes, checkPosting, defaultSettings, type EngineSettings } from '../../server/src/engine';
import { rangeOf, replaceOnce } from '../helpers/edit';
import { aliasBomb, arbitraryText, arbitraryYaml, deepBlock, deepFlow, hostileShape, mutatedSeed, rangeFault } from '../helpers/hostile';
import { allSeeds, readSeed } from '../helpers/seeds';

/** The engine's promise for any input: it returns, and every problem is a known code with a valid range. */
function assertWellBehaved(text: string, settings: EngineSettings = defaultSettings): void {
  const { problems } = checkPosting(text, settings);
  const known = new Set(allDiagnosticCodes());
  for (const problem of problems) {
    assert.ok(known.has(problem.code), `unknown code ${problem.code}`);
    assert.ok(problem.message.length > 0, `empty message for ${problem.code}`);
    const fault = rangeFault(text, problem.range);
    assert.equal(fault, undefined, `${problem.code} ${JSON.stringify(problem.range)}: ${fault}`);
  }
}

const codes = (text: string, settings?: EngineSettings) => checkPosting(text, settings).problems.map((p) => p.code);

describe('hostile input: the engine never throws and keeps ranges valid', function () {
  this.timeout(120_000);
  const seeds = allSeeds().map((s) => s.text);

  // 5,000 + 4,000 + 1,000 = 10,000 generated cases; whole seeds cost tens of ms each, so they get the smallest share.
  it('arbitrary text (5,000 cases)', () => {
    fc.assert(
      fc.property(arbitraryText, (text) => assertWellBehaved(text)),
      { numRuns: 5000 },
    );
  });

  it('arbitrary YAML of nested maps, lists and scalars (4,000 cases)', () => {
    fc.assert(
      fc.property(arbitraryYaml, (text) => assertWellBehaved(text)),
      { numRuns: 4000 },
    );
  });

  it('hostile shapes the parser recurses on: flow, block, compact and implicit-key nesting (100 cases; POSTING_FUZZ_RUNS for more)', () => {
    fc.assert(
      fc.property(hostileShape, (text) => assertWellBehaved(text)),
      { numRuns: Number(process.env.POSTING_FUZZ_RUNS ?? 100) },
    );
  });

  it('random line edits of the seeds (1,000 cases)', () => {
    fc.assert(
      fc.property(mutatedSeed(seeds), (text) => assertWellBehaved(text)),
      { numRuns: 1000 },
    );
  });
});

describe('hostile input: named cases', function () {
  this.timeout(30_000);
  const seed = readSeed();

  // Refused, not expanded (expanding it would not finish); its cost is measured by `npm run bench`, not here.
  it('a YAML alias bomb ("billion laughs") gets one alias-limit diagnostic', () => {
    const { problems } = checkPosting(aliasBomb());
    assert.deepEqual(
      problems.map((p) => p.code),
      ['alias-limit'],
    );
    assert.match(problems[0].message, /Too many YAML aliases/);
  });

  it('a 10 MB file gets one "too large to check" diagnostic', () => {
    const text = seed + '#' + 'x'.repeat(10_000_000) + '\n';
    const { problems } = checkPosting(text);
    assert.equal(problems.length, 1);
    assert.equal(problems[0].code, 'too-large');
    assert.match(problems[0].message, /^File too large to check \(\d+ characters; the limit is 2000000\)$/);
    assert.equal(rangeFault(text, problems[0].range), undefined);
  });

  it('the size limit is a setting: a lower limit rejects the seed, a higher one checks 10 MB', () => {
    const small = { ...defaultSettings, limits: { ...defaultSettings.limits, maxFileSize: 1000 } };
    assert.deepEqual(codes(seed, small), ['too-large']);
    assert.match(checkPosting(seed, small).problems[0].message, /the limit is 1000\)/);
    const large = { ...defaultSettings, limits: { ...defaultSettings.limits, maxFileSize: 20_000_000 } };
    assert.deepEqual(codes(seed + '#' + 'x'.repeat(10_000_000) + '\n', large), []);
  });

  for (const [name, text] of [
    ['flow [[[[…]]]]', deepFlow(1000)],
    ['block indentation', deepBlock(1000)],
    ['block sequences', Array.from({ length: 1000 }, (_, i) => `${' '.repeat(i * 2)}- `).join('\n') + 'x\n'],
    ['flow maps {a: {a: …}}', `${'{a: '.repeat(1000)}1${'}'.repeat(1000)}\n`],
    ['10,000-deep flow', deepFlow(10_000)],
  ] as const) {
    it(`1,000-deep nesting (${name}) gets one too-deep diagnostic and no parser stack overflow`, () => {
      const { problems } = checkPosting(text);
      assert.deepEqual(
        problems.map((p) => [p.code, p.message]),
        [['too-deep', 'Nesting is too deep to check (more than 64 levels)']],
      );
      assert.equal(rangeFault(text, problems[0].range), undefined);
    });
  }

  it('brackets and dashes inside text are not nesting: a clean posting with 300 of them stays clean', () => {
    const noise = '[{'.repeat(150) + ' - '.repeat(100);
    const text = replaceOnce(
      replaceOnce(seed, '  background: >\n', `  background: >\n    ${noise}\n`),
      'duty_station: Tokyo',
      `duty_station: "Tokyo ${noise}"`,
    );
    assert.equal(checkPosting(seed).problems.length, 0);
    assert.deepEqual(
      codes(text).filter((code) => code === 'too-deep' || code === 'yaml-syntax'),
      [],
    );
  });

  it('moderate nesting (100 levels) is parsed and reported at the too-deep node', () => {
    const text = deepFlow(100);
    const { problems } = checkPosting(text);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['too-deep'],
    );
    assert.equal(problems[0].range.start.line, 0);
    assert.equal(text[problems[0].range.start.character], '[');
  });

  it('NUL bytes and replacement characters from invalid UTF-8 give diagnostics, not crashes', () => {
    const invalidUtf8 = Buffer.concat([
      Buffer.from(seed.slice(0, 200)),
      Buffer.from([0xff, 0xfe, 0xc3, 0x28, 0x00]),
      Buffer.from(seed.slice(200)),
    ]);
    for (const text of [invalidUtf8.toString('utf8'), replaceOnce(seed, 'Tokyo', 'To\0kyo'), '\0\0\0', 'title: \uD800\n']) {
      assertWellBehaved(text);
    }
    const nul = replaceOnce(seed, 'duty_station: Tokyo', 'duty_station: To\0kyo');
    assert.deepEqual(
      checkPosting(nul).problems.map((p) => [p.code, p.message, p.range]),
      [['invalid-character', 'Invalid character in the text: NUL (U+0000)', rangeOf(nul, '\0')]],
    );
    const text = invalidUtf8.toString('utf8');
    const [first] = checkPosting(text).problems;
    assert.equal(first.code, 'invalid-character');
    assert.equal(first.message, 'Invalid character in the text: U+FFFD (the file is probably not valid UTF-8)');
    assert.deepEqual(first.range, rangeOf(text, '\uFFFD'));
  });

  it('CRLF line endings and tabs: the same diagnostics at the same positions as with LF', () => {
    const brokenLf = replaceOnce(replaceOnce(seed, '  background: >', '  backgroud: >'), 'duty_station: Tokyo', 'duty_station:\tTokyo');
    const brokenCrlf = brokenLf.replace(/\n/g, '\r\n');
    const lf = checkPosting(brokenLf).problems.map((p) => [p.code, p.message, p.range]);
    const crlf = checkPosting(brokenCrlf).problems.map((p) => [p.code, p.message, p.range]);
    assert.ok(lf.length > 0);
    assert.deepEqual(crlf, lf);
    const unknown = checkPosting(brokenCrlf).problems.find((p) => p.code === 'unknown-field');
    const line = brokenCrlf.split('\r\n')[unknown!.range.start.line];
    assert.equal(line.slice(unknown!.range.start.character, unknown!.range.end.character), 'backgroud');
  });

  it('a tab used as indentation is a syntax error on its line', () => {
    const text = replaceOnce(seed, '  background: >', '\tbackground: >');
    const problems = checkPosting(text).problems;
    assert.ok(problems.length > 0);
    const tabLine = text.split('\n').findIndex((l) => l.startsWith('\tbackground'));
    assert.ok(
      problems.some((p) => p.range.start.line === tabLine),
      JSON.stringify(problems.map((p) => [p.code, p.range])),
    );
  });

  it('a second YAML document is reported once (multiple-documents), the first is still checked', () => {
    const text = seed + '---\ntitle: another posting\n';
    const { problems } = checkPosting(text);
    assert.deepEqual(
      problems.map((p) => p.code),
      ['multiple-documents'],
    );
    assert.equal(problems[0].range.start.line, seed.split('\n').length - 1);
    const broken = replaceOnce(seed, '  background: >', '  backgroud: >') + '---\nx: 1\n';
    assert.ok(codes(broken).includes('unknown-field'));
  });

  for (const [name, text] of [
    ['empty', ''],
    ['only blank lines', '\n\n  \n'],
    ['only a comment', '# posting\n'],
    ['CRLF blank lines', '\r\n\r\n'],
  ] as const) {
    it(`an empty file (${name}) gets exactly one hint offering the template snippet`, () => {
      const { problems } = checkPosting(text);
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0].code, 'empty-posting');
      assert.equal(problems[0].severity, 'hint');
      assert.match(problems[0].message, /snippet/);
      assert.equal(rangeFault(text, problems[0].range), undefined);
    });
  }
});
