import { readFileSync, writeFileSync } from 'fs';
import { parseDocument, parse, isMap, Scalar } from 'yaml';
import { importFromText } from './server/src/engine';
// Adds to a snapshot the leaves the import now gives and the snapshot lacks (comments kept); reports any other change.
for (const t of process.argv.slice(2)) {
  const [layout, name] = t.split('/');
  const root = 'test/corpus/import';
  const a = parse(importFromText(readFileSync(`${root}/${layout}/${name}.txt`, 'utf8')).yaml);
  const file = `${root}/${layout}/${name}.posting.yaml`;
  const doc = parseDocument(readFileSync(file, 'utf8'));
  const b = doc.toJS();
  const walk = (x: any, y: any, p: string[]) => {
    if (JSON.stringify(x) === JSON.stringify(y)) return;
    if (x && typeof x === 'object' && !Array.isArray(x) && y && typeof y === 'object' && !Array.isArray(y)) {
      for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) walk(x[k], y[k], [...p, k]);
      return;
    }
    if (y === undefined) {
      const parent = doc.getIn(p.slice(0, -1));
      if (isMap(parent) && p[p.length - 1] === 'ica_level') {
        parent.items.unshift(doc.createPair('ica_level', x) as any);
        if (a.terms_of_reference?.corresponding_level && !parent.has('corresponding_level'))
          parent.items.splice(1, 0, doc.createPair('corresponding_level', a.terms_of_reference.corresponding_level) as any);
      } else if (p[p.length - 1] === 'corresponding_level' && doc.hasIn(p)) {
      } else doc.setIn(p, x);
      console.log(`${t}: added ${p.join('.')}`);
    } else console.log(`${t}: OTHER ${p.join('.')} new ${JSON.stringify(x)?.slice(0, 150)} | snap ${JSON.stringify(y)?.slice(0, 150)}`);
  };
  walk(a, b, []);
  writeFileSync(file, doc.toString({ lineWidth: 100, minContentWidth: 40 }));
}
