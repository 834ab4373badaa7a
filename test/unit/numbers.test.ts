import { strict as assert } from 'assert';
import { countOf, withThousands } from '../../server/src/engine/text/numbers';

describe('counts in words or digits (text/numbers)', () => {
  it('reads digits and the English words postings use, in any case', () => {
    assert.deepEqual(['0', '5', '24', 'zero', 'Two', 'twelve', 'FIFTEEN'].map(countOf), [0, 5, 24, 0, 2, 12, 15]);
  });

  it('reads nothing else', () => {
    assert.deepEqual(['', 'twenty', 'five years', '2.5', 'dos'].map(countOf), [undefined, undefined, undefined, undefined, undefined]);
  });
});

describe('counts with thousands separators (withThousands)', () => {
  it('writes what toLocaleString(en-US) writes for whole numbers', () => {
    const counts = [0, 7, 999, 1000, 4812, 12345, 299900, 1234567, 100000000, -4812];
    assert.deepEqual(
      counts.map(withThousands),
      counts.map((count) => count.toLocaleString('en-US')),
    );
    assert.equal(withThousands(299900), '299,900');
  });
});
