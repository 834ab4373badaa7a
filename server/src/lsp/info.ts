import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, TextDocuments } from 'vscode-languageserver/node';
import { checkPosting, type CheckResult } from '../engine';
import { infoRequest, type PostingInfo } from '../protocol';
import { postingDocument, safely, type SettingsFor } from './postingDocument';
import { requestType } from './requestType';

/** What the last published check of a document found: enough for `posting/info`, far less than the check itself. */
interface Summary {
  version: number;
  info: PostingInfo;
}

/** Keeps the summaries `posting/info` answers from; the server tells it about each check, closed file and new setting. */
export interface PostingInfoSource {
  checked(uri: string, version: number, result: CheckResult): void;
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
): PostingInfoSource {
  const summaries = new Map<string, Summary>();
  const infoOf = ({ profile, problems }: CheckResult): PostingInfo => ({
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
        return found ? infoOf(checkPosting(found.text, found.settings.engine)) : notPosting;
      },
      notPosting,
    ),
  );

  return {
    checked: (uri, version, result) => summaries.set(uri, { version, info: infoOf(result) }),
    forget: (uri) => summaries.delete(uri),
    forgetAll: () => summaries.clear(),
  };
}
