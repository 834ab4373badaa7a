import { strict as assert } from 'assert';
import { importFromText } from '../../server/src/engine';
import { data } from '../helpers/imported';

describe('import: Japanese peace cooperation notices and job boards (issue 14 §1)', () => {
  // A Cabinet Office notice in its government form: numbered conditions, wide digits, 令和 dates.
  const notice = [
    '令和8年9月1日',
    '内閣府国際平和協力本部事務局',
    '',
    '国際平和協力研究員の募集について（令和8年度第2回）',
    '',
    '１　職務内容',
    '　（１）国連平和維持活動に関する調査・研究',
    '２　身分及び任期',
    '　（１）身分：非常勤の国家公務員（一般職）',
    '　（２）任期：採用日から２年間（24か月）',
    '３　応募資格',
    '　（１）日本国籍を有する者',
    '　（２）国際平和協力の分野において、NGO等での海外勤務を通じて３年以上の実務経験を有する者',
    '　（３）将来、国際平和協力の分野で海外において活躍する意思を有する者',
    '４　勤務条件',
    '　（１）給与：日額22,000円',
    '５　その他',
    '　・研究員の募集は、原則として年２回行っています。',
  ].join('\n');

  it('recognises the programme by name and reads its conditions wherever they stand', () => {
    const result = importFromText(notice);
    assert.equal(result.data.profile, 'peace-advisor');
    const imported = data(notice);
    assert.equal(imported.title, '国際平和協力研究員');
    assert.equal(imported.organization, '内閣府国際平和協力本部事務局');
    assert.equal(imported.affiliate_type, 'National Government Employee');
    assert.equal(imported.employment_status, 'part-time national government employee');
    assert.equal(imported.term_months, 24);
    assert.equal(imported.recruitment_rounds_per_year, 2);
    assert.deepEqual(imported.salary, { currency: 'JPY', amount: 22000, per: 'day' });
    assert.equal(imported.eligibility.field_experience_required, true);
    assert.equal(imported.eligibility.field_experience_area, 'international peace cooperation');
    assert.equal(imported.eligibility.minimum_field_experience_years, 3);
    assert.equal(imported.eligibility.future_commitment, true);
    assert.equal(imported.eligibility.nationality, '日本国籍');
  });

  it('reads a full-time post as full-time, and no term from a date', () => {
    const fullTime = notice.replace('非常勤の国家公務員', '常勤の国家公務員').replace('採用日から２年間（24か月）', '令和9年4月1日から');
    const imported = data(fullTime);
    assert.equal(imported.employment_status, 'full-time national government employee');
    assert.equal(imported.term_months, undefined, 'a 令和 year is no term');
    // "国家公務員（非常勤職員）", "国家公務員（常勤）": the status written the other way round, the kind in brackets.
    for (const [written, status] of [
      ['国家公務員（非常勤職員）', 'part-time national government employee'],
      ['国家公務員（常勤）', 'full-time national government employee'],
    ])
      assert.equal(data(notice.replace('非常勤の国家公務員（一般職）', written)).employment_status, status, written);
  });

  it("reads a notice's other wording of status, field and degree, and its place with the prefecture", () => {
    const reworded = notice
      .replace('非常勤の国家公務員（一般職）', '内閣府本府非常勤職員（期間業務職員、国家公務員）')
      .replace('国際平和協力の分野において、NGO等での海外勤務を通じて', '国際平和協力、平和構築、人道支援等の分野において、')
      .replace('　（３）将来、', '　（３）大学院修士課程修了又はこれと同等以上の学識を有する者\n　（４）将来、')
      .replace('４　勤務条件', '４　勤務条件\n　（１）勤務地：東京都千代田区永田町1-6-1');
    const imported = data(reworded);
    assert.equal(imported.employment_status, 'part-time national government employee');
    assert.equal(imported.eligibility.field_experience_required, true);
    assert.equal(imported.eligibility.field_experience_area, 'international peace cooperation');
    assert.equal(imported.eligibility.education, '大学院修士課程修了又はこれと同等以上の学識を有する者');
    assert.equal(imported.duty_station, '東京都千代田区', 'the ward of Tokyo with its prefecture, without the street');
    // "内閣府の非常勤職員（一般職の国家公務員）", "国際平和協力（PKO、平和構築等）の分野で": the kind of civil servant said with の, the
    // field with its examples in brackets.
    const bracketed = data(
      notice
        .replace('非常勤の国家公務員（一般職）', '内閣府の非常勤職員（一般職の国家公務員）として採用します。')
        .replace('国際平和協力の分野において、NGO等での海外勤務を通じて', '国際平和協力（PKO、平和構築等）の分野で'),
    );
    assert.equal(bracketed.employment_status, 'part-time national government employee');
    assert.equal(bracketed.eligibility.field_experience_required, true);
    assert.equal(bracketed.eligibility.field_experience_area, 'international peace cooperation');
  });

  it("reads the employer's support in a 在留資格 section that does not repeat the words, and no refusal as support", () => {
    const posting = (support: string) =>
      [
        '倉庫スタッフ',
        '株式会社サンプル物流',
        '',
        '対象となる方',
        '・難民認定を受けた方',
        '',
        '在留資格について',
        support,
        '',
        '福利厚生',
        '・社会保険完備',
        '・日本語教室（週1回、無料）',
      ].join('\n');
    const offered = data(posting('変更を希望される場合は、会社が申請手続きを支援します（行政書士費用は会社負担）。'));
    assert.equal(offered.residence_status_support.offered, true);
    assert.deepEqual(offered.support_after_hiring, ['日本語教室（週1回、無料）']);
    const refused = data(posting('在留資格の変更手続きは、会社では支援しません。'));
    assert.notEqual(refused.residence_status_support?.offered, true);
    // "在留資格「…」への変更が必要な場合、会社が…負担し": the company takes the hire through the change to a named status.
    const sponsored = data(posting('在留資格「特定技能１号」への変更が必要な場合、会社が行政書士費用を負担し、手続きを支援します。'));
    assert.deepEqual(
      [sponsored.residence_status_support.kind, sponsored.residence_status_support.status_of_residence],
      ['sponsors change of status of residence', '特定技能１号'],
    );
  });

  it('reads support from an employer that files the change of status itself, wherever the text says it (a feed copy)', () => {
    const text = [
      '<title>CNC機械オペレーター（正社員）を募集します</title>',
      '<p>株式会社サンプル精工では、難民としての背景を持つ方を採用しています。難民認定を受けた方を歓迎します。</p>',
      '<h3>在留資格について</h3>',
      '<p>「特定活動」の方で就労資格への変更を希望される場合、当社が雇用主として「技術・人文知識・国際業務」への変更申請を行政書士と連携してサポートします。</p>',
    ].join('\n');
    const imported = data(text);
    assert.equal(imported.residence_status_support.offered, true);
    assert.equal(imported.residence_status_support.kind, 'sponsors change of status of residence');
    // An employer that says it does not file it offers nothing.
    const refused = data(text.replace('連携してサポートします', '連携することはできません'));
    assert.notEqual(refused.residence_status_support?.offered, true);
  });

  it("reads a job board's headline of cells between wide bars one cell a line, and its pay once", () => {
    const text = [
      'キッチンスタッフ',
      '株式会社サンプルダイニング',
      '正社員\u3000｜\u3000月給22万円〜26万円\u3000｜\u3000福岡県福岡市',
      '難民認定を受けた方を歓迎します。',
      '',
      '給与',
      '月給22万円〜26万円',
    ].join('\n');
    const imported = data(text);
    assert.equal(imported.role.employment_type, 'full-time permanent');
    assert.equal(imported.role.salary, '月給22万円〜26万円');
  });

  it('keeps an NPO that supports refugees recruiting its own staff out of the refugee-talent profile', () => {
    const text = [
      '【スタッフ募集】事務局スタッフ',
      '特定非営利活動法人サンプル難民支援ネット（以下「当会」）は、難民の生活を支える団体です。',
      '',
      '仕事内容',
      '・難民の方への相談対応',
    ].join('\n');
    assert.equal(importFromText(text).data.profile, 'general');
  });

  it("reads a JICA expert notice's 派遣国 and 任地, its 別表 headings, and the agency from its letterhead", () => {
    const text = [
      '独立行政法人国際協力機構（JICA）',
      '専門家の募集について',
      '',
      '記',
      '',
      '１．案件名　　ラオス国 小学校算数教育改善プロジェクト',
      '２．派遣国　　ラオス人民民主共和国',
      '３．任地　　　ビエンチャン',
      '',
      '以上',
      '',
      '別表',
      '【プロジェクトの背景】',
      '初等教育の算数の学力向上が課題となっている。',
      '',
      '【望ましい経験】',
      '・東南アジアでの勤務経験',
    ].join('\n');
    const imported = data(text);
    assert.equal(imported.organization, '独立行政法人国際協力機構（JICA）');
    assert.equal(imported.country, 'ラオス人民民主共和国');
    assert.equal(imported.duty_station, 'ビエンチャン');
    assert.match(String(imported.background), /算数の学力向上/);
    assert.deepEqual(imported.desirable, ['東南アジアでの勤務経験']);
  });

  it('reads a municipality that announces its own recruitment ("○○市では、…募集します") as the organisation', () => {
    const text = [
      '会計年度任用職員（外国人相談員）の募集について',
      '',
      'みなと川市では、外国人住民の相談に対応する会計年度任用職員を次のとおり募集します。',
      '',
      '■職務内容',
      '・外国人住民からの生活相談への対応',
      '',
      '■受付期間',
      '令和8年2月2日から令和8年2月20日まで',
    ].join('\n');
    const imported = data(text);
    assert.equal(imported.organization, 'みなと川市');
    assert.equal(imported.deadline, '2026-02-20');
  });

  it("reads a Wantedly-style company page: its header's log-in links aside, なにをやるのか as the duties, the partner it hires with", () => {
    const text = [
      'Jobsite　　求人をさがす　　企業をさがす　　ログイン　新規登録',
      '',
      '株式会社さくら食品工業',
      '',
      'なにをやっているのか',
      '給食用の惣菜を製造しています。',
      '',
      'なにをやるのか',
      '◆ 製造ラインでの盛り付け',
      '◆ 出荷前の検品',
      '',
      'こんな方を募集しています',
      '・難民認定を受けた方',
      '',
      '2024年からNPO法人サンプル就労支援ネットと連携し、採用を進めています。',
    ].join('\n');
    const imported = importFromText(text);
    const placed = imported.data as {
      role?: { duties?: string[] };
      employer?: { description?: string };
      matching_partner?: { name?: string };
    };
    assert.equal(imported.data.profile, 'refugee-talent');
    assert.deepEqual(placed.role?.duties, ['製造ラインでの盛り付け', '出荷前の検品']);
    assert.equal(placed.employer?.description, '給食用の惣菜を製造しています。');
    assert.equal(placed.matching_partner?.name, 'NPO法人サンプル就労支援ネット');
    assert.notEqual(imported.data.title, 'Jobsite　　求人をさがす　　企業をさがす　　ログイン　新規登録');
    assert.ok(
      imported.notes.some((note) => note.includes('ログイン')),
      'the header stays under notes',
    );
  });

  it('reads the day applications must arrive by in an era year with its hour, not the day a term ends', () => {
    const notice = data(
      [
        '令和10年度 研究員の募集について',
        '',
        '１．任期',
        '　採用日から最長２年（令和12年3月31日まで）',
        '',
        '２．応募方法',
        '　以下の書類を、令和9年11月20日（金）17時必着で、電子メールにより提出してください。',
      ].join('\n'),
    );
    assert.equal(notice.deadline, '2027-11-20');
  });
  it("reads a notice's term said in a sentence (任期は…から…までの2年間です), conditions wrapped over lines and a wish to work in the field", () => {
    const imported = data(
      [
        '国際平和協力研究員の募集について',
        '内閣府国際平和協力本部事務局',
        '1．身分・任期',
        '　国家公務員（非常勤職員）として採用します。',
        '　任期は令和8年10月1日から令和10年9月30日までの2年間です（短縮することがあります）。',
        '2．応募資格',
        '（1）国際機関又はNGO等において、国際平和協力に関連する分野（平和構築、',
        '　　選挙支援等）で海外勤務等を通じた実務経験を2年以上有すること。',
        '（2）任期終了後も、国際平和協力分野において海外で活躍することを希望していること。',
      ].join('\n'),
    );
    assert.equal(imported.profile, 'peace-advisor');
    assert.equal(imported.target_start_date, '2026-10-01');
    assert.equal(imported.contract_end_date, '2028-09-30');
    assert.equal(imported.term_months, 24);
    assert.equal(imported.eligibility.field_experience_required, true);
    assert.equal(imported.eligibility.field_experience_area, 'international peace cooperation');
    assert.equal(imported.eligibility.future_commitment, true);
  });
  it("reads a PARTNER listing's cells: 案件番号, 部署名, 勤務地 '海外：モザンビーク（マプト）', and experience by its years somewhere", () => {
    const imported = data(
      [
        '【JICAテスト事務所】企画調査員（ボランティア事業）',
        '案件番号',
        '2026-TST-004',
        '団体名',
        '独立行政法人国際協力機構（JICA）',
        '部署名',
        'JICAモザンビーク事務所',
        '勤務地',
        '海外：モザンビーク（マプト）',
        '応募資格（必須）',
        '・4年制大学卒業以上の学歴を有すること',
        '・開発途上国での2年以上の業務経験',
        '・英語で業務上の文書作成ができること',
      ].join('\n'),
    );
    assert.equal(imported.job_id, '2026-TST-004');
    assert.equal(imported.unit, 'JICAモザンビーク事務所');
    assert.equal(imported.duty_station, 'マプト');
    assert.equal(imported.country, 'モザンビーク');
    assert.equal(imported.experience, '開発途上国での2年以上の業務経験');
    assert.equal(imported.education, '4年制大学卒業以上の学歴を有すること');
  });
  it("reads a JPO post sheet's number after the agency's tag (【UNDP】　ポスト番号：…) and a country written in full in brackets after the city", () => {
    const imported = data(
      [
        '2026年度JPO派遣候補者選考試験　ポスト情報',
        '【UNDP】　ポスト番号：UNDP-JPO-TEST-01',
        '１．派遣先機関　　国連開発計画（UNDP）',
        '２．ポスト名　　　Programme Analyst - JPO',
        '４．勤務地　　　　ビエンチャン（ラオス人民民主共和国）',
      ].join('\n'),
    );
    assert.equal(imported.job_id, 'UNDP-JPO-TEST-01');
    assert.equal(imported.duty_station, 'ビエンチャン');
    assert.equal(imported.country, 'ラオス人民民主共和国');
  });
  it('reads a post abroad written as an office named by its town with the country in brackets (…ガンベラ準事務所（エチオピア）)', () => {
    const imported = data(['JPO追加募集', '■派遣先：国連難民高等弁務官事務所（UNHCR）テストラ準事務所（エチオピア）'].join('\n'));
    assert.equal(imported.duty_station, 'テストラ');
    assert.equal(imported.country, 'エチオピア');
  });
});
