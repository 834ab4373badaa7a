import { strict as assert } from 'assert';
import { countOf } from '../../server/src/engine/text/numbers';

describe('counts in words or digits (text/numbers)', () => {
  it('reads digits and the English words postings use, in any case', () => {
    assert.deepEqual(['0', '5', '24', 'zero', 'Two', 'twelve', 'FIFTEEN'].map(countOf), [0, 5, 24, 0, 2, 12, 15]);
  });

  it('reads nothing else', () => {
    assert.deepEqual(['', 'twenty', 'five years', '2.5', 'dos'].map(countOf), [undefined, undefined, undefined, undefined, undefined]);
  });
});
