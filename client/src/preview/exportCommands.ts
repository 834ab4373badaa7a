import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { renderDocument, type RenderFormat } from './render';

/** The export commands, by format: id suffix, file extension, save-dialog filter name. */
export const exportFormats: { format: RenderFormat; command: string; extension: string; filter: string }[] = [
  { format: 'html', command: 'postingStudio.exportHtml', extension: 'html', filter: 'HTML' },
  { format: 'md', command: 'postingStudio.exportMarkdown', extension: 'md', filter: 'Markdown' },
  { format: 'txt', command: 'postingStudio.exportText', extension: 'txt', filter: 'Plain text' },
  { format: 'jsonld', command: 'postingStudio.exportJsonLd', extension: 'jsonld', filter: 'JSON-LD' },
  { format: 'docx', command: 'postingStudio.exportDocx', extension: 'docx', filter: 'Word document' },
];

export function registerExportCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  for (const entry of exportFormats) {
    context.subscriptions.push(vscode.commands.registerCommand(entry.command, (uri?: vscode.Uri) => exportPosting(client, entry, uri)));
  }
}

async function exportPosting(client: LanguageClient, entry: (typeof exportFormats)[number], uri?: vscode.Uri): Promise<void> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a posting to export it.'));
    return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: besideWithExtension(document.uri, entry.extension),
    filters: { [vscode.l10n.t(entry.filter)]: [entry.extension] },
    title: vscode.l10n.t('Export posting as {0}', vscode.l10n.t(entry.filter)),
  });
  if (!target) return;
  try {
    const { content } = await renderDocument(client, document, entry.format, true);
    const bytes = entry.format === 'docx' ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
    await vscode.workspace.fs.writeFile(target, bytes);
    void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', target.path.split('/').pop() ?? ''));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', String(error)));
  }
}

/** `jobs/officer.posting.yaml` → `jobs/officer.html`. */
export function besideWithExtension(uri: vscode.Uri, extension: string): vscode.Uri {
  const stem = uri.path.replace(/(\.(posting|tor))?\.ya?ml$/i, '');
  return uri.with({ path: `${stem}.${extension}` });
}
