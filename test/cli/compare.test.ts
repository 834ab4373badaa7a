import { strict as assert } from 'assert';
import { readSeed } from '../helpers/seeds';
import { posting_lint, workspace } from './run';

const seed = readSeed();
/** A later version: one duty reworded, one added, the deadline moved, the minimum education raised. */
const newer = seed
  .replace('Conduct legal and policy advocacy work', 'Lead legal and policy advocacy work')
  .replace('    duties:\n', '    duties:\n      - Draft the protection unit’s quarterly report for the Representative.\n')
  .replace('deadline: 2024-11-08', 'deadline: 2024-11-15')
  .replace('Completion of Bachelor’s degree.', 'Completion of Master’s degree.');

describe('posting-lint --compare and the related-file diagnostics (based_on, translation_of)', () => {
  it('--compare shows what changed, section by section, and exits 1', () => {
    const root = workspace({ 'v1.posting.yaml': seed, 'v2.posting.yaml': newer });
    const run = posting_lint(['--compare', 'v1.posting.yaml', 'v2.posting.yaml'], { cwd: root });
    assert.equal(run.status, 1, run.stderr);
    const blocks = run.stdout.split('\n\n');
    assert.equal(blocks[0], 'Changes from v1.posting.yaml to v2.posting.yaml');
    assert.ok(blocks.includes('Deadline for Applications (deadline)\n  ~ changed: "2024-11-08" → "2024-11-15"'), run.stdout);
    const duties = blocks.find((block) => block.startsWith('Duties (terms_of_reference.purpose_and_scope.duties)')) ?? '';
    assert.match(duties, /\n {2}\+ added: "Draft the protection unit’s quarterly report for the Representative\."/);
    assert.match(duties, /\n {2}~ edited: "Conduct legal and policy advocacy work .*" → "Lead legal and policy advocacy work .*"/);
    assert.doesNotMatch(duties, /removed/);
    assert.ok(
      blocks.some((block) => block.startsWith('Education (terms_of_reference.qualifications_and_experience.education)\n  ~ changed:')),
    );
    assert.equal(blocks.length, 4, 'title, deadline, duties, education: nothing else changed');
  });

  it('--compare of a file with itself: "No differences." and exit 0; in Japanese too', () => {
    const root = workspace({ 'v1.posting.yaml': seed });
    const run = posting_lint(['--compare', 'v1.posting.yaml', 'v1.posting.yaml', '--locale', 'ja'], { cwd: root });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'v1.posting.yaml から v1.posting.yaml への変更\n\n違いはありません。\n');
  });

  it('--compare needs exactly two files', () => {
    const run = posting_lint(['--compare', 'v1.posting.yaml'], { cwd: workspace({ 'v1.posting.yaml': seed }) });
    assert.equal(run.status, 2);
    assert.match(run.stderr, /--compare needs two files/);
  });

  it('based_on: a changed minimum education is a classified-field-changed warning on its line', () => {
    const root = workspace({ 'jd/associate.posting.yaml': seed, 'posting.posting.yaml': `based_on: jd/associate.posting.yaml\n${newer}` });
    const run = posting_lint(['posting.posting.yaml', '--format', 'json'], { cwd: root });
    const [report] = JSON.parse(run.stdout) as { problems: { code: string; message: string; range: { start: { line: number } } }[] }[];
    const classified = report.problems.filter((problem) => problem.code === 'classified-field-changed');
    assert.equal(classified.length, 1, run.stdout);
    assert.equal(
      classified[0].message,
      'Education differs from the job description this posting is based on (jd/associate.posting.yaml): Completion of Bachelor’s degree. Training and further qualifications in any of the following is an asset: international law, international relations or other related fields. → Completion of Master’s degree. Training and further qualifications in any of the following is an asset: international law, international relations or other related fields.',
    );
    const educationLine = `based_on: x\n${newer}`.split('\n').findIndex((line) => /^ {4}education: >-/.test(line));
    assert.equal(classified[0].range.start.line, educationLine, 'on the education field');
  });

  it('translation_of: differing dates and duty counts are translation-differs warnings; a missing file is named', () => {
    const root = workspace({ 'en.posting.yaml': seed, 'ja.posting.yaml': `translation_of: en.posting.yaml\n${newer}` });
    const run = posting_lint(['ja.posting.yaml', '--locale', 'ja'], { cwd: root });
    assert.match(
      run.stdout,
      /翻訳元（en\.posting\.yaml）と異なります：応募締切：こちらは2024-11-15、翻訳元は2024-11-08 +translation-differs/,
    );
    assert.match(run.stdout, /翻訳元（en\.posting\.yaml）と異なります：職務：こちらは7項目、翻訳元は6項目 +translation-differs/);
    const missing = workspace({ 'ja.posting.yaml': `translation_of: nowhere.posting.yaml\n${seed}` });
    const lost = posting_lint(['ja.posting.yaml'], { cwd: missing });
    assert.match(
      lost.stdout,
      /1:17 +warning +translation_of names nowhere\.posting\.yaml, which could not be read: .*\S +related-file-unreadable/,
    );
  });
});

describe('posting-lint: language versions linted together get the differences on both files', () => {
  it('the English posting, which names no translation, gets translated-version-differs when the translation is linted too', () => {
    const root = workspace({
      'en/posting.posting.yaml': seed,
      'ja/posting.posting.yaml': `translation_of: ../en/posting.posting.yaml\n${newer}`,
    });
    const run = posting_lint(['en/posting.posting.yaml', 'ja/posting.posting.yaml', '--format', 'json'], { cwd: root });
    type Report = { file: string; problems: { code: string; message: string; range: { start: { line: number } } }[] };
    const reports = JSON.parse(run.stdout) as Report[];
    const differs = (file: string, code: string) =>
      reports.find((report) => report.file === file)?.problems.filter((problem) => problem.code === code) ?? [];
    const english = differs('en/posting.posting.yaml', 'translated-version-differs');
    assert.deepEqual(english.map((problem) => problem.message).sort(), [
      'A translation of this posting (../ja/posting.posting.yaml) differs: Deadline for Applications: 2024-11-08 here, 2024-11-15 there',
      'A translation of this posting (../ja/posting.posting.yaml) differs: Duties: 6 items here, 7 there',
    ]);
    const deadline = english.find((problem) => problem.message.includes('Deadline'));
    assert.equal(
      deadline?.range.start.line,
      seed.split('\n').findIndex((line) => line.startsWith('deadline:')),
    );
    assert.equal(differs('ja/posting.posting.yaml', 'translation-differs').length, 2);
    assert.equal(differs('ja/posting.posting.yaml', 'translated-version-differs').length, 0, 'each side reports once');

    // Related information: the same field in the other file, in the JSON and in SARIF (relatedLocations).
    type Related = { file: string; range: { start: { line: number } } };
    const [related] = (deadline as unknown as { related: Related[] }).related;
    assert.equal(related.file, '../ja/posting.posting.yaml');
    const japaneseDeadline = `translation_of: x\n${newer}`.split('\n').findIndex((line) => line.startsWith('deadline:'));
    assert.equal(related.range.start.line, japaneseDeadline);
    const sarif = posting_lint(['en/posting.posting.yaml', 'ja/posting.posting.yaml', '--format', 'sarif'], { cwd: root });
    type SarifLocation = { physicalLocation: { artifactLocation: { uri: string }; region: { startLine: number } } };
    type SarifResult = { ruleId: string; message: { text: string }; relatedLocations?: SarifLocation[] };
    const results = (JSON.parse(sarif.stdout) as { runs: { results: SarifResult[] }[] }).runs[0].results;
    const inSarif = results.find((result) => result.ruleId === 'translated-version-differs' && result.message.text.includes('Deadline'));
    assert.deepEqual(
      inSarif?.relatedLocations?.map((location) => [
        location.physicalLocation.artifactLocation.uri,
        location.physicalLocation.region.startLine,
      ]),
      [['ja/posting.posting.yaml', japaneseDeadline + 1]],
    );

    // Linted alone, the English posting knows of no translation.
    const alone = posting_lint(['en/posting.posting.yaml', '--format', 'json'], { cwd: root });
    assert.doesNotMatch(alone.stdout, /translated-version-differs/);
  });
});
