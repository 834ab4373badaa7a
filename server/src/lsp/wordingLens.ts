import type { TextDocuments, Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { wordingBalanceLens } from '../engine';
import { postingDocument, safely, type SettingsFor } from './postingDocument';

/** A code lens on the title: the posting's gender-coded wording balance, e.g. "Wording: masculine-coded (lead, analytical)". */
export function registerWordingLens(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: SettingsFor,
): ServerCapabilities {
  connection.onCodeLens(({ textDocument }) =>
    // An internal error is logged and answered with no lens: the client never sees a raw error.
    safely(
      connection,
      'Code lens',
      textDocument.uri,
      async () => {
        const found = await postingDocument(documents, settingsFor, textDocument.uri);
        if (!found) return [];
        const lens = wordingBalanceLens(found.text, found.settings.engine.locale);
        // An empty command id makes the lens a label: there is nothing to run, only the balance to read.
        return lens ? [{ range: lens.range, command: { title: lens.title, command: '' } }] : [];
      },
      [],
    ),
  );
  return { codeLensProvider: { resolveProvider: false } };
}
