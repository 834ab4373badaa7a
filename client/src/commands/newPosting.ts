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

/**
 * "Posting: New posting from template…": pick a profile (or pass its id), get an untitled posting filled from its
 * template's blank form.
 */
export function registerNewPosting(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('postingStudio.newPosting', (profileId?: unknown) =>
      newPosting(context, typeof profileId === 'string' ? profileId : undefined),
    ),
  );
}

async function newPosting(context: vscode.ExtensionContext, profileId?: string): Promise<void> {
  const choices = Object.entries(profileTable)
    .filter(([id]) => !id.startsWith('$'))
    // profiles.json's entries have these fields (test/unit/profiles.test.ts); the JSON import types each by its literals.
    .map(([id, entry]) => ({ id, entry: entry as ProfileEntry }))
    .map(({ id, entry }) => ({ id, label: profileTitle(entry), description: id, snippet: entry.snippet }));
  const picked =
    choices.find((choice) => choice.id === profileId) ??
    (await vscode.window.showQuickPick(choices, {
      title: vscode.l10n.t('New posting from template'),
      placeHolder: vscode.l10n.t('Which kind of posting?'),
    }));
  if (!picked) return;
  const body = await templateBody(context, picked.snippet ?? `posting-${picked.id}`);
  if (!body) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Posting Studio has no template for {0}.', picked.label));
    return;
  }
  // A plain untitled YAML document, a posting by its first line (# posting). Not an untitled URI with a path: VS Code
  // takes that path as where to save, and Ctrl+S wrote the file there (the filesystem root) without asking. Without
  // one, saving shows the usual Save dialog, in the open workspace folder.
  const document = await vscode.workspace.openTextDocument({ language: 'yaml', content: '' });
  const editor = await vscode.window.showTextDocument(document);
  await editor.insertSnippet(new vscode.SnippetString(body), new vscode.Position(0, 0));
}

function profileTitle(entry: ProfileEntry): string {
  return vscode.env.language.toLowerCase().startsWith('ja') && entry.title_ja ? entry.title_ja : entry.title;
}

/** The whole-posting snippet of a profile, from the snippets the extension contributes. */
async function templateBody(context: vscode.ExtensionContext, prefix: string): Promise<string | undefined> {
  const file = vscode.Uri.joinPath(context.extensionUri, 'snippets', 'posting.code-snippets');
  // Our own generated file (scripts/generate-snippets.ts), shipped with the extension.
  const snippets = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(file))) as SnippetFile;
  return Object.values(snippets)
    .find((snippet) => snippet.prefix === prefix)
    ?.body.join('\n');
}
