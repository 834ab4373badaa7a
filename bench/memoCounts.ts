/**
 * A probe, not part of `npm run bench`: hits and misses of each memo per key, the engine alone on the typing stream
 * (TextMemo's get and find wrapped; a memo is named by where it was first asked). A hit "previous" was found in the
 * memo's older generation and is inserted again. A miss's milliseconds are wall time of its computation, timers
 * included: a reading, not a measurement.
 *   npx tsx bench/memoCounts.ts [small|seed|large] [keys] [warm-up keys]
 */
import { checkPosting } from '../server/src/engine';
import { TextMemo } from '../server/src/engine/text/memo';
import { postingText, type Size } from './corpus';
import { keystrokes, typingOffset } from './typing';

const [size = 'large', keysArg = '40', warmArg = '20'] = process.argv.slice(2);
const keyCount = Number(keysArg);
const warm = Number(warmArg);
interface Count {
  hits: number;
  old: number;
  missMs: number;
  misses: number;
  missChars: number;
  label: string;
}
const counts = new Map<object, Count>();
let measuring = false;
/** Time in look-ups that hit, the timer's own cost included (subtracted below). */
let hitMs = 0;
const proto = TextMemo.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
const labelOf = (memo: object): Count => {
  let count = counts.get(memo);
  if (!count) {
    const stack =
      new Error().stack
        ?.split('\n')
        .slice(3, 5)
        .map((line) => line.trim().split('server/src/engine/').pop())
        .join(' < ') ?? '?';
    count = { hits: 0, old: 0, missMs: 0, misses: 0, missChars: 0, label: stack };
    counts.set(memo, count);
  }
  return count;
};
for (const name of ['get', 'find']) {
  const original = proto[name];
  proto[name] = function (this: { current: Map<string, unknown>; previous: Map<string, unknown> }, text: unknown) {
    if (measuring) {
      const count = labelOf(this);
      const known = this.current.has(text as string) || this.previous.has(text as string);
      if (this.previous.has(text as string) && !this.current.has(text as string)) count.old++;
      if (known) count.hits++;
      else {
        count.misses++;
        count.missChars += (text as string).length;
      }
    }
    if (!measuring) return original.call(this, text);
    const start = performance.now();
    if (this.current.has(text as string) || this.previous.has(text as string)) {
      const result = original.call(this, text);
      hitMs += performance.now() - start;
      return result;
    }
    const result = original.call(this, text);
    labelOf(this).missMs += performance.now() - start;
    return result;
  };
}
const text = postingText(size as Size, 1);
const { texts } = keystrokes(text, typingOffset(text), keyCount + warm);
const checks: number[] = [];
texts.forEach((typed, i) => {
  measuring = i >= warm;
  const start = performance.now();
  checkPosting(typed);
  if (measuring) checks.push(performance.now() - start);
});
// The timer's own cost per timed hit (two readings of the clock and the two has() above), measured the same way.
let calibrated = 0;
const probe = new Map<string, number>([['a', 1]]);
for (let i = 0; i < 100_000; i++) {
  const start = performance.now();
  if (probe.has('a') || probe.has('b')) calibrated += performance.now() - start;
}
const timerMs = calibrated / 100_000;
const median = [...checks].sort((a, b) => a - b)[Math.floor(checks.length / 2)];
let all = 0;
let missed = 0;
let missMs = 0;
let hits = 0;
for (const row of counts.values()) {
  all += row.hits + row.misses;
  missed += row.misses;
  missMs += row.missMs;
  hits += row.hits;
}
console.log(
  `look-ups per key ${(all / keyCount).toFixed(0)}, misses ${(missed / keyCount).toFixed(1)} (computing them ${(missMs / keyCount).toFixed(2)} ms), check median ${median.toFixed(2)} ms, look-ups that hit ${((hitMs - timerMs * hits) / keyCount).toFixed(2)} ms`,
);
const rows = [...counts.values()].sort((a, b) => b.misses - a.misses);
for (const row of rows)
  console.log(
    `${(row.hits / keyCount).toFixed(1).padStart(8)} hits (${(row.old / keyCount).toFixed(1)} previous) ${(row.misses / keyCount).toFixed(1).padStart(7)} misses ${(row.missChars / keyCount).toFixed(0).padStart(8)} ch ${(row.missMs / keyCount).toFixed(3)} ms  ${row.label}`,
  );
