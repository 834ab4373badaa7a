import { strict as assert } from 'assert';
import { degreeYears } from '../../server/src/engine/import/place';
import { checkPosting, importFromText } from '../../server/src/engine';
import { splitHeaderLine } from '../../server/src/engine/import/careersText';
import { languagesOf, readEligibility } from '../../server/src/engine/import/prose';
import { data } from '../helpers/imported';

// Short texts written for these tests in the shapes real postings have (issue 14); none is taken from a real page.

const codes = (yaml: string) => checkPosting(yaml).problems.map((problem) => problem.code);

describe('import: fields stated only in sentences (issue 14)', () => {
  it('reads the title and grade after "is seeking a …", cut after the role word', () => {
    const imported = data(
      [
        'Background',
        'The Regional Office is seeking a Programme Management Officer (P-3) to lead its work on water.',
        '',
        'Responsibilities',
        '- Prepare work plans.',
      ].join('\n'),
    );
    assert.equal(imported.title, 'Programme Management Officer');
    assert.equal(imported.grade, 'P-3');
    const wfp = data('About the job\nWFP is seeking a Senior Programme Associate for AAP in Cabo Delgado to manage complaints boxes.\n');
    assert.equal(wfp.title, 'Senior Programme Associate');
  });

  it('reads the country after the duty station at the very end of the text, and the organisation from "About …"', () => {
    const ended = data(
      'Title: Programme Officer\nDuty station: Santiago\n\nDuties\n- Draft reports for the office in Santiago, Chile \n\n',
    );
    assert.equal(ended.country, 'Chile');
    const about = data('Title: Programme Officer\n\nAbout Norwegian Refugee Council\nWe help people.\n\nDuties\n- Draft reports.\n');
    assert.equal(about.organization, 'Norwegian Refugee Council');
    const role = data('Title: Programme Officer\n\nAbout the role\nWe help people.\n\nDuties\n- Draft reports.\n');
    assert.equal(role.organization, undefined);
  });

  it('reads no title from "is seeking" without a role word', () => {
    const imported = data(
      'Background\nThe Ministry is seeking a Better Future for All Children in the region.\n\nDuties\n- Draft reports.\n',
    );
    assert.notEqual(imported.title, 'Better Future for All Children');
  });

  it('reads the title and grade from a lead line "Temporary Job Opening: …, P3 (six months)"', () => {
    const imported = data('Temporary Job Opening: Water Resources Officer, P3 (six months)\n\nResponsibilities\n- Draft reports.\n');
    assert.equal(imported.title, 'Water Resources Officer');
    assert.equal(imported.grade, 'P-3');
  });

  it('reads the duty station and country from "will be based in …", refusing an office and taking a country as the country', () => {
    const imported = data('Scope of Work\nThe consultant will be based in Dakar, Senegal, with travel to Thiès.\n- Review the plans.\n');
    assert.equal(imported.duty_station, 'Dakar');
    assert.equal(imported.country, 'Senegal');
    const office = data('Background\nThe position is located in the Ecosystems Division of the Programme.\n\nDuties\n- Draft reports.\n');
    assert.equal(office.duty_station, undefined);
    const country = data('Scope of Work\nThe consultant will be based in Lebanon.\n- Review the plans.\n');
    assert.deepEqual([country.duty_station, country.country], [undefined, 'Lebanon']);
  });

  it('reads a country named with its Country Office only when it is a country', () => {
    assert.equal(data('Hiring Office: UNFPA Country Office, Lebanon\nScope of work: Review services.\n').country, 'Lebanon');
    assert.equal(data('Hiring Office: UNFPA Country Office, Regional Hub\nScope of work: Review services.\n').country, undefined);
  });

  it('reads a duration stated in a sentence, and deliverables listed in one', () => {
    const imported = data(
      [
        'Terms of Reference',
        'Scope of Work',
        'The consultant will work for a period of six months from the signature of the contract.',
        'The deliverables are: an inception report; a draft assessment; a final assessment.',
      ].join('\n'),
    );
    assert.equal(imported.duration, 'six months');
    assert.deepEqual(imported.deliverables, ['an inception report', 'a draft assessment', 'a final assessment.']);
    // A statement too short to list them ("are key.") is passed over for the next one, which lists them.
    const later = data(
      'Terms of Reference\nScope of Work\nThe outputs are key.\nThe expected outputs of the assignment include a map; a report.\n',
    );
    assert.deepEqual(later.deliverables, ['a map', 'a report.']);
    const days = data('Terms of Reference\nScope of Work\nThe assignment is 30 working days between 1 May and 30 June 2026.\n');
    // A sentence's duration is its length; the term's start takes the year of its end ("between 1 May and 30 June 2026").
    assert.deepEqual([days.duration, days.target_start_date, days.contract_end_date], ['30 working days', '2026-05-01', '2026-06-30']);
    // A temporary job opening's Special Notice gives the term it runs for.
    const opening = data(
      'Special Notice\nThis temporary job opening is for up to 364 days, expected to run from 1 April 2027 to 31 December 2027.\n',
    );
    assert.deepEqual([opening.target_start_date, opening.contract_end_date], ['2027-04-01', '2027-12-31']);
    // So does an opening's setting that says for how long the position is available, and from when to when.
    const available = data(
      'Org. Setting and Reporting\nThe post is in the Statistics Division. The position is available for six months, from 1 March 2027 to 31 August 2027, to cover a staff member on leave.\n',
    );
    assert.deepEqual(
      [available.duration, available.target_start_date, available.contract_end_date],
      ['six months', '2027-03-01', '2027-08-31'],
    );
    // A position that was advertised from one date to another is no term of the post.
    const advertised = data('Background\nThe position was advertised from 1 March 2027 to 31 March 2027.\n');
    assert.equal(advertised.target_start_date, undefined);
  });

  it("reads a Markdown Special Notice's bold length and start date, and keeps those remarks out of the closing statements", () => {
    const imported = data(
      [
        '# Programme Assistant (Temporary Job Opening)',
        '**Duty Station:** NAIROBI',
        '## Responsibilities',
        '* Keeps the records of the programme.',
        '## Special Notice',
        '- This temporary job opening is for a duration of **four months**, with a possible extension subject to the availability of funds.',
        '- The expected start date is **2 March 2027**.',
        '## No Fee',
        'THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.',
      ].join('\n'),
    );
    assert.deepEqual([imported.duration, imported.target_start_date], ['four months', '2027-03-02']);
    assert.deepEqual(imported.closing_statements, ['THE UNITED NATIONS DOES NOT CHARGE A FEE AT ANY STAGE OF THE RECRUITMENT PROCESS.']);
    assert.equal(imported.notes.filter((note: string) => /four months|start date/.test(note)).length, 2);
  });

  it("reads the country of an agency's operation, a hardship category and a JPO post's sponsor from their sentences", () => {
    const operation = data(
      [
        'Senior Field Assistant',
        'Grade: G6',
        'Duty station: Iriba',
        'Operational context',
        'The UNHCR operation in Chad hosts refugees in thirteen camps. Iriba is classified as hardship category D.',
        'Duties',
        '- Monitor.',
      ].join('\n'),
    );
    assert.deepEqual([operation.country, operation.hardship_level], ['Chad', 'D']);
    // (A word after "operation in" that is no country gives none.)
    const none = data(
      ['Field Assistant', 'Duty station: Iriba', 'The UNHCR operation in Eastern Province grows.', 'Duties', '- Map.'].join('\n'),
    );
    assert.equal(none.country, undefined);
    const jpo = data(
      [
        'Associate Programme Officer (JPO)',
        'Duty station: Bangkok, Thailand',
        'This JPO position is sponsored by the Government of the Netherlands.',
        'Duties',
        '- Support.',
      ].join('\n'),
    );
    assert.equal(jpo.sponsor, 'Government of the Netherlands');
  });

  it('keeps every sentence it read a field from where it stands', () => {
    const text = 'Scope of Work\nThe consultant will be based in Dakar, Senegal, with travel to Thiès.\n- Review the plans.\n';
    assert.ok(JSON.stringify(data(text)).includes('The consultant will be based in Dakar, Senegal, with travel to Thiès.'));
  });
});

describe('import: competency lists (issue 14)', () => {
  it('splits a line of competency names at semicolons or commas, with or without a full stop', () => {
    const imported = data(
      'Title: Seed Officer\n\nDuties\n- Plan seed fairs.\n\nFAO Core Competencies\nResults Focus; Teamwork; Communication; Knowledge Sharing and Continuous Improvement.\n',
    );
    assert.deepEqual(imported.competencies, ['Results Focus', 'Teamwork', 'Communication', 'Knowledge Sharing and Continuous Improvement']);
  });

  it('keeps a sentence or a "Name: description" line whole, and reads "Accountability: …" as a competency', () => {
    const imported = data(
      [
        'Title: Programme Officer',
        'Competencies',
        "Demonstrates the organisation's core values of Care, Respect, Integrity and Trust.",
        'Accountability: Takes ownership of all responsibilities and honours commitments.',
      ].join('\n'),
    );
    assert.deepEqual(imported.competencies, [
      "Demonstrates the organisation's core values of Care, Respect, Integrity and Trust.",
      'Accountability: Takes ownership of all responsibilities and honours commitments.',
    ]);
  });
});

describe('import: careers-site labels run into each other (issue 14)', () => {
  it('splits a header line where a label follows a value', () => {
    assert.deepEqual(splitHeaderLine('Family TypeNon FamilyDanger Pay'), ['Family TypeNon Family', 'Danger Pay']);
    assert.deepEqual(splitHeaderLine('Deadline for ApplicationsFebruary 14, 2025Hardship LevelB'), [
      'Deadline for ApplicationsFebruary 14, 2025',
      'Hardship LevelB',
    ]);
    assert.deepEqual(splitHeaderLine('Hardship Level (not applicable for home-based)B'), [
      'Hardship Level (not applicable for home-based)B',
    ]);
    // A one-letter value between two labels ends where the next label starts.
    assert.deepEqual(splitHeaderLine('Hardship Level (not applicable for home-based)AFamily Type (not applicable for home-based)Family'), [
      'Hardship Level (not applicable for home-based)A',
      'Family Type (not applicable for home-based)Family',
    ]);
  });

  it("reads UNOPS's own form of a contract level ('LICA Specialist-10') as the ICA level and the affiliate type", () => {
    const imported = data(
      [
        'Programme Specialist',
        'Vacancy code VA/2025/B5211/29001',
        'Duty station Amman, Jordan',
        'Contract type Local ICA Specialist',
        'Contract level LICA Specialist-10',
        'Application period 14-Jan-2025 to 28-Jan-2025',
        '',
        'Functional Responsibilities',
        '- Lead the programme.',
      ].join('\n'),
    );
    assert.equal(imported.affiliate_type, 'UNOPS LICA10');
    assert.equal((imported.terms_of_reference as Record<string, unknown>).ica_level, 'LICA10');
  });

  it('reads each field of such a header, and a date written "15 March 2025"', () => {
    const imported = data(
      [
        'Job Title: Registration Assistant',
        'Deadline for Applications15 March 2025Hardship LevelB',
        'Family TypeNon FamilyDanger Pay',
        'Staff Member / Affiliate TypeUNOPS LICA5Target Start Date2025-04-01',
        'Terms of Reference',
        'Title: Registration Assistant',
        'Duty station: Maicao, Colombia',
        '1. General Background',
        'The office registers new arrivals.',
        '2. Purpose and Scope of Assignment',
        '- Interview new arrivals;',
        '3. Monitoring and Progress Controls',
        '- Data are entered on time.',
      ].join('\n'),
    );
    assert.deepEqual(
      [imported.deadline, imported.hardship_level, imported.family_type, imported.affiliate_type, imported.target_start_date],
      ['2025-03-15', 'B', 'Non Family', 'UNOPS LICA5', '2025-04-01'],
    );
    assert.ok((imported.notes as string[]).includes('Danger Pay'), 'a label the profile has no place for stays under notes');
  });

  it('reads the employment type a value names first', () => {
    const imported = data(
      '【募集職種】受付スタッフ\n【雇用形態】契約社員（正社員登用あり）\n【仕事内容】\n・受付\n難民認定を受けた方も歓迎します。\n',
    );
    assert.equal(imported.role?.employment_type, 'full-time fixed-term');
  });
});

describe('import: a JPO posting’s eligibility sentences (issue 14)', () => {
  it('fills the structured fields from Japanese sentences and keeps the sentences', () => {
    const eligibility: Record<string, unknown> = {
      statement: [
        '2026年2月1日時点で35歳以下であること',
        '関連分野で修士号を取得していること（2026年7月末までの取得見込みを含む）',
        '関連分野で2年以上の職務経験を有すること（アルバイト、インターンは含まない）',
        '将来にわたり国際機関で働く意思を有すること',
        '日本国籍を有すること',
      ],
    };
    readEligibility(eligibility);
    assert.deepEqual(eligibility, {
      nationality: 'Japanese',
      max_age: 35,
      age_reference_date: '2026-02-01',
      minimum_degree: 'master',
      degree_expected_by: '2026-07-31',
      minimum_experience_years: 2,
      experience_excludes: ['part-time work', 'internships'],
      career_commitment: true,
      statement: eligibility.statement,
    });
  });

  it('reads the English forms, and nothing a sentence does not say', () => {
    const eligibility: Record<string, unknown> = {
      statement: [
        'Candidates must be Japanese nationals of 35 years or under as of 1 February 2026.',
        'A minimum of two years of relevant work experience.',
      ],
    };
    readEligibility(eligibility);
    assert.equal(eligibility.max_age, 35);
    assert.equal(eligibility.age_reference_date, '2026-02-01');
    assert.equal(eligibility.nationality, 'Japanese');
    assert.equal(eligibility.minimum_experience_years, 2);
    assert.equal(eligibility.minimum_degree, undefined);
  });

  it('reads the years of full-time paid work experience a sentence asks for', () => {
    const eligibility: Record<string, unknown> = {
      statement: ['Candidates must hold a Master’s degree and have at least two years of full-time paid work experience.'],
    };
    readEligibility(eligibility);
    assert.equal(eligibility.minimum_experience_years, 2);
  });
});

describe('import: what a JPO posting states of the age and of civil servants, in its own words (issue 14 §4)', () => {
  const read = (statement: string[], elsewhere: string[] = []) => {
    const eligibility: Record<string, unknown> = { statement };
    readEligibility(eligibility, [], undefined, { elsewhere, maxAge: 35 });
    return eligibility;
  };

  it('reads a birth date limit as the age limit and the day it is counted on (35 or under on the day before the 36th birthday)', () => {
    for (const said of [
      'Candidates must be born on or after 2 April 1990.',
      '1990年4月2日以降に生まれた方',
      '平成2年4月2日以降生まれであること',
    ]) {
      const eligibility = read([said]);
      assert.deepEqual([eligibility.max_age, eligibility.age_reference_date], [35, '2026-04-01'], said);
    }
    // A stated limit counts the birth date with its own age.
    const eligibility: Record<string, unknown> = { statement: ['Aged 32 or under.', 'Born on or after 1 January 1994.'] };
    readEligibility(eligibility, [], undefined, { maxAge: 35 });
    assert.deepEqual([eligibility.max_age, eligibility.age_reference_date], [32, '2026-12-31']);
  });

  it('reads that civil servants may apply, in the Japanese and English forms, and not where they may not', () => {
    for (const said of [
      '国家公務員・地方公務員の方は、派遣終了後に所属先へ復帰する予定の場合も応募できます。',
      '現職の国家公務員の方は、所属府省の了承を得た上で応募してください。',
      'Government officials may apply provided they obtain the consent of their ministry.',
      'National and local government employees may apply; they return to their ministry after the assignment.',
    ])
      assert.deepEqual(
        read([said]).national_civil_servants,
        { may_apply: true, ...(/ministry/.test(said) && /return/.test(said) ? { return_to_ministry: true } : {}) },
        said,
      );
    for (const said of ['国家公務員の方は応募できません。', 'Government officials may not apply.', 'Government officials cannot apply.'])
      assert.equal(read([said]).national_civil_servants, undefined, said);
  });

  it('reads these facts from anywhere in the text (備考, notes), not only from the eligibility sentences', () => {
    const eligibility = read(
      ['日本国籍を有すること'],
      ['【備考】', '現職の国家公務員の方は、所属府省の了承を得た上で応募してください。', '2025年12月31日時点で35歳以下であること'],
    );
    assert.deepEqual(eligibility.national_civil_servants, { may_apply: true });
    assert.equal(eligibility.age_reference_date, '2025-12-31');
    // Only these facts: a year count elsewhere in the text (a ToR's own experience) is not the eligibility's.
    assert.equal(read(['日本国籍を有すること'], ['At least five years of relevant experience.']).minimum_experience_years, undefined);
  });

  it('imports them from a MOFA post information whose 備考 says civil servants may apply', () => {
    const result = importFromText(
      [
        'JPO派遣候補者 募集ポスト',
        '派遣先国際機関：国連教育科学文化機関（UNESCO）',
        '職名：Associate Programme Specialist（JPO）',
        '勤務地：フランス・パリ',
        '応募締切：2026年3月6日',
        '【応募資格】',
        '・1990年4月2日以降に生まれた方',
        '・日本国籍を有すること',
        '【備考】',
        '現職の国家公務員の方は、所属府省の了承を得た上で応募してください。',
      ].join('\n'),
    );
    const imported = result.data as { profile: string; eligibility: Record<string, unknown> };
    assert.equal(imported.profile, 'jpo');
    assert.equal(imported.eligibility.max_age, 35);
    assert.equal(imported.eligibility.age_reference_date, '2026-04-01');
    assert.deepEqual(imported.eligibility.national_civil_servants, { may_apply: true });
    const jpoAlarms = codes(result.yaml).filter((code) => /^jpo-(?:age|civil)/.test(code));
    assert.deepEqual(jpoAlarms, []);
  });
});

describe('last-duty-not-other-duties by profile (issue 14 §4)', () => {
  const posting = (head: string, duties: string[]) => `${head}\nduties:\n${duties.map((duty) => `  - ${duty}`).join('\n')}\n`;
  const general = (organization: string, extra = '') =>
    `profile: general\ntitle: Programme Officer\norganization: ${organization}\nduty_station: Juba\ncountry: South Sudan\ndeadline: 2030-01-01\n${extra}`;

  it('asks a UN organisation’s staff post for the catch-all duty', () => {
    assert.ok(codes(posting(general('UNFPA'), ['Plan the distributions.'])).includes('last-duty-not-other-duties'));
  });

  it('does not ask an NGO, a consultancy ToR or a company for it', () => {
    assert.ok(!codes(posting(general('Horizon Relief Alliance'), ['Plan the distributions.'])).includes('last-duty-not-other-duties'));
    assert.ok(
      !codes(posting(general('UNICEF', 'contract_type: Individual Contract (consultant)\n'), ['Plan the distributions.'])).includes(
        'last-duty-not-other-duties',
      ),
    );
  });

  it('recognises the catch-all in its other English and Japanese forms', () => {
    for (const last of [
      'Perform such other duties as may be assigned.',
      'Performs other related duties as required.',
      '上司の指示によるその他の業務。',
    ])
      assert.ok(!codes(posting(general('IOM'), ['Plan the distributions.', last])).includes('last-duty-not-other-duties'), last);
  });
});

describe('import: a language statement’s languages (issue 14)', () => {
  it('reads each language with the level and need its clause states', () => {
    assert.deepEqual(languagesOf('Fluency in English is required; working knowledge of Arabic is an asset.'), [
      { language: 'English', level: 'fluent', required: true },
      { language: 'Arabic', level: 'working knowledge', required: false },
    ]);
    // One language a line, as a careers page lists them.
    assert.deepEqual(languagesOf('English — Fluent (required)\nRussian — Working knowledge (desirable)'), [
      { language: 'English', level: 'fluent', required: true },
      { language: 'Russian', level: 'working knowledge', required: false },
    ]);
  });

  it('gives each language of a clause the level stated before it, when the clause states two', () => {
    assert.deepEqual(languagesOf('Fluency in Spanish and working knowledge of English are required.'), [
      { language: 'Spanish', level: 'fluent', required: true },
      { language: 'English', level: 'working knowledge', required: true },
    ]);
    assert.deepEqual(languagesOf('Fluency in English and French is required.'), [
      { language: 'English', level: 'fluent', required: true },
      { language: 'French', level: 'fluent', required: true },
    ]);
  });

  it('reads a level a clause implies: required is fluent, an asset is working knowledge and not required', () => {
    assert.deepEqual(languagesOf('英語（必須）。フランス語ができれば尚可。'), [
      { language: 'English', level: 'fluent', required: true },
      { language: 'French', level: 'working knowledge', required: false },
    ]);
    assert.deepEqual(languagesOf('Fluency in English is required; Arabic is an asset.'), [
      { language: 'English', level: 'fluent', required: true },
      { language: 'Arabic', level: 'working knowledge', required: false },
    ]);
    assert.deepEqual(languagesOf('Fluency in English required; working knowledge of French an asset'), [
      { language: 'English', level: 'fluent', required: true },
      { language: 'French', level: 'working knowledge', required: false },
    ]);
    assert.deepEqual(languagesOf('Fluency in written and spoken English is required. Knowledge of French or Spanish is an asset.'), [
      { language: 'English', level: 'fluent', required: true },
      { language: 'French', level: 'working knowledge', required: false },
      { language: 'Spanish', level: 'working knowledge', required: false },
    ]);
  });

  it('reads Japanese levels: 英語: ビジネスレベル, 職務遂行が可能, 会話ができる', () => {
    assert.deepEqual(languagesOf('英語: ビジネスレベル'), [{ language: 'English', level: 'fluent', required: true }]);
    assert.deepEqual(languagesOf('英語で職務遂行が可能であること。'), [{ language: 'English', level: 'fluent', required: true }]);
    assert.deepEqual(languagesOf('日本語で会話ができること。ダリー語ができる方は歓迎します。'), [
      { language: 'Japanese', level: 'working knowledge', required: true },
      { language: 'Dari', level: 'working knowledge', required: false },
    ]);
  });

  it('reads a language under any of its names as its English name (Kiswahili is Swahili)', () => {
    assert.deepEqual(languagesOf('Fluency in English is required. Knowledge of Somali or Kiswahili is an asset.'), [
      { language: 'English', level: 'fluent', required: true },
      { language: 'Somali', level: 'working knowledge', required: false },
      { language: 'Swahili', level: 'working knowledge', required: false },
    ]);
    assert.deepEqual(languagesOf('Working knowledge of Bahasa Indonesia is required.'), [
      { language: 'Indonesian', level: 'working knowledge', required: true },
    ]);
  });

  it('gives the languages of a list the level of the clause that ends it: "knowledge of Juba Arabic, Lugbara or Lingala is desirable"', () => {
    assert.deepEqual(languagesOf('Fluency in English is required; knowledge of Juba Arabic, Lugbara or Lingala is desirable.'), [
      { language: 'English', level: 'fluent', required: true },
      { language: 'Arabic', level: 'working knowledge', required: false },
      { language: 'Lingala', level: 'working knowledge', required: false },
    ]);
  });

  it('guesses no level a clause neither gives nor implies', () => {
    assert.deepEqual(languagesOf('The team works in English and Arabic.'), []);
    assert.deepEqual(languagesOf('Fluency in English is required; the office also uses Arabic.'), []);
    assert.deepEqual(languagesOf('Fluency in English is required; the office uses Arabic, French and Somali.'), []);
  });

  it('takes the level a language has in another clause, and keeps a decimal point inside its clause', () => {
    assert.deepEqual(languagesOf('日本語：日常会話レベル（JLPT N3程度）。仕様の議論は英語でも可能です\n英語：ビジネスレベル'), [
      { language: 'Japanese', level: 'working knowledge', required: true },
      { language: 'English', level: 'fluent', required: true },
    ]);
    assert.deepEqual(languagesOf('英語で業務を遂行できること（IELTS 7.0以上又はこれと同等以上の英語力）。'), [
      { language: 'English', level: 'fluent', required: true },
    ]);
    assert.deepEqual(languagesOf('Fluency in English is required. Score of 6.5 in Arabic tests.'), [], 'Arabic has no level anywhere');
  });
});

describe('import: Workday years of experience by degree (issue 14)', () => {
  it('reads each clause into a degree and its years, "no experience" as 0', () => {
    assert.deepEqual(
      degreeYears(
        'For NOB - 2 years relevant experience with Undergraduate degree; or 1 year relevant experience with Graduate degree; or no experience with Doctorate degree',
      ),
      [
        { degree: 'Undergraduate', years: 2 },
        { degree: 'Graduate', years: 1 },
        { degree: 'Doctorate', years: 0 },
      ],
    );
    assert.deepEqual(degreeYears('For G6 - 6 years relevant work experience with High School Diploma'), [
      { degree: 'Secondary', years: 6 },
    ]);
    assert.deepEqual(degreeYears('Relevant experience is an asset.'), []);
  });
});

describe('import: Japanese company postings (issue 14)', () => {
  it('keeps the salary’s unit, and reads a deadline written after its label inside a sentence', () => {
    const imported = data(
      '■募集職種\n倉庫スタッフ\n\n■会社名\nみらい物流株式会社\n\n■応募資格\n・難民認定申請中の方もご相談ください\n\n■給与\n時給1,250円〜\n\n■応募方法\nメールでご応募ください。応募締切：2026年2月15日\n',
    );
    assert.equal(imported.role?.salary, '時給1,250円〜');
    assert.equal(imported.deadline, '2026-02-15');
    assert.equal(imported.employer?.name, 'みらい物流株式会社');
  });
});

describe('import: a consultancy written in prose, sentence by sentence (issue 14)', () => {
  const text = [
    'Regional Consultant: Mapping of Youth Employment Schemes, Gaborone, Botswana (Botswana nationals only)',
    '',
    'Apply now Job no: 612045',
    'Contract type: Consultant',
    '',
    'For every young person, a first job',
    '',
    'Qualifications',
    '',
    'The consultant should hold a master\u2019s degree in economics, labour studies or public policy, and have at least six years of experience in labour market analysis.',
    '',
    'Experience with tracer studies is required, and experience of working with district councils in Botswana is an asset.',
    '',
    'Fluency in English is required; knowledge of Setswana is an advantage. The consultancy is open to Botswana nationals only.',
    '',
    'Deliverables',
    'The work takes 40 working days between 3 August and 30 October 2026.',
    '',
    'Advertised: Jun 15 2026 South Africa Standard Time',
    'Application close: Jun 29 2026 South Africa Standard Time',
  ].join('\n');
  const imported = data(text);

  it('takes the headline that names a role as the title, not the slogan, and the job number after the page button', () => {
    assert.equal(imported.title, 'Regional Consultant: Mapping of Youth Employment Schemes');
    assert.equal(imported.job_id, '612045');
    assert.equal(imported.date_posted, '2026-06-15');
    assert.equal(imported.deadline, '2026-06-29');
  });

  it('reads a sentence about two requirements clause by clause, and keeps who may apply under notes', () => {
    assert.match(String(imported.education), /master\u2019s degree in economics/);
    // The second clause without the words that joined it ("and have at least \u2026").
    assert.equal(
      imported.experience,
      'At least six years of experience in labour market analysis.\nExperience with tracer studies is required',
    );
    assert.match(JSON.stringify(imported.desirable), /district councils in Botswana is an asset/);
    assert.ok((imported.notes as string[]).includes('The consultancy is open to Botswana nationals only.'));
    assert.doesNotMatch(JSON.stringify(imported.languages), /nationals only/);
  });

  it('gives a term without a year on its start the year of its end', () => {
    assert.equal(imported.target_start_date, '2026-08-03');
    assert.equal(imported.contract_end_date, '2026-10-30');
  });
});

describe('import: facts a notice states in its remarks (issue 14)', () => {
  const notice = (remark: string) =>
    ['Programme Management Assistant, G6', '', 'Responsibilities', '- Support the programme.', '', 'Special Notice', remark].join('\n');

  it("reads 'The selected candidate is expected to start on or around 1 December 2026' as the start date", () => {
    assert.equal(data(notice('The selected candidate is expected to start on or around 1 December 2026.')).target_start_date, '2026-12-01');
  });

  it("reads an organisation's commitment to protect people from sexual exploitation and abuse as a closing statement", () => {
    const text = [
      'Shelter Coordinator',
      '',
      'How to apply',
      'Please send your CV to jobs@example.org.',
      '',
      'The organisation is committed to the protection of beneficiaries from sexual exploitation and abuse.',
    ].join('\n');
    assert.deepEqual(data(text).closing_statements, [
      'The organisation is committed to the protection of beneficiaries from sexual exploitation and abuse.',
    ]);
  });

  it("reads a Cabinet Office notice's aim ('…を目的として、…を募集します') as the programme's objective", () => {
    const text = [
      '国際平和協力研究員の募集について',
      '',
      '内閣府国際平和協力本部事務局では、平和構築分野の人材の育成を目的として、国際平和協力研究員を募集します。',
      '',
      '１．業務内容',
      '・平和構築に関する調査',
    ].join('\n');
    const imported = data(text);
    assert.equal(imported.profile, 'peace-advisor');
    assert.deepEqual(imported.objectives, ['平和構築分野の人材の育成']);
  });
});

describe('import: an office in the field that opens a sentence about itself (issue 14)', () => {
  // Written for this test in the shape of a careers page's part on the office.
  const page = (sentence: string) =>
    importFromText(
      [
        'Nutrition Officer',
        '',
        'Job no: 600123',
        'Duty Station: Garowe',
        'Location: Somalia',
        '',
        'How can you make a difference?',
        `${sentence} The Nutrition Officer supports the office in scaling up treatment.`,
        '',
        'Key functions:',
        '- Monitor the treatment sites every month.',
      ].join('\n'),
    ).data as Record<string, unknown>;

  it('reads "The Garowe Zone Office covers …" as the unit', () => {
    assert.equal(page('The Garowe Zone Office covers four regions of the north-east.').unit, 'Garowe Zone Office');
  });

  it('reads no unit from an office whose name goes on ("… Country Office for Somalia implements …") or that names no place', () => {
    assert.equal(page('The UNICEF Country Office for Somalia implements a nutrition programme.').unit, undefined);
    assert.equal(page('The Field Office covers four regions of the north-east.').unit, undefined);
  });
});
