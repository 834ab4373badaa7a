import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import type { Problem } from '../engine';
import type { CheckSummary } from './checkPool';
import { infoRequest, type PostingInfo } from '../protocol';
import { postingDocument, safely, type SettingsFor } from './postingDocument';
import { requestType } from './requestType';
import type { ServerSettings } from './settings';

/** What the last published check of a document found: enough for `posting/info` and an export's warnings. */
interface Summary {
  version: number;
  info: PostingInfo;
  problems: readonly Problem[];
}

/** Keeps the summaries `posting/info` answers from; the server tells it about each check, closed file and new setting. */
export interface PostingInfoSource {
  checked(uri: string, version: number, result: CheckSummary): void;
  /** The problems published for this version of a document, if it was checked (an export reuses them). */
  problems(uri: string, version: number): readonly Problem[] | undefined;
  forget(uri: string): void;
  /** Settings changed: every summary may be out of date until its document is checked again. */
  forgetAll(): void;
}

/**
 * `posting/info`, the status bar's question: is this a posting, of which profile, with how many problems? The client
 * asks just after diagnostics arrive, so the answer usually comes from the check that produced them; a document
 * changed since (or never checked) is checked here.
 */
export function registerPostingInfo(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: SettingsFor,
  check: (uri: string, text: string, settings: ServerSettings) => Promise<CheckSummary | undefined>,
): PostingInfoSource {
  const summaries = new Map<string, Summary>();
  const infoOf = ({ profile, problems }: CheckSummary): PostingInfo => ({
    isPosting: true,
    profile: { id: profile.id, title: profile.title },
    problemCount: problems.length,
    errorCount: problems.filter((problem) => problem.severity === 'error').length,
  });

  const notPosting: PostingInfo = { isPosting: false };
  connection.onRequest(requestType(infoRequest), ({ uri }) =>
    safely(
      connection,
      'Posting info',
      uri,
      async (): Promise<PostingInfo> => {
        const summary = summaries.get(uri);
        if (summary && summary.version === documents.get(uri)?.version) return summary.info;
        const found = await postingDocument(documents, settingsFor, uri);
        if (!found) return notPosting;
        const checked = await check(uri, found.text, found.settings);
        return checked ? infoOf(checked) : notPosting;
      },
      notPosting,
    ),
  );

  return {
    checked: (uri, version, result) => summaries.set(uri, { version, info: infoOf(result), problems: result.problems }),
    problems: (uri, version) => {
      const summary = summaries.get(uri);
      return summary?.version === version ? summary.problems : undefined;
    },
    forget: (uri) => summaries.delete(uri),
    forgetAll: () => summaries.clear(),
  };
}
