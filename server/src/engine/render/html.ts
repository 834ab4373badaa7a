import { escapeHtml } from './format';
import { renderHtmlBody } from './htmlBody';
import { renderJsonLd, type JsonLdOptions } from './jsonld';
import { standaloneCss } from './htmlStyle';
import type { PostingView } from './view';

export interface HtmlOptions extends JsonLdOptions {
  /** A whole HTML document (the export) instead of the body fragment the preview shows. */
  standalone?: boolean;
  /** Nonce for the standalone page's style element; a fresh one is made when absent. */
  nonce?: string;
}

/** The posting as HTML: the body fragment (preview), or a standalone page (export) around it with its JSON-LD. */
export function renderHtml(view: PostingView, options: HtmlOptions = {}): string {
  const body = renderHtmlBody(view);
  return options.standalone ? standalonePage(view, body, options) : body;
}

function standalonePage(view: PostingView, body: string, options: HtmlOptions): string {
  const nonce = options.nonce ?? freshNonce();
  // JSON inside <script> must not close the element: escape every '<'.
  const jsonLd = JSON.stringify(renderJsonLd(view, options)).replace(/</g, '\\u003c');
  const title = escapeHtml(view.title?.text ?? 'Job posting');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-${nonce}'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${title}</title>`,
    `<style nonce="${nonce}">${standaloneCss}</style>`,
    `<script type="application/ld+json">${jsonLd}</script>`,
    '</head>',
    '<body>',
    body,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

export function freshNonce(): string {
  const bytes = new Uint8Array(16);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '');
}
