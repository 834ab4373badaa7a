/**
 * The Word export opened by a real word processor (issue 16 §2): LibreOffice, headless, converts each .docx to plain
 * text. The conversion must succeed (a malformed document fails to load), and every line of our own text export must
 * read in the converted text in the same order. Run by `npm run test:e2e` (test/e2e/setup.sh installs LibreOffice
 * from Debian); `npm test` reads the same files with Chromium's XML parser instead (test/browser/docx.test.ts).
 */
import { strict as assert } from 'assert';
import { execFileSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { renderPosting, renderPostingText } from '../../server/src/engine';
import { islamabadPosting } from '../helpers/islamabad';
import { allSeeds } from '../helpers/seeds';

/** A line as both texts write it: without its list marker (a bullet, or the number LibreOffice gives a numbered item). */
const normalise = (line: string) =>
  line
    .trim()
    .replace(/^(?:[-•*]|\d{1,3}\.)\s+/, '')
    .replace(/\s+/g, ' ');

async function checkOne(name: string, text: string, folder: string): Promise<void> {
  const docx = join(folder, `${name}.docx`);
  writeFileSync(docx, (await renderPosting(text, 'docx')) as Uint8Array);
  // A profile of its own in the folder: LibreOffice never touches the user's, and runs stay independent.
  execFileSync(
    'soffice',
    [`-env:UserInstallation=file://${folder}/profile`, '--headless', '--convert-to', 'txt:Text', '--outdir', folder, docx],
    {
      timeout: 180_000,
      stdio: 'pipe',
    },
  );
  const converted = readFileSync(join(folder, `${name}.txt`), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map(normalise)
    .filter(Boolean);
  const expected = renderPostingText(text, 'txt').split('\n').map(normalise).filter(Boolean);
  assert.ok(expected.length > 10, `${name}: the text export has ${expected.length} lines`);
  let at = 0;
  for (const line of expected.slice(2)) {
    const index = converted.indexOf(line, at);
    assert.ok(index >= at, `${name}: "${line}" is not in LibreOffice's text after line ${at}`);
    at = index + 1;
  }
  process.stdout.write(`  ✔ ${name}: LibreOffice reads ${expected.length - 2} lines in the order of the text export\n`);
}

async function main(): Promise<void> {
  const folder = mkdtempSync(join(tmpdir(), 'posting-docx-lo-'));
  try {
    process.stdout.write('Word export in LibreOffice (headless)\n');
    await checkOne('islamabad', islamabadPosting(), folder);
    for (const [index, seed] of allSeeds().entries()) await checkOne(`seed-${index}`, seed.text, folder);
    await checkOne('hostile-characters', islamabadPosting({ title: 'A & B <Officer> "x" \u0001\u0008 \uFFFE' }), folder);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
