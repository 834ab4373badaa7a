import { renderHtml, type HtmlOptions } from './html';
import { renderJsonLd, type JsonLdOptions } from './jsonld';
import { renderMarkdown } from './markdown';
import { renderText, type TextOptions } from './text';
import { buildView } from './buildView';
import type { ViewOptions } from './view';
import { publishingGate, type GateOptions } from './publishGate';

import type { RenderFormat } from './formats';
import exportWords from '../../../../schemas/render/exports.json';
import type { Problem } from '../diagnostics/problems';

export { exportFormats, isRenderFormat, renderExtensions, renderFormats, type RenderFormat } from './formats';

export type RenderOptions = HtmlOptions & TextOptions & JsonLdOptions & ViewOptions;

/** A posting text in one of the text formats. Partial or broken postings render what they have; this never throws. */
export function renderPostingText(text: string, format: Exclude<RenderFormat, 'docx'>, options: RenderOptions = {}): string {
  const view = buildView(text, options);
  switch (format) {
    case 'html':
      return renderHtml(view, options);
    case 'md':
      return renderMarkdown(view);
    case 'txt':
      return renderText(view, options);
    case 'jsonld':
      // < as \u003c (still the same JSON): the file can be pasted into a <script type="application/ld+json"> tag as is.
      return `${JSON.stringify(renderJsonLd(view, options), null, 2).replace(/</g, '\\u003c')}\n`;
  }
}

/** A posting text in any format: a string, or the bytes of a Word file for `docx`. */
export async function renderPosting(text: string, format: RenderFormat, options: RenderOptions = {}): Promise<string | Uint8Array> {
  if (format === 'docx') {
    // Loaded on first use: the Word library is the largest part of the server, and most sessions never export.
    const { renderDocx } = await import('./docx');
    return renderDocx(buildView(text, options));
  }
  return renderPostingText(text, format, options);
}

export { buildView } from './buildView';
export type { PostingView, ViewOptions } from './view';

/** A placeholder still in a posting that is exported: where it is and what its diagnostic says. */
export interface ExportWarning {
  /** 0-based line and character of the placeholder. */
  line: number;
  character: number;
  message: string;
}

/** What every export says about placeholder text still in the posting (its `placeholder-text` problems). */
export function exportWarnings(problems: readonly Problem[], locale?: string): { headline: string; warnings: ExportWarning[] } {
  const words = locale?.toLowerCase().startsWith('ja') ? exportWords.ja : exportWords.en;
  const warnings = problems
    .filter((problem) => problem.code === 'placeholder-text')
    .map((problem) => ({ line: problem.range.start.line, character: problem.range.start.character, message: problem.message }));
  return { headline: words.placeholderWarning, warnings };
}

/**
 * The publishing gate for a posting text: its JSON-LD checked by Google's JobPosting rules, and its deadline against
 * today (see publishGate.ts). Used by `posting-lint --export jsonld`, the editor's JSON-LD export and the checklist.
 */
export async function checkPublishing(text: string, options: GateOptions): Promise<PublishingCheck> {
  const view = buildView(text);
  return publishingGate(renderJsonLd(view, { today: options.today }), view.data, options);
}

export type PublishingCheck = Awaited<ReturnType<typeof publishingGate>>;
export type { GateFinding, GateOptions } from './publishGate';
export { assessReadiness, readinessHtml, readinessText, type Readiness, type ReadinessLine, type ReadinessOptions } from './readiness';
