import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

export type RenderFormat = 'html' | 'md' | 'txt' | 'jsonld' | 'docx';

/** Asks the language server (`posting/render`) for a rendering of an open document. */
export function renderDocument(
  client: LanguageClient,
  document: vscode.TextDocument,
  format: RenderFormat,
  standalone = false,
): Promise<{ content: string; version: number }> {
  return client.sendRequest('posting/render', { uri: document.uri.toString(), format, standalone });
}
