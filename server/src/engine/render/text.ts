import { emptyExportLine } from './format';
import type { PostingView, ViewBlock } from './view';

export interface TextOptions {
  /**
   * Print the title, organisation, duty station and banner facts first (default). `false` gives the careers-site
   * text alone, which starts at Hardship Level; a posting with nothing else still shows its banner.
   */
  banner?: boolean;
}

/** Plain text laid out as the careers site's text: a label runs straight into its value, one paragraph a line. */
export function renderText(view: PostingView, options: TextOptions = {}): string {
  const body = view.blocks.flatMap((block) => (view.careersSite ? blockLines(block) : sendableLines(block)));
  // The careers-site text starts below the banner; a posting with nothing else still shows its title and facts.
  const lines = options.banner !== false || !body.length ? [...bannerLines(view), ...body] : body;
  return `${(lines.length ? lines : [emptyExportLine]).join('\n')}\n`;
}

function bannerLines(view: PostingView): string[] {
  const lines: string[] = [];
  if (view.title) lines.push(view.title.text);
  if (view.subtitle.length) lines.push(view.subtitle.map((item) => item.text).join(', '));
  for (const fact of view.facts) lines.push(`${fact.label}: ${fact.value}`);
  return lines;
}

function blockLines(block: ViewBlock): string[] {
  switch (block.kind) {
    case 'field': {
      const label = block.note ? `${block.label} ${block.note}` : block.label;
      return block.valueOnOwnLine && block.value ? [label, block.value] : [`${label}${block.value}`];
    }
    case 'section': {
      const heading = `${block.numbering ? `${block.numbering}. ` : ''}${block.title}${block.colon ? ':' : ''}`;
      const body = block.blocks.flatMap(blockLines);
      // A run-in heading (Terms of Reference) is followed on the same line by its first line of text.
      if (block.runIn && body.length && block.blocks[0].kind !== 'section') return [`${heading}${body[0]}`, ...body.slice(1)];
      return [heading, ...body];
    }
    case 'paragraphs':
      return block.paragraphs.map((paragraph) => paragraph.text);
    case 'labelled':
      return [`${block.label}: ${block.text}`];
    case 'list':
      return block.items.map((item, index) => `${listMarker(block.style, index)}${item.text}`);
    case 'rows': {
      const rows = block.rows.map((row) => `${block.prefix}${row.text}`);
      while (rows.length < block.minRows) rows.push(block.prefix);
      return rows;
    }
  }
}

/** A document to send: `Label: value`, headings on their own line, notes and lists as `- ` bullets. */
function sendableLines(block: ViewBlock): string[] {
  switch (block.kind) {
    case 'field': {
      const label = block.note ? `${block.label} ${block.note}` : block.label;
      return [`${label}: ${block.value}`];
    }
    case 'section': {
      const heading = `${block.numbering ? `${block.numbering}. ` : ''}${block.title}`;
      return [heading, ...block.blocks.flatMap(sendableLines)];
    }
    case 'list':
      return block.items.map((item, index) => `${listMarker(block.style === 'numbered' ? 'numbered' : 'bulleted', index)}${item.text}`);
    default:
      return blockLines(block);
  }
}

export function listMarker(style: 'numbered' | 'starred' | 'bulleted', index: number): string {
  if (style === 'numbered') return `${index + 1}. `;
  return style === 'starred' ? '*' : '- ';
}
