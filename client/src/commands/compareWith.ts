import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { compareCandidatesRequest, compareRequest, type CompareCandidateReason } from '../../../server/src/protocol';
import { requestType } from '../requestType';

interface CandidateItem extends vscode.QuickPickItem {
  uri?: string;
}

/** What each kind of candidate is, shown beside its path in the pick list. */
function reasonText(reason: CompareCandidateReason): string {
  switch (reason) {
    case 'based_on':
      return vscode.l10n.t('the job description it is based on (based_on)');
    case 'translation_of':
      return vscode.l10n.t('the version it translates (translation_of)');
    case 'translated_by':
      return vscode.l10n.t('a translation of this posting (translation_of)');
    case 'workspace':
      return '';
  }
}

/**
 * "Posting: Compare with…": pick another posting, the related ones first (the job description in based_on:, the other
 * language version), then the workspace's other postings, or browse for a file; the differences open beside, section
 * by section (Markdown).
 */
export function registerCompareWith(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('postingStudio.compareWith', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a posting to compare it.'));
        return;
      }
      const name = document.uri.path.split('/').pop() ?? '';
      const candidates = await client.sendRequest(requestType(compareCandidatesRequest), { uri: document.uri.toString() }).then(
        (list) => list,
        () => [],
      );
      const browse: CandidateItem = { label: `$(folder-opened) ${vscode.l10n.t('Browse…')}` };
      const items: CandidateItem[] = [];
      const related = candidates.filter((candidate) => candidate.reason !== 'workspace');
      const others = candidates.filter((candidate) => candidate.reason === 'workspace');
      const item = (candidate: (typeof candidates)[number]): CandidateItem => ({
        label: candidate.label,
        description: reasonText(candidate.reason),
        uri: candidate.uri,
      });
      if (related.length) items.push({ label: vscode.l10n.t('Related'), kind: vscode.QuickPickItemKind.Separator }, ...related.map(item));
      if (others.length) items.push({ label: vscode.l10n.t('Workspace'), kind: vscode.QuickPickItemKind.Separator }, ...others.map(item));
      items.push(browse);
      const picked = await vscode.window.showQuickPick(items, {
        title: vscode.l10n.t('Compare {0} with…', name),
        placeHolder: vscode.l10n.t('Pick the older version or the job description'),
        matchOnDescription: true,
      });
      if (!picked) return;
      let other = picked.uri ? vscode.Uri.parse(picked.uri) : undefined;
      if (picked === browse) {
        [other] =
          (await vscode.window.showOpenDialog({
            canSelectMany: false,
            defaultUri: vscode.Uri.joinPath(document.uri, '..'),
            filters: { YAML: ['yaml', 'yml'] },
            title: vscode.l10n.t('Compare {0} with…', name),
          })) ?? [];
      }
      if (!other) return;
      try {
        const result = await client.sendRequest(requestType(compareRequest), { uri: document.uri.toString(), otherUri: other.toString() });
        const shown = await vscode.workspace.openTextDocument({ language: 'markdown', content: result.markdown });
        await vscode.window.showTextDocument(shown, { viewColumn: vscode.ViewColumn.Beside, preview: true });
      } catch (error) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Compare failed: {0}', String(error)));
      }
    }),
  );
}
