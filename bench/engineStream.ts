/**
 * A probe, not part of `npm run bench`: the engine's check after each key of the bench's typing stream, with the
 * previous parse, as the check worker runs it, and nothing else (no timing), so that an instruction count is the
 * engine's work: run it under callgrind with two key counts and divide the difference by the extra keys, which
 * cancels start-up and warm-up (docs/performance-history.md, stop 20):
 *   valgrind --tool=callgrind --callgrind-out-file=/dev/null node --import tsx bench/engineStream.ts large 80
 */
import { checkPosting } from '../server/src/engine';
import { postingText, type Size } from './corpus';
import { keystrokes, typingOffset } from './typing';

const [size = 'large', keysArg = '40'] = process.argv.slice(2);
const text = postingText(size as Size, 1);
const { texts } = keystrokes(text, typingOffset(text), Number(keysArg));
let previous: ReturnType<typeof checkPosting> | undefined;
for (const typed of texts) previous = checkPosting(typed, undefined, previous?.parsed);
console.log(`checks: ${texts.length}, problems after the last: ${previous?.problems.length}`);
