import { strict as assert } from 'assert';
import { importFromText } from '../../server/src/engine';
import { siteHeaderLines } from '../../server/src/engine/import/paste';

// Short texts written for these tests in the shapes of NGO applicant-tracking pages, UN consultancy notices, the
// careers site and Japanese notices; none is taken from a real page.

const imported = (lines: readonly string[]) => importFromText(lines.join('\n')).data;
const text = (value: unknown) => (Array.isArray(value) ? value.join('\n') : String(value ?? ''));

describe('import: NGO boards, consultancy notices, careers-site ToRs and Japanese notices (issue 14)', () => {
  describe("an applicant-tracking page's header, title and facts", () => {
    const page = [
      'Skip to main content',
      'Lakeside Aid',
      'Careers | Donate',
      '< Back to all jobs',
      'Finance Officer',
      'Mzuzu, Malawi',
      'Department',
      'Finance',
      'Employment Type',
      'Full-time',
      'Job ID',
      'LA-MW-118',
      'Who we are',
      'Lakeside Aid runs health and nutrition projects in northern Malawi.',
      'What you will do',
      'Keep the project accounts',
      'What you will bring',
      'A degree in accounting',
      'Lakeside Aid is an equal opportunity employer.',
    ];

    it('ends the header before the title and facts, though a menu word ("Who we are") comes after them', () => {
      assert.equal(siteHeaderLines(page), 4);
    });

    it('takes no generic noun ("The organisation") for the organisation an equal-opportunity sentence names', () => {
      const data = imported([
        'Driver',
        'Location: Gulu, Uganda',
        '',
        'Duties',
        '- Drive.',
        '',
        'The organisation is an equal opportunity employer.',
      ]);
      assert.notEqual(data.organization, 'The organisation');
    });

    it('reads the facts, the requirements heading and the organisation its closing sentence names', () => {
      const data = imported(page);
      assert.equal(data.title, 'Finance Officer');
      assert.equal(data.job_id, 'LA-MW-118');
      assert.equal(data.contract_type, 'Full-time');
      assert.equal(data.organization, 'Lakeside Aid');
      assert.match(text(data.duties), /Keep the project accounts/);
      assert.doesNotMatch(text(data.duties), /degree in accounting/);
      assert.match(text(data.education) + text(data.qualifications), /degree in accounting/);
    });
  });

  describe("a notice's header that a PDF copy ran together", () => {
    const notice = [
      'INDIVIDUAL CONSULTANT PROCUREMENT NOTICE Date: 2 February 2026 Ref. No. UNDP/ZMB/IC/2026/03 Country: Zambia',
      'Description of the assignment: National Consultant for a Review of Community Forest',
      'Management Project name: Green Districts Duty Station: Kasama, with travel to Mpika Period of',
      'assignment/services: 30 working days Deadline: 16 February 2026',
      '',
      '1. BACKGROUND',
      'Forests cover much of Northern Province.',
    ];

    it('cuts the paragraph before each label, joining the values its lines wrapped', () => {
      const data = imported(notice);
      assert.equal(data.title, 'National Consultant for a Review of Community Forest Management');
      assert.equal(data.job_id, 'UNDP/ZMB/IC/2026/03');
      assert.equal(data.country, 'Zambia');
      assert.equal(data.duty_station, 'Kasama');
      assert.equal(data.deadline, '2026-02-16');
      assert.equal(data.date_posted, '2026-02-02');
      assert.match(text(data.notes), /Project name: Green Districts/);
    });

    it('leaves alone lines that each open with a label after a bullet or an emoji', () => {
      const data = imported([
        '\u{1F449} POSITION: Nutrition Officer',
        '\u{1F449} LOCATION: Zomba',
        '\u{1F449} REPORTS TO: Programme Manager',
      ]);
      assert.equal(data.supervisor, 'Programme Manager');
      assert.equal(data.title, 'Nutrition Officer');
    });
  });

  describe('a MOFA JPO notice whose conditions were copied as a table', () => {
    const notice = [
      '2027年度JPO派遣候補者選考試験',
      '募集要綱',
      '1.応募資格 | |',
      '(1)年齢 | 2027年4月1日現在、35歳以下であること |',
      '(2)学歴 | 関連分野で修士号を取得していること |',
      '(3)語学 | 英語で職務遂行が可能であること |',
      '(4)日本国籍を有すること | |',
      '2.選考方法 | |',
      '(1)第一次審査 | 書類審査 |',
    ];

    it("reads a numbered row as a condition of 応募資格, not as a job ticket's row", () => {
      const data = importFromText(notice.join('\n')).data as { eligibility?: Record<string, unknown> };
      assert.equal(data.eligibility?.max_age, 35);
      assert.equal(data.eligibility?.age_reference_date, '2027-04-01');
    });

    it('gives the next numbered condition to 応募資格, not to the language condition above it', () => {
      const yaml = importFromText(notice.join('\n')).yaml;
      const languages = /statement: ([^\n]*)/.exec(yaml.slice(yaml.indexOf('language_skills')))?.[1] ?? '';
      assert.match(languages, /英語で職務遂行が可能であること/);
      assert.doesNotMatch(languages, /日本国籍/);
    });
  });

  describe("an embassy's notice recruiting in Japanese", () => {
    const notice = [
      '在ケニア日本国大使館',
      '経済協力調整員の募集',
      '',
      '1. 業務の内容',
      '(1) 業務内容',
      '【案件管理業務】',
      ' ・申請案件の審査',
      ' ・実施団体との協議',
      '(2) 勤務地',
      ' 在ケニア日本国大使館（ナイロビ）',
      '2. 委嘱期間',
      ' 令和9年4月1日から令和10年3月31日まで',
      '3. 謝金',
      ' 月額30万円',
      '4. 選考',
      ' 書類選考の後、面接を行います。',
    ];

    it('takes the headline that ends in the post as the title, and the embassy as the organisation', () => {
      const data = imported(notice);
      assert.equal(data.title, '経済協力調整員');
      assert.equal(data.organization, '在ケニア日本国大使館');
      assert.equal(data.duty_station, 'ナイロビ');
      assert.equal(data.unit, undefined);
    });

    it('keeps a bracketed group word with the first duty it groups', () => {
      assert.deepEqual(imported(notice).duties, ['【案件管理業務】申請案件の審査', '実施団体との協議']);
    });

    it('reads 委嘱期間, 謝金 and 選考 as the duration, the pay and the selection', () => {
      const data = imported(notice);
      assert.equal(data.duration, '令和9年4月1日から令和10年3月31日まで');
      assert.deepEqual(data.salary, { currency: 'JPY', amount: 300000, per: 'month' });
      assert.match(text(data.assessment), /書類選考の後/);
    });

    it('leaves a known bracketed heading ("【必須】") heading a part of its own', () => {
      const data = imported(['■ 応募資格', '【必須】', '・日本語で日常会話ができる方', '【歓迎】', '・接客経験']);
      assert.doesNotMatch(text(data.requirements) + text(data.qualifications), /必須/);
    });
  });

  describe("the careers site's affiliate posting, labels and values on lines of their own", () => {
    const page = [
      'Job Description',
      'Hardship Level (not applicable for home-based)',
      'B',
      'Family Type (not applicable for home-based)',
      'Family',
      'Staff Member / Affiliate Type',
      'UNOPS LICA5',
      'Target Start Date',
      '2026-06-01',
      'Deadline for Applications',
      'May 4, 2026',
      'Terms of Reference',
      'Title: Registration Assistant',
      'Duty station: Gitega, Burundi',
      'ICA Level: LICA5 (Corresponding level: G5)',
      'Duration: From June 2026 to 31 December 2026 (renewable)',
      'Supervisor: Associate Registration Officer, Gitega General Background',
      '(Brief description of the national, sector-specific or other relevant context)',
      'Burundi receives returnees from the United Republic of Tanzania.',
      'Purpose and Scope of Assignment',
      '- Register returnees on arrival;',
      'Qualifications and Experience',
      'b. Work Experience',
      'Minimum two years of experience in registration or data entry.',
    ];
    type Unops = {
      title?: string;
      contract_end_date?: string;
      terms_of_reference?: {
        purpose_and_scope?: { supervisor?: string };
        background?: string;
        qualifications_and_experience?: { work_experience?: { essential?: string } };
      };
    };
    const data = () => importFromText(page.join('\n')).data as Unops;

    it("takes the ToR's title, not the page's 'Job Description'", () => {
      assert.equal(data().title, 'Registration Assistant');
    });

    it('parts the supervisor from the heading run onto its line, and keeps the template guidance out of the background', () => {
      const tor = data().terms_of_reference;
      assert.equal(tor?.purpose_and_scope?.supervisor, 'Associate Registration Officer, Gitega');
      assert.match(text(tor?.background), /receives returnees/);
      assert.doesNotMatch(text(tor?.background), /Brief description/);
    });

    it('reads the experience under "Work Experience" without "Essential:", and the end of a period that starts with a month', () => {
      assert.match(text(data().terms_of_reference?.qualifications_and_experience?.work_experience?.essential), /Minimum two years/);
      assert.equal(data().contract_end_date, '2026-12-31');
    });
  });

  describe('facts NGO and agency pages state in their own way', () => {
    it('reads a requisition number alone in brackets, and an office code under "Organization" as the unit', () => {
      const data = imported([
        'Consultant - Malaria Surveillance',
        '( 2604417 )',
        'Contractual Arrangement : External consultant',
        'Organization: AF_UGA Uganda',
        'Purpose of consultancy',
        'To support the malaria programme.',
      ]);
      assert.equal(data.job_id, '2604417');
      assert.equal(data.unit, 'AF_UGA Uganda');
      assert.notEqual(data.organization, 'AF_UGA Uganda');
    });

    it('reads a contract that runs "to" a day, and the organisation its staff sentence names', () => {
      const data = imported([
        'Position: Protection Officer',
        'Duty station: Bunia, Democratic Republic of the Congo',
        'Duration of contract: to 30 November 2026, could be extended based on funding',
        '',
        'All Lakes Relief Council employees are expected to work in line with its core values.',
        '',
        'Specific responsibilities',
        '- Run protection monitoring.',
      ]);
      assert.equal(data.contract_end_date, '2026-11-30');
      assert.equal(data.organization, 'Lakes Relief Council');
    });
  });

  describe("a UNICEF ToR's overview table and deliverables table, copied with tabs", () => {
    const tor = [
      'TERMS OF REFERENCE',
      'TITLE\tConsultancy to Review School Meals Guidelines',
      'LANGUAGE(S) REQUIRED\tEnglish; French is an asset',
      'DURATION OF CONTRACT\t30 working days',
      '',
      'BACKGROUND & RATIONALE',
      'Schools in the region serve one meal a day.',
      '',
      'SCOPE OF WORK AND DELIVERABLES',
      'Deliverable\tTimeline\tPayment',
      'Inception report\t2 weeks\t30%',
      'Final guidelines\t6 weeks\t70%',
    ];

    it('reads a heading cell with its text in the next cell', () => {
      const data = imported(tor);
      assert.equal(data.languages, 'English; French is an asset');
      assert.match(text(data.background), /one meal a day/);
    });

    it('reads a table of deliverables without a task column as the deliverables, every cell kept under its column', () => {
      assert.deepEqual(imported(tor).deliverables, [
        'Inception report (Timeline: 2 weeks; Payment: 30%)',
        'Final guidelines (Timeline: 6 weeks; Payment: 70%)',
      ]);
    });
  });

  describe('Japanese headings read by their shape', () => {
    it('reads a 歓迎… heading, also as a table cell before its first item', () => {
      const data = imported([
        '募集職種\tプロジェクト・オフィサー',
        '応募資格\t・大学卒業以上',
        '歓迎する経験・能力\t・教育分野での実務経験',
        '・現地語の知識',
      ]);
      assert.match(text(data.desirable), /教育分野での実務経験/);
      assert.match(text(data.desirable), /現地語の知識/);
    });

    it("reads a heading on refugees' applications or residence status as the residence support", () => {
      const data = importFromText(
        [
          '株式会社サンプル物流',
          '■募集職種',
          '倉庫スタッフ',
          '■難民の方の応募について',
          '在留資格の変更手続きは、当社が無料でサポートします。',
          '■応募資格',
          '・日本語で日常会話ができる方',
        ].join('\n'),
      ).data as { profile?: string; residence_status_support?: { details?: string } };
      assert.equal(data.profile, 'refugee-talent');
      assert.match(text(data.residence_status_support?.details), /在留資格の変更手続き/);
    });
  });

  describe('a JICA notice in full-width figures, and a job board headline', () => {
    const notice = [
      '２０２６年度 企画調査員（保健事業）募集要項',
      '独立行政法人 国際協力機構',
      '１．業務内容',
      '（１）保健分野の案件形成',
      '（２）専門家の活動支援',
      '２．派遣国・任地',
      'ケニア（ナイロビ）',
      '３．応募資格',
      '（１）開発途上国での業務経験を３年以上有すること',
      '（２）英語で業務を遂行できること',
    ];

    it('reads the post between the fiscal year and 募集要項 as the title', () => {
      const data = imported(notice);
      assert.equal(data.title, '企画調査員（保健事業）');
      assert.equal(data.organization, '独立行政法人 国際協力機構');
    });

    it('reads full-width numbered items one by one, 派遣国・任地, and experience in full-width figures', () => {
      const data = imported(notice);
      assert.deepEqual(data.duties, ['保健分野の案件形成', '専門家の活動支援']);
      assert.equal(data.duty_station, 'ナイロビ');
      assert.match(text(data.experience), /３年以上/);
    });

    it("reads a board headline's company, a municipality alone and a foreign staff posting as a company's", () => {
      const data = importFromText(
        [
          '介護スタッフ',
          '社会福祉法人 みどり会',
          '群馬県前橋市',
          '正社員',
          '',
          '仕事内容',
          '・入浴の介助',
          '',
          '外国人スタッフへのサポート',
          '在留資格の更新を支援します。',
        ].join('\n'),
      ).data as { profile?: string; employer?: { name?: string }; duty_station?: string };
      assert.equal(data.profile, 'refugee-talent');
      assert.equal(data.employer?.name, '社会福祉法人 みどり会');
      assert.equal(data.duty_station, '群馬県前橋市');
    });
  });

  describe('a Japanese NGO posting with bracketed labels', () => {
    it('names the 認定NPO法人 on its own line, and reads a condition ending in 方歓迎 as desirable', () => {
      const data = imported([
        '【職員募集】相談員（1名）',
        '認定NPO法人 ひかり支援ネット',
        '【応募資格】',
        '・英語で相談対応ができること',
        '・フランス語ができる方歓迎',
        '・未経験の方も歓迎します',
        '・英語で業務ができること。ポルトガル語ができれば尚可。',
      ]);
      assert.equal(data.organization, '認定NPO法人 ひかり支援ネット');
      assert.equal(data.title, '相談員');
      assert.deepEqual(data.desirable, ['フランス語ができる方歓迎']);
    });
  });

  describe("a UNICEF jobs page's headline", () => {
    it('reads the post after "Consultancy:", and the city the headline names where "Location" gives only the country', () => {
      const data = imported([
        'Consultancy: Nutrition Data Analyst, Gulu, Uganda (4 months)',
        'Apply now Job no: 589300',
        'Position type: Consultancy',
        'Location: Uganda',
        'Background',
        'Stunting remains high in northern Uganda.',
      ]);
      assert.equal(data.title, 'Nutrition Data Analyst');
      assert.equal(data.duty_station, 'Gulu');
      assert.equal(data.country, 'Uganda');
    });
  });

  describe("an applicant-tracking page's cells under the title, one a line", () => {
    it('reads a place in three parts and the working time beside it', () => {
      const data = imported([
        'Case Worker',
        "Cox's Bazar, Chittagong Division, Bangladesh",
        'Programs',
        'Full time',
        '',
        'Responsibilities:',
        '- Follow up cases.',
      ]);
      assert.equal(data.duty_station, "Cox's Bazar");
      assert.equal(data.country, 'Bangladesh');
      assert.equal(data.contract_type, 'Full time');
      // (The region between stays under notes with the line, as written.)
      assert.match(text(data.notes), /Chittagong Division/);
    });
  });

  it("reads the organization of a notice headed 'CTBTO Preparatory Commission - Vacancy Announcement'", () => {
    const data = imported([
      'CTBTO Preparatory Commission - Vacancy Announcement',
      '',
      'Title of Post\tData Analyst',
      'Grade\tP-3',
      'Duty Station\tVienna, Austria',
    ]);
    assert.equal(data.organization, 'CTBTO');
  });

  it("reads 'Date of posting: 9 April 2027' as the date posted", () => {
    const data = imported(['Consultant - Data Analyst', '', '**Date of posting:** 9 April 2027', '**Closing date:** 30 April 2027']);
    assert.equal(data.date_posted, '2027-04-09');
    assert.equal(data.deadline, '2027-04-30');
  });

  describe("a specialised agency's notice copied from its PDF, its lines wrapped", () => {
    const notice = imported([
      '                         WORLD METEOROLOGICAL ORGANIZATION',
      '',
      'VACANCY NOTICE',
      'Title of Post',
      'Hydrology Officer',
      'Duration',
      'Two years (with a probationary period of one year and a review)',
      'Department / Division',
      'Water Department, Hydrology and Water Resources Services and',
      'Climate Services, Early Warning and Hydrological Forecasting',
      'Division',
      'Duty station',
      'Geneva, Switzerland',
      '',
      'ORGANIZATIONAL CONTEXT',
      'The Water Department leads the work of the agency on flood forecasting and',
      'water resources, and it helps national services to build their own systems',
      'of monitoring. Within the Department, the Hydrology Division supports the',
      'services of member countries in strengthening their networks of gauges and',
      'their forecasting of floods and droughts in the larger river basins of the',
      'world, with a focus on the least developed countries and the small islands.',
      'Purpose of the Assignment',
      'The officer will coordinate the support given to eight national services.',
    ]);

    it('ends a wrapped value at a label in title case, and goes on where the line leaves its phrase open', () => {
      assert.equal(notice.duration, 'Two years (with a probationary period of one year and a review)');
      // (A word after a line that ends with a capitalised word goes on the name.)
      assert.equal(
        notice.unit,
        'Water Department, Hydrology and Water Resources Services and Climate Services, Early Warning and Hydrological Forecasting Division',
      );
    });

    it('ends a wrapped paragraph at a heading in title case', () => {
      assert.ok(text(notice.background).endsWith('with a focus on the least developed countries and the small islands.'));
      assert.equal(notice.objectives, 'The officer will coordinate the support given to eight national services.');
    });

    it("reads the agency's letterhead in capitals as the organisation", () => {
      assert.equal(notice.organization, 'WMO');
    });
  });

  describe("a staff category, a temporary post's end and a need's duration", () => {
    it('reads a category row that names a staff category as the affiliate type, and no other category', () => {
      const notice = imported([
        'VACANCY ANNOUNCEMENT',
        '',
        'Title of Post\tAssociate Officer',
        'Category\tNational Professional Officer',
        '',
        'Duties',
        '- Draft.',
      ]);
      assert.equal(notice.affiliate_type, 'National Professional Officer');
      const board = imported(['Officer', '', 'Category: Programme', '', 'Duties', '- Draft.']);
      assert.equal(board.affiliate_type, undefined);
    });

    it('reads the end of a position "temporarily available until" a date', () => {
      const opening = imported([
        'Humanitarian Affairs Officer',
        '',
        'This position is temporarily available until 31 December 2026.',
        '',
        'Responsibilities',
        '- Coordinate.',
      ]);
      assert.equal(opening.contract_end_date, '2026-12-31');
    });

    it('reads "Duration of need" as the duration', () => {
      const opening = imported([
        'Assistant',
        '',
        '- Duration of need: six (6) months, with a possibility of extension.',
        '',
        'Duties',
        '- Assist.',
      ]);
      assert.ok(text(opening.duration).startsWith('six (6) months, with a possibility of extension'));
    });
  });

  describe("the unit a notice's supervision sentence gives the post", () => {
    it('reads the unit, section or team the successful candidate works in, and no other office', () => {
      const notice = imported([
        'SPECIAL VACANCY NOTICE',
        'Position Title: Protection Officer',
        '',
        'Context:',
        'Under the direct supervision of the Protection Programme Manager, the successful candidate will be responsible for the counter-trafficking component of the Protection Unit.',
        '',
        'Core Functions / Responsibilities:',
        '1. Screen cases.',
      ]);
      assert.equal(notice.unit, 'Protection Unit');
      const office = imported([
        'Protection Officer',
        '',
        'Context:',
        'The successful candidate will be responsible for the work of the Regional Office.',
        '',
        'Responsibilities:',
        '1. Screen cases.',
      ]);
      assert.equal(office.unit, undefined);
    });
  });
});
