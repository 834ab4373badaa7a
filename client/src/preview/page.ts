/** The preview's HTML page. Pure (no `vscode`), so the browser tests load exactly what the webview shows. */
export interface PreviewPageParts {
  /** The posting's HTML body from `posting/render` (every value already escaped by the engine). */
  body: string;
  /** A fresh nonce for this page's script. */
  nonce: string;
  /** The webview's resource origin (`webview.cspSource`): the only place styles and the script may come from. */
  cspSource: string;
  styleUri: string;
  scriptUri: string;
  title: string;
}

export function previewPage(parts: PreviewPageParts): string {
  const csp = [
    "default-src 'none'",
    `style-src ${parts.cspSource}`,
    `img-src ${parts.cspSource} data:`,
    `font-src ${parts.cspSource}`,
    `script-src 'nonce-${parts.nonce}'`,
  ].join('; ');
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${csp}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<link rel="stylesheet" href="${escapeAttribute(parts.styleUri)}">`,
    `<title>${escapeAttribute(parts.title)}</title>`,
    '</head>',
    '<body>',
    `<main id="posting-root">${parts.body}</main>`,
    `<script nonce="${parts.nonce}" src="${escapeAttribute(parts.scriptUri)}"></script>`,
    '</body>',
    '</html>',
  ].join('\n');
}

export function newNonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Buffer.from(bytes)
    .toString('base64')
    .replace(/[^A-Za-z0-9]/g, '');
}

function escapeAttribute(value: string): string {
  return value.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Messages from the extension host to the preview page. */
export type ToPreview = { type: 'update'; body: string; version: number } | { type: 'scrollToLine'; line: number };
/** Messages from the preview page to the extension host. */
export type FromPreview = { type: 'reveal'; line: number } | { type: 'ready' };
