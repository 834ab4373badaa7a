import { readFileSync } from 'fs';
import { parse } from 'yaml';
import { importFromText } from './server/src/engine';
const [layout, name] = process.argv[2].split('/');
const root = '/work/wt14b/test/corpus/import';
const a = parse(importFromText(readFileSync(`${root}/${layout}/${name}.txt`, 'utf8')).yaml);
const b = parse(readFileSync(`${root}/${layout}/${name}.posting.yaml`, 'utf8'));
function walk(x: any, y: any, p: string) {
  if (JSON.stringify(x) === JSON.stringify(y)) return;
  if (x && y && typeof x === 'object' && typeof y === 'object' && !Array.isArray(x)) {
    for (const k of new Set([...Object.keys(x), ...Object.keys(y)])) walk(x[k], y[k], p + '.' + k);
    return;
  }
  console.log(`${p}: new ${JSON.stringify(x)?.slice(0, 200)} | snap ${JSON.stringify(y)?.slice(0, 200)}`);
}
walk(a, b, '');
