import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Connection, type ServerCapabilities, type TextDocuments } from 'vscode-languageserver/node';
import { completeBlankFile, completePosting, hoverPosting, postingFolding, postingSelectionRanges, postingSymbols } from '../engine';
import { codeActionKinds, postingCodeActions } from './codeActions';
import { toCompletionItem } from './completion';
import { offsetsOf, toDocumentSymbol, toFoldingRange, toSelectionRange } from './symbols';
import { postingDocument, safely as runSafely, type SettingsFor } from './postingDocument';
import { goesOffThread, type SideWorker } from './sideWorker';

/** Wires completion, hover, outline, folding, selection ranges and quick fixes; returns their capabilities. */
export function registerAuthoring(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: SettingsFor,
  largeDocuments?: SideWorker,
): ServerCapabilities {
  // A large text goes to the side worker, when there is one.
  const sideFor = (text: string) => (largeDocuments && goesOffThread(text) ? largeDocuments : undefined);
  const posting = (uri: string) => postingDocument(documents, settingsFor, uri);
  const safely = <T>(feature: string, uri: string, run: () => Promise<T>, fallback: T) =>
    runSafely(connection, feature, uri, run, fallback);

  connection.onCompletion(({ textDocument, position }) =>
    safely(
      'Completion',
      textDocument.uri,
      async () => {
        const found = await posting(textDocument.uri);
        if (found) {
          const options = { catalogues: found.settings.engine.catalogues, locale: found.settings.engine.locale };
          const side = sideFor(found.text);
          const completions = side
            ? await side.run({ kind: 'completion', text: found.text, position, options })
            : completePosting(found.text, position, options);
          return completions.map(toCompletionItem);
        }
        // Another YAML file: a blank one may start as a posting (the whole-posting snippets); any other is left alone.
        const text = documents.get(textDocument.uri)?.getText();
        return text === undefined ? [] : completeBlankFile(text, position).map(toCompletionItem);
      },
      [],
    ),
  );

  connection.onHover(({ textDocument, position }) =>
    safely(
      'Hover',
      textDocument.uri,
      async () => {
        const found = await posting(textDocument.uri);
        if (!found) return null;
        const { text, settings } = found;
        const side = sideFor(text);
        const hover = side
          ? await side.run({ kind: 'hover', text, position, settings: settings.engine })
          : hoverPosting(text, position, settings.engine);
        return hover ? { contents: { kind: MarkupKind.Markdown, value: hover.contents }, range: hover.range } : null;
      },
      null,
    ),
  );

  connection.onDocumentSymbol(({ textDocument }) =>
    safely(
      'Outline',
      textDocument.uri,
      async () => {
        const found = await posting(textDocument.uri);
        if (!found) return [];
        const side = sideFor(found.text);
        const locale = found.settings.engine.locale;
        const symbols = side
          ? await side.run({ kind: 'symbols', text: found.text, locale })
          : postingSymbols(found.text, undefined, { locale });
        return symbols.map(toDocumentSymbol);
      },
      [],
    ),
  );

  connection.onFoldingRanges(({ textDocument }) =>
    safely(
      'Folding',
      textDocument.uri,
      async () => {
        const found = await posting(textDocument.uri);
        if (!found) return [];
        const side = sideFor(found.text);
        const regions = side ? await side.run({ kind: 'folding', text: found.text }) : postingFolding(found.text);
        return regions.map(toFoldingRange);
      },
      [],
    ),
  );

  connection.onSelectionRanges(({ textDocument, positions }) =>
    safely(
      'Selection ranges',
      textDocument.uri,
      async () => {
        const found = await posting(textDocument.uri);
        if (!found) return [];
        const side = sideFor(found.text);
        const ranges = side
          ? await side.run({ kind: 'selection', text: found.text, positions })
          : postingSelectionRanges(found.text, offsetsOf(found.text, positions));
        return ranges.map(toSelectionRange);
      },
      [],
    ),
  );

  connection.onCodeAction((params) =>
    safely(
      'Code actions',
      params.textDocument.uri,
      async () => {
        const found = await posting(params.textDocument.uri);
        if (!found) return [];
        // Fix all runs a whole check: for a large document that is the side worker's work, under its budget.
        const side = sideFor(found.text);
        return side
          ? side.run({ kind: 'actions', text: found.text, params, settings: found.settings.engine })
          : postingCodeActions(found.text, params, found.settings.engine);
      },
      [],
    ),
  );

  return {
    codeActionProvider: { codeActionKinds },
    documentSymbolProvider: { label: 'Posting' },
    foldingRangeProvider: true,
    selectionRangeProvider: true,
    completionProvider: { triggerCharacters: [' ', ':', '-'] },
    hoverProvider: true,
  };
}
