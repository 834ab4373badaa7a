import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkPosting } from '../../server/src/engine';
import { lengthened, warmUp, warmUpOffset } from '../../server/src/lsp/warmUp';

const seed = readFileSync(join(__dirname, '../../seeds/unhcr-japan-protection-associate-lica6.posting.yaml'), 'utf8');

describe("the check worker's warm-up", function () {
  this.timeout(60_000);

  it('types inside the first paragraph of the background, where each key keeps the posting valid', () => {
    const offset = warmUpOffset(seed);
    const line = seed.slice(seed.lastIndexOf('\n', offset - 1) + 1, seed.indexOf('\n', offset));
    assert.match(line, /^ {4}\S/, 'a line of the folded background paragraph');
    const typed = `${seed.slice(0, offset)}x${seed.slice(offset)}`;
    assert.deepEqual(
      checkPosting(typed)
        .problems.map((problem) => problem.code)
        .filter((code) => code.startsWith('yaml')),
      [],
    );
  });

  it('also types in a long posting: the seed with its first background paragraph repeated, each line of a copy its own', () => {
    const long = lengthened(seed, 24);
    const background = (text: string) =>
      (checkPosting(text).parsed.data as { terms_of_reference: { background: string } }).terms_of_reference.background;
    const [first, ...rest] = background(seed).split('\n');
    const [longFirst, ...longRest] = background(long).split('\n');
    assert.deepEqual(longRest, rest, 'the paragraphs after the first are the same');
    assert.ok(longFirst.length > 24 * first.length, `${longFirst.length} characters against ${first.length}`);
    const seedLines = new Set(seed.split('\n'));
    const added = long.split('\n').filter((line) => !seedLines.has(line));
    assert.equal(new Set(added).size, added.length, 'no line of the copies repeated');
    const paragraphStart = seed.indexOf('\n', seed.indexOf('background: >')) + 1;
    const paragraphLines = seed.slice(paragraphStart, seed.indexOf('\n\n', paragraphStart)).split('\n').length;
    assert.equal(added.length, 24 * paragraphLines, 'every line of every copy is new');
    const offset = warmUpOffset(long);
    const typed = `${long.slice(0, offset)}x${long.slice(offset)}`;
    assert.deepEqual(
      checkPosting(typed).problems.map((problem) => problem.code),
      checkPosting(`${seed.slice(0, warmUpOffset(seed))}x${seed.slice(warmUpOffset(seed))}`).problems.map((problem) => problem.code),
      'the same findings as the seed typed in',
    );
  });

  it('runs the checks it was given, and waits while checks of edits are recent', async () => {
    let realCheckAt = Date.now();
    let steps = 0;
    const done = warmUp(seed, {
      checks: 3,
      idleMs: 50,
      lastEditCheck: () => {
        steps++;
        // A check of an edit on each of the first five looks: the warm-up must wait them out, then run all three.
        if (steps <= 5) realCheckAt = Date.now();
        return realCheckAt;
      },
    });
    assert.equal(await done, 3);
    assert.ok(steps >= 5 + 3, `looked ${steps} times: it waited out the checks of edits before running its own`);
  });
});
