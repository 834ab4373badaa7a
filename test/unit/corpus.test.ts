import { strict as assert } from 'assert';
import { existsSync, readFileSync } from 'fs';
import { dirname, join, relative, resolve, sep } from 'path';
import {
  checkPosting,
  configFileNames,
  defaultSettings,
  relatedFileProblems,
  settingsWithConfig,
  type EngineSettings,
} from '../../server/src/engine';
import { loadConfigFile } from '../../server/src/node/configFiles';
import { corpusDir, corpusPostings, seedsDir } from '../helpers/seeds';
import { readRelatedFiles, translationTarget } from '../../server/src/node/relatedFiles';
import { expectationKeys, expectationsIn, type Expectation } from '../helpers/expectations';

/** The share of a rule's findings on the corpus that a careful reviewer may reject, at most. */
const maxFalseAlarmShare = 0.1;

/**
 * The settings a corpus posting is checked with, given as data: the nearest .postingrc.yaml in its folder or above,
 * up to test/corpus (never above, so that nothing outside the repository counts), as the editor and posting-lint
 * find it. test/corpus/.postingrc.yaml sets a readability target, so that the readability rules, silent by default,
 * are held to the corpus like every other rule. The seeds are checked with the default settings.
 */
async function corpusSettings(path: string): Promise<EngineSettings> {
  let directory = dirname(path);
  while (directory === corpusDir || directory.startsWith(corpusDir + sep)) {
    const file = configFileNames.map((name) => join(directory, name)).find((candidate) => existsSync(candidate));
    if (file) {
      const loaded = await loadConfigFile(file);
      if ('failure' in loaded) throw new Error(`${file}: ${loaded.failure.reason}`);
      // A settings file with a mistake would silently check with other settings than it says.
      assert.deepEqual(
        loaded.problems.map((problem) => problem.message),
        [],
        relative(corpusDir, file),
      );
      return settingsWithConfig(defaultSettings, loaded.config, loaded.catalogues);
    }
    directory = dirname(directory);
  }
  return defaultSettings;
}

describe('corpus postings raise exactly the diagnostics written beside their lines', () => {
  // The seeds are corpus postings too: they carry no expectations, so they must raise nothing.
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
      const settings = await corpusSettings(path);
      const related = await readRelatedFiles(path, text, 1_000_000, { translatedBy: translations(path) });
      const problems = [...checkPosting(text, settings).problems, ...relatedFileProblems(text, related, settings)];
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
