import { strict as assert } from 'assert';
import { checkPosting, importFromText } from '../../server/src/engine';
import { listItems } from '../../server/src/engine/import/listItems';
import { cutOffWord } from '../../server/src/engine/rules/duties';
import { readSeed, seedsDir } from '../helpers/seeds';
import { join } from 'path';

// Issue 14 §4: the classes of false alarm seen on real postings after import, each fixed in general.
const codes = (yaml: string) => checkPosting(yaml).problems.map((problem) => problem.code);
const general = (organization: string, duties: string[], extra = '') =>
  `profile: general\ntitle: Programme Officer\norganization: ${organization}\nduty_station: Juba\ncountry: South Sudan\ndeadline: 2030-01-01\n${extra}duties:\n${duties.map((duty) => `  - ${JSON.stringify(duty)}`).join('\n')}\n`;
const item = (text: string, bullet = true) => ({ text, bullet });

describe('import: sub-headings inside a list are no items of their own (issue 14 §4)', () => {
  it('keeps a heading above bullets as the prefix of the first item it introduces', () => {
    assert.deepEqual(
      listItems([
        item('Grant cycle management', false),
        item('Run calls for proposals.'),
        item('Keep the grants register.'),
        item('Monitoring and risk', false),
        item('Review grantee reports.'),
      ]),
      ['Grant cycle management: Run calls for proposals.', 'Keep the grants register.', 'Monitoring and risk: Review grantee reports.'],
    );
  });

  it('reads "Phase N", "Work package N" and "Tasks:" as headings, with or without bullets', () => {
    assert.deepEqual(
      listItems([
        item('Phase 2 – Fieldwork:', false),
        item('Train the assessors.', false),
        item('Tasks:', false),
        item('Hold group discussions.', false),
      ]),
      ['Phase 2 – Fieldwork: Train the assessors.', 'Tasks: Hold group discussions.'],
    );
    assert.deepEqual(listItems([item('Work package 1: Inception'), item('Review the documents.')]), [
      'Work package 1: Inception – Review the documents.',
    ]);
  });

  it('keeps items that only look like headings: a lead-in sentence, numbered outputs, a last line, unbulleted phrases', () => {
    const leadIn = 'Under the direct supervision of the Fund Manager, the officer will:';
    assert.deepEqual(listItems([item(leadIn, false), item('Run calls for proposals.')]), [leadIn, 'Run calls for proposals.']);
    assert.deepEqual(listItems([item('The consultant will:', false), item('review the documents;')]), [
      'The consultant will:',
      'review the documents;',
    ]);
    const outputs = ['Output 1: Inception report', 'Output 2: Final report'];
    assert.deepEqual(listItems(outputs.map((text) => item(text))), outputs);
    assert.deepEqual(listItems([item('Run the trainings.'), item('Follow up', false)]), ['Run the trainings.', 'Follow up']);
    // Phrases without bullets, as a Japanese or a terse list writes them, are items.
    const phrases = ['Data entry', 'Filing', 'Reception'];
    assert.deepEqual(listItems(phrases.map((text) => item(text, false))), phrases);
  });

  it('drops Markdown rules and keeps every heading’s words in the imported duties', () => {
    const text = [
      '# Logistics Officer',
      '**Organization:** WFP',
      '**Duty Station:** Goma, Democratic Republic of the Congo',
      '',
      '## KEY ACCOUNTABILITIES',
      'Fleet operations',
      '- Plan the weekly truck allocation.',
      '- Track fuel use per truck.',
      '',
      '---',
      '',
      '- Other duties as required.',
    ].join('\n');
    const imported = importFromText(text);
    const data = imported.data as { duties?: string[]; notes?: string[] };
    assert.deepEqual(data.duties, [
      'Fleet operations: Plan the weekly truck allocation.',
      'Track fuel use per truck.',
      'Other duties as required.',
    ]);
    assert.ok(!(data.notes ?? []).some((note) => /^-+$/.test(note.trim())));
  });
});

describe('duties: the catch-all, when it is asked, and what is a sentence (issue 14 §4)', () => {
  it('recognises the catch-all in more of its real wordings', () => {
    for (const last of [
      'Carrying out other duties as assigned by the Assistant Representative.',
      'Other duties as required.',
      'Any other related duties as assigned by the supervisor.',
      'Undertake any other tasks requested by the Head of Office.',
      'Perform any other duties as assigned by the supervisor within the scope of the position.',
      'The incumbent performs other duties within their functional profile as deemed necessary for the efficient functioning of the Office.',
      'その他付随する職務。',
      // WFP's template ends its accountabilities so; an OCR'd scan reads 'm' as 'rn'.
      'Other as required.',
      'Perforrns other related duties as required.',
    ])
      assert.ok(!codes(general('UNFPA', ['Plan the distributions.', last])).includes('last-duty-not-other-duties'), last);
  });

  it('still asks a UN staff post whose last duty is an ordinary one', () => {
    assert.ok(
      codes(general('UNFPA', ['Plan the distributions.', 'Report to other partners as required.'])).includes('last-duty-not-other-duties'),
    );
    // Read as printed, an OCR'd ordinary duty is still an ordinary one.
    assert.ok(
      codes(general('UNFPA', ['Plan the distributions.', 'Return other items as required.'])).includes('last-duty-not-other-duties'),
    );
  });

  it('accepts the catch-all anywhere in the duties (UNHCR lists Authority after Responsibility)', () => {
    const duties = [
      'Raise purchase orders.',
      'Perform other related duties as required.',
      'Sign goods received notes below the threshold.',
    ];
    assert.ok(!codes(general('UNHCR', duties)).includes('last-duty-not-other-duties'));
    assert.ok(codes(general('UNHCR', [duties[0], duties[2]])).includes('last-duty-not-other-duties'));
  });

  it('does not ask a Terms of Reference that lists deliverables', () => {
    const deliverables = 'deliverables:\n  - Inception report within ten days.\n';
    assert.ok(!codes(general('FAO', ['Map the value chains.'], deliverables)).includes('last-duty-not-other-duties'));
    assert.ok(codes(general('FAO', ['Map the value chains.'], 'deliverables: []\n')).includes('last-duty-not-other-duties'));
  });

  it('leaves a Japanese duty that opens with a Latin acronym or a number alone, and an English phrase too', () => {
    for (const duty of ['CNC旋盤の段取り', 'NCプログラムの修正', '3次元測定機による検査', '2t フォークリフトの運転', 'ＣＮＣ旋盤の操作'])
      assert.equal(cutOffWord(duty), undefined, duty);
    // A noun phrase is a duty as reviewers read one (s20: none of them was a problem to a reviewer).
    for (const duty of ['CNC lathe setup', '3D printing of spare parts']) assert.equal(cutOffWord(duty), undefined, duty);
  });

  it('accepts lower-case items that continue a lead-in, not fragments without one', () => {
    const runOn = ['The consultant will:', 'review the documents;', 'train the enumerators; and', 'present the findings.'];
    assert.ok(!codes(general('NRC', runOn)).includes('duty-not-a-sentence'));
    assert.ok(
      !codes(general('NRC', ['The consultant will: review the documents;', 'train the enumerators;', 'present the findings.'])).includes(
        'duty-not-a-sentence',
      ),
    );
    // A lower-case fragment without a lead-in is a style a reviewer accepts; one cut off mid-phrase is not.
    const notASentence = (duties: string[]) => codes(general('NRC', duties)).filter((code) => code === 'duty-not-a-sentence');
    assert.deepEqual(notASentence(['Review the documents.', 'training of enumerators', 'Present the findings.']), []);
    assert.deepEqual(notASentence(['Review the documents.', 'training of enumerators on the', 'Present the findings.']), [
      'duty-not-a-sentence',
    ]);
  });
});

describe('duties: items that are no duty, and a list run on with semicolons (issue 14 §4)', () => {
  const notASentence = (duties: string[]) => codes(general('NRC', duties)).filter((code) => code === 'duty-not-a-sentence').length;

  it('does not ask a lone word, a page mark, a heading or a header label among the duties to be a sentence', () => {
    for (const item of [
      'Duty',
      'IOM',
      'IOM Sri Lanka - SVN/LK/2027/011      Page 1 of 2',
      'Impact of results',
      'Role and responsibilities',
      'Generic responsibilities (max 10)',
      'Station: Libya, Tripoli',
      'No.: SVN2027.0231 – Estimated',
      'of Appointment: Special Short-Term (SST) Graded Contract, 6 months with possibility of extension',
      'Project number: SSFM2401_SIDA / SSFM2406_NORAD',
      'Duration and type of contract: 6 months with desirable start date as of 1st January 2024',
      'Supervision of: FSL Project Officers and Project Assistants',
    ])
      assert.equal(notASentence(['Plan the distributions.', item, 'Report to the donor.']), 0, item);
  });

  it('accepts a duty written as a phrase, with or without a lead label, and asks only one that breaks off', () => {
    for (const item of [
      'Line management of FSL project field staff',
      'Provide regular progress reports to PM (AM and Core Competency Specialists if no PM)',
      'Monitoring and reporting: Track SBC indicators in the results framework',
      'training of enumerators',
    ]) {
      assert.equal(notASentence(['Plan the distributions.', item, 'Report to the donor.']), 0, item);
      assert.equal(notASentence(['Plan the distributions.', `${item} for the`, 'Report to the donor.']), 1, item);
    }
  });

  it('finds the catch-all as the last clause of duties run on with semicolons', () => {
    const runOn =
      'Within delegated authority, the Officer will be responsible for the following duties: Carries out research on social protection; drafts chapters of the flagship report; supervises interns; performs other duties as required.';
    assert.ok(!codes(general('UNFPA', [runOn])).includes('last-duty-not-other-duties'));
    assert.ok(codes(general('UNFPA', [runOn.replace('; performs other duties as required', '')])).includes('last-duty-not-other-duties'));
  });

  it('measures each clause of a list run on with semicolons, not the whole sentence, for long-sentence', () => {
    const clause = (n: number) => `drafts ${Array.from({ length: 14 }, () => 'technical').join(' ')} report number ${n}`;
    const runOn = `The Officer will: ${[1, 2, 3, 4, 5].map(clause).join('; ')}.`;
    assert.ok(runOn.split(/\s+/).length > 80);
    assert.ok(!codes(general('ECLAC', [runOn])).includes('long-sentence'));
    // One long clause is still a long sentence, and so is a long sentence with a single semicolon.
    const long = `drafts ${Array.from({ length: 70 }, () => 'technical').join(' ')} report`;
    assert.ok(codes(general('ECLAC', [`The Officer will: ${clause(1)}; ${long}; ${clause(3)}.`])).includes('long-sentence'));
    assert.ok(codes(general('ECLAC', [`The Officer ${clause(1)} ${clause(2)} ${clause(3)}; ${clause(4)}.`])).includes('long-sentence'));
  });
});

describe('duties: what an import or a paste puts among the duties is read as a reviewer reads it (issue 14 §4, s18)', () => {
  const notASentence = (duties: string[], organization = 'NRC') =>
    codes(general(organization, duties)).filter((code) => code === 'duty-not-a-sentence').length;

  it('reads past a bullet, an HTML bullet or a list letter before the duty', () => {
    for (const item of ['+ Plans the border management projects.', '&bull; Prepare the monthly report.', '\u2022 Train the staff.'])
      assert.equal(notASentence(['Plan the distributions.', item, 'Report to the donor.']), 0, item);
    for (const last of ['+ Performs other work-related duties as required.', 'g) Perform other duties as required.'])
      assert.ok(!codes(general('UNFPA', ['Plan the distributions.', last])).includes('last-duty-not-other-duties'), last);
    // The words after the mark are still read: an item cut off stays cut off.
    assert.equal(notASentence(['Plan the distributions.', '+ monitoring of the', 'Report to the donor.']), 1);
  });

  it('does not ask a table row, a numbered section heading, a question heading or a short heading to be a sentence', () => {
    for (const item of [
      'D1\tInception report with methodology and field plan\t29 October 2027\t15%',
      'Deliverable\tDescription\tDue date\tPayment',
      'Staff: | N/A',
      'Budgets: | N/A |',
      'Section 4 \u2013 Expected deliverables and payment schedule',
      'What UNFPA expects to receive, and when',
      'Critical interfaces',
      'Scale and scope of position',
      'Terms of Reference',
    ])
      assert.equal(notASentence(['Plan the distributions.', item, 'Report to the donor.']), 0, item);
    // A phrase of more words, or one in lower case, is a duty a reviewer accepts; a short line cut off is no heading.
    for (const item of ['Regular site visits for the implementation of projects', 'infection prevention audits'])
      assert.equal(notASentence(['Plan the distributions.', item, 'Report to the donor.']), 0, item);
    assert.equal(notASentence(['Plan the distributions.', 'Support the', 'Report to the donor.']), 1);
  });

  it('reads lower-case items that end with ";" as one list run on from a lead-in the import left out', () => {
    const lettered = [
      'map the services offered by district labour offices and keep the referral directory up to date;',
      'support partners in running job-counselling courses;',
      'contribute to the inclusion chapters of the country operation plan;',
      'Perform other duties as required.',
    ];
    assert.equal(notASentence(lettered, 'UNHCR'), 0);
    assert.ok(!codes(general('UNHCR', lettered)).includes('last-duty-not-other-duties'));
    // One lower-case item among sentences is no run-on list, and a reviewer accepts it as well.
    assert.equal(notASentence(['Plan the distributions.', 'support partners in running courses;', 'Report to the donor.']), 0);
  });

  it('reads lower-case items after a lead-in as its list, with or without the ";" a split dropped, and a lead-in just before the duties', () => {
    const split = ['plan, implement and monitor CCCM activities in assigned sites', 'supervise a team of site management staff'];
    assert.equal(notASentence(['The Project Officer will be responsible for the following:', ...split]), 0);
    assert.equal(notASentence(split, 'NRC'), 0);
    const introduced = general('NRC', split, 'introduction: "The incumbent will, in particular:"\n');
    assert.equal(codes(introduced).filter((code) => code === 'duty-not-a-sentence').length, 0);
    const notIntroduced = general('NRC', split, 'introduction: "The incumbent works in Juba."\n');
    assert.equal(codes(notIntroduced).filter((code) => code === 'duty-not-a-sentence').length, 0);
  });

  it('does not ask for the catch-all when the duties hold only a heading (pages: a ToR whose duties were cut off)', () => {
    assert.ok(!codes(general('UNHCR', ['Terms of Reference'])).includes('last-duty-not-other-duties'));
    assert.ok(codes(general('UNHCR', ['Terms of Reference', 'Plan the distributions.'])).includes('last-duty-not-other-duties'));
  });

  it("does not ask a consultant's Terms of Reference for the catch-all when its duties name the consultant", () => {
    const tor = ['The consultant will compare the curricula and present the gaps in an inception report.', 'Facilitate two workshops.'];
    assert.ok(!codes(general('UNFPA', tor)).includes('last-duty-not-other-duties'));
    assert.ok(codes(general('UNFPA', ['Compare the curricula.', 'Facilitate two workshops.'])).includes('last-duty-not-other-duties'));
  });
});

describe('competencies as careers sites list them (issue 14 §4, s19)', () => {
  const seed = readSeed(join(seedsDir, 'unhcr-japan-protection-associate-lica6.posting.yaml'));
  const core = `        - Accountability
        - Communication
        - Organizational Awareness
        - Teamwork & Collaboration
        - Commitment to Continuous Learning
        - Client & Result Orientation
`;
  const withCore = (names: string[]) => codes(seed.replace(core, names.map((name) => `        - ${JSON.stringify(name)}\n`).join('')));

  it('reads two names joined with "&", a plural word and a PDF\'s hyphen ("Team-work") as the framework\'s names', () => {
    assert.ok(seed.includes(core));
    const listed = withCore([
      'Accountability & Communication',
      'Organizational awareness',
      'Team-work & collaboration',
      'Commitment to continuous learning',
      'Client & results orientation',
    ]);
    assert.ok(!listed.includes('unknown-competency'), listed.join());
    assert.ok(!listed.includes('missing-core-competency'), listed.join());
  });

  it("still reports a name that is not the framework's, and a core name left out", () => {
    const listed = withCore(['Accountability & Creativity', 'Communication', 'Organizational awareness']);
    assert.ok(listed.includes('unknown-competency'));
    assert.ok(listed.includes('missing-core-competency'));
  });
});

describe('acronym-before-definition reads the sections in the order the exports print them (issue 14 §4, s19)', () => {
  it('takes a definition in the background as coming before the duties, wherever the file writes them', () => {
    const background = 'background: "The International Confederation of Midwives (ICM) sets the standards."\n';
    const duties = ['Align the curriculum with the ICM essential competencies.'];
    const below = general('UNFPA', duties).replace(/\n$/, '\n') + background;
    assert.ok(!codes(below).includes('acronym-before-definition'));
    // A use in the background before a definition in the duties is still reported.
    const reversed = general(
      'UNFPA',
      ['Follow the standards of the International Confederation of Midwives (ICM).'],
      'background: "The ICM sets the standards."\n',
    );
    assert.ok(codes(reversed).includes('acronym-before-definition'));
  });
});

describe('age-wording: said of the people served, or of the candidate (issue 14 §4)', () => {
  const notes = (sentence: string) =>
    general('UNFPA', ['Plan the distributions.', 'Perform other duties as required.'], `notes:\n  - ${JSON.stringify(sentence)}\n`);
  it('does not report "newly graduated" before the people the work serves', () => {
    for (const sentence of [
      'Mentor newly graduated midwives in their first year.',
      'Support newly graduated Lao midwives in remote health centres.',
    ])
      assert.ok(!codes(notes(sentence)).includes('age-wording'), sentence);
  });

  it('reports it when it speaks to applicants, or stands alone', () => {
    for (const sentence of [
      'Newly graduated nurses are encouraged to apply.',
      'We are looking for newly graduated professionals.',
      'Recent graduates are welcome.',
    ])
      assert.ok(codes(notes(sentence)).includes('age-wording'), sentence);
  });
});

describe('exclusionary-requirement: an age range of the people served is no age limit (issue 14 §4)', () => {
  const notes = (sentence: string) =>
    general('UNFPA', ['Plan the distributions.', 'Perform other duties as required.'], `notes:\n  - ${JSON.stringify(sentence)}\n`);
  it('does not report "girls aged 15 to 19", "children aged under 5" or an age that is no limit ("after age 12")', () => {
    for (const sentence of [
      'Teenage pregnancy reaches one in five girls aged 15 to 19.',
      'The clinics serve children aged 5 or under.',
      "Promote girls' continued attendance after age 12 through community outreach.",
      'Children under the age of 15 are enrolled by their parents.',
    ])
      assert.ok(!codes(notes(sentence)).includes('exclusionary-requirement'), sentence);
  });

  it("leaves the UN Volunteers programme's age rule alone: a UNV assignment's minimum age is the programme's", () => {
    const sentence = 'Candidates must be at least 27 years old.';
    const unhcr = general(
      'UNHCR',
      ['Plan the distributions.', 'Perform other duties as required.'],
      `notes:\n  - ${JSON.stringify(sentence)}\n`,
    );
    assert.ok(codes(unhcr).includes('exclusionary-requirement'), 'a staff post has no such rule');
    const unv = unhcr.replace(/^organization: UNHCR$/m, 'organization: UNHCR\naffiliate_type: International UN Volunteer Specialist');
    assert.notEqual(unv, unhcr);
    assert.ok(!codes(unv).includes('exclusionary-requirement'));
  });

  it('reads no age limit in text that describes the setting (background, duties): its ages are of the people served', () => {
    const sentence = 'A national study found that one child in ten aged 12 to 17 had received unwanted contact online.';
    assert.ok(
      !codes(
        general('UNICEF', ['Plan the review.', 'Perform other duties as required.'], `background: ${JSON.stringify(sentence)}\n`),
      ).includes('exclusionary-requirement'),
    );
    assert.ok(
      !codes(general('UNICEF', [`Survey youth aged 15 to 24 in three districts.`, 'Perform other duties as required.'])).includes(
        'exclusionary-requirement',
      ),
    );
    assert.ok(codes(notes(sentence)).includes('exclusionary-requirement'), 'the same words in notes are read as a limit');
  });

  it('still reports an age limit on candidates', () => {
    for (const sentence of [
      'Candidates aged 35 or under are preferred.',
      'Applicants must be 30 years old or younger.',
      'Applicants must be under the age of 35.',
      'The age limit is 32.',
      'Applicants aged 25 to 35 are preferred.',
    ])
      assert.ok(codes(notes(sentence)).includes('exclusionary-requirement'), sentence);
  });
});

describe('exclusionary-requirement: an age in a Japanese pay table or legal reason limits no one (issue 14 §4)', () => {
  const notes = (sentence: string) =>
    general('UNFPA', ['Plan the distributions.', 'Perform other duties as required.'], `notes:\n  - ${JSON.stringify(sentence)}\n`);
  /** The text each age-limit finding points at. */
  const ages = (sentence: string) => {
    const yaml = notes(sentence);
    return checkPosting(yaml)
      .problems.filter((problem) => problem.code === 'exclusionary-requirement')
      .map(({ range }) => yaml.split('\n')[range.start.line].slice(range.start.character, range.end.character).trim());
  };

  it('does not report a pay step by age, the retirement age given as the reason, or the night-work bar for minors', () => {
    for (const sentence of [
      '\u2605\u4ecb\u8b77\u798f\u7949\u58eb\u53d6\u5f97\u8005 \u2756 30\u6b73\u4ee5\u4e0a\u306e\u65b9\uff1a166,500\u5186\uff5e \u2756 30\u6b73\u672a\u6e80\u306e\u65b9\uff1a151,200\u5186\uff5e',
      '\u203b \u5b9a\u5e74\u3092\u4e0a\u9650\uff1a\u5b9a\u5e74\u5236\u304c65\u6b73\u306e\u305f\u3081\uff0f18\u6b73\u672a\u6e80\u306e\u8005\u3001\u539f\u5247\u6df1\u591c\u5c31\u696d\u7981\u6b62',
    ])
      assert.deepEqual(ages(sentence), [], sentence);
  });

  it("does not report the retirement and re-employment rows of a job form (Hello Work's 求人票)", () => {
    for (const sentence of [
      '\u5b9a\u5e74\u5236\u3000\u3042\u308a\u3000\u4e00\u5f8b\u300065\u6b73',
      '\u518d\u96c7\u7528\u5236\u5ea6\u3000\u3042\u308a\u3000\u4e0a\u9650\u300070\u6b73\u307e\u3067',
      '\u52e4\u52d9\u5ef6\u9577\u3000\u3042\u308a\uff08\u5b9a\u5e74\u5f8c\u308265\u6b73\u307e\u3067\uff09',
    ])
      assert.deepEqual(ages(sentence), [], sentence);
    assert.deepEqual(
      ages('\u5e74\u9f62\u300035\u6b73\u4ee5\u4e0b\uff08\u5b9a\u5e74\u5236\u3000\u3042\u308a\u3000\u4e00\u5f8b\u300065\u6b73\uff09'),
      ['35\u6b73\u4ee5\u4e0b'],
    );
  });

  it('still reports the age range a company sets', () => {
    assert.deepEqual(ages('\u5e74\u9f62\u5236\u9650 \u3042\u308a (18\u6b73 ~ 64\u6b73)'), ['18\u6b73', '64\u6b73']);
    assert.deepEqual(
      ages(
        '35\u6b73\u4ee5\u4e0b\u306e\u65b9\uff08\u9577\u671f\u52e4\u7d9a\u306b\u3088\u308b\u30ad\u30e3\u30ea\u30a2\u5f62\u6210\u306e\u305f\u3081\uff09',
      ),
      ['35\u6b73\u4ee5\u4e0b'],
    );
  });
});

describe('international eligibility in the words careers sites use (issue 14 §4)', () => {
  const seed = readSeed(join(seedsDir, 'unhcr-japan-associate-protection-officer-p2.posting.yaml'));
  const statement = 'Only candidates who are not nationals of the country of assignment are eligible to apply to\n      this position.';
  const withStatement = (sentence: string) => seed.replace(statement, sentence);

  it('reads "all nationalities, except nationals of …" as the non-national statement', () => {
    assert.ok(seed.includes(statement));
    for (const sentence of [
      'This position is open to candidates of all nationalities, except nationals of Japan.',
      'Open to all nationalities excluding nationals of the country of assignment.',
      'Only candidates who are not nationals of Ethiopia are eligible to apply to this position.',
    ])
      assert.ok(!codes(withStatement(sentence)).includes('international-eligibility-missing'), sentence);
  });

  it("reads the Workday section's line that refers eligibility to the policy as stating who may apply", () => {
    const sentence =
      'UNHCR workforce members must meet the eligibility requirements in the relevant policy for the position and the duty station.';
    assert.ok(!codes(withStatement(sentence)).includes('international-eligibility-missing'));
  });

  it('still asks when the posting says nothing of nationality', () => {
    assert.ok(codes(withStatement('Applications are reviewed on a rolling basis.')).includes('international-eligibility-missing'));
  });

  it('asks a Professional post for it, not an International ICA, which only a local statement contradicts', () => {
    const silent = withStatement('Applications are reviewed on a rolling basis.');
    const iica = silent.replace(/^affiliate_type: .*$/m, 'affiliate_type: UNOPS IICA2');
    assert.notEqual(iica, silent);
    assert.ok(!codes(iica).includes('international-eligibility-missing'));
    const local = withStatement('The position is open to nationals and those who have the legal status to work in Japan.');
    assert.ok(codes(local.replace(/^affiliate_type: .*$/m, 'affiliate_type: UNOPS IICA2')).includes('eligibility-contradicts-contract'));
  });
});

describe('local eligibility in the words careers sites use (issue 14 §4)', () => {
  const seed = readSeed(join(seedsDir, 'unhcr-japan-protection-associate-lica6.posting.yaml'));
  const withoutStatements = seed
    .replace('  - The position is open to nationals and those who have the legal status to work in Japan.\n', '')
    .replace(/ {6}The position is only open to nationals or those who already hold a legal status in Japan to\n[^\n]*\n/, '');

  it('reads "open only to Ecuadorian nationals" and "a valid residence permit" as the local statement', () => {
    assert.ok(codes(withoutStatements).includes('local-eligibility-missing'));
    for (const sentence of [
      'Open only to Japanese nationals.',
      'Only Japanese nationals may apply.',
      'Applicants must hold a valid permanent or temporary residence permit in Japan.',
      'Only candidates with Japanese nationality or a valid residence and work permit in Japan are eligible to apply.',
    ])
      assert.ok(
        !codes(withoutStatements.replace('position_notes:\n', `position_notes:\n  - ${sentence}\n`)).includes('local-eligibility-missing'),
        sentence,
      );
  });
});

describe('standard closing statements in the words postings use (issue 14 §4)', () => {
  const closing = (...sentences: string[]) =>
    codes(
      general('UNHCR', ['Plan the distributions.'], `closing_statements:\n${sentences.map((s) => `  - ${JSON.stringify(s)}\n`).join('')}`),
    );

  it('reads screening for "sexual exploitation, abuse and harassment" and "a workforce as diverse as" as the statements', () => {
    assert.ok(
      !closing(
        'UNHCR does not charge a fee at any stage of the recruitment process.',
        'UNHCR is committed to gender parity and to a workforce as diverse as the people it serves.',
        'Every selected candidate is screened against the UN database of misconduct related to sexual exploitation, abuse and harassment.',
      ).includes('closing-statement-missing'),
    );
  });

  it("reads an organisation's non-discrimination statement as the diversity statement", () => {
    for (const diversity of [
      'UNHCR has zero tolerance for discrimination and does not charge a fee at any stage of the recruitment process.',
      'UNHCR does not discriminate on the basis of HIV/AIDS status.',
      'UNHCR is a non-discriminatory employer.',
    ])
      assert.ok(
        !closing(
          diversity,
          'UNHCR does not charge a fee at any stage of the recruitment process.',
          'UNHCR has a zero tolerance policy against sexual exploitation and abuse.',
        ).includes('closing-statement-missing'),
        diversity,
      );
    // Zero tolerance of abuse says nothing of who may apply.
    assert.ok(
      closing(
        'UNHCR does not charge a fee at any stage of the recruitment process.',
        'UNHCR has a zero tolerance policy against sexual exploitation and abuse.',
      ).includes('closing-statement-missing'),
    );
  });

  it('reads "never asks for a fee", "does not ask candidates to pay" and "no payment is ever requested" as the no-fee statement', () => {
    for (const fee of [
      'UNICEF never asks for a fee at any stage of recruitment.',
      'UNHCR does not ask candidates to pay any money at any stage.',
      'No payment is ever requested by UNHCR from candidates, whether for applying or for interviews.',
    ])
      assert.ok(
        !closing(
          fee,
          'UNHCR welcomes candidates of every background and wants a workforce that reflects the communities it serves.',
          'UNHCR has a zero tolerance policy against sexual exploitation and abuse.',
        ).includes('closing-statement-missing'),
        fee,
      );
  });

  it('reads "never asks applicants for money" and 費用を受け取ることは一切ありません as the no-fee statement', () => {
    const others = [
      'Applications are encouraged from all qualified candidates without distinction on the grounds of race or sex.',
      'UNHCR has a zero tolerance policy against sexual exploitation and abuse.',
    ];
    for (const noFee of [
      'UNHCR never asks applicants for money at any stage of recruitment.',
      'UNHCR does not ask candidates to pay money at any stage of recruitment.',
      '当社は応募者から費用を受け取ることは一切ありません。',
    ])
      assert.ok(!closing(noFee, ...others).includes('closing-statement-missing'), noFee);
    // Money named for another purpose is no no-fee statement.
    assert.ok(closing('UNHCR never asks applicants to travel at their own cost.', ...others).includes('closing-statement-missing'));
  });

  it('does not ask a JPO posting for the diversity statement, whose grounds (national origin, age) the programme recruits by', () => {
    const statements = [
      'UNIDO does not charge a fee at any stage of the recruitment process.',
      'UNIDO has a zero tolerance policy against sexual exploitation and abuse.',
    ];
    const posting = (profile: string) =>
      checkPosting(
        `profile: ${profile}\ntitle: Associate Industrial Development Officer\norganization: UNIDO\nclosing_statements:\n${statements.map((s) => `  - ${JSON.stringify(s)}\n`).join('')}`,
      ).problems.filter((problem) => problem.code === 'closing-statement-missing');
    assert.deepEqual(posting('jpo'), []);
    assert.equal(posting('general').length, 1, 'a general posting of the same organisation is still asked');
  });

  it('asks an organisation only for the statements its own postings carry, in its own words', () => {
    const asked = (organization: string, ...sentences: string[]) =>
      checkPosting(
        `profile: general\ntitle: Project Engineer\norganization: ${organization}\nclosing_statements:\n${sentences.map((s) => `  - ${JSON.stringify(s)}\n`).join('')}`,
      )
        .problems.filter((problem) => problem.code === 'closing-statement-missing')
        .map((problem) => problem.message);
    // UNOPS's template carries neither a no-fee nor an SEA sentence, and its diversity line invites female candidates.
    assert.deepEqual(asked('UNOPS', 'Qualified female candidates are strongly encouraged to apply.'), []);
    assert.equal(asked('UNOPS', 'Work-life harmonization is part of UNOPS values.').length, 1, 'no diversity line at all');
    // Another organisation is asked in its own name, not with UNHCR's sentence.
    const [diversity] = asked(
      'IOM',
      'IOM does not charge a fee at any stage of its recruitment process.',
      'IOM has a zero tolerance policy on sexual exploitation and abuse.',
    );
    assert.match(diversity, /"IOM is committed to a diverse and inclusive workforce/);
    // A UNDP disclaimer's "Diversity, Equity and Inclusion are core principles" is its diversity statement.
    assert.deepEqual(
      asked(
        'UNDP',
        'Diversity, Equity and Inclusion are core principles at UNDP.',
        'UNDP does not charge a fee at any stage.',
        'UNDP has zero tolerance for sexual exploitation and abuse.',
      ),
      [],
    );
    // A careers page's "Diversity, Equity and Inclusion are core principles at UNDP" states it wherever it stands.
    assert.deepEqual(
      checkPosting(
        'profile: general\ntitle: Climate Finance Specialist\norganization: UNDP\nbackground: >-\n  Diversity, Equity and Inclusion are core principles at UNDP: we value diversity as an expression of the many nations where we work.\nclosing_statements:\n  - UNDP does not charge a fee at any stage.\n  - UNDP has zero tolerance for sexual exploitation and abuse.\n',
      ).problems.filter((problem) => problem.code === 'closing-statement-missing'),
      [],
    );
    // A disclaimer's run-in label does not hide the organisation's own sentence.
    assert.deepEqual(
      asked(
        'UNDP',
        'Diversity, Equity and Inclusion are core principles at UNDP.',
        'Scam warning: UNDP does not charge a fee at any stage.',
        'Non-discrimination: UNDP has a zero-tolerance policy towards sexual exploitation and misconduct, sexual harassment, and abuse of authority.',
      ),
      [],
    );
    // An organisation no carrier names is asked for nothing.
    assert.deepEqual(asked('Example Foundation', 'We look forward to your application.'), []);
  });

  it('reads "welcomes people of every nationality" as the diversity statement, and finds a statement kept under notes', () => {
    const noFee = 'UNHCR does not charge a fee at any stage of the recruitment process.';
    const sea = 'UNHCR has a zero tolerance policy against sexual exploitation and abuse.';
    assert.ok(
      !closing(noFee, sea, 'UNHCR welcomes people of every nationality, religion and gender identity.').includes(
        'closing-statement-missing',
      ),
    );
    const withNotes = (note: string) =>
      codes(
        general(
          'UNHCR',
          ['Plan the distributions.'],
          `closing_statements:\n  - ${JSON.stringify(noFee)}\n  - ${JSON.stringify(sea)}\nnotes:\n  - ${JSON.stringify(note)}\n`,
        ),
      );
    assert.ok(!withNotes('UNHCR is committed to a diverse and inclusive workforce.').includes('closing-statement-missing'));
    assert.ok(withNotes('The office is in the city centre.').includes('closing-statement-missing'));
    // A list of values that names diversity is no statement.
    assert.ok(withNotes('Core values: Integrity, Professionalism, Respect for diversity.').includes('closing-statement-missing'));
  });

  it('finds a statement said in other words in any text of the posting, by its concepts, when the organisation says it (s19)', () => {
    const noFee = 'UNOPS does not charge a fee at any stage of the recruitment process.';
    const sea = 'UNOPS has a zero tolerance policy against sexual exploitation and abuse.';
    const posting = (extra: string) =>
      codes(
        general(
          'UNOPS',
          ['Plan the distributions.'],
          `${extra}closing_statements:\n  - ${JSON.stringify(noFee)}\n  - ${JSON.stringify(sea)}\n`,
        ),
      ).filter((code) => code === 'closing-statement-missing').length;
    for (const said of [
      'UNOPS embraces diversity and encourages qualified women and members of under-represented groups to apply.',
      '&bull; UNOPS embraces diversity and encourages qualified women to apply.',
      'The organisation is committed to a diverse and inclusive work environment.',
      // IOM's wording in its Introduction (s20): women and nationals of non-represented member states are the diversity.
      'Applications are welcome from first- and second-tier candidates, in particular qualified women and nationals of non-represented member states.',
      'Applications from qualified women are encouraged.',
      '\u79c1\u305f\u3061\u306f\u591a\u69d8\u6027\u3092\u5c0a\u91cd\u3057\u307e\u3059\u3002',
    ])
      assert.equal(posting(`background: ${JSON.stringify(`The office covers four provinces. ${said}`)}\n`), 0, said);
    // A heading on the line before, and the words of UNHCR's own statement in a paragraph of another field (s18).
    assert.equal(posting(`background: ${JSON.stringify('Section 8 \u2013 Submission\nUNOPS is committed to a diverse workforce.')}\n`), 0);
    assert.equal(
      posting(
        `background: ${JSON.stringify('Almaty is a large city.\nApplications are encouraged from all qualified candidates without distinction on the grounds of race.')}\n`,
      ),
      0,
    );
    // Diversity named by others, or as a value in a list, is no statement of the organisation.
    for (const other of [
      'The project encourages diverse crops in the region.',
      'Core values: Integrity, Professionalism, Respect for diversity.',
      'The communities are diverse.',
      // Women named as the people served, not as applicants the organisation welcomes.
      'The project supports women farmers in four provinces.',
    ])
      assert.equal(posting(`background: ${JSON.stringify(other)}\n`), 1, other);
  });

  it("asks no organisation's statements of a sponsor's recruitment notice (a MOFA JPO notice, s17)", () => {
    // The notice's closing note is the sponsor's own: it names the sponsor (s17: this post is one of the JPO programme
    // whose costs the foreign ministry bears).
    const sponsorsNote =
      '\u672c\u30dd\u30b9\u30c8\u306f\u5916\u52d9\u7701\u304c\u7d4c\u8cbb\u3092\u8ca0\u62c5\u3059\u308bJPO\u6d3e\u9063\u5236\u5ea6\u306b\u3088\u308b\u3082\u306e\u3067\u3059\u3002';
    const notice = (sponsor: string, note = sponsorsNote) =>
      codes(general('WFP', ['Plan the distributions.'], `${sponsor}closing_statements:\n  - ${JSON.stringify(note)}\n`));
    const missing = (list: string[]) => list.filter((code) => /^(?:closing|accommodation)-statement-missing$/.test(code)).length;
    assert.equal(missing(notice('sponsor: "\u5916\u52d9\u7701"\n')), 0);
    assert.equal(missing(notice('sponsor: Ministry of Foreign Affairs of Japan\n')), 0, "the ministry's Japanese name is its name");
    // No-fee, diversity and SEA: WFP's postings carry no accommodation sentence (accommodation-statements.json).
    assert.equal(missing(notice('')), 3);
    // A notice whose closing statements are the organisation's own is asked for the rest of them.
    const own = codes(
      general(
        'WFP',
        ['Plan the distributions.'],
        'sponsor: "\\u5916\\u52d9\\u7701"\nclosing_statements:\n  - "WFP does not charge a fee at any stage."\n',
      ),
    );
    assert.equal(missing(own), 2);
  });

  it("asks an agency's own opening that names its sponsor for the organisation's statements (s21)", () => {
    const opening = (sponsor: string, note: string) =>
      codes(general('UNHCR', ['Plan the distributions.'], `${sponsor}closing_statements:\n  - ${JSON.stringify(note)}\n`));
    const missing = (list: string[]) => list.filter((code) => /^(?:closing|accommodation)-statement-missing$/.test(code)).length;
    // Closing notes that do not speak of the sponsor are the agency's: a Danish-funded post is asked for them all.
    assert.equal(missing(opening('sponsor: Government of Denmark\n', 'Only shortlisted candidates will be contacted.')), 3);
    assert.equal(missing(opening('sponsor: "\u5916\u52d9\u7701"\n', 'Only shortlisted candidates will be contacted.')), 3);
    // A note in the sponsor's name is the sponsor's notice, by the sponsor's own word, not its title's.
    assert.equal(missing(opening('sponsor: Government of Denmark\n', 'Candidates also apply to the JPO call of Denmark.')), 0);
    assert.equal(missing(opening('sponsor: Government of Denmark\n', 'The Government will contact shortlisted candidates.')), 3);
  });

  it('still asks for the statements a posting lacks', () => {
    assert.ok(closing('UNHCR does not charge a fee at any stage of the recruitment process.').includes('closing-statement-missing'));
  });
});

describe('standard statements the importer finds inside another section (issue 14 §4)', () => {
  const imported = (paragraphs: string[]) =>
    importFromText(
      ['Programme Officer', '', 'Duties and responsibilities', ...paragraphs, '', 'Education', "A master's degree in public policy."].join(
        '\n',
      ),
    ).data as { duties?: string[]; closing_statements?: string[] };

  it('moves a no-fee, SEA or accommodation statement that speaks of applicants to the closing statements', () => {
    const data = imported([
      '- Plan the distributions.',
      '- UNICEF never asks applicants for money at any stage of recruitment.',
      '- Candidates who need a reasonable accommodation during the selection process should say so when they apply.',
    ]);
    assert.deepEqual(data.duties, ['Plan the distributions.']);
    assert.equal(data.closing_statements?.length, 2);
  });

  it('leaves duties that share the words (payment, tolerance, accommodation) where they are', () => {
    const duties = [
      'Ensure that partners never ask beneficiaries for payment.',
      'Make sure that offices provide reasonable accommodation to staff with disabilities.',
      'Ensure that the office does not tolerate sexual harassment.',
    ];
    const data = imported(duties.map((duty) => `- ${duty}`));
    assert.deepEqual(data.duties, duties);
    assert.equal(data.closing_statements, undefined);
  });
});

describe('experience-below-grade: a grade reached only through an ICA level is an equivalent (issue 14 §4)', () => {
  const iica3 = (extra = '') =>
    readSeed()
      .replace('affiliate_type: UNOPS LICA6', 'affiliate_type: UNOPS IICA3')
      .replace('terms_of_reference:\n', `terms_of_reference:\n${extra}`)
      .replace(/Completion of Bachelor.s degree\./, "Master's degree in civil engineering.")
      .replace('Minimum two years of previous job experience', 'A minimum of seven years of experience');
  const below = (yaml: string) => checkPosting(yaml).problems.filter((problem) => problem.code === 'experience-below-grade');

  it('does not hold a UNOPS IICA-3 with a master and seven years to the P4 staff figure', () => {
    const yaml = iica3();
    assert.match(yaml, /affiliate_type: UNOPS IICA3/);
    assert.match(yaml, /seven years/);
    assert.deepEqual(below(yaml), []);
  });

  it('still flags the same experience where the posting states the P4 grade itself', () => {
    const found = below(iica3('  corresponding_level: P4\n'));
    assert.equal(found.length, 1);
    assert.match(found[0].message, /A P4 post usually asks for at least 8 years/);
  });
});

describe('import: "Family duty station: Yes" answers the family type (issue 14 §4)', () => {
  const familyType = (value: string) =>
    /^family_type: (.*)$/m.exec(
      importFromText(
        `Title: Project Manager\nOrganization: UNOPS\nContract level: IICA-3\nDuty station: Nairobi, Kenya\nFamily duty station: ${value}\nDeadline: 1 March 2027\n\nBackground\nThe office runs a water programme.\n`,
      ).yaml,
    )?.[1];

  it('reads a yes or no answer as Family or Non Family', () => {
    assert.equal(familyType('Yes'), 'Family');
    assert.equal(familyType('No'), 'Non Family');
  });

  it('keeps a stated family type, and an answer outside the list still reaches the check', () => {
    assert.equal(familyType('Non Family'), 'Non Family');
    const yaml = general('UNOPS', ['Perform other duties as required.'], 'family_type: Maybe\n').replace(
      'profile: general',
      'profile: unops-ica',
    );
    assert.ok(codes(yaml).includes('not-in-list'), codes(yaml).join());
  });
});

describe('eligibility: a sponsored post is open to whom its sponsor says (issue 14 §4)', () => {
  const jpo = readSeed(join(seedsDir, 'mofa-jpo-ocha-bangkok-p2.posting.yaml'))
    .replace('affiliate_type: JPO', 'affiliate_type: Professional')
    .replace('country: Thailand\n', 'country: Thailand\nnotes:\n  - "This JPO position is open to Japanese nationals only."\n');
  const eligibility = (yaml: string) => codes(yaml).filter((code) => /eligibility/.test(code));

  it('reads "open to Japanese nationals only" under a sponsor as neither local nor missing international eligibility', () => {
    assert.match(jpo, /affiliate_type: Professional/);
    assert.match(jpo, /open to Japanese nationals only/);
    assert.deepEqual(eligibility(jpo), []);
  });

  it('still checks the same post without a sponsor', () => {
    const unsponsored = jpo.replace(/^sponsor: .*\n/m, '');
    assert.deepEqual(eligibility(unsponsored), ['eligibility-contradicts-contract']);
    // The non-national statement is asked only of the organisations whose Professional posts publish it (UNHCR's).
    const unhcr = unsponsored.replace(/^organization: .*$/m, 'organization: UNHCR');
    assert.deepEqual(eligibility(unhcr).sort(), ['eligibility-contradicts-contract', 'international-eligibility-missing']);
  });
});

describe('language-levels-missing: a statement that gives the levels in its own words (issue 14 §4)', () => {
  const seed = readSeed(join(seedsDir, 'unhcr-japan-protection-associate-lica6.posting.yaml'));
  const statementOnly = (statement: string) =>
    codes(
      seed.replace(
        /^ {6}statement: Proficiency in English and Japanese[^\n]*\n {6}languages:\n(?: {8}.*\n)+/m,
        `      statement: ${JSON.stringify(statement)}\n`,
      ),
    );

  it('is not asked when the statement gives a score or a level word for what it asks', () => {
    for (const statement of [
      '英語で業務を遂行できる高い語学力を有すること（TOEIC 860点以上、TOEFL iBT 100点以上）。フランス語ができればなお可。',
      'Fluency in English and working knowledge of Japanese are required.',
      '日本語：日常会話レベル。英語：ビジネスレベル。',
      'Excellent English is required for this post; knowledge of French is an advantage.',
    ])
      assert.ok(!statementOnly(statement).includes('language-levels-missing'), statement);
  });

  it('is still asked when the statement names languages without levels', () => {
    assert.ok(statementOnly('English and Japanese are required.').includes('language-levels-missing'));
  });
});
