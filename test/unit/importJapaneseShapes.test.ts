import { strict as assert } from 'assert';
import { readText, markedHeading, tablesFor, readLabel } from '../../server/src/engine/import/generic';
import { data } from '../helpers/imported';

// Short texts written for these tests in the shapes Japanese job boards and 募集要項 give; none is taken from a real page.

const jobBoard = [
  '【正社員】倉庫スタッフ／難民・難民認定申請者の方 歓迎',
  '',
  '求人番号：TEST-01',
  '掲載開始日：2027/02/01',
  '応募締切：令和9年3月31日（水）',
  '',
  '━━━━━━━━━━━━━━━━━━━━',
  '■ 会社情報',
  '━━━━━━━━━━━━━━━━━━━━',
  '会社名　　　株式会社ひかり物流',
  '会社紹介　　県内に倉庫を3か所持つ物流会社です。',
  '',
  '━━━━━━━━━━━━━━━━━━━━',
  '■ 募集内容',
  '━━━━━━━━━━━━━━━━━━━━',
  '職種　　　　倉庫スタッフ',
  '配属先　　　第二倉庫 出荷課',
  '勤務地　　　千葉県柏市',
  '仕事内容　　出荷する商品をそろえる仕事です。',
  '　・ピッキング',
  '　・検品',
  '勤務時間　　8:30～17:30',
  '休日　　　　土日祝',
  '',
  '■ 入職後のサポート',
  '　・日本語教室',
  '　・先輩社員によるメンター',
].join('\n');

describe('import: Japanese job-board shapes (issue 14 §1)', () => {
  it('reads ━ rules as decoration, ■ headings by shape and labels or headings with their value after wide spaces', () => {
    const imported = data(jobBoard);
    assert.equal(imported.job_id, 'TEST-01');
    assert.equal(imported.title, '倉庫スタッフ');
    assert.deepEqual(imported.employer, { name: '株式会社ひかり物流', description: '県内に倉庫を3か所持つ物流会社です。' });
    assert.equal(imported.duty_station, '柏市');
    assert.equal(imported.country, '日本');
    assert.deepEqual(imported.role, {
      department: '第二倉庫 出荷課',
      description: '出荷する商品をそろえる仕事です。',
      duties: ['ピッキング', '検品'],
      working_hours: '8:30～17:30',
    });
    assert.deepEqual(imported.support_after_hiring, ['日本語教室', '先輩社員によるメンター']);
    assert.equal(imported.date_posted, '2027-02-01');
    assert.equal(imported.deadline, '2027-03-31');
    const notes = JSON.stringify(imported.notes);
    assert.ok(!notes.includes('━'), notes);
    assert.ok(notes.includes('土日祝'), notes);
  });

  it('takes a run of ■ lines as a list, not as headings', () => {
    assert.ok(markedHeading('■ 募集内容'));
    assert.ok(!markedHeading('■ 日本語で日常会話ができる方。'));
    const read = readText('■ 応募資格\n■ 普通自動車免許\n■ 日本語で日常会話ができる方', tablesFor(undefined));
    const sections = read.entries.filter((entry) => entry.kind === 'section');
    assert.deepEqual(
      sections.map((entry) => [entry.concept, entry.lines?.map((line) => line.text)]),
      [['qualifications', ['普通自動車免許', '日本語で日常会話ができる方']]],
    );
  });

  it('reads a heading with a remark in full-width brackets and keeps the remark', () => {
    const imported = data(
      '倉庫スタッフ募集\n■ 応募資格（必須）\n・日本語で日常会話ができる方\n・夜勤ができる方\n■ 難民・難民申請者の方へ\n難民認定申請中の方も歓迎します。',
    );
    assert.deepEqual(imported.requirements, ['日本語で日常会話ができる方', '夜勤ができる方']);
    assert.ok(JSON.stringify(imported.notes).includes('応募資格（必須）'));
  });

  it('reads a heading spaced out to line up with longer labels ("語 学") as the heading', () => {
    const read = readText('語 学：英語で職務遂行が可能であること。', tablesFor(undefined));
    assert.deepEqual(
      read.entries.map((entry) => entry.concept),
      ['languages'],
    );
    const imported = data('JPO派遣候補者 募集要項\n1. 応募資格\n（1）語 学：英語で職務遂行が可能であること。');
    assert.match(JSON.stringify(imported), /"language":"English","level":"fluent"/);
  });

  it('keeps an indented ※ remark under a labelled value with that value, not in the list above it', () => {
    const read = readText(
      '仕事内容　：野菜の収穫作業\n　◆ 収穫\n　◆ 出荷準備\n勤務時間　：8:00～17:00\n　　　　　　※夏は6:00～15:00\n休日　　　：日曜',
      tablesFor(undefined),
    );
    const hours = read.entries.find((entry) => entry.concept === 'working_hours');
    assert.equal(hours?.value, '8:00～17:00 ※夏は6:00～15:00');
    assert.ok(!JSON.stringify(read.entries.filter((entry) => entry.kind === 'section')).includes('※'));
  });

  it('reads a label with its value after a full-width space inside a section', () => {
    const tables = tablesFor(undefined);
    assert.deepEqual(readLabel('勤務時間　9:00～18:00', tables, 'body')?.value, '9:00～18:00');
    assert.equal(readLabel('勤務時間について説明します', tables, 'body'), undefined);
  });

  it('dates a 募集要項 by the date alone under its title, and reads グレード and a day-exact degree deadline', () => {
    const imported = data(
      [
        '2027年度JPO派遣候補者選考試験',
        '募集要項',
        '',
        '2026年12月1日',
        '外務省 国際機関人事センター',
        '',
        '■ 募集ポスト',
        '機関名：国連開発計画（UNDP）',
        'ポスト名：Programme Analyst',
        '勤務地：ダカール（セネガル）',
        'グレード：P-2',
        '■ 1. 応募資格',
        '（1）年齢：2027年1月1日現在、35歳以下であること。',
        '（2）修士号を取得していること、又は2027年7月31日までに取得見込みであること。',
        '（3）日本国籍を有すること。',
        '■ 2. 応募期間',
        '2026年12月1日（火）から2027年1月15日（金）まで',
      ].join('\n'),
    );
    assert.equal(imported.profile, 'jpo');
    assert.equal(imported.date_posted, '2026-12-01');
    assert.equal(imported.grade, 'P-2');
    assert.equal((imported.eligibility as Record<string, unknown>).degree_expected_by, '2027-07-31');
  });
});
