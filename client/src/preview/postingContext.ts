import * as vscode from 'vscode';
import { defaultIncludeGlobs, isPostingDocument } from '../../../server/src/engine/selection';

/** Context key that shows the preview button, palette entries and keybinding only on postings (the server's own test). */
export const postingContextKey = 'postingStudio.isPosting';

export function trackPostingContext(context: vscode.ExtensionContext): void {
  const update = (editor: vscode.TextEditor | undefined) => {
    const document = editor?.document;
    const globs = document
      ? vscode.workspace.getConfiguration('postingStudio', document.uri).get<string[]>('files.include', defaultIncludeGlobs)
      : [];
    const posting = !!document && document.languageId === 'yaml' && isPostingDocument(document.uri.toString(), document.getText(), globs);
    void vscode.commands.executeCommand('setContext', postingContextKey, posting);
  };
  update(vscode.window.activeTextEditor);
  context.subscriptions.push(
    vscode.window.onDidChangeActiveTextEditor(update),
    vscode.workspace.onDidSaveTextDocument((document) => {
      if (document === vscode.window.activeTextEditor?.document) update(vscode.window.activeTextEditor);
    }),
  );
}
