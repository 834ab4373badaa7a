import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { compareRequest } from '../../../server/src/protocol';
import { requestType } from '../requestType';

/** "Posting: Compare with…": pick another posting; the differences open beside, section by section (Markdown). */
export function registerCompareWith(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('postingStudio.compareWith', async (uri?: vscode.Uri) => {
      const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
      if (!document) {
        void vscode.window.showWarningMessage(vscode.l10n.t('Open a posting to compare it.'));
        return;
      }
      const [other] =
        (await vscode.window.showOpenDialog({
          canSelectMany: false,
          defaultUri: vscode.Uri.joinPath(document.uri, '..'),
          filters: { YAML: ['yaml', 'yml'] },
          title: vscode.l10n.t('Compare {0} with…', document.uri.path.split('/').pop() ?? ''),
        })) ?? [];
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
