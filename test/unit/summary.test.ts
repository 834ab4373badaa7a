import { strict as assert } from 'assert';
import { checkPosting } from '../../server/src/engine';
import { actionsFor } from '../../server/src/engine/authoring/actions';
import { localizeProblems } from '../../server/src/engine/diagnostics/problems';
import { applyEdits } from '../../server/src/engine/text/textEdits';
import { replaceOnce } from '../helpers/edit';
import { readSeed } from '../helpers/seeds';

const seed = readSeed();
const torEducation =
  '      Completion of Bachelor’s degree. Training and further qualifications in any of the\n      following is an asset: international law, international relations or other related fields.';
const withTor = (education: string) => replaceOnce(seed, torEducation, `      ${education}`);
const summaryProblems = (text: string) => checkPosting(text).problems.filter((problem) => problem.code.startsWith('summary-'));
const lineOf = (text: string, line: number) => text.split('\n')[line];

describe('rule: summary-education-contradicts-tor', () => {
  it('is silent on the seed: a bachelor in the summary and in the ToR', () => assert.deepEqual(summaryProblems(seed), []));

  it('flags a summary that asks for more than the ToR accept, on the summary entry, pointing at the ToR', () => {
    const text = replaceOnce(
      seed,
      'Completion of Bachelor’s degree.',
      'Completion of secondary education with a certificate, or a university degree.',
    ).replace('    - Bachelor of Science (BS) (Required)\n', '');
    const [problem, ...rest] = summaryProblems(text);
    assert.equal(rest.length, 0);
    assert.equal(problem.code, 'summary-education-contradicts-tor');
    assert.equal(problem.severity, 'warning');
    assert.equal(
      problem.message,
      "The careers-site summary asks for a bachelor's degree; the Terms of Reference's minimum is secondary education",
    );
    assert.match(lineOf(text, problem.range.start.line), /- Bachelor of Arts \(BA\) \(Required\)/);
    const [related] = problem.related ?? [];
    assert.match(lineOf(text, related.range.start.line), /Completion of secondary education/);
    assert.match(related.message, /^Terms of Reference, Education: “Completion of secondary education/);
    const [japanese] = localizeProblems([problem], 'ja');
    assert.equal(japanese.message, '採用サイトの概要欄は学士号を求めていますが、業務指示書（ToR）の最低要件は中等教育（高校）です');
  });

  it('flags a summary that asks for less than the ToR require', () => {
    const text = withTor('A master’s degree in law or international relations. Training in refugee law is an asset.');
    const [problem] = summaryProblems(text);
    assert.match(problem.message, /asks for a bachelor's degree; the Terms of Reference's minimum is a master's degree/);
  });

  for (const tor of [
    'Undergraduate degree in social work or law, plus two years of experience; or graduate degree plus one year.',
    'Bachelor’s degree in law. A master’s degree is an asset.',
    'University degree in social sciences; a doctorate is desirable.',
    'Completion of secondary education, accompanied by a relevant university degree in Law, International Relations or Political Science.',
  ])
    it(`is silent when the ToR's lowest level is a bachelor's: "${tor}"`, () => assert.deepEqual(summaryProblems(withTor(tor)), []));

  it('takes the lower of two levels offered either way, also with "plus" in each', () => {
    const [problem] = summaryProblems(
      withTor('Completion of secondary education plus six years of experience, or a university degree plus three years.'),
    );
    assert.match(problem.message, /the Terms of Reference's minimum is secondary education/);
  });

  it('is silent when the ToR name no level it knows', () =>
    assert.deepEqual(summaryProblems(withTor('Training in international law.')), []));
});

describe('rule: summary-language-not-in-tor', () => {
  it('flags a summary language the ToR never name, and its fix removes it', () => {
    const text = replaceOnce(seed, '  languages:\n    - English\n', '  languages:\n    - English\n    - French\n');
    const [problem, ...rest] = summaryProblems(text);
    assert.equal(rest.length, 0);
    assert.equal(problem.message, 'The careers-site summary lists French, which the Terms of Reference do not mention');
    assert.equal(lineOf(text, problem.range.start.line), '    - French');
    assert.match(problem.related?.[0].message ?? '', /Proficiency in English and Japanese/);
    const fix = actionsFor(text, [problem]).find((action) => action.title === "Remove 'French'");
    assert.ok(fix);
    assert.deepEqual(summaryProblems(applyEdits(text, fix.edits)), []);
  });

  it('accepts a language the ToR name only as an asset', () => {
    const text = replaceOnce(
      replaceOnce(seed, '  languages:\n    - English\n', '  languages:\n    - English\n    - French\n'),
      'in both oral and written, is required.',
      'in both oral and written, is required. Knowledge of French is an asset.',
    );
    assert.deepEqual(summaryProblems(text), []);
  });

  it('accepts a language the ToR name under another of its names (Kiswahili is Swahili, Farsi Persian, 英語 English)', () => {
    for (const [summary, tor] of [
      ['Swahili', 'Knowledge of Kiswahili is an asset.'],
      ['Kiswahili', 'Knowledge of Swahili is an asset.'],
      ['Persian', 'Knowledge of Farsi is an asset.'],
      ['Indonesian', 'Knowledge of Bahasa Indonesia is an asset.'],
      ['Spanish', 'Knowledge of Castilian is an asset.'],
      ['Arabic', 'アラビア語ができれば尚可。'],
    ]) {
      const text = replaceOnce(
        replaceOnce(seed, '  languages:\n    - English\n', `  languages:\n    - English\n    - ${summary}\n`),
        'in both oral and written, is required.',
        `in both oral and written, is required. ${tor}`,
      );
      assert.deepEqual(summaryProblems(text), [], summary);
    }
  });

  it('still flags a language the ToR name only as a different language (Dari is not Persian)', () => {
    const text = replaceOnce(
      replaceOnce(seed, '  languages:\n    - English\n', '  languages:\n    - English\n    - Persian\n'),
      'in both oral and written, is required.',
      'in both oral and written, is required. Knowledge of Dari is an asset.',
    );
    assert.deepEqual(
      summaryProblems(text).map((problem) => problem.message),
      ['The careers-site summary lists Persian, which the Terms of Reference do not mention'],
    );
  });
});
