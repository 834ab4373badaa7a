import type { TextDocuments, Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { isPostingDocument, wordingBalanceLens } from '../engine';
import type { ServerSettings } from './settings';

/** A code lens on the title: the posting's gender-coded wording balance, e.g. "Wording: masculine-coded (lead, analytical)". */
export function registerWordingLens(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: (uri: string) => Promise<ServerSettings>,
): ServerCapabilities {
  connection.onCodeLens(async ({ textDocument }) => {
    const document = documents.get(textDocument.uri);
    if (!document) return [];
    const settings = await settingsFor(textDocument.uri);
    const text = document.getText();
    if (!isPostingDocument(textDocument.uri, text, settings.includeGlobs)) return [];
    const lens = wordingBalanceLens(text, settings.engine.locale);
    // An empty command id makes the lens a label: there is nothing to run, only the balance to read.
    return lens ? [{ range: lens.range, command: { title: lens.title, command: '' } }] : [];
  });
  return { codeLensProvider: { resolveProvider: false } };
}
