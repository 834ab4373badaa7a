import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerExportCommands } from './exportCommands';
import { PostingPreview } from './previewPanel';

/** "Posting: Open Preview to the Side" and the export commands. */
export function registerPreview(context: vscode.ExtensionContext, client: LanguageClient): void {
  const previews = new Map<string, PostingPreview>();
  context.subscriptions.push(
    vscode.commands.registerCommand('postingStudio.openPreviewToSide', (uri?: vscode.Uri) => {
      const editor =
        (uri && vscode.window.visibleTextEditors.find((candidate) => candidate.document.uri.toString() === uri.toString())) ??
        vscode.window.activeTextEditor;
      if (!editor) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a posting to preview it.'));
        return;
      }
      const key = editor.document.uri.toString();
      const existing = previews.get(key);
      if (existing) return existing.reveal();
      previews.set(
        key,
        PostingPreview.create(context, client, editor, () => previews.delete(key)),
      );
    }),
    { dispose: () => previews.forEach((preview) => preview.dispose()) },
  );
  registerExportCommands(context, client);
}
