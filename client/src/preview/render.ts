import type * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderRequest, type RenderFormat, type RenderResult } from '../../../server/src/protocol';
import { requestType } from '../requestType';

export type { RenderFormat };

/** Asks the language server (`posting/render`) for a rendering of an open document. */
export function renderDocument(
  client: LanguageClient,
  document: vscode.TextDocument,
  format: RenderFormat,
  standalone = false,
  publish?: { force?: boolean },
  checklist?: boolean,
): Promise<RenderResult> {
  return client.sendRequest(requestType(renderRequest), { uri: document.uri.toString(), format, standalone, publish, checklist });
}
