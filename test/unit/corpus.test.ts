import { strict as assert } from 'assert';
import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, relative, resolve } from 'path';
import { checkPosting, relatedFileProblems } from '../../server/src/engine';
import { readRelatedFiles, translationTarget } from '../../server/src/node/relatedFiles';
import { expectationKeys, expectationsIn, type Expectation } from '../helpers/expectations';

const corpusDir = resolve(__dirname, '../corpus');
// The seeds are corpus postings too: they carry no expectations, so they must raise nothing.
const seedsDir = resolve(__dirname, '../../seeds');
/** The share of a rule's findings on the corpus that a careful reviewer may reject, at most. */
const maxFalseAlarmShare = 0.1;

function corpusPostings(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return corpusPostings(path);
    return /\.(posting|tor)\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

describe('corpus postings raise exactly the diagnostics written beside their lines', () => {
  const postings = [...corpusPostings(seedsDir), ...corpusPostings(corpusDir)];
  const found: Expectation[] = [];

  it('has postings', () => assert.ok(postings.length > 0));

  // Versions of one post (based_on:, translation_of:, either way round) are compared as the editor and the CLI do.
  const translations = (path: string) =>
    postings
      .map((other) => ({ path: other, text: readFileSync(other, 'utf8') }))
      .filter((other) => translationTarget(other.path, other.text) === path);

  for (const path of postings) {
    it(relative(resolve(__dirname, '../..'), path), async () => {
      const text = readFileSync(path, 'utf8');
      const expected = expectationsIn(text);
      const related = await readRelatedFiles(path, text, 1_000_000, { translatedBy: translations(path) });
      const problems = [...checkPosting(text).problems, ...relatedFileProblems(text, related)];
      const actual = problems.map((problem) => ({ line: problem.range.start.line + 1, code: problem.code }));
      assert.deepEqual(expectationKeys(actual), expectationKeys(expected));
      found.push(...expected);
    });
  }

  it(`each rule's findings are at most ${maxFalseAlarmShare * 100}% false alarms`, () => {
    const byCode = new Map<string, { all: number; falseAlarms: number }>();
    for (const { code, falseAlarm } of found) {
      const tally = byCode.get(code) ?? { all: 0, falseAlarms: 0 };
      tally.all++;
      if (falseAlarm) tally.falseAlarms++;
      byCode.set(code, tally);
    }
    const over = [...byCode].filter(([, { all, falseAlarms }]) => falseAlarms / all > maxFalseAlarmShare);
    assert.deepEqual(
      over.map(([code, { all, falseAlarms }]) => `${code}: ${falseAlarms} of ${all}`),
      [],
    );
  });
});
