import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { isPostingDocument } from '../engine';
import type { ServerSettings } from './settings';

export type SettingsFor = (uri: string) => Promise<ServerSettings>;

/** An open document's text and settings when it is a posting; undefined for other YAML and for documents not open. */
export async function postingDocument(
  documents: TextDocuments<TextDocument>,
  settingsFor: SettingsFor,
  uri: string,
): Promise<{ text: string; settings: ServerSettings } | undefined> {
  const document = documents.get(uri);
  if (!document) return undefined;
  const settings = await settingsFor(uri);
  const text = document.getText();
  return isPostingDocument(uri, text, settings.includeGlobs) ? { text, settings } : undefined;
}

/** Runs a feature so that its failure is logged and answered with `fallback`: the server keeps serving. */
export async function safely<T>(connection: Connection, feature: string, uri: string, run: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await run();
  } catch (error) {
    connection.console.error(`${feature} failed for ${uri}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return fallback;
  }
}
