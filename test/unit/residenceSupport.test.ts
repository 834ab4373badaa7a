import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { checkPosting } from '../../server/src/engine';
import { importFromText } from '../../server/src/engine/import/fromText';
import { replaceOnce } from '../helpers/edit';

/** A refugee-talent posting of the corpus, its residence-status support replaced by `support`. */
const base = readFileSync(resolve(__dirname, '../corpus/import/japanese/kaigo-care-staff-saitama-refugee-ja.posting.yaml'), 'utf8');
const withSupport = (support: string) =>
  replaceOnce(
    base,
    'residence_status_support:\n  details: 「介護」または「特定活動」への在留資格変更の手続きを、提携する行政書士と一緒に支援します。\n  offered: true\n  kind: supports application procedures\n',
    `residence_status_support:\n${support}`,
  );
const visaAlarms = (text: string) =>
  checkPosting(text).problems.filter((problem) => problem.code === 'refugee-talent-visa-support-missing');

describe('rule: refugee-talent-visa-support-missing and a support the text states', () => {
  it('is raised when the employer offers no support and the text states none', () => {
    assert.equal(visaAlarms(withSupport('  offered: false\n')).length, 1);
    assert.equal(visaAlarms(withSupport('  offered: false\n  details: 就労が認められる在留資格をお持ちの方が対象です。\n')).length, 1);
  });

  it('is not raised when the section states the support in its text, in Japanese or English', () => {
    for (const details of [
      '在留資格の変更手続きを支援します。',
      '当法人が受入れ機関となり、在留資格「特定技能1号（介護）」への変更申請を行います。',
      '就労ビザの取得をサポートします。',
      '入社後の在留期間の更新手続きを当社の担当者がサポートします。',
      'We sponsor the change of status of residence and pay the fees.',
    ])
      assert.deepEqual(visaAlarms(withSupport(`  offered: false\n  details: ${details}\n`)), [], details);
  });

  it('is not raised when the posting is open only to people who already hold a working status', () => {
    const openTo = (groups: string[]) =>
      replaceOnce(
        withSupport('  offered: false\n'),
        'open_to:\n  - refugee status applicants\n',
        `open_to:\n${groups.map((group) => `  - ${group}\n`).join('')}`,
      );
    assert.deepEqual(visaAlarms(openTo(['recognised refugees'])), []);
    assert.deepEqual(visaAlarms(openTo(['recognised refugees', 'people granted complementary protection'])), []);
    // Applicants and evacuees may hold a status that does not let them take this work: the support still matters.
    assert.equal(visaAlarms(openTo(['recognised refugees', 'refugee status applicants'])).length, 1);
    assert.equal(visaAlarms(openTo(['evacuees'])).length, 1);
  });

  it('is raised when the text says the support is not given', () => {
    for (const details of ['在留資格の変更手続きの支援は行っておりません。', 'We do not sponsor visas or a change of status of residence.'])
      assert.equal(visaAlarms(withSupport(`  offered: false\n  details: ${details}\n`)).length, 1, details);
  });
});

describe('import: the residence-status support a Japanese posting states', () => {
  it('sets offered, the kind and the status from a sponsor sentence that names 当法人', () => {
    const { data } = importFromText(
      [
        '【正社員】介護職員／難民の方 歓迎',
        '会社名：社会福祉法人みどり会',
        '勤務地：栃木県宇都宮市',
        '■ 仕事内容',
        '・食事の介助',
        '・記録の入力',
        '■ 在留資格について',
        '採用後、当法人が受入れ機関となり、在留資格「特定技能1号（介護）」への変更申請を行います。',
      ].join('\n'),
    );
    assert.deepEqual(data.residence_status_support, {
      details: '採用後、当法人が受入れ機関となり、在留資格「特定技能1号（介護）」への変更申請を行います。',
      offered: true,
      kind: 'sponsors change of status of residence',
      status_of_residence: '特定技能1号',
    });
    assert.equal(data.affiliate_type, 'Company Employee');
    assert.equal(data.country, '日本');
    assert.equal(data.duty_station, '栃木県宇都宮市');
  });
});
