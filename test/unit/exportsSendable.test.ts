import { strict as assert } from 'assert';
import JSZip from 'jszip';
import { renderPosting, renderPostingText } from '../../server/src/engine';
import { formatDate } from '../../server/src/engine/render/format';
import { islamabadPosting } from '../helpers/islamabad';

/** The text of each paragraph of a Word document, in order, and whether it is a bullet (Word's own numbering). */
async function docxParagraphs(bytes: Uint8Array): Promise<{ text: string; bullet: boolean }[]> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  return [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) => ({
    text: [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    bullet: p[0].includes('<w:numPr>'),
  }));
}

const posting = islamabadPosting();

describe('exports you can send (issue 16 §2)', () => {
  it('prints each list item as its own item in every format, never two run together', async () => {
    const items = ['The position is only open to nationals of Pakistan.', 'This position does not require a functional clearance.'];
    const text = renderPostingText(posting, 'txt');
    const markdown = renderPostingText(posting, 'md');
    const html = renderPostingText(posting, 'html', { standalone: true });
    const word = await docxParagraphs((await renderPosting(posting, 'docx')) as Uint8Array);
    for (const item of items) {
      assert.match(text, new RegExp(`^- ${item.replace(/\./g, '\\.')}$`, 'm'));
      assert.match(markdown, new RegExp(`^- ${item.replace(/\./g, '\\.')}$`, 'm'));
      assert.ok(html.includes(`<li data-line`) && new RegExp(`<li data-line="\\d+">${item}</li>`).test(html), item);
      assert.ok(
        word.some((p) => p.text === item && p.bullet),
        `${item} is a Word bullet`,
      );
    }
    for (const rendered of [text, markdown, html, word.map((p) => p.text).join('\n')]) assert.doesNotMatch(rendered, /Pakistan\.This/);
  });

  it('prints notes as bullets, not a literal "*"', async () => {
    const text = renderPostingText(posting, 'txt');
    assert.match(text, /^- The position is open to nationals of Pakistan\.$/m);
    assert.doesNotMatch(text, /^\*/m);
    assert.doesNotMatch(renderPostingText(posting, 'html'), /class="starred"/);
    assert.doesNotMatch(renderPostingText(posting, 'md'), /^\\\*/m);
    const word = await docxParagraphs((await renderPosting(posting, 'docx')) as Uint8Array);
    assert.ok(word.some((p) => p.bullet && p.text === 'The position is open to nationals of Pakistan.'));
    assert.ok(!word.some((p) => p.text.startsWith('*')));
  });

  it('names every language with its level and whether it is required or desirable', async () => {
    const expected = ['English: fluent, required', 'Urdu: fluent, required', 'Pashto: working knowledge, desirable'];
    const word = await docxParagraphs((await renderPosting(posting, 'docx')) as Uint8Array);
    for (const line of expected) {
      assert.match(renderPostingText(posting, 'txt'), new RegExp(`^- ${line}$`, 'm'));
      assert.match(renderPostingText(posting, 'md'), new RegExp(`^- ${line}$`, 'm'));
      assert.match(renderPostingText(posting, 'html'), new RegExp(`<li data-line="\\d+">${line}</li>`));
      assert.ok(
        word.some((p) => p.text === line && p.bullet),
        line,
      );
    }
    assert.doesNotMatch(renderPostingText(posting, 'txt'), /^,/m, "no careers-site ',English' rows");
  });

  it('prints every date in one format, the project’s when it sets one', async () => {
    const text = renderPostingText(posting, 'txt');
    for (const date of ['1 March 2025', '31 December 2025', '10 February 2025']) assert.ok(text.includes(date), date);
    assert.doesNotMatch(text, /\d{4}-\d{2}-\d{2}|February 10, 2025/);
    const custom = renderPostingText(posting, 'md', { dateFormat: 'dd/MM/yyyy' });
    for (const date of ['01/03/2025', '31/12/2025', '10/02/2025']) assert.ok(custom.includes(date), date);
    const word = await docxParagraphs((await renderPosting(posting, 'docx', { dateFormat: 'MMM d, yyyy' })) as Uint8Array);
    assert.ok(word.some((p) => p.text === 'Deadline for Applications: Feb 10, 2025'));
    assert.ok(word.some((p) => p.text === 'Target Start Date: Mar 1, 2025'));
  });

  it('prints a Japanese posting’s dates in the Japanese form', () => {
    const japanese = islamabadPosting({ title: '保護アシスタント' });
    const text = renderPostingText(japanese, 'txt');
    assert.match(text, /2025年2月10日/);
    assert.match(text, /2025年3月1日/);
    assert.doesNotMatch(text, /February|\d{4}-\d{2}-\d{2}/);
    assert.match(text, /^- Pashto: 実務レベル, 歓迎$/m);
  });

  it('says "(not applicable for home-based)" only for a home-based post', () => {
    assert.doesNotMatch(renderPostingText(posting, 'txt'), /not applicable for home-based/);
    const homeBased = islamabadPosting({ 'careers_site.home_based': true });
    assert.match(renderPostingText(homeBased, 'txt'), /^Hardship Level \(not applicable for home-based\): H \(no hardship\)$/m);
    assert.match(renderPostingText(homeBased, 'html'), /<span class="note">\(not applicable for home-based\)<\/span>/);
  });

  it('the careers-site text keeps the site’s own layout (for pasting into the site)', () => {
    const site = renderPostingText(posting, 'txt', { careersSite: true });
    assert.match(site, /^Deadline for ApplicationsFebruary 10, 2025$/m);
    assert.match(site, /^,Urdu$/m);
  });

  it('formats dates by its pattern, and leaves anything that is not a date alone', () => {
    assert.equal(formatDate('2025-02-10'), '10 February 2025');
    assert.equal(formatDate('2025-02-10', 'yyyy年M月d日'), '2025年2月10日');
    assert.equal(formatDate('2025-02-10', 'dd.MM.yy'), '10.02.25');
    assert.equal(formatDate('2025-13-10'), '2025-13-10');
    assert.equal(formatDate('soon'), 'soon');
  });
});
