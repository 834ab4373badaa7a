import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';

interface PostingInfo {
  isPosting: boolean;
  profile?: { id: string; title: string };
  problemCount?: number;
}

/** A status bar item with the active posting's profile and problem count; hidden for other files. */
export function registerStatusBar(context: vscode.ExtensionContext, client: LanguageClient): void {
  const item = vscode.window.createStatusBarItem('postingStudio.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Posting Studio';
  item.command = 'workbench.actions.view.problems';
  let timer: NodeJS.Timeout | undefined;

  const refresh = async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== 'yaml' || !client.isRunning()) {
      item.hide();
      return;
    }
    try {
      const info = await client.sendRequest<PostingInfo>('posting/info', { uri: document.uri.toString() });
      if (document !== vscode.window.activeTextEditor?.document) return;
      if (!info.isPosting || !info.profile) {
        item.hide();
        return;
      }
      const count = info.problemCount ?? 0;
      item.text = `$(file-text) ${info.profile.id} $(${count ? 'warning' : 'check'}) ${count}`;
      item.tooltip = `${info.profile.title}: ${count === 0 ? 'no problems' : `${count} problem${count === 1 ? '' : 's'}`}. Click for the Problems view.`;
      item.show();
    } catch {
      item.hide(); // the server is restarting; the next event refreshes
    }
  };
  // Diagnostics arrive in bursts while typing: refresh once they settle.
  const soon = () => {
    clearTimeout(timer);
    timer = setTimeout(() => void refresh(), 200);
  };

  context.subscriptions.push(
    item,
    vscode.window.onDidChangeActiveTextEditor(soon),
    vscode.languages.onDidChangeDiagnostics((event) => {
      const active = vscode.window.activeTextEditor?.document.uri.toString();
      if (event.uris.some((uri) => uri.toString() === active)) soon();
    }),
    client.onDidChangeState(soon),
    { dispose: () => clearTimeout(timer) },
  );
  soon();
}
