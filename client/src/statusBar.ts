import * as vscode from 'vscode';
import type { ActivePosting } from './activePosting';

/** A status bar item with the active posting's profile and problem count; hidden for other files. */
export function registerStatusBar(context: vscode.ExtensionContext, activePosting: ActivePosting): void {
  const item = vscode.window.createStatusBarItem('postingStudio.status', vscode.StatusBarAlignment.Left, 50);
  item.name = 'Posting Studio';
  item.command = 'workbench.actions.view.problems';
  context.subscriptions.push(
    item,
    activePosting.onDidChange((info) => {
      if (!info?.profile) {
        item.hide();
        return;
      }
      const count = info.problemCount ?? 0;
      // The error icon when any problem is an error, as VS Code's own problems item does.
      const icon = info.errorCount ? 'error' : count ? 'warning' : 'check';
      item.text = `$(file-text) ${info.profile.id} $(${icon}) ${count}`;
      item.tooltip =
        count === 0
          ? vscode.l10n.t('{0}: no problems. Click for the Problems view.', info.profile.title)
          : vscode.l10n.t('{0}: {1} problem(s). Click for the Problems view.', info.profile.title, count);
      item.show();
    }),
  );
}
