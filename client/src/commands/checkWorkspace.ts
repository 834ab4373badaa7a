import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { checkWorkspaceRequest, type WorkspaceCheckResult } from '../../../server/src/protocol';
import { requestType } from '../requestType';

/** "Posting: Check All Postings in the Workspace": every posting's problems in the Problems panel, open or not. */
export function registerCheckWorkspace(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('postingStudio.checkWorkspace', () => checkWorkspace(client)));
}

async function checkWorkspace(client: LanguageClient): Promise<WorkspaceCheckResult | undefined> {
  if (!vscode.workspace.workspaceFolders?.length) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a folder to check the postings in it.'));
    return undefined;
  }
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Checking the postings in the workspace…') },
    () => client.sendRequest(requestType(checkWorkspaceRequest), null),
  );
  const skipped = result.skipped.length ? ' ' + vscode.l10n.t('{0} file(s) skipped: {1}', result.skipped.length, skippedList(result)) : '';
  const truncated = result.truncated ? ' ' + vscode.l10n.t('The workspace has more postings than one check covers.') : '';
  const summary = result.problems
    ? vscode.l10n.t('{0} posting(s) checked: {1} problem(s) in {2} posting(s).', result.files, result.problems, result.filesWithProblems)
    : vscode.l10n.t('{0} posting(s) checked: no problems.', result.files);
  const showProblems = vscode.l10n.t('Show Problems');
  if (result.problems || skipped) {
    // Not awaited: the notification stays until the author answers, the command is done now.
    void vscode.window.showInformationMessage(summary + skipped + truncated, showProblems).then((choice) => {
      if (choice === showProblems) void vscode.commands.executeCommand('workbench.actions.view.problems');
    });
  } else void vscode.window.showInformationMessage(summary + truncated);
  return result; // the editor tests read it from executeCommand
}

function skippedList(result: WorkspaceCheckResult): string {
  const shown = result.skipped
    .slice(0, 3)
    .map((entry) => `${vscode.workspace.asRelativePath(vscode.Uri.parse(entry.uri))} (${entry.reason})`);
  return shown.join(', ') + (result.skipped.length > 3 ? ', …' : '');
}
