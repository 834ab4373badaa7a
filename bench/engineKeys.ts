/**
 * A probe, not part of `npm run bench`: the engine alone on the bench's typing stream. Prints (a)/(d) (the check
 * after each key against a bare parse of the same text, medians, as the bench's engine figure) and each rule's CPU
 * per key (process.cpuUsage around its `check`).
 *   npx tsx bench/engineKeys.ts [small|seed|large] [keys] [warm-up keys]
 */
import { loadavg } from 'os';
import { parse } from 'yaml';
import { checkPosting } from '../server/src/engine';
import { rules } from '../server/src/engine/rules';
import { postingText, type Size } from './corpus';
import { keystrokes, typingOffset } from './typing';

const [size = 'seed', keysArg = '200', warmArg = '40'] = process.argv.slice(2);
const keyCount = Number(keysArg);
const warm = Number(warmArg);
const perRule = new Map<string, number>();
for (const rule of rules) {
  const name = rule.codes[0];
  const check = rule.check.bind(rule);
  (rule as { check: typeof rule.check }).check = (context) => {
    const start = process.cpuUsage();
    check(context);
    const used = process.cpuUsage(start);
    if (measuring) perRule.set(name, (perRule.get(name) ?? 0) + (used.user + used.system) / 1000);
  };
}
let measuring = false;
const text = postingText(size as Size, 1);
const { texts } = keystrokes(text, typingOffset(text), keyCount + warm);
const checks: number[] = [];
const parses: number[] = [];
let cpu = 0;
texts.forEach((typed, i) => {
  measuring = i >= warm;
  const cpuStart = process.cpuUsage();
  const start = performance.now();
  checkPosting(typed);
  const checked = performance.now();
  const used = process.cpuUsage(cpuStart);
  parse(typed);
  const parsed = performance.now();
  if (measuring) {
    checks.push(checked - start);
    parses.push(parsed - checked);
    cpu += (used.user + used.system) / 1000;
  }
});
const median = (values: number[]): number => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const rows = [...perRule].sort((a, b) => b[1] - a[1]).map(([name, ms]) => `${name} ${(ms / keyCount).toFixed(3)}`);
console.log(
  JSON.stringify({
    size,
    load: loadavg()[0].toFixed(1),
    checkMedian: median(checks).toFixed(2),
    parseMedian: median(parses).toFixed(2),
    ratio: (median(checks) / median(parses)).toFixed(2),
    checkCpuPerKey: (cpu / keyCount).toFixed(2),
  }),
);
console.log(rows.join(' | '));
