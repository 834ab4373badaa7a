import { emptyExportLine } from './format';
import type { PostingView, ViewBlock } from './view';

/** The posting as Markdown: the same headings, order and numbering as the careers page. */
export function renderMarkdown(view: PostingView): string {
  const parts: string[] = [];
  if (view.title) parts.push(`# ${escapeMarkdown(view.title.text)}`);
  if (view.subtitle.length) parts.push(view.subtitle.map((item) => escapeMarkdown(item.text)).join(' · '));
  if (view.facts.length)
    parts.push(view.facts.map((fact) => `- **${escapeMarkdown(fact.label)}:** ${escapeMarkdown(fact.value)}`).join('\n'));
  parts.push(...blocksMarkdown(view.blocks, 2));
  if (!parts.length) parts.push(escapeMarkdown(emptyExportLine));
  return `${parts.join('\n\n')}\n`;
}

function blocksMarkdown(blocks: ViewBlock[], level: number): string[] {
  const parts: string[] = [];
  let fields: string[] = [];
  const flush = () => {
    if (fields.length) parts.push(fields.join('\n'));
    fields = [];
  };
  for (const block of blocks) {
    if (block.kind === 'field') {
      const note = block.note ? ` ${escapeMarkdown(block.note)}` : '';
      fields.push(`- **${escapeMarkdown(block.label)}**${note}: ${escapeMarkdown(block.value)}`);
      continue;
    }
    flush();
    parts.push(...blockMarkdown(block, level));
  }
  flush();
  return parts;
}

function blockMarkdown(block: Exclude<ViewBlock, { kind: 'field' }>, level: number): string[] {
  switch (block.kind) {
    case 'section': {
      const numbering = block.numbering ? `${block.numbering}. ` : '';
      return [`${'#'.repeat(Math.min(level, 6))} ${numbering}${escapeMarkdown(block.title)}`, ...blocksMarkdown(block.blocks, level + 1)];
    }
    case 'paragraphs':
      return block.paragraphs.map((paragraph) => escapeMarkdown(paragraph.text));
    case 'labelled':
      return [`**${escapeMarkdown(block.label)}:** ${escapeMarkdown(block.text)}`];
    case 'list':
      return [
        block.items.map((item, index) => `${block.style === 'numbered' ? `${index + 1}.` : '-'} ${escapeMarkdown(item.text)}`).join('\n'),
      ];
    case 'rows':
      return [block.rows.map((row) => `- ${escapeMarkdown(row.text)}`).join('\n')];
  }
}

/** Text that Markdown shows literally: no emphasis, links, HTML or headings made from a posting's words. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_[\]<>#|!]/g, '\\$&')
    .replace(/^(\d+)\./, '$1\\.')
    .replace(/^([-+])/, '\\$1');
}
