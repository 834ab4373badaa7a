import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { emptyExportLine } from './format';
import { listMarker } from './text';
import type { PostingView, ViewBlock } from './view';

const headingLevels = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4] as const;

/** The posting as a Word document: headings, numbered duties and label/value lines, as the careers page. */
export async function renderDocx(view: PostingView): Promise<Uint8Array> {
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
