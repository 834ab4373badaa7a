import type { PostingView, ViewBlock } from './view';

export interface TextOptions {
  /** Print the title, organisation and duty station first (the careers-site text starts at Hardship Level). */
  banner?: boolean;
}

/** Plain text laid out as the careers site's text: a label runs straight into its value, one paragraph a line. */
export function renderText(view: PostingView, options: TextOptions = {}): string {
  const lines: string[] = [];
  if (options.banner) {
    if (view.title) lines.push(view.title.text);
    if (view.subtitle.length) lines.push(view.subtitle.map((item) => item.text).join(', '));
    for (const fact of view.facts) lines.push(`${fact.label}: ${fact.value}`);
  }
  for (const block of view.blocks) lines.push(...blockLines(block));
  return lines.length ? `${lines.join('\n')}\n` : '';
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

export function listMarker(style: 'numbered' | 'starred' | 'bulleted', index: number): string {
  if (style === 'numbered') return `${index + 1}. `;
  return style === 'starred' ? '*' : '- ';
}
