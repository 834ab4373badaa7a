// Writes snippets/posting.code-snippets from the schemas, with each profile's seed as its whole-posting template.
// Run: npx tsx scripts/generate-snippets.ts
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { parse } from 'yaml';
import { selectProfile } from '../server/src/engine/template/profiles';
import { allSnippets } from '../server/src/engine/template/snippets';

const root = resolve(__dirname, '..');
const samples: Record<string, unknown> = {};
for (const name of readdirSync(join(root, 'seeds')).sort()) {
  if (!/\.(posting|tor)\.ya?ml$/.test(name)) continue;
  const data: unknown = parse(readFileSync(join(root, 'seeds', name), 'utf8'));
  const id = selectProfile(data).id;
  samples[id] ??= data;
}
const snippets = allSnippets(samples);
writeFileSync(join(root, 'snippets', 'posting.code-snippets'), `${JSON.stringify(snippets, null, 2)}\n`);
process.stdout.write(`${Object.keys(snippets).length} snippets, whole postings for: ${Object.keys(samples).join(', ')}\n`);
