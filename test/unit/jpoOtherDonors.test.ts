import { strict as assert } from 'assert';
import { join } from 'path';
import { actionsFor, checkPosting, importFromText } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/text/textEdits';
import { readSeed, seedsDir } from '../helpers/seeds';

// JPO posts other governments sponsor (issue 14 \u00a74, s21): an agency's opening names its sponsor in a sentence,
// MOFA's limits and MOFA's skeleton defaults are not this post's.

const jpoSeed = readSeed(join(seedsDir, 'mofa-jpo-ocha-bangkok-p2.posting.yaml'));
const withoutEligibility = jpoSeed.replace(/^eligibility:\n(?:[ -].*\n)+/m, '');
const sponsoredBy = (sponsor: string | undefined) =>
  sponsor === undefined
    ? withoutEligibility.replace(/^sponsor: .*\n/m, '').replace(/Japanese|Japan|\u5916\u52d9\u7701|\u65e5\u672c|\bMOFA\b/gi, 'donor')
    : withoutEligibility.replace(/^sponsor: .*$/m, `sponsor: ${sponsor}`);

/** The eligibility block of a posting. */
const eligibilityOf = (text: string) => /^eligibility:\n(?:[ -].*\n)+/m.exec(text)?.[0] ?? '';

/** The posting after the quick fix that inserts the missing sections, as the editor offers it. */
function withSectionsInserted(text: string): string {
  const gaps = checkPosting(text).problems.filter((problem) => /^missing-sections?$/.test(problem.code));
  assert.ok(gaps.length, 'a section is missing');
  const insert = actionsFor(text, gaps).find((action) => action.edits?.length && !/^Ignore|^Disable/i.test(action.title));
  assert.ok(insert?.edits);
  return applyEdits(text, insert.edits);
}

describe("JPO posts of other donors: the sponsor's programme only where it sponsors (issue 14 \u00a74)", () => {
  const opening = [
    'UNHCR Careers',
    "We're hiring a Junior Professional Officer (Education) in Dhaka, Bangladesh!",
    'JPO programme sponsored by the Government of Denmark. Grade P2.',
    '',
    'Title: Associate Education Officer (JPO)',
    'Duty station: Dhaka, Bangladesh',
    'Grade: P2',
    'Eligibility: nationals of Denmark only',
    '',
    'Duties',
    '- Support planning and monitoring of the education programme with partners.',
    '- Draft donor reports and briefing notes.',
  ].join('\n');

  it("reads the sponsor an agency's opening names in a sentence, and a nationality open to one country only", () => {
    const { data } = importFromText(opening);
    assert.equal(data.profile, 'jpo');
    assert.equal(data.sponsor, 'Government of Denmark');
    assert.equal((data.eligibility as Record<string, unknown>).nationality, 'Denmark');
    const slides = importFromText(
      opening.replace(
        'JPO programme sponsored by the Government of Denmark.',
        'Junior Professional Officer Programme \u2013 sponsored by Switzerland',
      ),
    );
    assert.equal(slides.data.sponsor, 'Switzerland');
  });

  it('reads no sponsor that is no country, and no nationality a statement opens to others', () => {
    const other = importFromText(
      opening
        .replace('sponsored by the Government of Denmark', 'sponsored by the Regional Bureau')
        .replace('nationals of Denmark only', 'nationals of the sponsoring country only'),
    );
    assert.equal(other.data.sponsor, undefined);
    assert.equal((other.data.eligibility as Record<string, unknown> | undefined)?.nationality, undefined);
    const wider = importFromText(opening.replace('nationals of Denmark only', 'Danish nationals, or nationals of a developing country'));
    assert.equal((wider.data.eligibility as Record<string, unknown> | undefined)?.nationality, undefined);
  });

  it('asks no MOFA limit of the imported opening once its missing sections are filled in', () => {
    const filled = withSectionsInserted(importFromText(opening).yaml);
    const codes = checkPosting(filled).problems.map((problem) => problem.code);
    assert.deepEqual(
      codes.filter((code) => code.startsWith('jpo-')),
      [],
    );
    assert.doesNotMatch(filled, /Japan|Japanese/);
  });

  it("inserts MOFA's defaults only into a post MOFA sponsors, and neutral placeholders into another donor's", () => {
    const mofa = withSectionsInserted(sponsoredBy('Ministry of Foreign Affairs of Japan'));
    assert.match(mofa, /^ {2}nationality: Japanese$/m);
    assert.match(mofa, /^ {2}max_age: 35$/m);
    assert.match(mofa, /^ {2}national_civil_servants:$/m);
    const denmark = eligibilityOf(withSectionsInserted(sponsoredBy('Government of Denmark')));
    assert.match(denmark, /^ {2}nationality: Write the nationality here\.$/m);
    assert.doesNotMatch(denmark, /max_age|national_civil_servants|experience_excludes|Japanese/);
    assert.match(denmark, /^ {2}minimum_degree: master$/m, 'defaults every JPO programme shares stay');
    // Neither a sponsor nor any word of Japan: the sponsor is the author's to write.
    const unnamed = withSectionsInserted(sponsoredBy(undefined));
    assert.match(unnamed, /^sponsor: Write the sponsoring government here\.$/m);
    assert.doesNotMatch(unnamed, /Japan|Japanese/);
  });
});

describe('the JPO age counted at the time of application (s26)', () => {
  it('reads the age at the time of application as counted on the deadline, and a score valid then as no age', () => {
    const seed = readSeed(join(seedsDir, 'mofa-jpo-ocha-bangkok-p2.posting.yaml'));
    const withoutDate = seed
      .replace('  age_reference_date: 2025-02-01\n', '')
      .replace('Candidates are 35 or under on 1 February 2025.', 'Candidates are 35 or under.');
    const codes = (text: string) => checkPosting(text).problems.map((problem) => problem.code);
    // The seed's English score is "valid at the time of application": no reference date for the age.
    assert.match(withoutDate, /valid at the time of application/);
    assert.ok(codes(withoutDate).includes('jpo-age-reference-date-missing'));
    const atApplication = withoutDate.replace(
      'Candidates are 35 or under.',
      'Candidates must be 35 years or younger at the time of application.',
    );
    assert.notEqual(atApplication, withoutDate);
    assert.ok(!codes(atApplication).includes('jpo-age-reference-date-missing'));
  });

  it('imports that age limit with the deadline as its reference date', () => {
    const { data } = importFromText(
      [
        'JUNIOR PROFESSIONAL OFFICER PROGRAMME',
        'Title: Associate Protection Officer (JPO)',
        'Sponsor: Government of Japan',
        'Duty station: Kakuma, Kenya',
        'Closing date: 15 April 2031',
        '',
        'Eligibility: This JPO position is open to nationals of Japan only. Candidates must be 35 years or younger at the time of application.',
        '',
        'Duties',
        '- Support the registration of new arrivals.',
      ].join('\n'),
    );
    const eligibility = data.eligibility as Record<string, unknown>;
    assert.equal(eligibility.max_age, 35);
    assert.equal(eligibility.age_reference_date, '2031-04-15');
    assert.equal(eligibility.nationality, 'Japanese');
  });
});
