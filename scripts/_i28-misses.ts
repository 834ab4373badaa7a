import { corpusTexts, measureText } from '/work/i28/test/helpers/importCorpus';
const dir = process.argv[2];
const only = process.argv[3];
for (const t of corpusTexts(dir)) {
  if (only && !t.name.includes(only)) continue;
  const m = measureText(t);
  const missed = m.fields.filter((f) => !f.placed);
  if (!missed.length) continue;
  console.log(`== ${t.layout}/${t.name}`);
  for (const f of missed) console.log(`  ${f.path}: want ${JSON.stringify(f.expected)} got ${JSON.stringify(f.actual)?.slice(0, 160)}`);
}
