import type { TextDocuments, Connection, ServerCapabilities } from 'vscode-languageserver/node';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { readabilityLenses, wordingBalanceLens } from '../engine';
import { explainWordingCommand } from '../protocol';
import { postingDocument, safely, type SettingsFor } from './postingDocument';
import { goesOffThread, type SideWorker } from './sideWorker';

/**
 * Code lenses: on the title, the posting's gender-coded wording balance ("Wording: masculine-coded (lead, analytical)");
 * on each free-text section, its readability (grade level and sentence lengths). Each opens its explanation when clicked.
 */
export function registerWordingLens(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: SettingsFor,
  largeDocuments?: SideWorker,
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
        const { locale } = found.settings.engine;
        const large = largeDocuments && goesOffThread(found.text);
        const { balance, readability: measures } = large
          ? await largeDocuments.run({ kind: 'lenses', text: found.text, locale, settings: found.settings.engine })
          : {
              balance: wordingBalanceLens(found.text, locale),
              readability: readabilityLenses(found.text, locale, found.settings.engine),
            };
        // The balance explains itself when clicked (the words, the score, what to do, where the lists come from).
        const balanceLens = balance
          ? [{ range: balance.range, command: { title: balance.title, command: explainWordingCommand, arguments: [balance.explanation] } }]
          : [];
        // A section's readability explains itself too: its measures, longest sentence, the target, what to do, the sources.
        const readability = measures.map((lens) => ({
          range: lens.range,
          command: { title: lens.title, command: explainWordingCommand, arguments: [lens.explanation] },
        }));
        return [...balanceLens, ...readability];
      },
      [],
    ),
  );
  return { codeLensProvider: { resolveProvider: false } };
}
