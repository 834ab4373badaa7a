import { strict as assert } from 'assert';
import { defaultLimits, parsePosting } from '../../server/src/engine/document/parse';
import { readSeed } from '../helpers/seeds';

describe('parsePosting', () => {
  it('parses one version once: the check, outline, folding and lens of the same text share the result', () => {
    const text = readSeed();
    const first = parsePosting(text);
    assert.equal(parsePosting(text), first);
    assert.equal(parsePosting(`${text}`, { ...defaultLimits }), first, 'an equal text with equal limits');
  });

  it('parses another text, or the same text under other limits, anew', () => {
    const text = readSeed();
    const parsed = parsePosting(text);
    const edited = parsePosting(text.replace('title: ', 'title:  '));
    assert.notEqual(edited, parsed);
    assert.notEqual(edited.text, parsed.text);

    const tooSmall = parsePosting(text, { ...defaultLimits, maxFileSize: 100 });
    assert.deepEqual(
      tooSmall.problems.map((p) => p.code),
      ['too-large'],
    );
    assert.deepEqual(parsePosting(text).problems, [], 'the default limits again: no longer too large');
  });
});
