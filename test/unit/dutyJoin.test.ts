import { strict as assert } from 'assert';
import { actionsFor, checkPosting } from '../../server/src/engine';
import { applyEdits } from '../../server/src/engine/text/textEdits';

// duty-not-a-sentence: a duty a page or an e-mail broke off mid-phrase gets a fix that joins it with the next item
// (issue 14 \u00a74, s21).

const posting = (duties: string[]) =>
  [
    'profile: general',
    'title: Programme Officer',
    'organization: Horizon Relief Alliance',
    'duty_station: Juba',
    'country: South Sudan',
    'deadline: 2030-01-01',
    'duties:',
    ...duties,
    '',
  ].join('\n');

function joinFix(text: string, locale?: string) {
  const problem = checkPosting(text).problems.find((p) => p.code === 'duty-not-a-sentence');
  assert.ok(problem, 'the cut-off duty is reported');
  return actionsFor(text, [problem], { locale }).find((action) => /next item|\u6b21\u306e\u9805\u76ee/.test(action.title));
}

describe('duty-not-a-sentence: join with the next item (issue 14 \u00a74)', () => {
  it('joins the cut-off duty with the next one and keeps the comments', () => {
    const text = posting([
      '  - Plan the distributions with partners.',
      '  - Maintain the referral directory for the # wrapped by the e-mail',
      '  # the rest of the line',
      '  - partner agencies in the three counties.',
      '  - Perform other duties as required.',
    ]);
    const fix = joinFix(text);
    assert.equal(fix?.title, 'Join with the next item');
    const joined = applyEdits(text, fix.edits ?? []);
    assert.match(
      joined,
      /^ {2}- Maintain the referral directory for the partner agencies in the three counties\. # wrapped by the e-mail$/m,
    );
    assert.match(joined, /^ {2}# the rest of the line$/m);
    assert.doesNotMatch(joined, /^ {2}- partner agencies/m);
    assert.ok(!checkPosting(joined).problems.some((p) => p.code === 'duty-not-a-sentence'));
    assert.equal(joinFix(text, 'ja')?.title, '\u6b21\u306e\u9805\u76ee\u3068\u3064\u306a\u3052\u308b');
  });

  it('offers no join for the last duty', () => {
    assert.equal(joinFix(posting(['  - Plan the distributions with partners.', '  - Maintain the referral directory for the'])), undefined);
  });
});
