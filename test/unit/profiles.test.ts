import { strict as assert } from 'assert';
import { join } from 'path';
import posting from '../../schemas/posting.schema.json';
import importCommon from '../../schemas/import/common.json';
import profileNames from '../../schemas/vocabularies/profiles.json';
import { checkPosting, defaultSettings, profiles, selectProfile } from '../../server/src/engine';
import { deref, schemaFiles, type SchemaNode } from '../../server/src/engine/template/schemaStore';
import { chooseProfile } from '../../server/src/engine/template/profiles';
import { hoverPosting } from '../../server/src/engine/authoring/hover';
import { replaceOnce } from '../helpers/edit';
import { readSeed, seedsDir } from '../helpers/seeds';

const jpoSeed = readSeed(join(seedsDir, 'mofa-jpo-ocha-bangkok-p2.posting.yaml'));
// Without the date in the field nor in the sentence that states it.
const withoutReferenceDate = replaceOnce(
  replaceOnce(jpoSeed, '  age_reference_date: 2025-02-01\n', ''),
  'Candidates are 35 or under on 1 February 2025.',
  'Candidates are 35 or under.',
);
const codes = (text: string, parameters = {}) => checkPosting(text, { ...defaultSettings, parameters }).problems.map((p) => p.code);

describe('profiles as data', () => {
  it('every profile is in the Profile vocabulary, has its schema, a posting.schema.json branch and a posting-<id> snippet', () => {
    const branches = posting.allOf.map((branch) => JSON.stringify(branch));
    for (const profile of profiles) {
      assert.ok(profileNames.enum.includes(profile.id), profile.id);
      assert.ok(schemaFiles[profile.schema], `${profile.id}: ${profile.schema} is not in schemaFiles`);
      assert.ok(
        branches.some((b) => b.includes(`"const":"${profile.id}"`) && b.includes(profile.schema)),
        `${profile.id} has no if/then branch`,
      );
      assert.equal(profile.snippet, `posting-${profile.id}`);
    }
    assert.equal(profileNames.markdownEnumDescriptions.length, profileNames.enum.length);
    assert.deepEqual([...profileNames.enum].sort(), profiles.map((p) => p.id).sort());
  });

  it('every field of every profile schema has a heading and a description, and objects reject unknown fields', () => {
    const missing: string[] = [];
    const walk = (node: SchemaNode, where: string, seen: Set<unknown>) => {
      const { schema, file } = deref(node);
      if (seen.has(schema)) return;
      seen.add(schema);
      if (schema.properties && schema.additionalProperties !== false) missing.push(`${where}: additionalProperties`);
      for (const [key, child] of Object.entries(schema.properties ?? {})) {
        const resolved = deref({ schema: child, file });
        if (!resolved.schema.title || !resolved.schema.markdownDescription) missing.push(`${where}.${key}`);
        walk({ schema: child, file }, `${where}.${key}`, seen);
      }
      if (schema.items) walk({ schema: schema.items, file }, `${where}[]`, seen);
    };
    for (const profile of profiles.filter((p) => p.id !== 'unops-ica')) {
      walk({ schema: schemaFiles[profile.schema], file: profile.schema }, profile.id, new Set());
    }
    assert.deepEqual(missing, []);
  });

  it('infers the profile from the Staff Member / Affiliate Type', () => {
    const inferred = (affiliate_type: string) => selectProfile({ affiliate_type }).id;
    assert.equal(inferred('UNOPS LICA6'), 'unops-ica');
    assert.equal(inferred('Professional'), 'unhcr-staff');
    assert.equal(inferred('National Professional Officer'), 'unhcr-staff');
    assert.equal(inferred('General Service'), 'unhcr-staff');
    assert.equal(inferred('JPO'), 'jpo');
    assert.equal(inferred('National Government Employee'), 'peace-advisor');
    assert.equal(inferred('Company Employee'), 'refugee-talent');
    assert.equal(
      inferred('Professional staff'),
      'general',
      'the patterns are anchored, and nothing recognised is general, never unops-ica',
    );
    assert.equal(selectProfile({ profile: 'jpo', affiliate_type: 'Professional' }).id, 'jpo', 'a declared profile wins');
  });

  it('the limits come from profiles.json: JPO and advisor terms are 24 months', () => {
    const limit = (id: string) => profiles.find((p) => p.id === id)?.maxTermMonths;
    assert.equal(limit('jpo'), 24);
    assert.equal(limit('peace-advisor'), 24);
    assert.equal(profiles.find((p) => p.id === 'jpo')?.eligibility?.maxAge, 35);
  });
});

describe('JPO eligibility parameters (settings)', () => {
  it('without a reference date in the posting or the settings, the posting is asked for one', () => {
    assert.ok(codes(withoutReferenceDate).includes('jpo-age-reference-date-missing'));
  });

  it("checks a JPO post against MOFA's limits only when Japan sponsors it or no sponsor is named", () => {
    const mofaCodes = (text: string) => codes(text).filter((code) => code.startsWith('jpo-'));
    assert.ok(mofaCodes(withoutReferenceDate).length > 0);
    const norway = replaceOnce(withoutReferenceDate, 'sponsor: Ministry of Foreign Affairs of Japan', 'sponsor: Government of Norway');
    assert.deepEqual(mofaCodes(norway), []);
    const japan = replaceOnce(withoutReferenceDate, 'sponsor: Ministry of Foreign Affairs of Japan', 'sponsor: Government of Japan');
    assert.deepEqual(mofaCodes(japan), mofaCodes(withoutReferenceDate));
  });

  it('takes a JPO post that names no sponsor for MOFA only when one of its texts names Japan or its foreign ministry', () => {
    const mofaCodes = (text: string) => codes(text).filter((code) => code.startsWith('jpo-'));
    const unsponsored = replaceOnce(withoutReferenceDate, 'sponsor: Ministry of Foreign Affairs of Japan\n', '');
    assert.deepEqual(mofaCodes(unsponsored), mofaCodes(withoutReferenceDate));
    const anyDonor = unsponsored.replace(/Japanese|Japan|\u5916\u52d9\u7701|\u65e5\u672c|\bMOFA\b/gi, 'donor');
    assert.notEqual(anyDonor, unsponsored);
    assert.deepEqual(mofaCodes(anyDonor), []);
  });

  it('a text that counts the age at the application deadline states its reference date (s19 apia)', () => {
    for (const said of [
      '\u5fdc\u52df\u7de0\u5207\u65e5\u6642\u70b9\u306735\u6b73\u4ee5\u4e0b\u3067\u3042\u308b\u3053\u3068\u3002',
      'Candidates must be aged 35 or under as at the application deadline.',
    ]) {
      const text = withoutReferenceDate.replace(/^( *)max_age: 35$/m, `$1max_age: 35\n$1age_note: ${JSON.stringify(said)}`);
      assert.notEqual(text, withoutReferenceDate);
      assert.ok(!codes(text).includes('jpo-age-reference-date-missing'), said);
    }
    const other = withoutReferenceDate.replace(/^( *)max_age: 35$/m, '$1max_age: 35\n$1age_note: "Candidates must be aged 35 or under."');
    assert.ok(codes(other).includes('jpo-age-reference-date-missing'));
  });

  it('a reference date or an age limit a text of the posting states is stated: the eligibility sentences, notes, a birth date', () => {
    const noted = (note: string) => `${withoutReferenceDate}notes:\n  - ${JSON.stringify(note)}\n`;
    assert.ok(!codes(replaceOnce(jpoSeed, '  age_reference_date: 2025-02-01\n', '')).includes('jpo-age-reference-date-missing'));
    for (const said of [
      '2025年12月31日時点で35歳以下であること',
      '令和７年１２月３１日時点で３５歳以下であること',
      'Aged 35 or under as of 31 December 2025.',
      '1990年4月2日以降に生まれた方',
    ])
      assert.ok(!codes(noted(said)).includes('jpo-age-reference-date-missing'), said);
    const born = replaceOnce(noted('Candidates must be born on or after 2 April 1990.'), '  max_age: 35\n', '');
    assert.deepEqual(
      codes(born).filter((code) => code.startsWith('jpo-age')),
      [],
    );
    // A date that is not the age's stays a date: the posting is still asked for its reference date.
    assert.ok(codes(noted('Interviews will be held on 1 March 2025.')).includes('jpo-age-reference-date-missing'));
  });

  it('the importer and the rule read "civil servants may apply" and the reference date with the same patterns', () => {
    const reader = importCommon.eligibility.readers.find((entry) => entry.path === 'national_civil_servants.may_apply');
    const jpo = profiles.find((p) => p.id === 'jpo')?.eligibility;
    assert.equal(reader?.pattern, jpo?.civilServantsMayApplyPattern);
    const dateReader = importCommon.eligibility.readers.find((entry) => entry.path === 'age_reference_date');
    assert.deepEqual(jpo?.ageReferenceStated, { pattern: dateReader?.pattern, requires: dateReader?.requires });
  });

  it('civil servants stated as allowed in any text of the posting need no structured field; a text that says nothing, or no, still does', () => {
    const withoutField = replaceOnce(
      jpoSeed,
      '  national_civil_servants:\n    may_apply: true\n    since_fiscal_year: 2019\n    return_to_ministry: true\n',
      '',
    );
    assert.ok(
      !codes(withoutField).includes('jpo-civil-servants-not-stated'),
      'the eligibility sentence says serving civil servants may apply',
    );
    const silent = withoutField.replace(/ {4}- >-\n {6}Serving national civil servants may apply[^\n]*\n[^\n]*\n/, '');
    assert.notEqual(silent, withoutField);
    assert.ok(codes(silent).includes('jpo-civil-servants-not-stated'));
    const noted = (note: string) => codes(`${silent}notes:\n  - ${JSON.stringify(note)}\n`).includes('jpo-civil-servants-not-stated');
    assert.equal(noted('現職の国家公務員の方は、所属府省の了承を得た上で応募してください。'), false);
    assert.equal(noted('Government officials may apply provided they obtain the consent of their ministry.'), false);
    assert.equal(noted('国家公務員の方は応募できません。'), true);
    assert.equal(noted('Government officials may not apply.'), true);
  });

  it('the host agency’s own vacancy for the JPO post is not asked about civil servants; MOFA’s notice in Japanese still is', () => {
    const silent = replaceOnce(
      jpoSeed,
      '  national_civil_servants:\n    may_apply: true\n    since_fiscal_year: 2019\n    return_to_ministry: true\n',
      '',
    ).replace(/ {4}- >-\n {6}Serving national civil servants may apply[^\n]*\n[^\n]*\n/, '');
    const agencyPage = replaceOnce(silent, 'grade: P-2\n', 'grade: P-2\njob_id: VA-2025-014\n');
    assert.ok(codes(silent).includes('jpo-civil-servants-not-stated'), 'no field of an agency page: the sponsor’s notice');
    assert.ok(!codes(agencyPage).includes('jpo-civil-servants-not-stated'), 'an agency vacancy number');
    const inJapanese = `${agencyPage}notes:\n  - 応募は外務省国際機関人事センターのウェブサイトから行ってください。\n`;
    assert.ok(codes(inJapanese).includes('jpo-civil-servants-not-stated'), 'a notice in MOFA’s language');
  });

  it('an agency’s vacancy is not asked which experience does not count; an age limit stated in a sentence is stated', () => {
    const silent = replaceOnce(jpoSeed, '  experience_excludes:\n    - part-time work\n    - internships\n', '').replaceAll(
      '; part-time work and internships do not count',
      '',
    );
    assert.ok(codes(silent).includes('jpo-experience-exclusions-missing'), 'MOFA’s notice');
    const agencyPage = replaceOnce(silent, 'grade: P-2\n', 'grade: P-2\njob_id: "31267"\n');
    assert.ok(!codes(agencyPage).includes('jpo-experience-exclusions-missing'), 'the agency’s vacancy');
    const agencyNoAge = replaceOnce(replaceOnce(jpoSeed, '  max_age: 35\n', ''), '  age_reference_date: 2025-02-01\n', '')
      .replace('Candidates are 35 or under on 1 February 2025.', 'Candidates hold a passport.')
      .replace('grade: P-2\n', 'grade: P-2\njob_id: "31267"\n');
    assert.ok(
      !codes(agencyNoAge).some((code) => code === 'jpo-age-limit-missing' || code === 'jpo-age-reference-date-missing'),
      'the age rule is MOFA’s to state, not the agency’s vacancy’s',
    );
    const noAge = replaceOnce(jpoSeed, '  max_age: 35\n', '').replace(
      'Candidates are 35 or under on 1 February 2025.',
      'Candidates hold a passport.',
    );
    assert.ok(codes(noAge).includes('jpo-age-limit-missing'));
    const sentence = noAge.replace('Candidates hold a passport.', 'Applicants must be aged 35 or under as of 1 February 2025.');
    assert.ok(!codes(sentence).includes('jpo-age-limit-missing'));
  });

  it('the jpoAgeReferenceDate parameter supplies the reference date', () => {
    assert.ok(!codes(withoutReferenceDate, { jpoAgeReferenceDate: '2026-02-01' }).includes('jpo-age-reference-date-missing'));
  });

  it('the jpoMaxAge parameter moves the age limit', () => {
    const text = replaceOnce(jpoSeed, 'max_age: 35', 'max_age: 36');
    assert.ok(codes(text).includes('jpo-age-limit-too-high'));
    assert.ok(!codes(text, { jpoMaxAge: 36 }).includes('jpo-age-limit-too-high'));
    assert.ok(codes(jpoSeed, { jpoMaxAge: 30 }).includes('jpo-age-limit-too-high'));
  });

  it("a doctorate satisfies the master's degree requirement", () => {
    assert.ok(!codes(replaceOnce(jpoSeed, 'minimum_degree: master', 'minimum_degree: doctorate')).includes('jpo-degree-below-master'));
  });
});

describe('refugee-talent requirements', () => {
  const seed = readSeed(join(seedsDir, 'welgee-refugee-talent-software-engineer.posting.yaml'));
  const nativeJapanese = replaceOnce(seed, '  - Business-level English.\n', '  - Business-level English.\n  - Native Japanese speaker.\n');

  it('a native-Japanese requirement is one problem: the profile error, not also the general wording warning', () => {
    const problems = checkPosting(nativeJapanese).problems;
    assert.deepEqual(
      problems.map((p) => p.code),
      ['refugee-talent-excluding-requirement'],
    );
  });

  it('native Japanese asked in Japanese words (日本語を母語とする方) is the same one problem', () => {
    const motherTongue = replaceOnce(seed, '  - Business-level English.\n', '  - Business-level English.\n  - 日本語を母語とする方。\n');
    assert.deepEqual(
      checkPosting(motherTongue).problems.map((p) => p.code),
      ['refugee-talent-excluding-requirement'],
    );
  });

  it('another language asked at native level (アラビア語ネイティブレベル) is no native-Japanese requirement', () => {
    const arabic = replaceOnce(
      seed,
      '  - Business-level English.\n',
      '  - Business-level English.\n  - \u30a2\u30e9\u30d3\u30a2\u8a9e\u30cd\u30a4\u30c6\u30a3\u30d6\u30ec\u30d9\u30eb\u3002\n',
    );
    assert.ok(!codes(arabic).includes('refugee-talent-excluding-requirement'));
    const japanese = replaceOnce(
      seed,
      '  - Business-level English.\n',
      '  - Business-level English.\n  - \u65e5\u672c\u8a9e\u30cd\u30a4\u30c6\u30a3\u30d6\u30ec\u30d9\u30eb\u3002\n',
    );
    assert.ok(codes(japanese).includes('refugee-talent-excluding-requirement'));
  });

  it('the general wording warning still speaks where no profile rule covers the text', () => {
    const lica6 = readSeed();
    const native = replaceOnce(lica6, 'statement: Proficiency in English', 'statement: Native English speaker. Proficiency in English');
    assert.notEqual(native, lica6);
    assert.ok(codes(native).includes('exclusionary-requirement'));
  });

  it('names the requirement in Japanese in the Japanese message', () => {
    const [problem] = checkPosting(nativeJapanese, { ...defaultSettings, locale: 'ja' }).problems;
    assert.match(problem.message, /^ネイティブレベルの日本語を求めると/);
  });
});

describe('which profile applies, and why (issue 14 §2)', () => {
  const choice = (data: Record<string, string>) => chooseProfile(data);

  it('recognises JPO, UNHCR staff by grade and UNOPS affiliates; anything else is general, never unops-ica', () => {
    assert.equal(choice({ title: 'Associate Protection Officer (Junior Professional Officer)' }).profile.id, 'jpo');
    assert.equal(choice({ grade: 'PR2' }).profile.id, 'unhcr-staff');
    assert.equal(choice({ organization: 'UNHCR', grade: 'P-3' }).profile.id, 'unhcr-staff');
    assert.equal(choice({ organization: 'IOM', grade: 'P-3' }).profile.id, 'general');
    // NOB and GS6 are every UN agency's grades: only UNHCR's own posting is a UNHCR staff posting by its grade.
    assert.equal(choice({ grade: 'NOB' }).profile.id, 'general');
    assert.equal(choice({ organization: 'ILO', grade: 'NOB' }).profile.id, 'general');
    assert.equal(choice({ organization: 'UNHCR', grade: 'NOB' }).profile.id, 'unhcr-staff');
    assert.equal(choice({ organization: 'UNHCR', grade: 'GS6' }).profile.id, 'unhcr-staff');
    assert.equal(choice({ affiliate_type: 'UNOPS LICA9' }).profile.id, 'unops-ica');
    const none = choice({ title: 'Programme Officer', organization: 'IOM' });
    assert.deepEqual([none.profile.id, none.how], ['general', 'default']);
  });

  it('says why, in English and Japanese', () => {
    assert.match(choice({ grade: 'PR2' }).because, /grade PR2/);
    assert.match(choice({ grade: 'PR2' }).because_ja, /PR2/);
    assert.match(choice({ profile: 'jpo' }).because, /declares `profile: jpo`/);
  });

  it('hovering over profile shows the profile and the reason', () => {
    const text = '# posting\nprofile: general\ntitle: Driver\n';
    const hover = hoverPosting(text, { line: 1, character: 2 });
    assert.match(
      hover?.contents ?? '',
      /\*\*Profile:\*\* General posting \(any organisation\) \(`general`\) applies because the posting declares/,
    );
    const undeclared = hoverPosting(
      '# posting\ntitle: Driver\ngrade: PR2\n',
      { line: 1, character: 2 },
      { ...defaultSettings, locale: 'ja' },
    );
    assert.match(undeclared?.contents ?? '', /UNHCR 職員の求人/);
  });
});
