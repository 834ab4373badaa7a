import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';
import { checkPosting } from '../../server/src/engine';
import { warmUp, warmUpOffset } from '../../server/src/lsp/warmUp';

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

  it('runs the checks it was given, and waits while real checks are recent', async () => {
    let realCheckAt = Date.now();
    let steps = 0;
    const done = warmUp(seed, {
      checks: 3,
      idleMs: 50,
      lastRealCheck: () => {
        steps++;
        // A real check on each of the first five looks: the warm-up must wait them out, then run all three.
        if (steps <= 5) realCheckAt = Date.now();
        return realCheckAt;
      },
    });
    assert.equal(await done, 3);
    assert.ok(steps >= 5 + 3, `looked ${steps} times: it waited out the real checks before running its own`);
  });
});
