import { strict as assert } from 'assert';
import { allDiagnosticCodes, checkPosting, defaultSettings, diagnosticInfo, type Problem } from '../../server/src/engine';
import { formatMessage, isJapanese, localizeProblems, makeProblem, translateInfo } from '../../server/src/engine/diagnostics/problems';
import { replaceOnce } from '../helpers/edit';
import { readSeed, seedsDir } from '../helpers/seeds';

const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } };

describe('messages in the reader’s language', () => {
  it('recognises Japanese locales only', () => {
    assert.deepEqual(['ja', 'ja-JP', 'JA', 'en', 'en-US', undefined, ''].map(isJapanese), [true, true, true, false, false, false, false]);
  });

  it('makes the Japanese message from the same parameters; English for other locales', () => {
    const problem = makeProblem('long-sentence', range, { words: 70, max: 60 });
    assert.equal(localizeProblems([problem], 'ja')[0].message, 'この職務の文は70語あります。60語以内にしてください');
    assert.equal(localizeProblems([problem], 'en-US')[0].message, 'This duty has a sentence of 70 words; keep sentences under 60');
  });

  it('falls back to English, text by text, where no translation exists', () => {
    const untranslated = { severity: 'warning' as const, message: 'Only English', help: 'English help', help_ja: 'ヘルプ' };
    assert.deepEqual(translateInfo(untranslated, 'ja'), { ...untranslated, message: 'Only English', help: 'ヘルプ' });
    const unknown: Problem = { code: 'made-elsewhere', severity: 'hint', message: 'As made', range };
    assert.deepEqual(localizeProblems([unknown], 'ja'), [unknown]);
  });

  it('says what an unknown field was meant to be, or where it belongs, in either language', () => {
    const messages = (text: string, locale: string) => checkPosting(text, { ...defaultSettings, locale }).problems.map((p) => p.message);
    const misspelt = replaceOnce(readSeed(), '  background: >', '  backgroud: >');
    assert.deepEqual(messages(misspelt, 'ja'), [
      '業務指示書（ToR）に不明なフィールド「backgroud」があります（「background」の誤りではありませんか）',
    ]);
    // The supervisor line one level too high: under the Terms of Reference instead of their Purpose and Scope.
    const misplaced = replaceOnce(
      replaceOnce(readSeed(), '    supervisor: Senior Protection Officer\n', ''),
      'terms_of_reference:\n',
      'terms_of_reference:\n  supervisor: Senior Protection Officer\n',
    );
    assert.deepEqual(messages(misplaced, 'en'), [
      "Unknown field 'supervisor' in Terms of Reference; it belongs in Purpose and Scope of Assignment",
    ]);
    assert.deepEqual(messages(misplaced, 'ja'), [
      '業務指示書（ToR）に不明なフィールド「supervisor」があります（業務の目的と範囲に置く項目です）',
    ]);
  });

  it('words schema problems wholly in Japanese: types, lists and the top level', () => {
    const jpo = readSeed(`${seedsDir}/mofa-jpo-ocha-bangkok-p2.posting.yaml`);
    const text = replaceOnce(
      replaceOnce(replaceOnce(jpo, 'grade: P-2', 'grade: P2'), '  max_age: 35\n', '  max_age: "35"\n'),
      'eligibility:\n',
      'remarks: none\neligibility:\n',
    );
    assert.deepEqual(
      checkPosting(text, { ...defaultSettings, locale: 'ja' }).problems.map((p) => p.message),
      [
        'ポスティングに不明なフィールド「remarks」があります',
        '等級は次のいずれかでなければなりません: 一覧の値（最も近いもの: P-2）',
        'Age limitは整数でなければなりません。文字列ではありません',
      ],
    );
  });

  it('names the field by its Japanese heading where one exists: a date, an empty list, a type', () => {
    const jpo = readSeed(`${seedsDir}/mofa-jpo-ocha-bangkok-p2.posting.yaml`);
    const text = replaceOnce(jpo, 'deadline: 2025-03-04', 'deadline: 4 March 2025');
    const problems = checkPosting(text, { ...defaultSettings, locale: 'ja' }).problems;
    assert.deepEqual(
      problems.filter((p) => p.code === 'invalid-date').map((p) => p.message),
      ['応募締切は YYYY-MM-DD 形式の日付で書いてください（例: 2025-01-31）'],
    );
    const english = checkPosting(text, defaultSettings).problems.find((p) => p.code === 'invalid-date');
    assert.match(english?.message ?? '', /^Application deadline|^Deadline/);
  });

  it('a Japanese template falls back to the plain parameter where no Japanese form is given', () => {
    assert.equal(formatMessage('{section}: {detail_ja}', { section: 'Title', detail: 'as given' }), 'Title: as given');
    assert.equal(formatMessage('{section}: {detail_ja}', { section: 'Title', detail: 'as given', detail_ja: '日本語' }), 'Title: 日本語');
    assert.equal(formatMessage('{missing_ja}', {}), '{missing_ja}');
  });

  it('every Japanese template uses only placeholders its English template (or the rule) provides', () => {
    for (const code of allDiagnosticCodes()) {
      const info = diagnosticInfo(code);
      if (!info?.message_ja) continue;
      const english = new Set([...info.message.matchAll(/\{(\w+)\}/g)].map((m) => m[1]));
      for (const [, name] of info.message_ja.matchAll(/\{(\w+)\}/g)) {
        assert.ok(english.has(name) || name.endsWith('_ja'), `${code}: {${name}} is not in the English message`);
      }
    }
  });
});
