import { dirname, relative, resolve, sep } from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { comparePostings, comparisonText, relatedFiles } from '../engine';
import { readRegularFile } from '../node/readFile';
import { compareCandidatesRequest, compareRequest, type CompareCandidate, type CompareCandidateReason } from '../protocol';
import type { SettingsFor } from './postingDocument';
import { requestType } from './requestType';

/** What the pick list of "Compare with…" needs from the server: the workspace's postings, and which translate which. */
export interface CompareCandidateSources {
  /** The workspace's posting files, as URIs. */
  findFiles(): Promise<{ uris: string[] }>;
  /** The postings that name a file (absolute path) in their `translation_of:`. */
  translationsOf(path: string): Promise<{ path: string }[]>;
}

/**
 * `posting/compare`: the open posting against another posting file (open in the editor, or read from disk).
 * `posting/compareCandidates`: the postings to offer, related ones first.
 */
export function registerCompare(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: SettingsFor,
  sources: CompareCandidateSources,
): void {
  connection.onRequest(requestType(compareCandidatesRequest), async (params) => {
    const uri = String(params?.uri);
    const text = documents.get(uri)?.getText();
    if (text === undefined || !uri.startsWith('file:')) return [];
    const path = fileURLToPath(uri);
    const names = relatedFiles(text);
    const named = (name: string | undefined) => (name ? [resolve(dirname(path), name)] : []);
    const translations = (await sources.translationsOf(path)).map((source) => source.path);
    const workspace = (await sources.findFiles()).uris.filter((other) => other.startsWith('file:')).map((other) => fileURLToPath(other));
    return compareCandidates(path, [
      ['based_on', named(names.basedOn)],
      ['translation_of', named(names.translationOf)],
      ['translated_by', translations],
      ['workspace', [...workspace].sort()],
    ]);
  });

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

/** The candidates in the order given, each file once (its first reason), the posting itself left out. */
export function compareCandidates(path: string, groups: [CompareCandidateReason, string[]][]): CompareCandidate[] {
  const seen = new Set([resolve(path)]);
  const candidates: CompareCandidate[] = [];
  for (const [reason, paths] of groups) {
    for (const other of paths.map((each) => resolve(each))) {
      if (seen.has(other)) continue;
      seen.add(other);
      const label = relative(dirname(path), other).split(sep).join('/');
      candidates.push({ uri: pathToFileURL(other).toString(), label, reason });
    }
  }
  return candidates;
}

function baseName(uri: string): string {
  return decodeURIComponent(uri.split('/').pop() ?? uri);
}
