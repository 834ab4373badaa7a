import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkPosting } from '../../server/src/engine';
import { importFromText } from '../../server/src/engine/import/fromText';

// Issue 14 §4, stop 19: classes of false alarm a careful reviewer rejected on real postings (heldout-s20 and pages of
// real careers sites), each fixed in general and proved here on texts written for the test.
const codes = (yaml: string) => checkPosting(yaml).problems.map((problem) => problem.code);
const corpus = (name: string) => readFileSync(join(__dirname, '..', 'corpus', 'postings', name), 'utf8');

describe('jpo-experience-exclusions-missing reads what the text states, across a PDF line break (s20)', () => {
  const jpo = corpus('a-jpo-unicef-nairobi-child-protection-ja.posting.yaml').replace(
    / {2}experience_excludes:\n {4}- part-time work\n {4}- internships\n/,
    '',
  );
  const withStatement = (lines: string[]) =>
    jpo.replace(
      / {2}statement:\n {4}- 2025[^\n]*\n(?: {4}- [^\n]*\n)*/,
      `  statement:\n${lines.map((line) => `    - ${JSON.stringify(line)}\n`).join('')}`,
    );

  it('takes the exclusions from the eligibility text when experience_excludes does not list them', () => {
    assert.ok(jpo.includes('\u30a4\u30f3\u30bf\u30fc\u30f3\u30b7\u30c3\u30d7\u306f\u542b\u307f\u307e\u305b\u3093'));
    assert.ok(!codes(jpo).includes('jpo-experience-exclusions-missing'));
  });

  it('joins a word a PDF broke across two lines ("\u30a2" / "\u30eb\u30d0\u30a4\u30c8", "\u30a4\u30f3" / "\u30bf\u30fc\u30f3")', () => {
    const split = withStatement([
      '\u5fdc\u52df\u30dd\u30b9\u30c8\u304c\u8981\u6c42\u3059\u308b\u5206\u91ce\u306b\u304a\u3044\u3066 2 \u5e74\u4ee5\u4e0a\u306e\u8077\u52d9',
      '\u7d4c\u9a13\u3092\u6709\u3059\u308b\u3053\u3068\uff08\u30a2',
      '\u30eb\u30d0\u30a4\u30c8\u3001\u30a4\u30f3',
      '\u30bf\u30fc\u30f3\u306f\u8077\u52d9\u7d4c\u9a13\u306b\u542b\u307f\u307e\u305b\u3093\uff09',
    ]);
    assert.ok(!codes(split).includes('jpo-experience-exclusions-missing'));
    // In English, too.
    const english = withStatement(['Two years of work experience. Part-time work and internships do not count as work experience.']);
    assert.ok(!codes(english).includes('jpo-experience-exclusions-missing'));
  });

  it('still asks for the exclusions a text does not state', () => {
    const none = withStatement(['\u7d4c\u9a13\u3092\u6709\u3059\u308b\u3053\u3068\u3002']);
    assert.ok(codes(none).includes('jpo-experience-exclusions-missing'));
    // Only part-time work stated: internships are still asked for; words of two other lines are not joined into one.
    const half = withStatement(['\u30a2\u30eb\u30d0\u30a4\u30c8\u306f\u542b\u307f\u307e\u305b\u3093\u3002']);
    const problem = checkPosting(half).problems.find((p) => p.code === 'jpo-experience-exclusions-missing');
    assert.ok(problem && /internships/.test(problem.message) && !/part-time/.test(problem.message), problem?.message);
  });
});

describe('duty-not-a-sentence asks only what a reviewer asks of real duty lists (s20, real careers pages)', () => {
  const general = (duties: string[], organization = 'NRC') =>
    `profile: general\ntitle: Area Programme Manager\norganization: ${organization}\nduty_station: Pemba\ncountry: Mozambique\ndeadline: 2030-01-01\nduties:\n${duties.map((duty) => `  - ${JSON.stringify(duty)}`).join('\n')}\n`;
  const flagged = (duties: string[]) =>
    checkPosting(general(duties))
      .problems.filter((problem) => problem.code === 'duty-not-a-sentence')
      .map((problem) => duties[Number(/Duty (\d+)/.exec(problem.message)?.[1]) - 1]);

  it('leaves alone a list written as bullets without stops, verb-less noun phrases included (an NGO board)', () => {
    assert.deepEqual(
      flagged([
        'Line management of CC Coordinators and Team Leaders in the area',
        'Provide high level technical oversight of needs assessments, studies, evaluations at area level',
        'Regular site visits for the implementation of projects',
        'Ensure that the appropriate frameworks are in place for a successful audit.',
        'Responsible for program implementation with high quality and cost-effectiveness',
      ]),
      [],
    );
  });

  it('leaves the odd item without its stop, and a lower-case item, alone; asks an item that breaks off (s20 blind judging)', () => {
    // Blind judging on unseen postings rejected every "odd item" finding: a reviewer does not ask a stop of one bullet.
    const punctuated = [
      'Provide policy analysis and technical advice on the Multilateral System.',
      'Conduct research and prepare policy documents.',
      'Participate in relevant meetings organized by partner organizations',
      'Write concept notes and project proposals for donors.',
    ];
    assert.deepEqual(flagged(punctuated), []);
    const lower = ['Regular site visits to the projects', 'monthly budget monitoring with the programme staff', 'Grant opening meetings'];
    assert.deepEqual(flagged(lower), []);
    const cut = [...punctuated.slice(0, 2), 'Maintain the referral directory for the', punctuated[3]];
    assert.deepEqual(flagged(cut), [cut[2]]);
  });

  it('reads a label with the names it lists as no duty (an NGO’s "Critical interfaces" rows)', () => {
    const rows = [
      'Strategy and Programme Development: Project Coordinator, Area Manager, Country Director, Head of Programmes',
      'Monitoring: Emergency Response team, M&E team',
      'Staff Capacity Building: Emergency Response Team',
      'Coordinate the distributions with the community leaders.',
      'Report to the Area Manager every month.',
    ];
    assert.deepEqual(flagged(rows), []);
    // A duty under a lead label is a duty: one that breaks off is reported.
    const labelled = [...rows.slice(3), 'Monitoring and reporting: Track SBC indicators in the'];
    assert.deepEqual(flagged(labelled), [labelled[2]]);
  });

  it('reads a lead-in a page broke over two items as the lead-in, not as duties (s20, a printed UNOPS page)', () => {
    const duties = [
      'Under the supervision of the Senior Inter-Agency Coordination Officer',
      '(P4), the Associate Inter-Agency Coordination Officer will:',
      'Prepare agendas and background notes for the weekly forum.',
      'Maintain the partner matrix with the Information Management unit.',
    ];
    assert.deepEqual(flagged(duties), []);
    // Its pieces broken off mid-phrase are no duties either ("Under the supervision of the" / "Senior Officer, the … will:");
    // one in the middle of the list, with no lead-in after it, is reported.
    assert.deepEqual(flagged(['Under the supervision of the', 'Senior Officer, the Associate Officer will:', duties[2]]), []);
    assert.deepEqual(flagged([duties[2], 'Under the supervision of the', duties[3]]), ['Under the supervision of the']);
  });
});

describe('last-duty-not-other-duties: a list that says it is not exhaustive needs no catch-all (s20)', () => {
  const general = (organization: string, duties: string[]) =>
    `profile: general\ntitle: Logistics Associate\norganization: ${organization}\nduty_station: Tindouf\ncountry: Algeria\ndeadline: 2030-01-01\nduties:\n${duties.map((duty) => `  - ${JSON.stringify(duty)}`).join('\n')}\n`;
  const asked = (organization: string, duties: string[]) => codes(general(organization, duties)).includes('last-duty-not-other-duties');

  it('reads a lead-in or an item that says so', () => {
    assert.ok(asked('UNFPA', ['Plan the distributions.', 'Keep the stock records.']));
    for (const leadIn of [
      'The duties include, but are not limited to:',
      'The incumbent will perform the following duties, among others:',
      'The list below is not exhaustive.',
    ])
      assert.ok(!asked('UNFPA', [leadIn, 'Plan the distributions.', 'Keep the stock records.']), leadIn);
    // A duty that says it of its own scope says nothing of the list (a seed's 'including but not limited to').
    assert.ok(
      asked('UNFPA', [
        'Plan the distributions.',
        'Provide administrative support, including but not limited to communication with the other units.',
      ]),
    );
  });

  it("does not ask WFP, whose template heads its duties 'KEY ACCOUNTABILITIES (not all-inclusive)', which an import does not keep", () => {
    assert.ok(!asked('WFP', ['Plan the distributions.', 'Keep the stock records.']));
  });
});

describe('summary-education-contradicts-tor reads every statement of the education a posting keeps (s20)', () => {
  const base = corpus('j-unops-lica6-dadaab-education-kiswahili-summary.posting.yaml');
  const torLine = '    education: Completion of secondary education with a certificate; a university degree in education is an asset.\n';
  const withTor = (education: string, notes = '') =>
    base.replace(torLine, `    education: ${JSON.stringify(education)}\n`) + (notes ? `notes:\n  - ${JSON.stringify(notes)}\n` : '');
  const contradicts = (yaml: string) => codes(yaml).includes('summary-education-contradicts-tor');

  it('takes the minimum from an "Education:" line kept under notes, as an import keeps a labelled line it did not place', () => {
    assert.ok(base.includes(torLine));
    assert.ok(!contradicts(base));
    // The ToR field says a degree (as a user who fills in what the import left empty writes), the page's own line says
    // secondary education, which the summary's High School Diploma matches.
    assert.ok(contradicts(withTor("Bachelor's degree")));
    assert.ok(
      !contradicts(
        withTor(
          "Bachelor's degree",
          'Education: Completion of secondary education with a certificate; a university degree in social sciences is an advantage.',
        ),
      ),
    );
    // A note that is not an education line, or names a degree only as an advantage, states no minimum.
    assert.ok(contradicts(withTor("Bachelor's degree", 'The office completed secondary education projects in 2024.')));
  });
});

describe('not-in-list knows the values UNHCR’s careers site prints (a real General Service posting)', () => {
  it('accepts "Temporary > Temporary Assignment/ Appointment" as the Reason, and still rejects a value the site never prints', () => {
    const posting = corpus('p-unhcr-gs-warehouse-assistant.posting.yaml');
    const withReason = (reason: string) => codes(posting.replace('reason: Regular > Regular Assignment', `reason: ${reason}`));
    assert.ok(posting.includes('reason: Regular > Regular Assignment'));
    assert.ok(!withReason('Temporary > Temporary Assignment/ Appointment').includes('not-in-list'));
    assert.ok(withReason('Temporary > Surge').includes('not-in-list'));
  });
});

describe('unknown-competency-group leaves alone the groups of a host organisation’s own framework (s19)', () => {
  const jpo = corpus('a-jpo-unicef-nairobi-child-protection-ja.posting.yaml');
  const own = (organization: string, framework = '') =>
    jpo
      .replace('organization: UNICEF', `organization: ${organization}`)
      .replace(
        '    key_competencies:\n      framework: un-values-behaviours\n',
        `    key_competencies:\n${framework}      core:\n        - Results Focus\n        - Building Effective Relationships\n`,
      );
  const groupCodes = (yaml: string) => codes(yaml).filter((code) => /competenc/.test(code));

  it('reads FAO’s "Core Competencies" in a JPO posting for FAO as FAO’s framework, which the product has no catalogue of', () => {
    assert.ok(own('FAO').includes('      core:\n        - Results Focus'));
    assert.deepEqual(groupCodes(own('FAO')), []);
  });

  it('still reports a group the framework lacks when the framework was named, or is the organisation’s own', () => {
    assert.ok(groupCodes(own('FAO', '      framework: un-values-behaviours\n')).includes('unknown-competency-group'));
    assert.ok(groupCodes(own('United Nations')).includes('unknown-competency-group'));
  });
});

describe('competency names of a host organisation’s own framework are not measured by another framework', () => {
  const unops = readFileSync(
    join(__dirname, '..', 'corpus', 'import', 'careers-site', 'lica6-procurement-associate-juba-address-bar-stacked.posting.yaml'),
    'utf8',
  );
  const competencyCodes = (yaml: string) => codes(yaml).filter((code) => /competenc/.test(code));

  it('leaves alone the UNOPS competencies a jobs.unops.org page lists for a UNOPS post', () => {
    assert.ok(unops.includes('organization: UNOPS') && unops.includes('Partnering - Works with project teams'));
    assert.deepEqual(competencyCodes(unops), []);
  });

  it('still reports them in a posting of the organisation whose framework the catalogue is', () => {
    const unhcr = competencyCodes(unops.replace('organization: UNOPS', 'organization: UNHCR'));
    assert.ok(unhcr.includes('unknown-competency') && unhcr.includes('missing-core-competency'));
  });
});

describe('acronym-before-definition: a bracket of acronyms spells nothing out (a bilingual UN posting)', () => {
  it('does not read "ONU (UN RCO)" in a Portuguese paragraph as the definition of ONU', () => {
    const posting = `profile: general\ntitle: Administrative Assistant\norganization: UN Secretariat\nduty_station: Maputo\ncountry: Mozambique\ndeadline: 2030-01-01\nbackground: ${JSON.stringify(
      'The Resident Coordinator Office (RCO) supports the country team. O Secretário-Geral da ONU lançou uma reforma. Os Escritórios do Coordenador Residente da ONU (UN RCO) apoiam os países.',
    )}\nduties:\n  - Perform other duties as required.\n`;
    assert.ok(!codes(posting).includes('acronym-before-definition'));
    // A name in brackets still defines it: used before that, it is reported.
    const defined = posting.replace('da ONU (UN RCO)', 'da ONU (Organização Nações Unidas)');
    assert.ok(codes(defined).includes('acronym-before-definition'));
  });

  it('does not read a bracket that lists tools ("registration tools (PRIMES, BIMS)") as the definition of the first', () => {
    const posting = (tools: string) =>
      `profile: general\ntitle: Registration Assistant\norganization: UNHCR\nduty_station: Juba\ncountry: South Sudan\ndeadline: 2030-01-01\nduties:\n  - Verify the records in PRIMES before documents are issued.\n  - ${JSON.stringify(`Train partners on the registration tools ${tools}.`)}\n  - Perform other duties as required.\n`;
    assert.ok(!codes(posting('(PRIMES, BIMS)')).includes('acronym-before-definition'));
    assert.ok(!codes(posting('(PRIMES, BIMS and RAIS)')).includes('acronym-before-definition'));
    // One acronym in the bracket, or one with a place after it, still defines it: used before that, it is reported.
    assert.ok(codes(posting('(PRIMES)')).includes('acronym-before-definition'));
    assert.ok(codes(posting('(PRIMES, Geneva)')).includes('acronym-before-definition'));
  });
});

describe('misspelt-organization-acronym: an organisation’s acronym a letter away from how the posting writes it (a real UNHCR page)', () => {
  const posting = (background: string) =>
    `profile: general\ntitle: Head of Sub-Office\norganization: UNHCR\nduty_station: Gode\ncountry: Ethiopia\ndeadline: 2030-01-01\nbackground: ${JSON.stringify(background)}\nduties:\n  - Perform other duties as required.\n`;
  const found = (background: string) =>
    checkPosting(posting(background))
      .problems.filter((problem) => problem.code === 'misspelt-organization-acronym')
      .map((problem) => problem.message);

  it('finds "UNCR" where the posting writes UNHCR, and its fix writes UNHCR', () => {
    const problems = checkPosting(posting('The office reports on the security of the UNCR staff and of UNHCR partners.')).problems;
    const typo = problems.find((problem) => problem.code === 'misspelt-organization-acronym');
    assert.ok(typo, JSON.stringify(problems.map((problem) => problem.code)));
    assert.equal((typo.data as { replacement?: string }).replacement, 'UNHCR');
  });

  it('leaves alone other organisations, known acronyms, short ones, and an acronym the posting never writes right', () => {
    assert.deepEqual(found('UNHCR works with UNEP and with the NDP (national development plan) secretariat, and with ECHO.'), []);
    // Where the posting never writes UNHCR (nor names it as the organisation), there is no spelling of its own to compare with.
    const other = posting('The office reports on the security of the UNCR staff.').replace(
      'organization: UNHCR',
      'organization: Horizon Relief Alliance',
    );
    assert.ok(!codes(other).includes('misspelt-organization-acronym'));
  });
});

// Stop 32: classes a blind judge rejected on s35.
describe('last-duty-not-other-duties knows the catch-all in its general form (s32)', () => {
  const posting = (duties: string[]) =>
    `profile: general\ntitle: Programme Officer\norganization: FAO\nduty_station: Dhaka\ncountry: Bangladesh\ndeadline: 2030-01-01\nduties:\n${duties.map((duty) => `  - ${JSON.stringify(duty)}`).join('\n')}\n`;
  const asked = (last: string) =>
    codes(posting(['Coordinate the field missions with the farmer organisations.', last])).includes('last-duty-not-other-duties');

  it('reads a verb of doing or none; any, such or all; other or additional; a qualifier; a duty or task, one or many', () => {
    for (const last of [
      'Perform such other duties as may be assigned.',
      'Performs other related duties as required.',
      'Such other duties as may be assigned by the supervisor.',
      'Perform other job-related duties as required',
      'Assume additional tasks as assigned.',
      'Any other task as required.',
      'Other duties assigned by the Head of Office.',
      'Will undertake any other related tasks as and when required.',
      '(g) Carry out other duties as requested.',
      '➢ Perform other duties as required.',
      '\u305d\u306e\u307b\u304b\u3001\u30bb\u30f3\u30bf\u30fc\u9577\u304c\u6307\u793a\u3059\u308b\u696d\u52d9', // そのほか、センター長が指示する業務
      '\u4e0a\u8a18\u306b\u4ed8\u968f\u3059\u308b\u696d\u52d9', // 上記に付随する業務
      // Joined by an import to the duty before it, as a sentence of its own.
      'Prepare the monthly reports for the donor. Perform such other duties as may be assigned.',
    ])
      assert.ok(!asked(last), last);
  });

  it('still asks a list whose last duty is a duty of its own', () => {
    for (const last of [
      'Prepare the monthly progress reports.',
      'Prepare the monthly reports. Share them with the partners.',
      "Coordinate other partners' distributions in the district.",
      'Provide additional training to the extension officers.',
      'Other responsibilities include the supervision of drivers.',
      '\u4ed6\u90e8\u7f72\u3068\u306e\u9023\u643a\u696d\u52d9', // 他部署との連携業務
    ])
      assert.ok(asked(last), last);
  });
});

describe('placeholder-text: a share bar whose other buttons are icons without text (s32)', () => {
  const notes = (items: string[]) =>
    `profile: general\ntitle: Programme Officer\norganization: Horizon Relief Alliance\nduty_station: Dhaka\ncountry: Bangladesh\ndeadline: 2030-01-01\nnotes:\n${items.map((item) => `  - ${JSON.stringify(item)}`).join('\n')}\n`;
  const flagged = (items: string[]) => codes(notes(items)).includes('placeholder-text');

  it('reads a lone X beside "Share this job:", "Print", "Copy link" or a line of networks as the X network', () => {
    assert.ok(!flagged(['Closing date: 1 March 2030', 'Share this job:', 'X', 'Print', 'Save job']));
    assert.ok(!flagged(['Share on:', 'X', 'Copy link']));
    assert.ok(!flagged(['Share: Facebook | LinkedIn', 'X']));
    assert.ok(!flagged(['Share', 'Email', 'WhatsApp', 'X']));
  });

  it('reads a share bar on one line with its icons as bracketed letters as the page, not a placeholder (stop 24)', () => {
    assert.ok(!flagged(['Share this page: [f] [in] [x] [\u2709]']));
    assert.ok(!flagged(['Apply now        Share:  [in]  [f]  [X]  [\u2709]']));
    assert.ok(flagged(['Tick the box: [x]']));
    assert.ok(flagged(['Apply now: [X]']));
  });

  it('still reports a lone X away from a share bar, and ticks of a form beside each other', () => {
    assert.ok(flagged(['Grade', 'X']));
    assert.ok(flagged(['Closing date', 'x', 'x']));
    assert.ok(flagged(['Share this job:', 'Facebook', 'LinkedIn', 'Email', 'Grade', 'Level', 'Unit', 'X']));
  });
});

describe('import: a Japanese list marked ア イ ウ, (ア), （１） under a label stays a list (s32)', () => {
  const text = (marks: string[]) =>
    [
      '\u8abf\u67fb\u54e1\u306e\u52df\u96c6', // 調査員の募集
      '',
      '\u52e4\u52d9\u5730\uff1a\u6771\u4eac\u90fd\u6e2f\u533a', // 勤務地：東京都港区
      '\u696d\u52d9\u5185\u5bb9\uff1a\u958b\u767a\u5354\u529b\u4e8b\u696d\u306e\u8abf\u67fb\u306b\u95a2\u3059\u308b\u6b21\u306e\u696d\u52d9', // 業務内容：開発協力事業の調査に関する次の業務
      `\u3000${marks[0]}\u95a2\u4fc2\u8cc7\u6599\u306e\u53ce\u96c6\u53ca\u3073\u5206\u6790`, // 関係資料の収集及び分析
      `\u3000${marks[1]}\u95a2\u4fc2\u6a5f\u95a2\u3068\u306e\u9023\u7d61\u8abf\u6574`, // 関係機関との連絡調整
      `\u3000${marks[2]}\u305d\u306e\u4ed6\u3001\u5ba4\u9577\u304c\u6307\u793a\u3059\u308b\u696d\u52d9`, // その他、室長が指示する業務
      '\u7de0\u5207\uff1a2027\u5e746\u670830\u65e5', // 締切：2027年6月30日
    ].join('\n');
  const duties = (marks: string[]) => {
    const yaml = importFromText(text(marks)).yaml;
    return /^duties:\n((?: {2}- .*\n)+)/m.exec(yaml)?.[1].trimEnd().split('\n') ?? [];
  };

  for (const marks of [
    ['\u30a2\u3000', '\u30a4\u3000', '\u30a6\u3000'], // ア イ ウ
    ['\u30a2\uff0e', '\u30a4\uff0e', '\u30a6\uff0e'], // ア．
    ['(\u30a2) ', '(\u30a4) ', '(\u30a6) '], // (ア)
    ['\u30a2\uff09', '\u30a4\uff09', '\u30a6\uff09'], // ア）
    ['\uff08\uff11\uff09', '\uff08\uff12\uff09', '\uff08\uff13\uff09'], // （１）
  ])
    it(`keeps each item marked ${marks[0].trim()} apart`, () => {
      const items = duties(marks);
      assert.equal(items.length, 4, items.join('\n'));
      // The last item is the third marked line (its mark kept, or read as list numbering and dropped), none joined.
      assert.ok(items[3].includes('\u305d\u306e\u4ed6'), items[3]);
      assert.ok(!items[2].includes('\u305d\u306e\u4ed6'), items[2]);
    });
});

// Stop 24: classes found on the training sets t1/t2 (not blind).
describe('last-duty-not-other-duties and a Cabinet Office notice', () => {
  const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'cabinet-office-peace-cooperation-advisor.posting.yaml'), 'utf8');

  it('does not ask a Japanese government notice for the UN catch-all duty', () => {
    const withoutCatchAll = seed.replace(/\n {2}- Perform other duties as required\./, '');
    assert.notEqual(withoutCatchAll, seed);
    assert.ok(!codes(withoutCatchAll).includes('last-duty-not-other-duties'));
  });
});

describe("last-duty-not-other-duties and a contractor's ToR", () => {
  const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'unhcr-japan-protection-associate-lica6.posting.yaml'), 'utf8');
  const withoutCatchAll = seed.replace(/\n {6}- Perform other duties as required\./, '');
  const asked = (text: string) => codes(text).includes('last-duty-not-other-duties');

  it("asks the host agency's template for the catch-all, not the contracting agency's own posting", () => {
    assert.notEqual(withoutCatchAll, seed);
    assert.ok(asked(withoutCatchAll));
    for (const contractor of ['UNOPS', 'United Nations Office for Project Services'])
      assert.ok(!asked(withoutCatchAll.replace(/^organization: .*$/m, `organization: ${contractor}`)), contractor);
  });
});

describe("language-levels-missing and an organisation's standard language statement", () => {
  // (A language_skills section wherever it stands is checked: JPO terms of reference have one.)
  const statementOnly = (statement: string) =>
    `profile: unhcr-staff\ntitle: Protection Officer\norganization: UNHCR\nduty_station: Mopti\ncountry: Mali\ngrade: P-3\nlanguage_skills:\n  statement: ${statement}\n`;
  const asked = (statement: string) => codes(statementOnly(statement)).includes('language-levels-missing');

  it("is not raised on UNHCR's standard wording, which sets the levels itself", () => {
    assert.ok(!asked('Knowledge of English and UN working language of the duty station if not English.'));
    assert.ok(asked('English and French.'));
  });
});

describe('alarms a blind judge rejected at the end of stop 25', () => {
  const seed = readFileSync(join(__dirname, '..', '..', 'seeds', 'unhcr-japan-protection-associate-lica6.posting.yaml'), 'utf8');

  it("reads UNHCR's standard language sentence written without 'Knowledge of' as the standard", () => {
    const statement = (text: string) =>
      `profile: unhcr-staff\ntitle: Protection Officer\norganization: UNHCR\nduty_station: Mopti\ncountry: Mali\ngrade: P-3\nlanguage_skills:\n  statement: ${text}\n`;
    assert.ok(
      !codes(statement('English and the UN working language of the duty station where this is not English.')).includes(
        'language-levels-missing',
      ),
    );
  });

  it('takes "Performs other related work as required" for the catch-all duty', () => {
    const catchAll = seed.replace(/- Perform other duties as required\./, '- Performs other related work as required.');
    assert.notEqual(catchAll, seed);
    assert.ok(!codes(catchAll).includes('last-duty-not-other-duties'));
  });

  it('finds a closing statement that a PDF ran on from the application instructions', () => {
    const posting = [
      'profile: general',
      'title: Nutrition Officer',
      'organization: UNICEF',
      'duty_station: Kenema',
      'country: Sierra Leone',
      'how_to_apply: >-',
      '  Send your CV by 16 February 2027. UNICEF has a zero-tolerance policy on conduct that is incompatible',
      '  with its aims, including sexual exploitation and abuse.',
      'closing_statements:',
      '  - UNICEF does not charge a fee at any stage of its recruitment process.',
      '',
    ].join('\n');
    const without = posting.replace(/ UNICEF has a zero-tolerance[^]*abuse\./, '');
    assert.ok(checkPosting(without).problems.some((p) => p.code === 'closing-statement-missing' && /sexual exploitation/i.test(p.message)));
    const messages = checkPosting(posting).problems.filter((problem) => problem.code === 'closing-statement-missing');
    assert.ok(!messages.some((problem) => /sexual exploitation/i.test(problem.message)), JSON.stringify(messages.map((p) => p.message)));
  });
});
