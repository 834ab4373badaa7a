import { strict as assert } from 'assert';
import { readText, markedHeading, tablesFor, readLabel } from '../../server/src/engine/import/generic';
import { importFromText } from '../../server/src/engine';
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
    assert.deepEqual(imported.employer, {
      name: '株式会社ひかり物流',
      description: '県内に倉庫を3か所持つ物流会社です。',
      industry: '物流',
    });
    assert.equal(imported.duty_station, '千葉県柏市');
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

  it('reads a 【】 block over its value: a pay line that opens with 年収 or 時給 is the value, a ※ remark and the next numbered line go on it, other lines under it are no part of the section above', () => {
    const imported = data(
      [
        '【正社員】営業アシスタント／外国籍の方歓迎',
        '株式会社テスト商事',
        '【応募資格】',
        '・日本語能力試験N2以上',
        '【勤務地】',
        '大阪府大阪市中央区本町1-2-3',
        '最寄り駅：本町駅 徒歩3分',
        '【給与】',
        '年収350万円～480万円',
        '※経験・能力を考慮の上、決定します',
        '【勤務時間】',
        '(1) 8時00分～17時00分',
        '(2) 20時00分～5時00分',
        '【応募できる方】',
        '・難民認定を受けた方',
      ].join('\n'),
    );
    assert.deepEqual(imported.requirements, ['日本語能力試験N2以上']);
    assert.equal(imported.duty_station, '大阪府大阪市中央区');
    assert.equal(imported.role.salary, '年収350万円～480万円 ※経験・能力を考慮の上、決定します');
    assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 3500000, maximum: 4800000, per: 'year' });
    assert.equal(imported.role.working_hours, '(1) 8時00分～17時00分 (2) 20時00分～5時00分');
    const notes = JSON.stringify(imported.notes);
    assert.ok(notes.includes('最寄り駅：本町駅 徒歩3分'), notes);
    assert.ok(notes.includes('【応募できる方】'), notes);
  });

  it("reads a ticket's 賃金 cell whose value opens with 時給 as the pay", () => {
    const imported = data(
      ['求人票', '事業所名', '有限会社テスト食品', '仕事内容', '惣菜の盛り付け', '賃金', '時給 1,150円～1,300円', '年齢', '不問'].join(
        '\n',
      ),
    );
    assert.deepEqual(imported.duties, ['惣菜の盛り付け']);
    assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 1150, maximum: 1300, per: 'hour' });
    assert.ok(JSON.stringify(imported.notes).includes('賃金: 時給 1,150円～1,300円'));
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

  it("names no organisation from a notice's list of host agencies, each named once", () => {
    const notice = data(
      [
        'JPO派遣候補者選考試験',
        '',
        '(1)派遣先：外務省が派遣取決めを結んでいる国際機関（国連事務局、UNDP、UNICEF、UNHCR、WFP等）。',
        '(2)派遣期間：原則2年間',
      ].join('\n'),
    );
    assert.equal(notice.organization, undefined);
    // An agency the text names more often than the others is its own.
    const post = data(['Programme Analyst', '', 'UNDP works with UNICEF on schools.', 'UNDP offers a two-year post.'].join('\n'));
    assert.equal(post.organization, 'UNDP');
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

  it('joins the lines of a 募集要項 a PDF wrapped at a fixed width, even inside a word, but not before a katakana item', () => {
    const imported = data(
      [
        '2028年度JPO派遣候補者選考試験 募集要項',
        '2028年2月1日',
        '外務省 国際機関人事センター',
        '機関名：国連開発計画（UNDP）',
        'ポスト名：Programme Analyst',
        '勤務地：ダカール（セネガル）',
        '1. 応募資格',
        '(1) 学歴・職歴',
        'ア 開発学、経済学、公共政策その他の関連分野において修士号を取得してい',
        'ること。',
        'イ 応募ポストに関連する分野において2年以上の職務経験を有すること（ア',
        'ルバイト、インターンは職務経験に含みません）。',
        '(2) 日本国籍を有すること。',
      ].join('\n'),
    );
    const eligibility = imported.eligibility as Record<string, unknown>;
    assert.deepEqual(eligibility.experience_excludes, ['part-time work', 'internships']);
    const statement = eligibility.statement as string[];
    assert.ok(statement.includes('ア 開発学、経済学、公共政策その他の関連分野において修士号を取得していること。'), statement.join('|'));
    assert.ok(statement.some((line) => line.startsWith('イ ')));
  });

  it('reads the grade beside the title heading the Terms of Reference after a 募集要項', () => {
    const imported = data(
      [
        '2028年度JPO派遣候補者選考試験 募集要項',
        '外務省 国際機関人事センター',
        '機関名：国連開発計画（UNDP）',
        'ポスト名：Programme Analyst (Governance)',
        '勤務地：ダカール（セネガル）',
        '1. 応募資格',
        '(1) 日本国籍を有すること。',
        'TERMS OF REFERENCE',
        'Programme Analyst (Governance), P-2',
        'UNDP Senegal Country Office, Dakar',
        'Duties',
        '- Draft the reports.',
      ].join('\n'),
    );
    assert.equal(imported.grade, 'P-2');
  });

  it('reads the industry a company calls itself by, the NPO that introduces it and the start date stated in a sentence', () => {
    const imported = data(
      [
        '\u3010\u6b63\u793e\u54e1\u3011\u6c34\u7523\u52a0\u5de5\u30b9\u30bf\u30c3\u30d5\uff0f\u96e3\u6c11\u8a8d\u5b9a\u3092\u53d7\u3051\u305f\u65b9\u3082\u6b53\u8fce',
        '\u682a\u5f0f\u4f1a\u793e\u3046\u307f\u306d\u3053\u98df\u54c1',
        '\u25a0 \u4f1a\u793e\u306b\u3064\u3044\u3066',
        '\u6e2f\u306e\u305d\u3070\u3067\u5e72\u7269\u3092\u3064\u304f\u308b\u6c34\u7523\u52a0\u5de5\u696d\u3092\u55b6\u3080\u4f1a\u793e\u3067\u3059\u3002',
        '\u25a0 \u52df\u96c6\u8981\u9805',
        '\u8077\u7a2e\u3000\u3000\uff1a\u88fd\u9020\u30b9\u30bf\u30c3\u30d5',
        '\u52e4\u52d9\u5730\u3000\uff1a\u9759\u5ca1\u770c\u6cbc\u6d25\u5e02',
        '\u203b \u5165\u793e\u65e5\u306f2027\u5e748\u67081\u65e5\u3092\u4e88\u5b9a\u3057\u3066\u3044\u307e\u3059\u3002',
        '\u25a0 \u7d39\u4ecb\u56e3\u4f53',
        '\u672c\u6c42\u4eba\u306f\u300cNPO\u6cd5\u4eba \u3064\u306a\u3050\u672a\u6765\u300d\u304c\u7d39\u4ecb\u3057\u3066\u3044\u307e\u3059\u3002',
      ].join('\n'),
    );
    assert.equal((imported.employer as Record<string, unknown>).industry, '\u6c34\u7523\u52a0\u5de5\u696d');
    assert.equal((imported.matching_partner as Record<string, unknown>).name, 'NPO\u6cd5\u4eba \u3064\u306a\u3050\u672a\u6765');
    assert.equal(imported.target_start_date, '2027-08-01');
  });

  it('reads a degree expected by a 令和 date with the degree named between, and how recent the English score must be', () => {
    const imported = data(
      [
        '\u4ee4\u548c9\u5e74\u5ea6 JPO\u6d3e\u9063\u5019\u88dc\u8005\u9078\u8003\u8a66\u9a13 \u52df\u96c6\u8981\u9805',
        '\u5916\u52d9\u7701 \u56fd\u969b\u6a5f\u95a2\u4eba\u4e8b\u30bb\u30f3\u30bf\u30fc',
        '\u30dd\u30b9\u30c8\uff1aAssociate Programme Officer',
        '1. \u5fdc\u52df\u8cc7\u683c',
        ' (1) \u4ee4\u548c9\u5e744\u67081\u65e5\u6642\u70b9\u306735\u6b73\u4ee5\u4e0b\u3067\u3042\u308b\u3053\u3068\u3002',
        ' (2) \u4fee\u58eb\u53f7\u3092\u53d6\u5f97\u3057\u3066\u3044\u308b\u3053\u3068\u3001\u53c8\u306f\u4ee4\u548c9\u5e748\u670831\u65e5\u307e\u3067\u306b\u4fee\u58eb\u53f7\u3092\u53d6\u5f97\u898b\u8fbc\u307f\u3067\u3042\u308b\u3053\u3068\u3002',
        ' (3) \u5fdc\u52df\u7de0\u5207\u65e5\u304b\u3089\u9061\u3063\u30662\u5e74\u4ee5\u5185\u306b\u53d7\u9a13\u3057\u305fTOEFL iBT\u53c8\u306fIELTS\u306e\u30b9\u30b3\u30a2\u3092\u63d0\u51fa\u3067\u304d\u308b\u3053\u3068\u3002',
        ' (4) \u65e5\u672c\u56fd\u7c4d\u3092\u6709\u3059\u308b\u3053\u3068\u3002',
      ].join('\n'),
    );
    assert.equal(imported.title, 'Associate Programme Officer');
    const eligibility = imported.eligibility as Record<string, unknown>;
    assert.equal(eligibility.degree_expected_by, '2027-08-31');
    assert.equal(
      (eligibility.english as Record<string, unknown>).score_validity,
      '\u5fdc\u52df\u7de0\u5207\u65e5\u304b\u3089\u9061\u3063\u30662\u5e74\u4ee5\u5185\u306b\u53d7\u9a13\u3057\u305f',
    );
  });

  it("reads a company page's ■勤務地 over '本社：<address>' as the duty station there, the address staying the company's", () => {
    const posting = data(
      [
        '【難民の方も歓迎】通関スタッフ（正社員）',
        '',
        '■仕事内容',
        '・通関書類の確認',
        '',
        '■勤務地',
        '本社：静岡県浜松市中区旭町1-2（浜松駅 徒歩5分）',
        '',
        '■給与',
        '月給 230,000円',
      ].join('\n'),
    );
    assert.equal(posting.duty_station, '静岡県浜松市中区');
    assert.equal(posting.employer.location, '静岡県浜松市中区旭町1-2（浜松駅 徒歩5分）');
  });

  describe('a Hello Work 求人票 (ticket), copied label<TAB>value or one cell a line', () => {
    const rows: [string, string][] = [
      ['求人番号', '10050-99999999'],
      ['受付年月日', '令和8年6月3日'],
      ['紹介期限日', '令和8年8月31日'],
      ['受理安定所', '太田公共職業安定所'],
      ['産業分類', '輸送用機械器具製造業'],
      ['事業所名', '株式会社　テスト工業'],
      ['職種', 'プレス機オペレーター'],
      ['仕事内容', '自動車部品のプレス加工'],
      ['雇用形態', '正社員'],
      ['雇用期間', '雇用期間の定めなし'],
      ['就業場所', '事業所所在地と同じ　〒373-0000　群馬県太田市東町１'],
      ['年齢', '不問'],
      ['学歴', '不問'],
      ['必要な経験等', '不問（製造業の経験があれば尚可）'],
      ['賃金（手当等を含む）', '200,000円〜230,000円'],
      ['賃金形態等', '月給'],
      ['通勤手当', '実費支給'],
      ['就業時間', '8時00分〜17時00分'],
      ['加入保険等', '雇用　労災　健康　厚生'],
      ['求人に関する特記事項', '難民認定を受けた方の応募を歓迎します。'],
      ['', '在留資格の変更が必要な場合は、当社が手続きを支援します。'],
      ['', '入社後は通訳スタッフが仕事の手順を説明します。'],
      ['', '応募の相談は提携するNPO法人テストワークスでも受け付けています。'],
      ['備考', '採用予定人数　２人。入社日　令和8年10月1日（相談可）。応募締切　令和8年8月31日。'],
    ];
    const tabbed = rows.map(([label, value]) => (label ? `${label}\t${value}` : `\t${value}`)).join('\n');
    const cells = rows.flatMap(([label, value]) => (label ? [label, value] : [value])).join('\n');

    for (const [form, text] of [
      ['label<TAB>value', tabbed],
      ['one cell a line', cells],
    ] as const)
      it(`reads the ticket's fields (${form}); what has no field stays under notes as 'label: value'`, () => {
        const imported = data(text);
        assert.equal(imported.profile, 'refugee-talent');
        assert.equal(imported.job_id, '10050-99999999');
        assert.equal(imported.date_posted, '2026-06-03');
        assert.equal(imported.deadline, '2026-08-31');
        assert.equal(imported.employer.name, '株式会社　テスト工業');
        assert.equal(imported.employer.industry, '輸送用機械器具製造業');
        assert.equal(imported.duty_station, '群馬県太田市');
        assert.equal(imported.role.salary, '200,000円〜230,000円');
        assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 200000, maximum: 230000, per: 'month' });
        assert.equal(imported.role.working_hours, '8時00分〜17時00分');
        assert.deepEqual(imported.preferred, ['製造業の経験があれば尚可']);
        assert.equal(imported.requirements, undefined, '不問 is no requirement');
        assert.equal(imported.residence_status_support.details, '在留資格の変更が必要な場合は、当社が手続きを支援します。');
        assert.deepEqual(imported.support_after_hiring, ['入社後は通訳スタッフが仕事の手順を説明します。']);
        assert.equal(imported.matching_partner.name, 'NPO法人テストワークス');
        assert.equal(imported.target_start_date, '2026-10-01');
        const notes = (imported.notes as string[]).join('\n');
        for (const kept of ['受理安定所: 太田公共職業安定所', '年齢: 不問', '通勤手当: 実費支給', '加入保険等'])
          assert.ok(notes.includes(kept), `${kept} in ${notes}`);
        // The remark whose sentences gave the start date stays as written.
        assert.ok((imported.closing_statements as string[]).some((line) => line.startsWith('採用予定人数　２人。入社日　令和8年10月1日')));
        assert.ok(!JSON.stringify(imported.role.duties ?? []).includes('年齢'), 'the ticket row after the duties is no duty');
      });

    it("reads a ticket's PDF copied as text: rows 'label value' several a line, wrapped values, ● groups, 時間額, and 事業所所在地と同じ as the 所在地", () => {
      const imported = data(
        [
          '求人票（パート）                                   1/1',
          '求人番号 13010- 1234567          受付年月日 令和8年5月7日 紹介期限日 令和8年7月31日',
          '●求人事業所',
          '事業所名 株式会社 テスト物産',
          '所在地 〒300-0000 茨城県土浦市テスト町1-2',
          '●仕事内容',
          '職種 倉庫内軽作業',
          '仕事内容 入荷した商品の検品と棚入れを担当していただきます。最初は先輩',
          'が一緒に作業します。',
          '・商品の検品',
          '雇用形態 パート労働者        派遣・請負等 派遣・請負ではない',
          '就業場所 事業所所在地と同じ         マイカー通勤 可',
          '年齢 不問',
          '必要な経験等 倉庫での経験があれば尚可',
          '●賃金・手当',
          '賃金 時間額 1,100円～1,250円',
          '通勤手当 実費支給（上限あり）月額 8,000円',
          '週所定労働日数 週3日程度   休憩時間 45分',
          '●選考等',
          '選考方法 書類選考 面接（予定1回）',
          '担当者 総務課 佐藤',
        ].join('\n'),
      );
      assert.equal(imported.job_id, '13010- 1234567');
      assert.equal(imported.date_posted, '2026-05-07');
      assert.equal(imported.deadline, '2026-07-31');
      assert.equal(imported.organization, '株式会社 テスト物産');
      assert.equal(imported.title, '倉庫内軽作業');
      assert.deepEqual(imported.duties, ['入荷した商品の検品と棚入れを担当していただきます。最初は先輩が一緒に作業します。', '商品の検品']);
      assert.equal(imported.contract_type, 'パート労働者');
      assert.equal(imported.duty_station, '茨城県土浦市');
      assert.equal(imported.experience, '倉庫での経験があれば尚可');
      assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 1100, maximum: 1250, per: 'hour' });
      assert.equal(imported.assessment, '書類選考 面接（予定1回）');
      const notes = (imported.notes as string[]).join('\n');
      for (const kept of ['就業場所: 事業所所在地と同じ', '年齢: 不問', '派遣・請負等: 派遣・請負ではない', '担当者：総務課 佐藤'])
        assert.ok(notes.includes(kept), `${kept} in ${notes}`);
    });

    it("reads a ticket from the web page: a cell's second line goes on its row, a + b is the pay (not a commute allowance), Ｎ３ is N3", () => {
      const imported = data(
        [
          '求人番号\t23090- 1111111',
          '受付年月日\t2026年4月6日',
          '事業所名\t株式会社　テスト精機',
          '所在地\t〒471-0000',
          '愛知県豊田市テスト町1番地',
          '',
          '仕事内容',
          '職種\tNC旋盤オペレーター',
          '仕事内容\t自動車部品をNC旋盤で加工する',
          '仕事です。',
          '・寸法検査と記録',
          '雇用形態\t正社員',
          '就業場所\t事業所所在地と同じ',
          '必要な免許・資格\t普通自動車運転免許　あれば尚可',
          '',
          '賃金・手当',
          'a 基本給（月額平均）又は時間額\t200,000円～240,000円',
          'a + b\t218,000円～262,000円',
          '賃金形態等\t月給',
          '通勤手当\t実費支給（上限あり）月額 20,000円',
          '',
          '求人に関する特記事項',
          '特記事項\t＊難民認定申請中で就労が許可されている方も応募できます。',
          '＊日本語は日常会話程度（日本語能力試験Ｎ３程度）が必要です。',
        ].join('\n'),
      );
      assert.equal(imported.employer.location, '〒471-0000 愛知県豊田市テスト町1番地');
      assert.equal(imported.duty_station, '愛知県豊田市');
      assert.deepEqual(imported.role.duties, ['自動車部品をNC旋盤で加工する仕事です。', '寸法検査と記録']);
      assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 218000, maximum: 262000, per: 'month' });
      assert.equal(imported.japanese_level, 'N3');
      assert.equal(imported.requirements, undefined, 'the pay rows under 賃金・手当 are no requirements');
      assert.ok((imported.notes as string[]).some((note) => note.includes('a 基本給（月額平均）又は時間額')));
    });

    it("reads 時間額 as an hourly pay, and a month's base pay given also by the hour (月額平均又は時間額) as monthly", () => {
      assert.deepEqual(data('求人票\n職種\t相談員\n賃金\t時間額 1,200円～1,400円').salary, {
        currency: 'JPY',
        minimum: 1200,
        maximum: 1400,
        per: 'hour',
      });
      assert.deepEqual(data('求人票\n職種\t相談員\n基本給（月額平均）又は時間額 200,000円～240,000円').salary, {
        currency: 'JPY',
        minimum: 200000,
        maximum: 240000,
        per: 'month',
      });
    });

    it('reads 年齢 as a ticket row only before a tab or alone, so a 募集要項 condition "年齢：…" stays a condition', () => {
      const imported = data('JPO派遣候補者 募集要項\n1. 応募資格\n（1）年齢：35歳以下であること。\n（2）日本国籍を有すること。');
      assert.equal(imported.eligibility.max_age, 35);
      assert.ok(!JSON.stringify(imported.notes ?? []).includes('年齢'));
    });

    it('reads a numbered 年齢 heading with its condition on the next line as the age limit, not as a ticket row', () => {
      const imported = data(
        'JPO派遣候補者 募集要項\n1. 応募資格\n(1) 年齢\n2028年4月1日現在、35歳以下であること。\n(2) 学歴\n修士号を取得していること。',
      );
      assert.equal(imported.eligibility.max_age, 35);
      assert.equal(imported.eligibility.age_reference_date, '2028-04-01');
      assert.ok(!JSON.stringify(imported.notes ?? []).includes('年齢'));
    });
  });

  it('reads a 募集要項 written in full-width digits: ■１．headings, （３）labels, dates and an age reckoned on the deadline', () => {
    const imported = data(
      [
        '令和９年度ＪＰＯ派遣候補者追加募集（国連食糧農業機関（ＦＡＯ））',
        '２０２７年１２月６日',
        '■１．ポスト概要',
        '　機関名　：国連食糧農業機関（ＦＡＯ）',
        '　職名　　：Associate Programme Officer',
        '　勤務地　：サモア独立国・アピア',
        '■２．応募資格',
        '　（１）応募締切日時点で35歳以下であること。',
        '　（２）関連分野の修士号を取得していること、又は２０２８年７月末までに取得見込みであること。',
        '　（３）関連分野で２年以上の職務経験を有すること。',
        '■３．応募方法',
        '　（１）募集期間：２０２７年１２月６日（月）～２０２８年１月１０日（月）正午（日本時間）',
      ].join('\n'),
    );
    assert.equal(imported.date_posted, '2027-12-06');
    assert.equal(imported.application_opens, '2027-12-06');
    assert.equal(imported.deadline, '2028-01-10');
    assert.equal(imported.country, 'サモア');
    assert.equal(imported.duty_station, 'アピア');
    assert.equal(imported.eligibility.max_age, 35);
    assert.equal(imported.eligibility.age_reference_date, '2028-01-10');
    assert.equal(imported.eligibility.degree_expected_by, '2028-07-31');
    assert.equal(imported.eligibility.minimum_experience_years, 2);
  });

  it("keeps a job board's buttons (この求人に応募する, 気になるリストに保存) under notes, out of the duties", () => {
    const imported = data(
      [
        '倉庫内ピッキングスタッフ（難民の方歓迎）',
        '株式会社テスト物流',
        '仕事内容',
        '・ピッキング',
        '・検品',
        '気になるリストに保存',
        '勤務地',
        '千葉県柏市',
        'この求人に応募する',
      ].join('\n'),
    );
    assert.deepEqual(imported.role.duties, ['ピッキング', '検品']);
    const notes = JSON.stringify(imported.notes);
    assert.ok(notes.includes('気になるリストに保存') && notes.includes('この求人に応募する'), notes);
  });
});

describe('import: Japanese notices of municipalities, NGOs and companies recruiting foreign nationals (issue 14 §1)', () => {
  const company = [
    '外国籍人材 募集のお知らせ',
    '株式会社テスト倉庫',
    '掲載日：2027年12月6日',
    '募集職種：倉庫スタッフ',
    '応募締切：1月8日(土)',
    '入社日：2月1日(火)',
    '',
    '＜会社紹介＞',
    '県内に倉庫を2か所持つ物流会社です。',
    '＜仕事内容＞',
    '・検品',
    '・出荷',
    '＜応募条件＞',
    '・倉庫での勤務経験1年以上',
  ].join('\n');

  it('reads a company posting that recruits foreign nationals as refugee-talent, with ＜…＞ headings', () => {
    const imported = data(company);
    assert.equal(imported.profile, 'refugee-talent');
    assert.equal(imported.employer.name, '株式会社テスト倉庫');
    assert.equal(imported.employer.description, '県内に倉庫を2か所持つ物流会社です。');
    assert.deepEqual(imported.role.duties, ['検品', '出荷']);
    assert.deepEqual(imported.requirements, ['倉庫での勤務経験1年以上']);
  });

  it('reads a date printed without its year in the year of the posting date (the next one after it), and keeps it as written', () => {
    const imported = data(company);
    assert.equal(imported.deadline, '2028-01-08');
    assert.equal(imported.target_start_date, '2028-02-01');
    const notes = JSON.stringify(imported.notes);
    assert.ok(notes.includes('1月8日(土)') && notes.includes('2月1日(火)'), notes);
  });

  it('never guesses a year a weekday contradicts, nor one without a posting date or weekday', () => {
    // 2028-01-08 is a Saturday: a Sunday cannot be read.
    assert.equal(data(company.replace('1月8日(土)', '1月8日(日)')).deadline, undefined);
    const undated = company
      .replace('掲載日：2027年12月6日', '入社日程：2027年12月6日に説明会')
      .replace('入社日：2月1日(火)', '入社日：2月1日');
    assert.equal(data(undated).target_start_date, undefined);
  });

  it('reads a company post that hires recognised refugees with a partner: the company ends before は、, the partner it works with, a refusal of visa support, あれば歓迎', () => {
    const imported = data(
      [
        '株式会社テストケアは、一般社団法人テスト・ブリッジ（TB）と連携し、',
        '難民として認定された方・補完的保護対象者の方を介護スタッフとして採用します。',
        '勤務地：神奈川県川崎市中原区',
        '▶応募条件',
        '・夜勤を含むシフト勤務ができる方',
        '・就労制限のない在留資格をお持ちの方',
        '　※今回の募集では在留資格（ビザ）の取得・変更のサポートは行っていません。',
        '▶あれば歓迎',
        '・介護職員初任者研修の修了者',
      ].join('\n'),
    );
    assert.equal(imported.profile, 'refugee-talent');
    assert.equal(imported.employer.name, '株式会社テストケア');
    assert.equal(imported.matching_partner.name, '一般社団法人テスト・ブリッジ（TB）');
    assert.deepEqual(imported.open_to, ['recognised refugees', 'people granted complementary protection']);
    assert.deepEqual(imported.residence_status_support, { offered: false, kind: 'none' });
    assert.deepEqual(imported.preferred, ['介護職員初任者研修の修了者']);
  });

  it("reads an international board's facts glued to their labels in its own case, ¥ as yen in a Japanese text, and headings in two languages", () => {
    const imported = data(
      [
        'ホテルスタッフ（正社員）／ Hotel Staff (Full-time)',
        '株式会社テストホテルズ',
        'Salary¥250,000 – ¥280,000 / month',
        'Application deadlineOctober 9, 2026',
        '■ 応募できる方 / Who can apply',
        '補完的保護対象者の方のご応募を歓迎します。',
        '■ 在留資格のサポート / Visa support',
        '当社が受入れ機関となり「特定技能1号（宿泊分野）」への在留資格変更を支援します。',
        '■ 勤務時間・休日 / Hours and holidays',
        'シフト制：早番 7:00～16:00',
      ].join('\n'),
    );
    assert.equal(imported.deadline, '2026-10-09');
    assert.equal(imported.role.salary, '¥250,000 – ¥280,000 / month');
    assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 250000, maximum: 280000, per: 'month' });
    assert.equal(imported.residence_status_support.kind, 'sponsors change of status of residence');
    assert.equal(
      imported.residence_status_support.details,
      '当社が受入れ機関となり「特定技能1号（宿泊分野）」への在留資格変更を支援します。',
      'the hours under their own heading are no part of the support',
    );
  });

  it("reads a board's facts glued to their labels (給与時給 …, 雇用形態契約社員), its stars as no heading, 募集終了予定日, こんな方を歓迎", () => {
    const imported = data(
      [
        '倉庫の検品スタッフ【難民申請中の方 歓迎】',
        '株式会社テストデリカ',
        '★★★★☆ 3.9（口コミ 27件）',
        '給与時給 1,250円 ～ 1,400円',
        '雇用形態契約社員',
        '勤務地千葉県船橋市高瀬町1-2',
        '募集終了予定日 2026/6/30',
        '【こんな方を歓迎】',
        '・倉庫での勤務経験がある方は優遇',
        '【在留資格について】',
        '在留期間の更新手続きに必要な書類（在職証明書、雇用契約書の写しなど）の準備を会社がサポートします。',
      ].join('\n'),
    );
    assert.equal(imported.role.salary, '時給 1,250円 ～ 1,400円');
    assert.equal(imported.role.employment_type, 'full-time fixed-term');
    assert.equal(imported.duty_station, '千葉県船橋市');
    assert.equal(imported.deadline, '2026-06-30');
    assert.deepEqual(imported.preferred, ['倉庫での勤務経験がある方は優遇']);
    assert.equal(imported.residence_status_support.kind, 'supports application procedures');
  });

  it('leaves a title that opens with a label word (給与計算スタッフ) whole: one line so written is no glued row', () => {
    const imported = data(['給与計算スタッフ募集', '株式会社テスト', '勤務地：東京都港区', '雇用形態：正社員'].join('\n'));
    assert.equal(imported.title, '給与計算スタッフ募集');
    assert.equal(imported.salary, undefined);
    assert.equal(imported.duty_station, '東京都港区');
  });

  it('reads a requirement the employer favours (…の経験がある方を優遇します) as desirable, and a language by what it is used for', () => {
    const imported = data(
      [
        'テスト市 通訳員募集',
        '応募資格',
        '・英語又は中国語で通訳ができる方',
        '・大学卒業以上',
        '・相談業務の経験がある方を優遇します。',
      ].join('\n'),
    );
    assert.equal(imported.languages, '英語又は中国語で通訳ができる方');
    assert.equal(imported.education, '大学卒業以上');
    assert.deepEqual(imported.desirable, ['相談業務の経験がある方を優遇します。']);
  });

  it('reads a notice numbered in full-width digits with a wide space ("３　業務内容") as its headings, and its table of posts by the header row', () => {
    const imported = data(
      [
        'テスト市会計年度任用職員（通訳員）募集案内',
        '',
        '１　募集職種等',
        '職種\t任用形態\t人数\t任用期間',
        '通訳員（英語）\tパートタイム会計年度任用職員\t１人\t令和８年４月１日～令和９年３月３１日',
        '通訳員（中国語）\tパートタイム会計年度任用職員\t１人\t令和８年４月１日～令和９年３月３１日',
        '２　勤務場所',
        '　テスト市役所（愛知県岡崎市十王町２丁目）',
        '３　業務内容',
        '（１）窓口での通訳',
        '（２）案内文書の翻訳',
        '４　応募資格',
        '（１）英語又は中国語で通訳ができる方',
        '５　申込期限',
        '　令和８年２月１３日（金）必着',
      ].join('\n'),
    );
    assert.equal(imported.title, '通訳員（英語）');
    assert.equal(imported.contract_type, 'パートタイム会計年度任用職員');
    assert.equal(imported.target_start_date, '2026-04-01');
    assert.equal(imported.contract_end_date, '2027-03-31');
    assert.equal(imported.duty_station, '愛知県岡崎市');
    assert.deepEqual(imported.duties, ['窓口での通訳', '案内文書の翻訳']);
    assert.deepEqual(imported.qualifications, ['英語又は中国語で通訳ができる方']);
    assert.equal(imported.deadline, '2026-02-13');
    const notes = JSON.stringify(imported.notes);
    assert.ok(notes.includes('人数'), notes);
    assert.ok(notes.includes('通訳員（中国語）'), notes);
  });

  it('reads a municipality notice: 【任用期間】 as start and end, 【申込期限】, 【報酬】 and 【申込方法】', () => {
    const imported = data(
      [
        '令和9年度　テスト市会計年度任用職員（通訳相談員）募集案内',
        '【職種】通訳相談員',
        '【勤務場所】テスト市役所 国際課',
        '【任用期間】令和9年4月1日から令和10年3月31日まで',
        '【報酬】月額200,000円',
        '【職務内容】',
        '(1) 窓口での通訳',
        '【申込期限】令和9年2月12日（金）必着',
        '【申込方法】履歴書を国際課へ郵送してください。',
      ].join('\n'),
    );
    assert.equal(imported.profile, 'general');
    assert.equal(imported.title, '通訳相談員');
    assert.equal(imported.target_start_date, '2027-04-01');
    assert.equal(imported.contract_end_date, '2028-03-31');
    assert.equal(imported.deadline, '2027-02-12');
    assert.deepEqual(imported.salary, { currency: 'JPY', amount: 200000, per: 'month' });
    assert.equal(imported.how_to_apply, '履歴書を国際課へ郵送してください。');
  });

  it('reads a JPO assignment of ２年 (full-width digits) as 24 months, and no month count from a year of the calendar', () => {
    const post = (duration: string) =>
      data(['ＪＰＯ派遣ポスト情報', 'ポスト名称：Associate Programme Officer (JPO)', `派遣期間：${duration}`].join('\n'));
    assert.equal(post('２年').assignment.duration_months, 24);
    assert.equal(post('原則2年間').assignment.duration_months, 24);
    assert.equal(post('2027年度から').assignment?.duration_months, undefined);
  });

  it("reads a government notice's numbered rows: a label and its value after a wide space, not a condition", () => {
    const imported = data(
      [
        'テスト庁 期間業務職員の採用について',
        '1 職務内容',
        '(1) 窓口での通訳',
        '2 応募資格',
        '(1) 英語で通訳ができること',
        '3 勤務条件',
        '(1) 任期　採用日から令和10年3月31日まで',
        '(2) 勤務時間　9時30分から18時15分まで',
        '4 採用予定日　令和9年7月1日',
        '5 応募締切　令和9年5月28日（金）必着',
        '6 提出書類　履歴書',
      ].join('\n'),
    );
    assert.deepEqual(imported.duties, ['窓口での通訳']);
    assert.deepEqual(imported.qualifications, ['英語で通訳ができること']);
    assert.equal(imported.target_start_date, '2027-07-01');
    assert.equal(imported.contract_end_date, '2028-03-31');
    assert.equal(imported.deadline, '2027-05-28');
    assert.equal(imported.how_to_apply, '履歴書');
  });
  it("reads a job site's table: its title bar is page chrome, 勤務地 abroad is the station (not a ※ remark's office), 賃金（月額） a monthly pay", () => {
    const imported = data(
      [
        '求人情報　｜　転職サイト',
        '',
        '特定非営利活動法人テスト水の会',
        '',
        '募集要項',
        '仕事内容\tラオス・サワンナケート県での給水事業の運営管理',
        '必要な経験・資格\t・途上国での事業経験3年以上',
        '勤務地\tラオス・サワンナケート県',
        '\t※着任前に東京事務所（東京都台東区）で研修あり',
        '賃金（月額）',
        '280,000円〜320,000円',
        '赴任開始日\t2027年4月1日',
      ].join('\n'),
    );
    assert.equal(imported.duty_station, 'サワンナケート県');
    assert.equal(imported.country, 'ラオス');
    assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 280000, maximum: 320000, per: 'month' });
    assert.equal(imported.target_start_date, '2027-04-01');
    assert.deepEqual(imported.qualifications, ['途上国での事業経験3年以上']);
    assert.ok((imported.notes as string[]).includes('求人情報　｜　転職サイト'));
  });
  it('reads where a company with no 所在地 is: its head-office workplace, else the place under its name on a board', () => {
    const office = data(
      [
        '【製造スタッフ】難民の方歓迎',
        '株式会社テスト精機',
        '',
        '仕事内容',
        '部品の組み立てと検査です。',
        '勤務地　　静岡県磐田市中泉（本社工場）／車通勤可',
        '雇用形態　　正社員',
      ].join('\n'),
    );
    assert.equal((office.employer as Record<string, unknown>).location, '静岡県磐田市中泉（本社工場）');
    const board = data(
      [
        '【難民の方歓迎】配送スタッフ',
        '株式会社テスト運輸',
        '岐阜県大垣市 林町',
        '',
        '仕事内容',
        '荷物を配送する仕事です。',
        '勤務地　　岐阜県大垣市',
      ].join('\n'),
    );
    assert.equal((board.employer as Record<string, unknown>).location, '岐阜県大垣市 林町');
    const stated = data(
      [
        '【難民の方歓迎】配送スタッフ',
        '株式会社テスト運輸',
        '岐阜県大垣市 林町',
        '',
        '所在地　　岐阜県岐阜市橋本町1丁目',
        '勤務地　　岐阜県大垣市',
      ].join('\n'),
    );
    assert.equal((stated.employer as Record<string, unknown>).location, '岐阜県岐阜市橋本町1丁目');
  });
  it('reads a 勤務地 abroad written as a country with its cities in brackets, and 募集背景 as the background', () => {
    const imported = data(
      [
        '【海外事業】プログラムオフィサー',
        '',
        '■ 募集背景',
        '当会はケニアで給水事業を実施しています。',
        '',
        '■ 勤務地',
        'ケニア（ナイロビ、カクマ）',
        '',
        '■ 業務内容',
        '・事業の運営管理',
      ].join('\n'),
    );
    assert.equal(imported.duty_station, 'ナイロビ');
    assert.equal(imported.country, 'ケニア');
    assert.equal(imported.background, '当会はケニアで給水事業を実施しています。');
  });

  it("takes a board headline for the title: above the company, the breadcrumb's last step, or 【団体名】 over a 職種 category", () => {
    const indeed = data(
      [
        '求人検索',
        'ログイン',
        '',
        '倉庫スタッフ（未経験歓迎）',
        '株式会社ひかり物流',
        '千葉県 柏市',
        '',
        '仕事内容',
        '・ピッキング',
        '・検品',
      ].join('\n'),
    );
    assert.equal(indeed.title, '倉庫スタッフ（未経験歓迎）');
    const crumb = data(
      ['ホーム ＞ 募集職種 ＞ 経理スタッフ', '', '経理スタッフ', '東京都港区', '', '仕事内容', '・月次決算', '・請求書の発行'].join('\n'),
    );
    assert.equal(crumb.title, '経理スタッフ');
    const partner = data(
      [
        '【特定非営利活動法人 テスト会】事業担当の募集(1名)',
        '団体名',
        '特定非営利活動法人 テスト会',
        '職種',
        '事業運営・管理',
        '業務内容',
        '・事業の運営',
        '・報告書の作成',
      ].join('\n'),
    );
    assert.equal(partner.title, '事業担当');
    assert.ok((partner.notes as string[]).includes('職種: 事業運営・管理'));
  });

  it("reads 応募資格（必須）/（歓迎）, 給与・待遇 with 月額約, and keeps a menu's お問い合わせ and the board's other jobs out of the sections", () => {
    const imported = data(
      [
        'ホーム',
        'お問い合わせ',
        '【テスト会】事業担当の募集',
        '業務内容',
        '・事業の運営',
        '・報告書の作成',
        '応募資格（必須）',
        '・大学卒業以上',
        '応募資格（歓迎）',
        '・英語の読み書き',
        '給与・待遇',
        '月額約25万円',
        '問合せ先',
        'メール：test@example.org',
        'この団体の他の求人',
        '【テスト会】広報インターンの募集',
      ].join('\n'),
    );
    assert.deepEqual(imported.duties, ['事業の運営', '報告書の作成']);
    assert.deepEqual(imported.desirable, ['英語の読み書き']);
    assert.deepEqual(imported.salary, { currency: 'JPY', amount: 250000, per: 'month' });
    assert.equal(imported.how_to_apply, 'メール：test@example.org');
  });

  it("takes a 募集要項's list of tasks out of its ポストの概要 after the lead-in 以下の業務を行う", () => {
    const imported = data(
      [
        '2 ポストの概要',
        '地域局は域内の事務所を支援している。',
        '本ポストの職員は、上級職員の指導の下で以下の業務を行う。',
        '・調査の支援',
        '・報告書の作成補助',
      ].join('\n'),
    );
    assert.equal(imported.background, '地域局は域内の事務所を支援している。\n本ポストの職員は、上級職員の指導の下で以下の業務を行う。');
    assert.deepEqual(imported.duties, ['調査の支援', '報告書の作成補助']);
  });

  it('reads a requirements list parted by （必須） and （歓迎） into the requirements and what is preferred', () => {
    const imported = data(
      [
        '【正社員】倉庫スタッフ／難民の方の応募歓迎',
        '株式会社サンプル物流',
        '',
        '■仕事内容',
        '・入出荷の検品',
        '',
        '■応募資格',
        '（必須）',
        '・日本語で日常会話ができる方',
        '（歓迎）',
        '・フォークリフトの免許をお持ちの方',
        '',
        '■応募できる方',
        '・難民認定を受けた方',
      ].join('\n'),
    );
    assert.deepEqual(imported.requirements, ['日本語で日常会話ができる方']);
    assert.deepEqual(imported.preferred, ['フォークリフトの免許をお持ちの方']);
  });

  it("reads a company's introduction: what it 手がける is its industry, the place after 本社： its location", () => {
    const imported = data(
      [
        '【正社員】経理スタッフ',
        '株式会社サンプル商事',
        '',
        '■会社紹介',
        '株式会社サンプル商事は、東南アジア向けの食品の輸出入を手がける商社です（本社：大阪府大阪市北区、従業員数40名）。',
        '',
        '■仕事内容',
        '・請求書の作成',
        '',
        '■応募できる方',
        '・難民認定を受けた方',
      ].join('\n'),
    );
    assert.equal(imported.employer.industry, '東南アジア向けの食品の輸出入');
    assert.equal(imported.employer.location, '大阪府大阪市北区');
  });
});

describe('import: a Japanese term given as its start and length (issue 14 \u00a71)', () => {
  it('reads the start of 令和8年4月1日から1年間 and keeps the term as labelled', () => {
    const imported = data(
      [
        '調査員募集',
        '',
        '会社名：株式会社テスト開発',
        '勤務地：大阪府大阪市北区',
        '契約期間：令和8年4月1日から1年間',
        '',
        '業務内容',
        '・調査',
      ].join('\n'),
    );
    assert.equal(imported.target_start_date, '2026-04-01');
    assert.equal(imported.duration, '令和8年4月1日から1年間');
  });

  it('reads the start of an English term given as its length from a date', () => {
    const imported = data(
      ['Officer', '', 'Organization: Test Trust', 'Duration: 12 months from 1 May 2026', '', 'Duties', '- Work.'].join('\n'),
    );
    assert.equal(imported.target_start_date, '2026-05-01');
  });

  it('reads no deadline from the end of a term written …から…まで', () => {
    const imported = data(
      ['調査員募集', '', '会社名：株式会社テスト開発', '契約期間：2026年4月1日から2027年3月31日まで', '', '業務内容', '・調査'].join('\n'),
    );
    assert.equal(imported.deadline, undefined);
    assert.equal(imported.contract_end_date, '2027-03-31');
  });

  it('reads the end of a range of applying as the deadline', () => {
    const imported = data(
      [
        '調査員募集',
        '',
        '会社名：株式会社テスト開発',
        '',
        '応募は2026年3月1日～2026年3月31日までにメールでお送りください。',
        '',
        '業務内容',
        '・調査',
      ].join('\n'),
    );
    assert.equal(imported.deadline, '2026-03-31');
  });
});

describe("import: a company posting's matching partner under its own heading (issue 14 \u00a71)", () => {
  const posting = (partner: readonly string[]) =>
    data(
      [
        '倉庫スタッフ／正社員（難民・難民申請中の方歓迎）',
        '',
        '会社名：株式会社ひかり物流',
        '勤務地：千葉県柏市',
        '',
        '■ 仕事内容',
        '・ピッキング',
        '',
        ...partner,
      ].join('\n'),
    );

  it('reads the partner and the service its brackets name', () => {
    const imported = posting(['■ マッチングパートナー', 'NPO法人ことばの橋（難民の就職支援サービス「ワークリンク」）']);
    assert.equal(imported.matching_partner.name, 'NPO法人ことばの橋');
    assert.equal(imported.matching_partner.service, 'ワークリンク');
  });

  it('reads the partner whose introduction the company hires through, without の紹介', () => {
    const imported = posting(['■ 会社より', 'NPO法人ことばの橋の紹介を通じて、これまでに3名が入社しています。']);
    assert.equal(imported.matching_partner.name, 'NPO法人ことばの橋');
  });
});

describe('import: an NPO that supports refugees recruits its own staff (issue 14 \u00a71)', () => {
  const profileOf = (lines: readonly string[]) => importFromText(lines.join('\n')).data.profile;

  it('reads a post at an NPO named for its refugee support as general, a company hiring through one as open to refugees', () => {
    const ngo = [
      'プログラム・オフィサー（難民支援）',
      '',
      '団体名：特定非営利活動法人アジア難民支援ネットワーク',
      '勤務地：東京都新宿区',
      '',
      '■業務内容',
      '・難民申請者への生活相談',
    ];
    assert.equal(profileOf(ngo), 'general');
    const company = [
      '倉庫スタッフ（難民の方歓迎）',
      '',
      '会社名：株式会社ひかり物流',
      '勤務地：千葉県柏市',
      '',
      '■業務内容',
      '・ピッキング',
      '',
      'NPO法人アジア難民支援ネットワークの紹介を通じて採用しています。',
    ];
    assert.equal(profileOf(company), 'refugee-talent');
  });
});

describe('import: a Hello Work ticket copied with one space after its row labels (issue 14)', () => {
  const ticket = [
    '求人情報',
    '求人番号',
    '13040-09912371',
    '',
    '求人事業所',
    '事業所名',
    '株式会社さくらベーカリー',
    '所在地',
    '〒330-0063 埼玉県さいたま市浦和区高砂2-4-1',
    '事業内容',
    '業務用パンの製造・卸売。県内のホテルと病院に毎朝配送しています。',
    '',
    '仕事内容',
    '職種',
    '製造スタッフ（難民の方歓迎）',
    '仕事内容',
    '製造課に所属し、パンの成形と焼成を担当していただきます。',
    '・生地の計量と成形',
    '・オーブンの操作',
    '雇用形態',
    '正社員',
    '',
    '必要な経験・知識・技能等',
    '・日本語能力試験N4以上（作業の指示がわかる方）',
    '・早朝の勤務ができる方',
    '学歴',
    '不問',
    '',
    '賃金・手当',
    '月給 215,000円～240,000円',
    '通勤手当 実費支給（上限 月20,000円）',
    '',
    '労働時間',
    '就業時間 5:00～14:00（休憩60分）',
    '',
    '在留資格・生活のサポート',
    '・在留資格の変更手続きを会社が支援します。',
    '・入社後3か月間、週2回の日本語レッスンを実施します。',
    '',
    '選考等',
    '入社日 2027年4月1日（応相談）',
  ];

  it('reads "月給 215,000円～240,000円", "就業時間 5:00～14:00（休憩60分）" and "入社日 2027年4月1日" as their rows', () => {
    const imported = data(ticket.join('\n'));
    assert.equal(imported.profile, 'refugee-talent');
    assert.equal(imported.role.salary, '月給215,000円～240,000円');
    assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 215000, maximum: 240000, per: 'month' });
    assert.equal(imported.role.working_hours, '5:00～14:00（休憩60分）');
    assert.equal(imported.target_start_date, '2027-04-01');
  });

  it("reads '必要な経験・知識・技能等' as the requirements, kept together where 学歴 asks nothing (不問)", () => {
    assert.deepEqual(data(ticket.join('\n')).requirements, ['日本語能力試験N4以上（作業の指示がわかる方）', '早朝の勤務ができる方']);
  });

  it('reads the section the hire joins (製造課に所属し) as the department, and the business before its sentences as the industry', () => {
    const imported = data(ticket.join('\n'));
    assert.deepEqual(imported.role.department, '製造課');
    assert.equal(imported.employer.industry, '業務用パンの製造・卸売');
    assert.equal(imported.employer.description, '業務用パンの製造・卸売。県内のホテルと病院に毎朝配送しています。');
    // A business that is a sentence (…を請け負っています) names no industry.
    const sentence = ticket.map((line) => (line.startsWith('業務用パン') ? '県内のホテルに業務用パンを納めています。1975年創業。' : line));
    assert.equal(data(sentence.join('\n')).employer.industry, undefined);
  });

  it('reads the lesson after hiring in a section on the status of residence as support after hiring', () => {
    const imported = data(ticket.join('\n'));
    assert.deepEqual(imported.support_after_hiring, ['入社後3か月間、週2回の日本語レッスンを実施します。']);
    assert.equal(imported.residence_status_support.details, '在留資格の変更手続きを会社が支援します。');
  });
});

// Stop 32: shapes of MOFA's JPO 募集要項, Hello Work's web tickets, company sites, JICA volunteer requests and municipal
// notices, in texts written for these tests.
describe('import: Japanese notices and tickets, stop 32', () => {
  it('reads no deadline from a degree due by a date, and the period of sending the documents as the application period', () => {
    const imported = data(
      [
        '2027年度JPO派遣候補者選考試験 募集要項',
        '１．応募資格',
        '（１）日本国籍を有すること。',
        '（２）修士号を取得していること、又は2027年7月31日までに取得見込みであること。',
        '２．応募方法',
        '（１）事前登録：2026年12月1日（火）～2027年2月26日（金）正午（日本時間）',
        '（２）応募書類の提出：2027年1月15日（金）～2027年2月26日（金）正午（日本時間）',
      ].join('\n'),
    );
    assert.equal(imported.deadline, '2027-02-26');
    assert.equal(imported.application_opens, '2027-01-15');
  });

  it("reads a Hello Work page's pay from its a + b row, never from the pay's closing day or the last raise", () => {
    const imported = data(
      [
        '求人番号　13080-99999999',
        '職種　介護職員（難民認定を受けた方歓迎）',
        '就業場所　東京都足立区竹の塚５－１－１',
        '雇用形態　正社員',
        '仕事内容　入居者の食事と入浴の介助',
        '賃金形態等　月給',
        'a + b（固定残業代がある場合はa + b + c）　240,000円〜270,000円',
        '基本給（ａ）　210,000円〜240,000円',
        '賃金締切日　毎月20日',
        '賃金支払日　当月25日',
        '昇給　あり　前年度実績　月額3,000円',
        '選考方法　書類選考、面接',
        '応募書類等　ハローワーク紹介状、履歴書',
      ].join('\n'),
    );
    assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 240000, maximum: 270000, per: 'month' });
    assert.equal(imported.role.salary, '240,000円〜270,000円');
    assert.ok(JSON.stringify(imported.notes).includes('賃金締切日: 毎月20日'));
  });

  it("reads a company site's name past its page title, and its industry from the words before 商社 or 会社", () => {
    const site = data(
      [
        '採用情報｜株式会社テスト物流',
        '■募集職種',
        '通関書類作成スタッフ（難民認定を受けた方歓迎）',
        '■会社概要',
        '当社は横浜港を拠点に通関手続きを代行する国際物流会社です。',
      ].join('\n'),
    );
    assert.equal(site.employer.name, '株式会社テスト物流');
    assert.equal(site.employer.industry, '国際物流');
    const trader = data(
      ['株式会社テスト商事', '■職種', '海外営業アシスタント（難民の方歓迎）', '■会社紹介', '当社は1998年創業の医療機器専門商社です。'].join(
        '\n',
      ),
    );
    assert.equal(trader.employer.industry, '医療機器専門商社');
  });

  it("reads a job board's headline pay without the kind of job after its dash", () => {
    const imported = data(
      [
        '製造スタッフ（難民の方も歓迎）',
        '株式会社テスト食品',
        '愛知県豊橋市明海町1-1',
        '月給 205,000円 ～ 230,000円 - 正社員',
        '',
        '仕事内容',
        '製造ラインでのお仕事です。',
      ].join('\n'),
    );
    assert.equal(imported.role.salary, '月給205,000円 ～ 230,000円');
    assert.equal(imported.role.employment_type, 'full-time permanent');
  });

  it("reads a volunteer request's 活動内容 and 資格条件等, and a city hall's section as no place", () => {
    const request = data(
      [
        'JICA海外協力隊 要請情報',
        '職種：コミュニティ開発',
        '派遣国：ザンビア',
        '【要請概要】',
        '受入機関は小規模農家の生計向上を支援している。',
        '【活動内容】',
        '1. 女性グループの収入向上活動を支援する。',
        '【資格条件等】',
        '・農業分野の実務経験2年以上',
      ].join('\n'),
    );
    assert.deepEqual(request.duties, ['女性グループの収入向上活動を支援する。']);
    assert.deepEqual(request.qualifications, ['農業分野の実務経験2年以上']);
    assert.equal(request.background, '受入機関は小規模農家の生計向上を支援している。');
    const notice = (place: string) =>
      data(['多文化共生推進員の募集について', '■職務内容', '・外国人市民の相談対応', '■勤務条件', `勤務場所：${place}`].join('\n'));
    assert.equal(notice('浜松市役所　国際課（浜松市中央区元城町103-2）').duty_station, '浜松市中央区');
    assert.equal(notice('豊橋市役所　多文化共生・国際課').duty_station, '豊橋市');
  });

  it("reads a company posting's department from its duties' opening, and a partner's service named after what it is", () => {
    const imported = data(
      [
        '海外営業アシスタント（難民の方歓迎）',
        '株式会社テスト商事',
        '仕事内容',
        '海外営業部で、海外の代理店とのやり取りをサポートしていただきます。',
        '※この求人は、NPO法人テスト・ブリッジの就職支援サービス「ワークリンク」経由でもご応募いただけます。',
      ].join('\n'),
    );
    assert.equal(imported.role.department, '海外営業部');
    assert.equal(imported.matching_partner.name, 'NPO法人テスト・ブリッジ');
    assert.equal(imported.matching_partner.service, 'ワークリンク');
    const team = data(
      [
        '多言語サポートスタッフ（難民の方歓迎）',
        '株式会社テスト',
        '仕事内容',
        'カスタマーサポート部 多言語チームで、問い合わせに対応します。',
      ].join('\n'),
    );
    assert.equal(team.role.department, 'カスタマーサポート部');
  });

  it("reads a Cabinet Office notice's round after its fiscal year, its term's first day and how often it recruits", () => {
    const imported = data(
      [
        '令和9年度4月採用　国際平和協力研究員の募集について',
        '内閣府国際平和協力本部事務局',
        '　本募集は、国際平和協力分野での実務経験を有する方を対象とするもので、例年春と秋の年2回実施しています。',
        '1　職務内容',
        '（1）国際平和協力分野に関する調査研究',
        '2　勤務条件',
        '（1）任期　　：令和9年4月1日から最長2年間',
      ].join('\n'),
    );
    assert.equal(imported.title, '国際平和協力研究員');
    assert.equal(imported.target_start_date, '2027-04-01');
    assert.equal(imported.recruitment_rounds_per_year, 2);
  });

  it("reads a ticket's 正社員以外（契約社員） as fixed-term, a pay 'から' as its least, and a headline's ／正社員／ cell", () => {
    const ticket = data(
      [
        '求人番号　23040-99999999',
        '職種　検査スタッフ（難民認定を受けた方歓迎）',
        '仕事内容　部品の外観検査',
        '雇用形態　正社員以外（契約社員）',
        '就業場所　愛知県豊橋市西幸町１',
        '選考方法　面接',
      ].join('\n'),
    );
    assert.equal(ticket.role.employment_type, 'full-time fixed-term');
    const board = data(
      [
        '★外国籍の方活躍中★客室清掃スタッフ／正社員／寮完備',
        '株式会社テストステイ',
        '【仕事内容】',
        '客室の清掃をお任せします。',
        '【給与】',
        '月給22万円以上',
        '【応募資格】',
        '・難民認定を受けた方も歓迎します',
      ].join('\n'),
    );
    assert.equal(board.role.employment_type, 'full-time permanent');
    assert.deepEqual(board.salary, { currency: 'JPY', minimum: 220000, per: 'month' });
  });

  it("reads an embassy's notice: its name opening a line, its country, and a headcount after the post's bracket", () => {
    const imported = data(
      [
        '在タンザニア日本国大使館　現地職員（広報担当）の募集',
        '在タンザニア日本国大使館では、下記のとおり現地職員を募集します。',
        '【募集職種】',
        '現地職員（広報担当アシスタント）1名',
        '【職務内容】',
        '(1) 大使館のウェブサイトの更新',
        '【勤務条件】',
        '(1) 勤務地：在タンザニア日本国大使館（ダルエスサラーム）',
      ].join('\n'),
    );
    assert.equal(imported.organization, '在タンザニア日本国大使館');
    assert.equal(imported.title, '現地職員（広報担当アシスタント）');
    assert.equal(imported.duty_station, 'ダルエスサラーム');
    assert.equal(imported.country, 'タンザニア');
  });

  it('names an NGO that introduces itself with its legal form', () => {
    const imported = data(
      [
        '【募集】南スーダン事業 プロジェクト・コーディネーター',
        '公益社団法人 テスト・ウィングス（以下、当会）は、南スーダンで緊急人道支援を行っている国際NGOです。',
        '＜主な業務＞',
        '１．給水事業の実施',
      ].join('\n'),
    );
    assert.equal(imported.organization, '公益社団法人 テスト・ウィングス');
  });

  it("reads a company's 必須スキル as its requirements", () => {
    const imported = data(
      [
        '株式会社テスト　採用情報',
        '募集職種：バックエンドエンジニア（難民認定を受けた方歓迎）',
        '業務内容',
        '・APIの設計と開発',
        '必須スキル',
        '・バックエンド開発経験3年以上',
        '歓迎スキル',
        '・クラウドでの運用経験',
      ].join('\n'),
    );
    assert.deepEqual(imported.role.duties, ['APIの設計と開発']);
    assert.deepEqual(imported.requirements, ['バックエンド開発経験3年以上']);
    assert.deepEqual(imported.preferred, ['クラウドでの運用経験']);
  });

  it("reads an application period whose end shares its start's year, and a 嘱託期間 as the term", () => {
    const jpo = data(
      [
        '令和9年度（2027年度）JPO派遣候補者選考試験 募集要項',
        '応募受付期間：令和9年（2027年）1月8日（金）から2月5日（金）正午（日本時間）まで',
      ].join('\n'),
    );
    assert.equal(jpo.application_opens, '2027-01-08');
    assert.equal(jpo.deadline, '2027-02-05');
    const desk = data(
      [
        'JICA国際協力推進員（長野県）募集のお知らせ',
        '募集ポスト：国際協力推進員（長野県）',
        '嘱託期間：2027年4月1日〜2028年3月31日（最長3年まで更新可）',
        '◆主な業務',
        '１．県内の学校での国際理解教育の支援',
      ].join('\n'),
    );
    assert.equal(desk.target_start_date, '2027-04-01');
    assert.equal(desk.contract_end_date, '2028-03-31');
  });

  it('reads an NPO named for refugees at the head of its own page as recruiting its staff, not refugees', () => {
    const imported = data(
      [
        '＜スタッフ募集＞国内事業部　難民支援コーディネーター',
        '',
        '認定NPO法人 テスト難民ネット',
        '■業務内容',
        '・難民申請者の生活相談と関係機関への同行',
        '■待遇',
        '月給25万円～（経験・能力による）',
      ].join('\n'),
    );
    assert.equal(imported.profile, 'general');
  });

  it("reads a ticket written out as text: its industry, its base pay by the month in one row, its Japanese row, and no company flat's rent as pay", () => {
    const imported = data(
      [
        '求人票（フルタイム）',
        '求人番号　14010-11112222',
        '受付年月日　2027年2月3日　　紹介期限日　2027年4月30日',
        '',
        '求人事業所',
        '事業所名　株式会社テスト冷蔵',
        '産業　倉庫業（冷蔵倉庫）',
        '事業内容　冷凍食品の保管と配送。',
        '',
        '応募について',
        '学歴　不問',
        '日本語　日本語能力試験N3程度（簡単な報告ができる方）',
        '',
        '外国籍の方・難民の方へ',
        '難民認定を受けた方の応募を歓迎します。',
        '',
        '賃金・手当',
        '基本給（月額）　210,000円〜240,000円',
        '通勤手当　実費支給（上限 月額20,000円）',
        '',
        'その他の労働条件等',
        '社宅　あり（単身用、月額20,000円）',
      ].join('\n'),
    );
    assert.equal((imported.employer as Record<string, unknown>).industry, '倉庫業（冷蔵倉庫）');
    assert.deepEqual(imported.salary, { currency: 'JPY', minimum: 210000, maximum: 240000, per: 'month' });
    assert.equal((imported.role as Record<string, unknown>).salary, '210,000円〜240,000円');
    assert.equal((imported.language_skills as Record<string, unknown>).statement, '日本語能力試験N3程度（簡単な報告ができる方）');
    const flat = data(['■待遇', '社宅　あり（単身用、月額25,000円）'].join('\n'));
    assert.equal(flat.salary, undefined);
  });

  it("reads a municipality's notice for its fiscal-year staff as that kind of appointment (会計年度任用職員)", () => {
    const imported = data(
      [
        '令和9年度 会計年度任用職員（相談員）の募集について',
        '',
        '■募集職種',
        '相談員（ベトナム語）',
        '■業務内容',
        '・窓口での生活相談',
      ].join('\n'),
    );
    assert.equal(imported.contract_type, '会計年度任用職員');
    const partTime = data(['■募集職種', '通訳員', '■任用形態について', 'パートタイム会計年度任用職員として任用します。'].join('\n'));
    assert.equal(partTime.contract_type, 'パートタイム会計年度任用職員');
  });

  it("reads no headcount after a space after the post's bracket into the title (…（ベトナム語）\u30002名)", () => {
    const imported = data(['■募集職種', '相談員（ベトナム語）\u30002名', '■業務内容', '・窓口での生活相談'].join('\n'));
    assert.equal(imported.title, '相談員（ベトナム語）');
  });
});
