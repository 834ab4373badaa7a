import { strict as assert } from 'assert';
import { checkPosting, defaultSettings, parsePosting, readabilityLenses } from '../../server/src/engine';
import { freeTextOf } from '../../server/src/engine/wording';
import { measure, sectionsOf } from '../../server/src/engine/wording/readability';
import { replaceOnce } from '../helpers/edit';
import { readSeed, seedsDir } from '../helpers/seeds';

const seed = readSeed();
const readability = (text: string, parameters = {}, severities = {}) =>
  checkPosting(text, { ...defaultSettings, parameters, severities }).problems.filter((p) => p.code.startsWith('readability-'));

function sections(text: string) {
  const { document } = parsePosting(text);
  return sectionsOf(freeTextOf(document!, text));
}

describe('readability per section', () => {
  it('groups list items into one section and measures grade, ARI and sentence lengths with the npm formulas', () => {
    const text = replaceOnce(
      seed,
      '  monitoring_and_progress_controls:\n',
      '  monitoring_and_progress_controls:\n    - The cat sat on the mat.\n    - The dog ran to the park and back.\n',
    );
    const section = sections(text).find((s) => s.path.join('.') === 'terms_of_reference.monitoring_and_progress_controls')!;
    assert.equal(section.texts.length, 7);
    const simple = measure({ path: section.path, texts: section.texts.slice(0, 2) });
    // 2 sentences, 14 words, 14 syllables, 42 letters: Flesch-Kincaid 0.39 × 7 + 11.8 × 1 − 15.59 = −1.06; ARI 4.71 × 3 + 0.5 × 7 − 21.43 = −3.8.
    assert.deepEqual(simple, { language: 'en', sentences: 2, words: 14, grade: -1.1, ari: -3.8, averageWords: 7, longestWords: 8 });
  });

  it('measures Japanese by sentence length in characters and kanji share', () => {
    const text = replaceOnce(
      seed,
      '  monitoring_and_progress_controls:\n',
      '  monitoring_and_progress_controls:\n    - 難民の保護を支援する。ひらがなだけのぶんです。\n',
    );
    const section = sections(text).find((s) => s.path.join('.') === 'terms_of_reference.monitoring_and_progress_controls')!;
    const measures = measure({ path: section.path, texts: section.texts.slice(0, 1) });
    assert.deepEqual(measures, {
      language: 'ja',
      sentences: 2,
      characters: 23,
      averageCharacters: 12,
      longestCharacters: 12,
      kanjiPercent: 29,
    });
  });

  it('reports a section far above the project target only once the project sets one', () => {
    assert.deepEqual(readability(seed), []);
    const found = readability(seed, { readabilityTargetGrade: 12 });
    assert.deepEqual(
      found.map((p) => [p.code, p.severity, p.range.start.line + 1]),
      [
        ['readability-grade', 'information', 20],
        ['readability-grade', 'information', 61],
        ['readability-grade', 'information', 89],
      ],
    );
    assert.equal(
      found[1].message,
      'This section reads at grade 24.4 (Flesch-Kincaid; ARI 26.6), far above the target of grade 12; its sentences average 37 words',
    );
    // A higher target leaves the hardest section only; a rule severity alone turns the check on at the default target.
    assert.deepEqual(
      readability(seed, { readabilityTargetGrade: 16 }).map((p) => p.range.start.line + 1),
      [61],
    );
    assert.equal(readability(seed, {}, { 'readability-grade': 'warning' }).length, 3);
  });

  it('leaves the Japanese measure to postings read in a second language: not JPO postings, whose readers are Japanese', () => {
    // Long sentences joined at 「、」: about 90 characters each, well over the 60 that read easily.
    const japanese =
      '当社は、外国籍の方を含む多様な人材が安心して働ける職場づくりを進めており、入社後の日本語学習や在留資格の手続きについても、専任の担当者が一人ひとりに寄り添いながら継続して支援しています。'.repeat(
        2,
      );
    // Plain business Japanese: short sentences, about 45 % kanji among the Japanese characters: nothing to report.
    const plain = '予約システムで予約の変更と取消を行い、返金を処理する。利用者の質問に電話と電子メールで回答する。'.repeat(2);
    const paragraph = (key: string, indent: string, value = japanese) => `${indent}${key}: >-\n${indent}  ${value}\n`;
    const welgee = readSeed(`${seedsDir}/welgee-refugee-talent-software-engineer.posting.yaml`);
    const description = /^ {2}description: >-\n {4}The engineer[^\n]*\n[^\n]*\n/m;
    const refugeeTalent = welgee.replace(description, paragraph('description', '  '));
    assert.deepEqual(
      readability(refugeeTalent, { readabilityTargetGrade: 12 }).map((p) => p.code),
      ['readability-japanese'],
    );
    assert.deepEqual(readability(welgee.replace(description, paragraph('description', '  ', plain)), { readabilityTargetGrade: 12 }), []);
    const jpo = readSeed(`${seedsDir}/mofa-jpo-ocha-bangkok-p2.posting.yaml`).replace(
      /^ {2}background: >-\n(?: {4}[^\n]*\n)+/m,
      paragraph('background', '  '),
    );
    assert.ok(jpo.includes(japanese));
    assert.deepEqual(
      readability(jpo, { readabilityTargetGrade: 12 }).filter((p) => p.code === 'readability-japanese'),
      [],
    );
  });

  it('gives a code lens per section, in the reader’s language', () => {
    const lenses = readabilityLenses(seed, 'ja', 14);
    assert.equal(lenses[0].title, '読みやすさ: 学年レベル 14.9（目標 14）、2文、1文平均 19語、最長 20語');
    assert.equal(lenses.length, 10);
  });
});
