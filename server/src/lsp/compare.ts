import { fileURLToPath } from 'url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { comparePostings, comparisonText } from '../engine';
import { readRegularFile } from '../node/readFile';
import { compareRequest } from '../protocol';
import type { SettingsFor } from './postingDocument';
import { requestType } from './requestType';

/** `posting/compare`: the open posting against another posting file (open in the editor, or read from disk). */
export function registerCompare(connection: Connection, documents: TextDocuments<TextDocument>, settingsFor: SettingsFor): void {
  connection.onRequest(requestType(compareRequest), async (params) => {
    const document = documents.get(params?.uri);
    if (!document) return new ResponseError(ErrorCodes.InvalidParams, `${String(params?.uri)} is not open`);
    const settings = (await settingsFor(params.uri)).engine;
    let otherText = documents.get(params.otherUri)?.getText();
    if (otherText === undefined) {
      if (!String(params.otherUri).startsWith('file:'))
        return new ResponseError(ErrorCodes.InvalidParams, `${String(params.otherUri)} is not a file`);
      const read = await readRegularFile(fileURLToPath(params.otherUri), settings.limits.maxFileSize, { checkCharacters: false });
      if ('failure' in read) return new ResponseError(ErrorCodes.InvalidParams, `${params.otherUri}: ${read.failure.reason}`);
      otherText = read.text;
    }
    const changes = comparePostings(otherText, document.getText());
    const names = { before: baseName(params.otherUri), after: baseName(params.uri) };
    return { markdown: comparisonText(changes, names, settings.locale, true), changes: changes.length };
  });
}

function baseName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}
