import { strict as assert } from 'assert';
import { checkPosting, defaultSettings, forgetTextMemos, textMemoEntries } from '../../server/src/engine';
import { collectIdleWorker } from '../../server/src/lsp/idleCollection';
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
