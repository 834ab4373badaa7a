import { strict as assert } from 'assert';
import { mkdtempSync, rmSync } from 'fs';
import JSZip from 'jszip';
import { tmpdir } from 'os';
import { join } from 'path';
import type { BrowserContext } from 'playwright-core';
import { renderPosting, renderPostingText } from '../../server/src/engine';
import { launchChromium } from '../helpers/chromium';
import { islamabadPosting } from '../helpers/islamabad';
import { readSeed } from '../helpers/seeds';

/** The browser's XML parser (run in the page; the project compiles without the DOM library). */
declare class DOMParser {
  parseFromString(
    text: string,
    type: string,
  ): { getElementsByTagName(name: string): { length: number; item(i: number): { textContent: string } | null } };
}

/**
 * The Word export read by a real XML parser (Chromium's DOMParser, strict XML): every part of the package is
 * well-formed, and the paragraphs read in the order of the text export. (LibreOffice is not part of npm test.)
 */
describe('Word export read by a real XML parser (Chromium)', function () {
  this.timeout(60_000);
  let context: BrowserContext;
  let userDataDir: string;

  before(async () => {
    userDataDir = mkdtempSync(join(tmpdir(), 'posting-docx-'));
    context = await launchChromium(userDataDir, { width: 400, height: 300 });
  });
  after(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  for (const [name, text] of [
    ['the Islamabad posting', islamabadPosting()],
    ['seed 000', readSeed()],
    ['a posting with XML-hostile characters', islamabadPosting({ title: 'A & B <Officer> "x" \u0001\u0008 \uFFFE' })],
  ] as const) {
    it(`${name}: every XML part is well-formed and the paragraphs follow the text export`, async () => {
      const zip = await JSZip.loadAsync((await renderPosting(text, 'docx')) as Uint8Array);
      const parts = Object.keys(zip.files).filter((file) => /\.(xml|rels)$/.test(file));
      assert.ok(parts.includes('word/document.xml'));
      const page = await context.newPage();
      try {
        for (const part of parts) {
          const xml = await zip.file(part)!.async('string');
          const errors = await page.evaluate(
            (source) => new DOMParser().parseFromString(source, 'application/xml').getElementsByTagName('parsererror').length,
            xml,
          );
          assert.equal(errors, 0, `${part} is not well-formed`);
        }
        const document = await zip.file('word/document.xml')!.async('string');
        const paragraphs = await page.evaluate((source) => {
          const parsed = new DOMParser().parseFromString(source, 'application/xml');
          const found = parsed.getElementsByTagName('w:p');
          const texts: string[] = [];
          for (let i = 0; i < found.length; i++) texts.push(found.item(i)?.textContent ?? '');
          return texts;
        }, document);
        // Each line of the text export (bullets without their '- ') appears in the Word file, in the same order.
        const lines = renderPostingText(text, 'txt')
          .split('\n')
          .filter(Boolean)
          .map((line) => line.replace(/^- /, ''));
        let at = 0;
        for (const line of lines.slice(2)) {
          const index = paragraphs.indexOf(line, at);
          assert.ok(index >= at, `"${line}" not found in order after paragraph ${at}`);
          at = index + 1;
        }
      } finally {
        await page.close();
      }
    });
  }
});
