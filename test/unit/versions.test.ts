import { strict as assert } from 'assert';
import { relatedFileProblems } from '../../server/src/engine';
import { readSeed, seedsDir } from '../helpers/seeds';
import { join } from 'path';

const jpo = readSeed(join(seedsDir, 'mofa-jpo-ocha-bangkok-p2.posting.yaml'));
const unhcr = readSeed(join(seedsDir, 'unhcr-japan-associate-protection-officer-p2.posting.yaml'));
const lica = readSeed();

/** The classified-field-changed findings of `text` against its job description `jd`: [line, message]. */
function classified(text: string, jd: string): [number, string][] {
  const problems = relatedFileProblems(`based_on: jd.posting.yaml\n${text}`, { basedOn: { file: 'jd.posting.yaml', text: jd } });
  return problems
    .filter((problem) => problem.code === 'classified-field-changed')
    .map((problem) => [problem.range.start.line, problem.message]);
}

const lineOf = (text: string, pattern: RegExp) => `based_on: x\n${text}`.split('\n').findIndex((line) => pattern.test(line));

describe('based_on: classified fields in the shape of every profile', () => {
  it('a JPO posting: the minimum degree and years of experience in eligibility', () => {
    const changed = jpo
      .replace('minimum_degree: master', 'minimum_degree: bachelor')
      .replace('minimum_experience_years: 2', 'minimum_experience_years: 3');
    const found = classified(changed, jpo);
    assert.deepEqual(
      found.map(([line]) => line),
      [lineOf(changed, /minimum_degree:/), lineOf(changed, /minimum_experience_years:/)],
      JSON.stringify(found),
    );
    assert.match(found[0][1], /: master → bachelor$/);
  });

  it('a UNHCR posting: the education-and-experience table is one change on the list, not one per shifted row', () => {
    // The first row removed: the rows after it move up, which is one change of the degrees and one of the years.
    const changed = unhcr.replace('      - degree: Undergraduate\n        years: 3\n', '');
    const found = classified(changed, unhcr);
    assert.equal(found.length, 2, JSON.stringify(found));
    assert.ok(found.every(([line]) => line === lineOf(changed, /^ {6}- degree: Graduate/)));
    assert.match(found[0][1], /Undergraduate, Graduate, Doctorate → Graduate, Doctorate$/);
    assert.match(found[1][1], /3, 2, 1 → 2, 1$/);
  });

  it('reworded duties and other dates are not classified changes; the same file raises nothing', () => {
    const reworded = lica.replace('Conduct legal and policy advocacy work', 'Lead legal and policy advocacy work');
    assert.deepEqual(classified(reworded, lica), []);
    assert.deepEqual(classified(unhcr, unhcr), []);
    assert.deepEqual(classified(jpo, jpo), []);
  });
});
