import * as vscode from 'vscode';
import { explainWordingCommand, type WordingExplanation } from '../../../server/src/protocol';

/** The read-only documents the explanations are shown from (a Markdown preview of each). */
const scheme = 'posting-studio-explanation';

/**
 * What the wording code lens runs: the server's explanation of the balance (already in the reader's language), the
 * words, the balance, what to do and where the word lists come from, shown as a Markdown preview beside the posting,
 * with a link to the study.
 */
export function registerExplainWording(context: vscode.ExtensionContext): void {
  const pages = new Map<string, string>();
  const changed = new vscode.EventEmitter<vscode.Uri>();
  context.subscriptions.push(
    changed,
    vscode.workspace.registerTextDocumentContentProvider(scheme, {
      onDidChange: changed.event,
      provideTextDocumentContent: (uri) => pages.get(uri.path) ?? '',
    }),
    vscode.commands.registerCommand(explainWordingCommand, async (explanation?: WordingExplanation) => {
      if (!explanation) return;
      // One page, replaced by each click: the preview shows the latest explanation.
      const uri = vscode.Uri.from({ scheme, path: `/${vscode.l10n.t('Wording')}.md` });
      pages.set(uri.path, explanation.markdown);
      changed.fire(uri);
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    }),
  );
}
