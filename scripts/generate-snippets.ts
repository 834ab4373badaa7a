// Writes snippets/posting.code-snippets from the schemas: a blank form per profile (placeholders that say what to
// write, the organisation's fixed wording, nothing of any posting) and each section on its own.
// Run: npx tsx scripts/generate-snippets.ts
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { allSnippets } from '../server/src/engine/template/snippets';

const root = resolve(__dirname, '..');
const snippets = allSnippets();
writeFileSync(join(root, 'snippets', 'posting.code-snippets'), `${JSON.stringify(snippets, null, 2)}\n`);
process.stdout.write(`${Object.keys(snippets).length} snippets\n`);
