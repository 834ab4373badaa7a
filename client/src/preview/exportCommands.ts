import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { exportFormats, type RenderFormat, type RenderResult } from '../../../server/src/protocol';
import { renderDocument } from './render';

/** The command that exports each format (declared in package.json, titled in package.nls*.json). */
const exportCommands: Record<RenderFormat, string> = {
  html: 'postingStudio.exportHtml',
  md: 'postingStudio.exportMarkdown',
  txt: 'postingStudio.exportText',
  jsonld: 'postingStudio.exportJsonLd',
  docx: 'postingStudio.exportDocx',
};

type ExportEntry = (typeof exportFormats)[number];

export function registerExportCommands(context: vscode.ExtensionContext, client: LanguageClient): void {
  for (const entry of exportFormats) {
    const command = exportCommands[entry.format];
    context.subscriptions.push(vscode.commands.registerCommand(command, (uri?: vscode.Uri) => exportPosting(client, entry, uri)));
  }
}

async function exportPosting(client: LanguageClient, entry: ExportEntry, uri?: vscode.Uri): Promise<void> {
  const document = uri ? await vscode.workspace.openTextDocument(uri) : vscode.window.activeTextEditor?.document;
  if (!document) {
    void vscode.window.showWarningMessage(vscode.l10n.t('Open a posting to export it.'));
    return;
  }
  let published: RenderResult | undefined;
  if (entry.format === 'jsonld') {
    // The publishing gate before the Save dialog: nothing to save when the JSON-LD may not be published.
    published = await publishableJsonLd(client, document);
    if (!published) return;
  }
  const target = await vscode.window.showSaveDialog({
    defaultUri: besideWithExtension(document.uri, entry.extension),
    filters: { [vscode.l10n.t(entry.title)]: [entry.extension] },
    title: vscode.l10n.t('Export posting as {0}', vscode.l10n.t(entry.title)),
  });
  if (!target) return;
  try {
    const { content, placeholders } = published ?? (await renderDocument(client, document, entry.format, true));
    const bytes = entry.binary ? Buffer.from(content, 'base64') : Buffer.from(content, 'utf8');
    await vscode.workspace.fs.writeFile(target, bytes);
    const name = target.path.split('/').pop() ?? '';
    if (placeholders?.warnings.length) {
      // The server's words, in the reader's language: which field still holds a placeholder, and on which line.
      const where = placeholders.warnings.map((warning) => `${warning.line + 1}: ${warning.message}`).join(' · ');
      void vscode.window.showWarningMessage(`${name}: ${placeholders.headline} (${where})`);
    } else void vscode.window.showInformationMessage(vscode.l10n.t('Exported {0}', name));
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Export failed: {0}', String(error)));
  }
}

/**
 * The JSON-LD through the publishing gate: missing required properties refuse it with the list of what to fill in; an
 * expired deadline asks whether to export anyway; recommended properties it lacks are shown as a note.
 */
async function publishableJsonLd(client: LanguageClient, document: vscode.TextDocument): Promise<RenderResult | undefined> {
  let result = await renderDocument(client, document, 'jsonld', true, {});
  const refused = result.refused ?? [];
  if (refused.length && refused.every((finding) => finding.code === 'deadline-passed')) {
    const exportAnyway = vscode.l10n.t('Export anyway');
    const answer = await vscode.window.showWarningMessage(refused[0].message, { modal: true }, exportAnyway);
    if (answer !== exportAnyway) return undefined;
    result = await renderDocument(client, document, 'jsonld', true, { force: true });
  }
  if (result.refused?.length) {
    const lines = result.refused.map((finding) => `✗ ${finding.message}`).join('\n');
    void vscode.window.showErrorMessage(vscode.l10n.t('The JSON-LD was not exported:'), { modal: true, detail: lines });
    return undefined;
  }
  if (result.notes?.length) {
    void vscode.window.showInformationMessage(result.notes.map((note) => note.message).join(' · '));
  }
  return result;
}

/** `jobs/officer.posting.yaml` → `jobs/officer.html`. */
export function besideWithExtension(uri: vscode.Uri, extension: string): vscode.Uri {
  const stem = uri.path.replace(/(\.(posting|tor))?\.ya?ml$/i, '');
  return uri.with({ path: `${stem}.${extension}` });
}
