import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Connection, type ServerCapabilities, type TextDocuments } from 'vscode-languageserver/node';
import {
  checkPosting,
  completePosting,
  hoverPosting,
  isPostingDocument,
  LineIndex,
  postingFolding,
  postingSelectionRanges,
  postingSymbols,
} from '../engine';
import { codeActionKinds, postingCodeActions } from './codeActions';
import { toCompletionItem } from './completion';
import { toDocumentSymbol, toFoldingRange, toSelectionRange } from './symbols';
import type { ServerSettings } from './settings';

type SettingsFor = (uri: string) => Promise<ServerSettings>;

/** The answer to `posting/info`. */
export interface PostingInfo {
  isPosting: boolean;
  profile?: { id: string; title: string };
  problemCount?: number;
}

/** Wires completion, hover, outline, folding, selection ranges and quick fixes; returns their capabilities. */
export function registerAuthoring(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: SettingsFor,
): ServerCapabilities {
  /** The posting's text and settings, or undefined for a YAML file that is not a posting. */
  const posting = async (uri: string): Promise<{ text: string; settings: ServerSettings } | undefined> => {
    const document = documents.get(uri);
    if (!document) return undefined;
    const settings = await settingsFor(uri);
    const text = document.getText();
    return isPostingDocument(uri, text, settings.includeGlobs) ? { text, settings } : undefined;
  };
  /** A feature's failure is logged and answered with nothing: the server keeps serving. */
  const safely = async <T>(feature: string, uri: string, run: () => Promise<T>, fallback: T): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      connection.console.error(`${feature} failed for ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return fallback;
    }
  };

  connection.onCompletion(({ textDocument, position }) =>
    safely(
      'Completion',
      textDocument.uri,
      async () => {
        const found = await posting(textDocument.uri);
        return found ? completePosting(found.text, position).map(toCompletionItem) : [];
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
        return found ? postingSymbols(found.text).map(toDocumentSymbol) : [];
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
        return found ? postingFolding(found.text).map(toFoldingRange) : [];
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

  // The status bar's question: is this a posting, of which profile, with how many problems?
  connection.onRequest('posting/info', ({ uri }: { uri: string }) =>
    safely(
      'Posting info',
      uri,
      async (): Promise<PostingInfo> => {
        const found = await posting(uri);
        if (!found) return { isPosting: false };
        const { profile, problems } = checkPosting(found.text, found.settings.engine);
        return { isPosting: true, profile: { id: profile.id, title: profile.title }, problemCount: problems.length };
      },
      { isPosting: false },
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
