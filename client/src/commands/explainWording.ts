import * as vscode from 'vscode';
import { explainWordingCommand, type WordingExplanation } from '../../../server/src/protocol';

/** The read-only documents the explanations are shown from (a Markdown preview of each). */
const scheme = 'posting-studio-explanation';

/**
 * What the wording and readability code lenses run: the server's explanation (already in the reader's language) of the
 * balance (the words, the score, what to do, where the word lists come from) or of a section's readability (its
 * measures, the target, what to do, where the measures come from), shown as a Markdown preview beside the posting,
 * with a link to the source.
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
      // One page per kind (wording, readability), replaced by each click: the preview shows the latest explanation.
      const uri = vscode.Uri.from({ scheme, path: `/${explanation.page ?? vscode.l10n.t('Wording')}.md` });
      pages.set(uri.path, explanation.markdown);
      changed.fire(uri);
      await vscode.commands.executeCommand('markdown.showPreviewToSide', uri);
    }),
  );
}
