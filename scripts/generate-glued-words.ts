// Writes schemas/wording/glued-words.json (see scripts/gluedWordsData.ts). Run: npx tsx scripts/generate-glued-words.ts
import { writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { format, resolveConfig } from 'prettier';
import { gluedWordsData } from './gluedWordsData';

async function main(): Promise<void> {
  const path = join(resolve(__dirname, '..'), 'schemas', 'wording', 'glued-words.json');
  const data = gluedWordsData();
  const options = (await resolveConfig(path)) ?? {};
  writeFileSync(path, await format(JSON.stringify(data), { ...options, filepath: path }));
  process.stdout.write(`${data.words.split(' ').length} common words, ${data.notGlued.split(' ').length} words never glued\n`);
}

void main();
