import * as vscode from 'vscode';
import profileTable from '../../../schemas/profiles.json';

interface ProfileEntry {
  title: string;
  title_ja?: string;
  snippet?: string;
}

interface SnippetFile {
  [name: string]: { prefix: string; body: string[] };
}

/** "Posting: New posting from template…": pick a profile, get an untitled posting filled from its template. */
export function registerNewPosting(context: vscode.ExtensionContext): void {
  context.subscriptions.push(vscode.commands.registerCommand('postingStudio.newPosting', () => newPosting(context)));
}

async function newPosting(context: vscode.ExtensionContext): Promise<void> {
  const choices = Object.entries(profileTable)
    .filter(([id]) => !id.startsWith('$'))
    .map(([id, entry]) => ({ id, label: profileTitle(entry as ProfileEntry), description: id, snippet: (entry as ProfileEntry).snippet }));
  const picked = await vscode.window.showQuickPick(choices, {
    title: vscode.l10n.t('New posting from template'),
    placeHolder: vscode.l10n.t('Which kind of posting?'),
  });
  if (!picked) return;
  const body = await templateBody(context, picked.snippet ?? `posting-${picked.id}`);
  if (!body) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Posting Studio has no template for {0}.', picked.label));
    return;
  }
  // An untitled *.posting.yaml: YAML by its name, and a posting by its first line (# posting) as well.
  const uri = vscode.Uri.from({ scheme: 'untitled', path: untitledName(picked.id) });
  const document = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(document);
  if (document.languageId !== 'yaml') await vscode.languages.setTextDocumentLanguage(document, 'yaml');
  await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
}

function profileTitle(entry: ProfileEntry): string {
  return vscode.env.language.toLowerCase().startsWith('ja') && entry.title_ja ? entry.title_ja : entry.title;
}

/** The whole-posting snippet of a profile, from the snippets the extension contributes. */
async function templateBody(context: vscode.ExtensionContext, prefix: string): Promise<string | undefined> {
  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'posting.code-snippets');
  const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as SnippetFile;
  return Object.values(snippets)
    .find((snippet) => snippet.prefix === prefix)
    ?.body.join('\n');
}

function untitledName(profileId: string): string {
  const open = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
  for (let n = 1; ; n++) {
    const name = `new-${profileId}${n > 1 ? `-${n}` : ''}.posting.yaml`;
    if (!open.has(name)) return name;
  }
}
