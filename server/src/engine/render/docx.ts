import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { emptyExportLine } from './format';
import { listMarker } from './text';
import type { PostingView, ViewBlock } from './view';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** The posting as a Word document: headings, numbered duties and label/value lines, as the careers page. */
export async function renderDocx(posting: PostingView): Promise<Uint8Array> {
  const view = xmlSafeView(posting);
  const children: Paragraph[] = [];
  if (view.title) children.push(new Paragraph({ text: view.title.text, heading: HeadingLevel.TITLE }));
  if (view.subtitle.length) children.push(new Paragraph({ text: view.subtitle.map((item) => item.text).join(' · ') }));
  for (const fact of view.facts) children.push(labelValue(`${fact.label}: `, fact.value));
  children.push(...blocksDocx(view.blocks, 1));
  if (!children.length) children.push(new Paragraph({ text: emptyExportLine }));
  const document = new Document({
    title: view.title?.text ?? 'Job posting',
    creator: 'Posting Studio',
    sections: [{ children }],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

function blocksDocx(blocks: ViewBlock[], level: number): Paragraph[] {
  return blocks.flatMap((block): Paragraph[] => {
    switch (block.kind) {
      case 'field': {
        const label = block.note ? `${block.label} ${block.note}: ` : `${block.label}: `;
        return [labelValue(label, block.value)];
      }
      case 'section': {
        const heading = `${block.numbering ? `${block.numbering}. ` : ''}${block.title}`;
        const headingLevel = headingLevels[Math.min(level, headingLevels.length - 1)];
        return [new Paragraph({ text: heading, heading: headingLevel }), ...blocksDocx(block.blocks, level + 1)];
      }
      case 'paragraphs':
        return block.paragraphs.map((paragraph) => new Paragraph({ text: paragraph.text, spacing: { after: 120 } }));
      case 'labelled':
        return [labelValue(`${block.label}: `, block.text)];
      case 'list':
        // Bullets are Word's own; numbers stay in the text, so a pasted or converted copy keeps them.
        if (block.style === 'bulleted') return block.items.map((item) => new Paragraph({ text: item.text, bullet: { level: 0 } }));
        return block.items.map(
          (item, index) => new Paragraph({ text: `${listMarker(block.style, index)}${item.text}`, indent: { left: 360, hanging: 360 } }),
        );
      case 'rows':
        return block.rows.map((row) => new Paragraph({ text: row.text, bullet: { level: 0 } }));
    }
  });
}

function labelValue(label: string, value: string): Paragraph {
  return new Paragraph({ children: [new TextRun({ text: label, bold: true }), new TextRun({ text: value })] });
}

/**
 * Characters XML 1.0 forbids — C0 controls other than tab and line breaks, lone surrogates, U+FFFE and U+FFFF — make
 * word/document.xml not well-formed, and Word refuses the file. They are dropped (the linter reports them as
 * invalid-character in the posting).
 */
// Matching control characters is this pattern's whole job.
// eslint-disable-next-line no-control-regex
const xmlForbidden = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(xmlForbidden, '');
}

/** The view with every text made XML-safe (the view is plain data: strings, numbers, arrays and records). */
function xmlSafeView(view: PostingView): PostingView {
  return JSON.parse(JSON.stringify(view, (_key, value: unknown) => (typeof value === 'string' ? xmlSafe(value) : value))) as PostingView;
}
