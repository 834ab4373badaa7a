import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
// Types only: the importer runs in the server (`posting/import`), so the client bundle carries no YAML library.
import { importRequest, type ImportParams, type ImportResult } from '../../../server/src/protocol';
import { requestType } from '../requestType';

/** "Posting: Import from text…": a posting's text in any known layout (a .txt file or the current editor) → a new untitled posting. */
export function registerImportFromText(context: vscode.ExtensionContext, client: LanguageClient): void {
  context.subscriptions.push(vscode.commands.registerCommand('postingStudio.importFromText', () => importCommand(client)));
}

async function importCommand(client: LanguageClient): Promise<void> {
  const text = await pickText();
  if (text === undefined) return;
  const importFromText = (params: ImportParams) => client.sendRequest(requestType(importRequest), params);
  let result = await importFromText({ text });
  const fields: Record<string, string> = {};
  for (const key of result.missing) {
    const value = await vscode.window.showInputBox({
      title: vscode.l10n.t('Import from text'),
      prompt: vscode.l10n.t('The text does not say the {0}. Type it, or leave it empty to add it later.', fieldName(key)),
      ignoreFocusOut: true,
    });
    if (value === undefined) return; // Escape cancels the import
    if (value.trim()) fields[key] = value.trim();
  }
  if (Object.keys(fields).length) result = await importFromText({ text, fields });
  await openPosting(result);
}

/** The current editor's text, or a .txt file the author picks. */
async function pickText(): Promise<string | undefined> {
  const editor = vscode.window.activeTextEditor;
  const fromFile = { label: vscode.l10n.t('Choose a text file…'), source: 'file' as const };
  const fromEditor = editor && {
    label: vscode.l10n.t('Use the text of the current editor'),
    description: editor.document.fileName,
    source: 'editor' as const,
  };
  const picked = fromEditor
    ? await vscode.window.showQuickPick([fromEditor, fromFile], {
        title: vscode.l10n.t('Import from text'),
        placeHolder: vscode.l10n.t('Where is the posting text?'),
      })
    : fromFile;
  if (!picked) return undefined;
  if (picked.source === 'editor') return editor?.document.getText();
  const [file] =
    (await vscode.window.showOpenDialog({
      canSelectMany: false,
      filters: { [vscode.l10n.t('Text')]: ['txt'] },
      title: vscode.l10n.t('Import from text'),
    })) ?? [];
  if (!file) return undefined;
  return new TextDecoder().decode(await vscode.workspace.fs.readFile(file));
}

async function openPosting(result: ImportResult): Promise<void> {
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: result.yaml });
  await vscode.window.showTextDocument(document);
  // Findings carry their message in English and Japanese (schemas/diagnostics.json), so no string is added here.
  const japanese = vscode.env.language.toLowerCase().startsWith('ja');
  for (const finding of result.findings ?? []) void vscode.window.showWarningMessage(japanese ? finding.message_ja : finding.message);
  if (result.notes.length) {
    void vscode.window.showInformationMessage(
      vscode.l10n.t('{0} part(s) of the text matched no section of the template; they are kept under notes.', result.notes.length),
    );
  }
}

function fieldName(key: string): string {
  const names: Record<string, string> = {
    title: vscode.l10n.t('title'),
    organization: vscode.l10n.t('organization'),
    duty_station: vscode.l10n.t('duty station'),
    country: vscode.l10n.t('country'),
  };
  return names[key] ?? key;
}
