import exportWords from '../../../../schemas/render/exports.json';
import { findPlaceholders } from '../wording/placeholders';
import { emptyExportLine, escapeHtml } from './format';
import { isJapanesePosting, type PostingView, type SourcedText, type ViewBlock } from './view';

/** How a placeholder is marked: a visible label (CSS shows data-label before it) and a tooltip, in the posting's language. */
let markWords: { label: string; title: string } = { label: exportWords.en.placeholderMark, title: exportWords.en.placeholderTitle };

/**
 * A posting's text as HTML: escaped, with each placeholder still in it (wording/placeholders.ts) marked, so the
 * preview and the HTML export show what is not yet written.
 */
function text(value: string): string {
  const found = findPlaceholders(value);
  if (!found.length) return escapeHtml(value);
  let html = '';
  let at = 0;
  for (const placeholder of found) {
    html += escapeHtml(value.slice(at, placeholder.start));
    const label = escapeHtml(markWords.label);
    html += `<mark class="placeholder" data-label="${label}" title="${escapeHtml(markWords.title)}">${escapeHtml(value.slice(placeholder.start, placeholder.end))}</mark>`;
    at = placeholder.end;
  }
  return html + escapeHtml(value.slice(at));
}

/** The posting's HTML body (the preview's fragment, and the standalone page's body). Every value is escaped. */
export function renderHtmlBody(view: PostingView): string {
  useWords(view);
  const parts = [`<article class="posting" data-profile="${escapeHtml(view.profile.id)}">`, banner(view)];
  parts.push(...blocksHtml(view.blocks, 2));
  if (parts.length === 2 && !parts[1]) parts.push(`<p class="empty">${escapeHtml(emptyExportLine)}</p>`);
  parts.push('</article>');
  return parts.filter(Boolean).join('\n');
}

/** The Terms of Reference alone, for JSON-LD's description. */
export function renderDescriptionHtml(view: PostingView): string {
  useWords(view);
  return blocksHtml(view.blocks, 2)
    .join('\n')
    .replace(/ data-line="\d+"/g, '')
    .replace(/<mark class="placeholder"[^>]*>|<\/mark>/g, '');
}

function useWords(view: PostingView): void {
  const words = isJapanesePosting(view.data) ? exportWords.ja : exportWords.en;
  markWords = { label: words.placeholderMark, title: words.placeholderTitle };
}

function banner(view: PostingView): string {
  if (!view.title && !view.subtitle.length && !view.facts.length) return '';
  const parts = ['<header class="posting-banner">'];
  if (view.title) parts.push(`<h1${lineAttr(view.title.line)}>${text(view.title.text)}</h1>`);
  if (view.subtitle.length) {
    const items = view.subtitle.map((item) => `<span${lineAttr(item.line)}>${text(item.text)}</span>`);
    parts.push(`<p class="posting-subtitle">${items.join('<span class="separator"> · </span>')}</p>`);
  }
  if (view.facts.length) {
    parts.push('<dl class="posting-facts">');
    for (const fact of view.facts)
      parts.push(`<div${lineAttr(fact.line)}><dt>${escapeHtml(fact.label)}</dt><dd>${text(fact.value)}</dd></div>`);
    parts.push('</dl>');
  }
  parts.push('</header>');
  return parts.join('\n');
}

function blocksHtml(blocks: ViewBlock[], level: number): string[] {
  const parts: string[] = [];
  let fields: string[] = [];
  const flushFields = () => {
    if (fields.length) parts.push(`<dl class="posting-fields">\n${fields.join('\n')}\n</dl>`);
    fields = [];
  };
  for (const block of blocks) {
    if (block.kind === 'field') {
      const note = block.note ? ` <span class="note">${escapeHtml(block.note)}</span>` : '';
      const value = block.value ? text(block.value) : '<span class="empty">—</span>';
      fields.push(`<div class="posting-field"${lineAttr(block.line)}><dt>${escapeHtml(block.label)}${note}</dt><dd>${value}</dd></div>`);
      continue;
    }
    flushFields();
    parts.push(blockHtml(block, level));
  }
  flushFields();
  return parts;
}

function blockHtml(block: Exclude<ViewBlock, { kind: 'field' }>, level: number): string {
  switch (block.kind) {
    case 'section': {
      const tag = `h${Math.min(level, 6)}`;
      const numbering = block.numbering ? `<span class="numbering">${escapeHtml(block.numbering)}.</span> ` : '';
      const heading = `<${tag}${lineAttr(block.line)}>${numbering}${escapeHtml(block.title)}</${tag}>`;
      return [`<section${lineAttr(block.line)}>`, heading, ...blocksHtml(block.blocks, level + 1), '</section>'].join('\n');
    }
    case 'paragraphs':
      return block.paragraphs.map((paragraph) => `<p${lineAttr(paragraph.line)}>${text(paragraph.text)}</p>`).join('\n');
    case 'labelled':
      return `<p class="labelled"${lineAttr(block.line)}><strong>${escapeHtml(block.label)}:</strong> ${text(block.text)}</p>`;
    case 'list': {
      const tag = block.style === 'numbered' ? 'ol' : 'ul';
      return `<${tag} class="${block.style}"${lineAttr(block.line)}>\n${items(block.items)}\n</${tag}>`;
    }
    case 'rows':
      return `<ul class="rows"${lineAttr(block.line)}>\n${items(block.rows)}\n</ul>`;
  }
}

function items(list: SourcedText[]): string {
  return list.map((item) => `<li${lineAttr(item.line)}>${text(item.text)}</li>`).join('\n');
}

function lineAttr(line: number | undefined): string {
  return line === undefined ? '' : ` data-line="${line}"`;
}
