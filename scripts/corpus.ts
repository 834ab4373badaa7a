/**
 * `npm run corpus`: how the importer does on the import corpus (test/corpus/import, issue 14 §5), per layout:
 * fields placed, source lines that reappear in the txt export, profiles right, and the diagnostics of the imports
 * by code. `--texts` adds a line per text, `--misses` the fields and lines missed most, `--precision` the share of the
 * diagnostics left after filling in what each text lacks that a reviewer agrees with (the snapshots' inline expectations).
 * `--dir <folder>` measures another set laid out the same way (`<layout>/<name>.txt` with `<name>.fields.json`), such
 * as a set of postings held out from the importer's work.
 */
import { readFileSync } from 'fs';
import { expectationsIn } from '../test/helpers/expectations';
import { corpusTexts, fieldTarget, lineTarget, measureText, share, summaries, type TextMeasure } from '../test/helpers/importCorpus';

const argv = process.argv.slice(2);
const args = new Set(argv);
const dirAt = argv.indexOf('--dir');
const dir = dirAt >= 0 ? argv[dirAt + 1] : undefined;
if (dirAt >= 0 && !dir) throw new Error('--dir needs a folder');
const texts = corpusTexts(dir);
const measures: TextMeasure[] = texts.map(measureText);
const pct = (part: number, whole: number) => `${(share(part, whole) * 100).toFixed(1)}%`;
const pad = (text: string, width: number) => (text.length >= width ? text : text + ' '.repeat(width - text.length));
const padStart = (text: string, width: number) => (text.length >= width ? text : ' '.repeat(width - text.length) + text);

const header = ['layout', 'texts', 'fields placed', 'lines in txt', 'profile right', 'empty/errors'];
const widths = [16, 6, 20, 14, 14, 13];
console.log(header.map((cell, index) => (index ? padStart(cell, widths[index]) : pad(cell, widths[index]))).join(' '));
console.log(widths.map((width) => '-'.repeat(width)).join(' '));
const all = summaries(measures);
for (const summary of all) {
  const cells = [
    summary.group,
    String(summary.texts),
    `${summary.fieldsPlaced}/${summary.fieldsTotal} ${pct(summary.fieldsPlaced, summary.fieldsTotal)}`,
    `${pct(summary.linesFound, summary.linesCounted)}`,
    `${summary.profilesRight}/${summary.texts}`,
    `${summary.emptyExports}/${summary.errors}`,
  ];
  if (summary.group === 'total') console.log(widths.map((width) => '-'.repeat(width)).join(' '));
  console.log(cells.map((cell, index) => (index ? padStart(cell, widths[index]) : pad(cell, widths[index]))).join(' '));
}
console.log(`targets: fields placed >= ${fieldTarget * 100}%, lines in txt >= ${lineTarget * 100}% per text`);

console.log('\ndiagnostics of the imports, by code');
for (const summary of all) {
  const codes = Object.entries(summary.diagnostics).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  console.log(`${pad(summary.group, 16)} ${codes.map(([code, count]) => `${code} ${count}`).join(', ') || '(none)'}`);
}

const below = measures.filter((measure) => share(measure.lines.found, measure.lines.counted) < lineTarget);
console.log(`\ntexts below ${lineTarget * 100}% of lines: ${below.length}/${measures.length}`);
const wrong = measures.filter((measure) => !measure.profileRight);
if (wrong.length)
  console.log(`wrong profile: ${wrong.map((measure) => `${measure.layout}/${measure.name} (${measure.profile})`).join(', ')}`);
const failed = measures.filter((measure) => measure.error);
for (const measure of failed) console.log(`error: ${measure.layout}/${measure.name}: ${measure.error}`);

if (args.has('--texts')) {
  console.log('\nper text');
  for (const measure of measures) {
    const placed = measure.fields.filter((field) => field.placed).length;
    console.log(
      `${pad(`${measure.layout}/${measure.name}`, 62)} fields ${padStart(`${placed}/${measure.fields.length}`, 5)}  lines ${padStart(pct(measure.lines.found, measure.lines.counted), 6)}  ${measure.profile}${measure.profileRight ? '' : ' (wrong)'}`,
    );
  }
}

if (args.has('--misses')) {
  const byPath = new Map<string, number>();
  for (const measure of measures)
    for (const field of measure.fields) if (!field.placed) byPath.set(field.path, (byPath.get(field.path) ?? 0) + 1);
  console.log('\nfields missed most (path: texts)');
  for (const [path, count] of [...byPath].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`  ${padStart(String(count), 3)}  ${path}`);
  console.log('\nlines missed, by text (first three)');
  for (const measure of measures.filter((entry) => entry.lines.missing.length)) {
    console.log(`  ${measure.layout}/${measure.name}: ${measure.lines.missing.length} missing`);
    for (const line of measure.lines.missing.slice(0, 3)) console.log(`      ${line.length > 100 ? `${line.slice(0, 97)}…` : line}`);
  }
}

// Issue 14's third target: after a user fills in only what a text lacks (the missing sections the import lists),
// the share of the remaining diagnostics a careful reviewer agrees with. Each import snapshot carries them inline:
// `# expect:` for a finding a reviewer agrees with, `# expect-fp:` for a false alarm (test/helpers/expectations.ts).
if (args.has('--precision') && !dir) {
  const fillIn = new Set(['missing-section', 'missing-sections']);
  const byCode = new Map<string, { all: number; false: number }>();
  for (const item of texts) {
    const snapshot = item.path.replace(/\.txt$/, '.posting.yaml');
    for (const expectation of expectationsIn(readFileSync(snapshot, 'utf8'))) {
      if (fillIn.has(expectation.code)) continue;
      const entry = byCode.get(expectation.code) ?? { all: 0, false: 0 };
      entry.all++;
      if (expectation.falseAlarm) entry.false++;
      byCode.set(expectation.code, entry);
    }
  }
  const total = [...byCode.values()].reduce((sum, entry) => ({ all: sum.all + entry.all, false: sum.false + entry.false }), {
    all: 0,
    false: 0,
  });
  console.log('\ndiagnostics left after filling in what the text lacks (import snapshots), agreed by a reviewer');
  for (const [code, entry] of [...byCode].sort((a, b) => b[1].all - a[1].all || a[0].localeCompare(b[0])))
    console.log(`  ${pad(code, 36)} ${padStart(`${entry.all - entry.false}/${entry.all}`, 7)}  ${pct(entry.all - entry.false, entry.all)}`);
  console.log(
    `  ${pad('total', 36)} ${padStart(`${total.all - total.false}/${total.all}`, 7)}  ${pct(total.all - total.false, total.all)}`,
  );
}
