import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Connection, type ServerCapabilities, type TextDocuments } from 'vscode-languageserver/node';
import {
  completeBlankFile,
  completePosting,
  hoverPosting,
  LineIndex,
  postingFolding,
  postingSelectionRanges,
  postingSymbols,
} from '../engine';
import { codeActionKinds, postingCodeActions } from './codeActions';
import { toCompletionItem } from './completion';
import { toDocumentSymbol, toFoldingRange, toSelectionRange } from './symbols';
import { postingDocument, safely as runSafely, type SettingsFor } from './postingDocument';
import { offThreadAbove, type SideWorker } from './sideWorker';

/** Wires completion, hover, outline, folding, selection ranges and quick fixes; returns their capabilities. */
export function registerAuthoring(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: SettingsFor,
  largeDocuments?: SideWorker,
): ServerCapabilities {
  const posting = (uri: string) => postingDocument(documents, settingsFor, uri);
  const safely = <T>(feature: string, uri: string, run: () => Promise<T>, fallback: T) =>
    runSafely(connection, feature, uri, run, fallback);

  connection.onCompletion(({ textDocument, position }) =>
    safely(
      'Completion',
      textDocument.uri,
      async () => {
        const found = await posting(textDocument.uri);
        if (found)
          return completePosting(found.text, position, {
            catalogues: found.settings.engine.catalogues,
            locale: found.settings.engine.locale,
          }).map(toCompletionItem);
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
        const hover = found ? hoverPosting(found.text, position, found.settings.engine) : undefined;
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
        const large = largeDocuments && found.text.length > offThreadAbove;
        const symbols = large ? await largeDocuments.run({ kind: 'symbols', text: found.text }) : postingSymbols(found.text);
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
        const large = largeDocuments && found.text.length > offThreadAbove;
        const regions = large ? await largeDocuments.run({ kind: 'folding', text: found.text }) : postingFolding(found.text);
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
        const lines = new LineIndex(found.text);
        return postingSelectionRanges(
          found.text,
          positions.map((p) => lines.offsetAt(p)),
        ).map(toSelectionRange);
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
        return found ? postingCodeActions(found.text, params, found.settings.engine) : [];
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
