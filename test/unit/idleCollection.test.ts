import { strict as assert } from 'assert';
import { checkPosting, defaultSettings, forgetTextMemos, textMemoEntries } from '../../server/src/engine';
import { getHeapSpaceStatistics } from 'v8';
import { collectIdleWorker, fullCollection } from '../../server/src/lsp/idleCollection';
import { readSeed } from '../helpers/seeds';

/** The seed with its prose made its own (every sentence end carries `mark`), as distinct postings differ. */
const distinct = (mark: string) => readSeed().replace(/\.$/gm, ` (${mark}).`);

describe('an idle check worker forgets the text memos of every posting but the last (idleCollection.ts)', () => {
  afterEach(() => forgetTextMemos());

  it('keeps exactly what the last document checked needs, and its check stays the same', () => {
    const texts = ['a', 'b', 'c', 'd'].map(distinct);
    forgetTextMemos();
    checkPosting(texts[3]);
    const lastAlone = textMemoEntries();
    assert.ok(lastAlone > 0, 'a check remembers its texts');

    forgetTextMemos();
    for (const text of texts) checkPosting(text);
    const all = textMemoEntries();
    assert.ok(all > lastAlone, `four distinct postings remember more (${all} against ${lastAlone})`);

    const before = checkPosting(texts[3]).problems;
    collectIdleWorker({ text: texts[3], settings: defaultSettings });
    assert.equal(textMemoEntries(), lastAlone);
    assert.deepEqual(checkPosting(texts[3]).problems, before);
    assert.equal(textMemoEntries(), lastAlone, 'the next check of that document finds everything it needs');
  });

  it('with no document checked yet, it forgets everything', () => {
    checkPosting(distinct('e'));
    collectIdleWorker(undefined);
    assert.equal(textMemoEntries(), 0);
  });
});

describe('an idle check worker compacts its old generation (idleCollection.ts)', () => {
  const oldSpace = () => {
    const space = getHeapSpaceStatistics().find((entry) => entry.space_name === 'old_space');
    assert.ok(space, 'V8 reports an old space');
    return { committed: space.physical_space_size, used: space.space_used_size };
  };

  it('gives back the old pages left half empty by objects dropped across the heap', () => {
    // About 24 MB of small objects that live long enough to be promoted, then every other object dropped:
    // each old page keeps half its objects, which a plain full collection leaves where they are.
    let kept: { index: number; padding: string }[] | undefined = Array.from({ length: 200_000 }, (_, index) => ({
      index,
      padding: `posting ${index} `.repeat(6),
    }));
    const gc = fullCollection();
    assert.ok(gc, 'V8 lets the worker collect fully');
    gc();
    gc();
    kept = kept.filter((entry) => entry.index % 2 === 0);
    gc();
    const plain = oldSpace();
    collectIdleWorker(undefined);
    const compacted = oldSpace();
    assert.equal(kept.length, 100_000);
    assert.ok(
      compacted.committed - compacted.used < (plain.committed - plain.used) / 2,
      `committed but unused old space: ${mb(plain.committed - plain.used)} after a plain full collection, ` +
        `${mb(compacted.committed - compacted.used)} after the idle one`,
    );
    kept = undefined;
  });
});

const mb = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`;
