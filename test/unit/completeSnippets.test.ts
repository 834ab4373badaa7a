import { strict as assert } from 'assert';
import { checkPosting, completeBlankFile, completePosting, profiles, type Completion } from '../../server/src/engine';
import { withCaret } from '../helpers/caret';
import { expandSnippet } from '../helpers/snippetExpander';

const today = '2030-01-15';
function complete(marked: string): Completion[] {
  const { text, position } = withCaret(marked);
  return completePosting(text, position, { today });
}
const snippetLabels = (items: Completion[]) => items.filter((item) => item.kind === 'snippet').map((item) => item.label);
const wholePostings = profiles.map((profile) => profile.snippet ?? `posting-${profile.id}`);

describe('snippets in completion, where they may go', () => {
  it('an empty posting: the whole-posting snippets, one per profile', () => {
    assert.deepEqual(snippetLabels(complete('|')), wholePostings);
    assert.deepEqual(snippetLabels(complete('# posting\n|\n')), wholePostings);
  });

  it('a whole-posting snippet expands to a posting of its profile, without a second `# posting` line', () => {
    const item = complete('# posting\n|').find((i) => i.label === 'posting-jpo')!;
    assert.equal(item.snippet, true);
    assert.equal(item.detail, profiles.find((p) => p.id === 'jpo')!.title);
    assert.ok(!item.insertText.startsWith('# posting'));
    const text = `# posting\n${expandSnippet(item.insertText)}\n`;
    assert.equal(checkPosting(text).profile.id, 'jpo');
    assert.match(complete('|').find((i) => i.label === 'posting-jpo')!.insertText, /^# posting\n/);
  });

  it('inside competencies: only competency names, no snippet', () => {
    const items = complete(
      'profile: unops-ica\norganization: UNHCR\nterms_of_reference:\n  qualifications_and_experience:\n    key_competencies:\n      core:\n        - |\n',
    );
    assert.ok(items.length >= 6);
    assert.ok(items.every((item) => item.kind === 'competency'));
    assert.deepEqual(snippetLabels(items), []);
  });

  it('the top level of a posting with content: section snippets of the missing sections only, no whole posting', () => {
    const items = complete('# posting\nprofile: unops-ica\ntitle: X\norganization: UNHCR\n|\n');
    const labels = snippetLabels(items);
    assert.ok(labels.includes('posting-terms-of-reference'));
    assert.ok(labels.includes('posting-deadline'));
    for (const present of ['posting-title', 'posting-organization', 'posting-profile']) assert.ok(!labels.includes(present), present);
    for (const whole of wholePostings) assert.ok(!labels.includes(whole), whole);
    // Sections of the Terms of Reference belong under it, not at the top level.
    assert.ok(!labels.includes('posting-background') && !labels.includes('posting-key-competencies'));
    const tor = items.find((i) => i.label === 'posting-terms-of-reference')!;
    assert.equal(tor.detail, 'Terms of Reference');
    assert.match(tor.insertText, /^terms_of_reference:\n/);
    assert.match(tor.insertText, /\n {2}background: \$\{\d+:'Write the background here/);
  });

  it('under the Terms of Reference: its own missing sections', () => {
    const labels = snippetLabels(complete('# posting\nprofile: unops-ica\nterms_of_reference:\n  background: Text.\n  |\n'));
    assert.deepEqual(labels, [
      'posting-ica-level',
      'posting-corresponding-level',
      'posting-purpose-and-scope',
      'posting-monitoring-and-progress-controls',
      'posting-qualifications-and-experience',
    ]);
  });

  it('deeper than a section level (inside a section): no snippet', () => {
    const labels = snippetLabels(
      complete('# posting\nprofile: unops-ica\nterms_of_reference:\n  purpose_and_scope:\n    supervisor: X\n    |\n'),
    );
    assert.deepEqual(labels, []);
  });

  it('a blank YAML file that is not a posting yet: the whole-posting snippets only; any other YAML: nothing', () => {
    assert.deepEqual(
      completeBlankFile('', { line: 0, character: 0 }, { today }).map((i) => i.label),
      wholePostings,
    );
    const typed = completeBlankFile('\nposting-j', { line: 1, character: 9 }, { today });
    assert.equal(typed[0].label, 'posting-jpo');
    assert.deepEqual(typed[0].range, { start: { line: 1, character: 0 }, end: { line: 1, character: 9 } });
    assert.deepEqual(completeBlankFile('services:\n  web: {}\n', { line: 2, character: 0 }, { today }), []);
  });
});
