import { strict as assert } from 'assert';
import { existsSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import * as vscode from 'vscode';
import { codeOf, ours, waitFor } from './probes';
import { paletteMarker, paletteTextPath } from './fixtures';

/**
 * Runs inside code-server started with `--locale ja` and the Japanese language pack the setup builds
 * (test/e2e/languagePack.ts): what a Japanese user reads from our extension, in a real VS Code display language.
 */

const extensionId = 'posting-studio.posting-studio';

async function open(name: string): Promise<vscode.TextEditor> {
  const folder = vscode.workspace.workspaceFolders![0].uri;
  const document = await vscode.workspace.openTextDocument(vscode.Uri.joinPath(folder, name));
  return vscode.window.showTextDocument(document, { preview: false });
}

describe('Posting Studio in a Japanese VS Code (code-server --locale ja)', () => {
  before(async () => {
    await open('template.posting.yaml');
    await vscode.extensions.getExtension(extensionId)!.activate();
  });

  it('VS Code runs in Japanese', () => {
    assert.equal(vscode.env.language, 'ja');
  });

  it('diagnostics are in Japanese', async () => {
    const editor = await open('broken.posting.yaml');
    const unknown = await waitFor('the unknown-field diagnostic', () =>
      ours(editor.document.uri).find((d) => codeOf(d) === 'unknown-field'),
    );
    assert.match(unknown.message, /不明なフィールド「backgroud」があります（「background」の誤りではありませんか）/);
  });

  it('the wording code lens and its explanation are in Japanese', async () => {
    const editor = await open('template.posting.yaml');
    const lens = await waitFor('the wording code lens', async () =>
      (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)).find(
        // The readability lenses run the same command: the wording lens is the one titled so.
        (l) => l.command?.command === 'postingStudio.explainWording' && /^表現: /.test(l.command.title),
      ),
    );
    assert.match(lens.command!.title, /^表現: /);
    const [explanation] = lens.command!.arguments as [{ markdown: string }];
    assert.match(explanation.markdown, /語のリストの出典: Gaucher/);
  });

  it('the readability code lenses and their explanations are in Japanese', async () => {
    const editor = await open('template.posting.yaml');
    const lens = await waitFor('a readability code lens', async () =>
      (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)).find(
        (l) => l.command?.command === 'postingStudio.explainWording' && /^読みやすさ: /.test(l.command.title),
      ),
    );
    const [explanation] = lens.command!.arguments as [{ markdown: string; page: string }];
    assert.equal(explanation.page, '読みやすさ');
    assert.match(explanation.markdown, /\n\n対処: /);
    assert.match(explanation.markdown, /\n\n測定の出典: /);
  });

  it('our commands are listed in the command palette with their Japanese titles', async () => {
    // The runner (outside VS Code) opens the palette, types "Posting" and writes the rows it shows.
    const shown = join(vscode.extensions.getExtension(extensionId)!.extensionPath, paletteTextPath);
    const asked = Date.now();
    console.log(paletteMarker);
    const text = await waitFor(
      'the runner to read the command palette',
      () => (existsSync(shown) && statSync(shown).mtimeMs >= asked - 1000 ? readFileSync(shown, 'utf8') : undefined),
      30_000,
    );
    assert.match(text, /^Posting: テンプレートから新しい求人…/m);
    assert.match(text, /^Posting: ほかの版と比較…/m);
    // Each row's title is Japanese (a Japanese VS Code adds the English title after it, to search by either).
    const rows = text.split('\n').filter((row) => row.startsWith('Posting: '));
    assert.ok(rows.length >= 5, `${rows.length} rows`);
    for (const row of rows) assert.match(row.split(' Posting: ')[0], /[\u3040-\u30ff\u4e00-\u9fff]/, row);
  });
});
