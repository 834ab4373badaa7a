import * as vscode from 'vscode';
import { explainWordingCommand, type WordingExplanation } from '../../../server/src/protocol';

/**
 * What the wording code lens runs: the server's explanation of the balance (already in the reader's language) in a
 * dialog, with a button that opens the study the word lists come from.
 */
export function registerExplainWording(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(explainWordingCommand, async (explanation?: WordingExplanation) => {
      if (!explanation) return;
      const choice = await vscode.window.showInformationMessage(
        explanation.message,
        { modal: true, detail: explanation.detail },
        explanation.learnMore.title,
      );
      if (choice === explanation.learnMore.title) await vscode.env.openExternal(vscode.Uri.parse(explanation.learnMore.url));
    }),
  );
}
