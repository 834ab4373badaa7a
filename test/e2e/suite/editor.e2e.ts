import { strict as assert } from 'assert';
import { existsSync, readdirSync, readFileSync, statSync } from 'fs';
import { join } from 'path';
import * as vscode from 'vscode';
import { codeOf, ours, waitFor } from './probes';
import {
  expiredDeadline,
  explainDialogMarker,
  explanationTextPath,
  previewTitle,
  saveDialogMarker,
  savedName,
  screenshotMarker,
  screenshotPath,
  typo,
} from './fixtures';

/** Runs inside code-server's extension host (see test/e2e/runInCodeServer.ts): the real VS Code API, our real extension. */

const extensionId = 'posting-studio.posting-studio';

function fileUri(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  assert.ok(folder, 'the e2e workspace folder is open');
  return vscode.Uri.joinPath(folder.uri, name);
}

async function open(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(fileUri(name));
  return vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.One, preview: false });
}

const labelOf = (item: vscode.CompletionItem) => (typeof item.label === 'string' ? item.label : item.label.label);

/** Diagnostics for a document once one with this code is there. */
function diagnosticsWith(uri: vscode.Uri, code: string, timeoutMs?: number): Promise<vscode.Diagnostic[]> {
  return waitFor(
    `a ${code} diagnostic on ${uri.path}`,
    () => (ours(uri).some((d) => codeOf(d) === code) ? ours(uri) : undefined),
    timeoutMs,
  );
}

/** Our language server: the child of this extension host running dist/server.js. */
function serverPid(): number | undefined {
  for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (parent !== process.pid) continue;
      if (readFileSync(`/proc/${entry}/cmdline`, 'utf8').includes('dist/server.js')) return Number(entry);
    } catch {
      // The process ended while we looked.
    }
  }
  return undefined;
}

describe('Posting Studio in VS Code (code-server)', () => {
  before(async () => {
    const extension = vscode.extensions.getExtension(extensionId);
    assert.ok(extension, `${extensionId} is loaded from extensionDevelopmentPath`);
    await open('template.posting.yaml');
    const api = (await extension.activate()) as { activationMs?: number } | undefined;
    // Read by the runner, which prints it beside the .vsix size (issue 18: activation inside a real VS Code).
    console.log(`posting-e2e: activation ${api?.activationMs?.toFixed(0)} ms`);
  });

  it('diagnostics appear for a broken posting', async () => {
    const editor = await open('broken.posting.yaml');
    const diagnostics = await diagnosticsWith(editor.document.uri, 'unknown-field');
    const unknown = diagnostics.find((d) => codeOf(d) === 'unknown-field')!;
    assert.equal(unknown.message, "Unknown field 'backgroud' in Terms of Reference; did you mean 'background'?");
    assert.equal(unknown.severity, vscode.DiagnosticSeverity.Error);
    assert.equal(editor.document.getText(unknown.range), 'backgroud');
    assert.deepEqual(
      diagnostics.map((d) => String(codeOf(d))),
      ['unknown-field'],
      'one problem, one diagnostic: the misspelt key, not also a missing section',
    );
    assert.deepEqual(ours(fileUri('template.posting.yaml')), [], 'the template itself is clean');
  });

  it('the workspace check command shows the problems of a posting that was never opened', async () => {
    const uri = fileUri('unopened/never-opened.posting.yaml');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'not open');
    assert.deepEqual(ours(uri), [], 'no problems shown before the check');
    const result = await vscode.commands.executeCommand<{ files: number; problems: number }>('postingStudio.checkWorkspace');
    assert.ok(result.files >= 5, `checked ${result.files} postings`);
    const diagnostics = await diagnosticsWith(uri, 'unknown-field');
    assert.deepEqual(
      diagnostics.map((d) => String(codeOf(d))),
      ['unknown-field'],
    );
  });

  it('completion offers competencies', async () => {
    const editor = await open('competencies.posting.yaml');
    const line = editor.document
      .getText()
      .split('\n')
      .findIndex((l) => l === '        - ');
    assert.ok(line > 0);
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(line, 10),
    );
    const labels = list.items.map(labelOf);
    for (const core of ['Accountability', 'Communication', 'Teamwork & Collaboration', 'Organizational Awareness']) {
      assert.ok(labels.includes(core), `${core} offered; got ${labels.slice(0, 20).join(', ')}`);
    }
    assert.deepEqual(
      labels.filter((label) => label.startsWith('posting-')),
      [],
      'no posting snippet inside a competency list',
    );
  });

  it('completion offers the whole-posting snippets in an empty posting, and one inserts a blank form', async () => {
    const editor = await open('new.posting.yaml');
    const hint = await diagnosticsWith(editor.document.uri, 'empty-posting');
    assert.equal(hint.length, 1);
    assert.equal(hint[0].severity, vscode.DiagnosticSeverity.Hint);
    // The server offers the snippets where they may go (package.json contributes none: they would show everywhere).
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      editor.document.uri,
      new vscode.Position(0, 0),
    );
    const snippets = list.items.filter((item) => item.kind === vscode.CompletionItemKind.Snippet);
    assert.ok(
      snippets.some((item) => labelOf(item) === 'posting-jpo'),
      `snippets: ${snippets.map(labelOf).join(', ')}`,
    );
    const unops = snippets.find((item) => labelOf(item) === 'posting-unops-ica');
    assert.ok(unops && unops.insertText instanceof vscode.SnippetString, 'posting-unops-ica is a snippet');
    await editor.insertSnippet(unops.insertText, new vscode.Position(0, 0));
    const text = await waitFor('the snippet text', () =>
      editor.document.getText().includes('terms_of_reference:') ? editor.document.getText() : undefined,
    );
    assert.match(text, /^# posting\n/);
    for (const key of ['profile: unops-ica', "title: 'Write the title here", 'terms_of_reference:', 'key_competencies:', 'deadline:']) {
      assert.ok(text.includes(key), `the inserted posting has ${key}`);
    }
    assert.ok(!text.includes('Tokyo'), 'a blank form: nothing of the seed posting');
    await vscode.commands.executeCommand('leaveSnippet');
    const after = await waitFor('diagnostics for the inserted posting', () =>
      ours(editor.document.uri).every((d) => codeOf(d) !== 'empty-posting') ? ours(editor.document.uri) : undefined,
    );
    const structural = after.filter((d) => ['yaml-syntax', 'missing-section', 'unknown-field'].includes(String(codeOf(d))));
    assert.deepEqual(
      structural.map((d) => d.message),
      [],
      'the snippet is a complete, well-formed posting',
    );
    assert.ok(
      after.some((d) => codeOf(d) === 'placeholder-text' && d.severity === vscode.DiagnosticSeverity.Error),
      'its placeholders are errors until written',
    );
  });

  it('an untitled posting from the template is saved through the Save dialog, into the workspace folder', async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri;
    await vscode.commands.executeCommand('postingStudio.newPosting', 'unops-ica');
    const editor = await waitFor('the untitled posting', () => {
      const active = vscode.window.activeTextEditor;
      return active?.document.isUntitled && active.document.getText().includes('terms_of_reference:') ? active : undefined;
    });
    await vscode.commands.executeCommand('leaveSnippet');
    assert.match(editor.document.getText(), /^# posting\n/);
    // The runner (outside VS Code) answers the Save dialog: it checks that the dialog opens in the workspace folder,
    // then saves under the name it is given.
    console.log(`${saveDialogMarker} ${savedName}`);
    await vscode.commands.executeCommand('workbench.action.files.save');
    const saved = join(folder.fsPath, savedName);
    await waitFor(`${saved} on disk`, () => existsSync(saved));
    const written = readFileSync(saved, 'utf8');
    assert.match(written, /^# posting\n/);
    assert.match(written, /^profile: unops-ica$/m);
    assert.ok(!readdirSync('/').some((name) => /posting/.test(name)), 'nothing was written to the filesystem root');
    const reopened = await waitFor('the saved posting in the editor', () =>
      vscode.window.activeTextEditor?.document.uri.scheme === 'file' ? vscode.window.activeTextEditor : undefined,
    );
    assert.equal(reopened.document.uri.fsPath, saved);
  });

  it('the wording code lens explains itself when clicked', async () => {
    const editor = await open('template.posting.yaml');
    const lens = await waitFor('the wording code lens', async () =>
      (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)).find(
        // The readability lenses run the same command: the wording lens is the one titled so.
        (l) => l.command?.command === 'postingStudio.explainWording' && /^Wording: /.test(l.command.title),
      ),
    );
    assert.match(lens.command!.title, /^Wording: /);
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    const preview = await waitFor('the explanation preview tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('markdown.preview')),
    );
    assert.match(preview.label, /Wording/);
    // The runner (outside VS Code) reads the page from the webview's DOM and writes its text for this test to check.
    const shown = join(vscode.extensions.getExtension(extensionId)!.extensionPath, explanationTextPath);
    const asked = Date.now();
    console.log(explainDialogMarker);
    const text = await waitFor(
      'the runner to read the explanation',
      () => (existsSync(shown) && statSync(shown).mtimeMs >= asked - 1000 ? readFileSync(shown, 'utf8') : undefined),
      30_000,
    );
    assert.match(text, /^Wording: /m);
    assert.match(text, /words found: |No gender-coded words/);
    assert.match(text, /Balance: \d+ feminine-coded and \d+ masculine-coded/);
    assert.match(text, /What to do: /);
    assert.match(text, /Where the word lists come from: Gaucher, Friesen & Kay \(2011\)/);
    assert.match(text, /Learn more/);
  });

  it('a readability code lens explains its section when clicked, on a page of its own', async () => {
    const editor = await open('template.posting.yaml');
    const lens = await waitFor('a readability code lens', async () =>
      (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', editor.document.uri)).find(
        (l) => l.command?.command === 'postingStudio.explainWording' && /^Readability: /.test(l.command.title),
      ),
    );
    const [explanation] = lens.command!.arguments as [{ markdown: string; page: string }];
    assert.equal(explanation.page, 'Readability');
    assert.match(explanation.markdown, /^# Readability: /);
    assert.match(explanation.markdown, /\n\nWhat to do: /);
    assert.match(explanation.markdown, /\n\nWhere the measures come from: /);
    await vscode.commands.executeCommand(lens.command!.command, ...(lens.command!.arguments ?? []));
    await waitFor('the readability preview tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find(
          (t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('markdown.preview') && /Readability/.test(t.label),
        ),
    );
  });

  it('the preview opens beside the posting, titled after the file', async () => {
    await open('template.posting.yaml');
    await vscode.commands.executeCommand('postingStudio.openPreviewToSide');
    const tab = await waitFor('the preview tab', () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find((t) => t.input instanceof vscode.TabInputWebview && t.input.viewType.endsWith('postingStudio.preview')),
    );
    assert.equal(tab.label, 'Preview template.posting.yaml');
    // That the page shows "Protection Associate" is read from the webview's DOM by the runner, after this suite.
    assert.ok(previewTitle.length > 0);
  });

  it('Compare with… offers the job description in based_on first: accepting the first item compares with it', async () => {
    await open('versions/posting.posting.yaml');
    const before = new Set(vscode.workspace.textDocuments);
    const running = vscode.commands.executeCommand('postingStudio.compareWith');
    // The pick list is the workbench's: accept its first item (the active one) once it is shown.
    const comparison = await waitFor(
      'the comparison beside',
      async () => {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        return vscode.workspace.textDocuments.find((d) => !before.has(d) && d.languageId === 'markdown' && d.isUntitled);
        // The first Markdown document of the session starts VS Code's Markdown extension: on a busy machine that is slow.
      },
      45_000,
    );
    await running;
    const text = comparison.getText();
    assert.match(text, /^# Changes from jd\.posting\.yaml to posting\.posting\.yaml\n/, text.slice(0, 200));
    assert.match(text, /\n## Education\n {2}~ changed: “Completion of Bachelor’s degree\./);
    await vscode.commands.executeCommand('workbench.action.closeActiveEditor');
  });

  it('the English posting, which names no translation, shows the differences of its Japanese version', async () => {
    const editor = await open('versions/en.posting.yaml');
    const diagnostics = await diagnosticsWith(editor.document.uri, 'translated-version-differs');
    const differs = diagnostics.filter((d) => codeOf(d) === 'translated-version-differs');
    assert.deepEqual(
      differs.map((d) => d.message),
      ['A translation of this posting (ja.posting.yaml) differs: Duties: 6 items here, 7 there'],
    );
    const [related] = differs[0].relatedInformation ?? [];
    assert.equal(related?.location.uri.toString(), fileUri('versions/ja.posting.yaml').toString(), 'points at the Japanese file');
  });

  it('the JSON-LD export of an expired posting stops at the publishing gate: its dialog names the deadline, nothing is written', async () => {
    await open('template.posting.yaml');
    const target = fileUri('template.jsonld').fsPath;
    // Under extensionTestsPath the workbench's dialog service refuses modal dialogs and rejects with their contents:
    // that is the gate's "Export anyway?" question, and the export stops there, as after Cancel.
    await assert.rejects(Promise.resolve(vscode.commands.executeCommand('postingStudio.exportJsonLd')), (error: Error) => {
      assert.match(error.message, /refused to show dialog in tests/);
      assert.match(error.message, new RegExp(`The deadline \\(${expiredDeadline}\\) has passed`));
      return true;
    });
    assert.ok(!existsSync(target), 'no JSON-LD written for an expired posting');
  });

  it('a quick fix applies and its diagnostic drops', async () => {
    const editor = await open('quickfix.posting.yaml');
    const uri = editor.document.uri;
    const unknown = (await diagnosticsWith(uri, 'unknown-field')).find((d) => codeOf(d) === 'unknown-field')!;
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, unknown.range);
    const fix = actions.find((a) => a.kind?.value === 'quickfix' && a.edit && /background/.test(a.title));
    assert.ok(fix, `a quick fix to 'background'; got ${actions.map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit!));
    assert.ok(editor.document.getText().includes(typo.right));
    await waitFor('unknown-field to drop, with no missing section after it', () =>
      ours(uri).some((d) => ['unknown-field', 'missing-section'].includes(String(codeOf(d)))) ? undefined : true,
    );
  });

  it('a crashed server is restarted, with the unsaved text intact', async () => {
    const editor = await open('crash.posting.yaml');
    const uri = editor.document.uri;
    // An unsaved edit the user made: only the editor has it, so it must survive and reach the new server.
    const at = editor.document.getText().indexOf(typo.right);
    await editor.edit((edit) =>
      edit.replace(new vscode.Range(editor.document.positionAt(at), editor.document.positionAt(at + typo.right.length)), typo.wrong),
    );
    await diagnosticsWith(uri, 'unknown-field');
    const textBefore = editor.document.getText();
    const onDisk = readFileSync(uri.fsPath, 'utf8');

    const crashed = await waitFor('the language server process', serverPid);
    const republished = new Promise<void>((resolve) => {
      const listener = vscode.languages.onDidChangeDiagnostics((event) => {
        const restarted = serverPid();
        if (restarted === undefined || restarted === crashed) return;
        if (!event.uris.some((u) => u.toString() === uri.toString())) return;
        if (!ours(uri).some((d) => codeOf(d) === 'unknown-field')) return;
        listener.dispose();
        resolve();
      });
    });
    process.kill(crashed, 'SIGKILL');
    await Promise.race([
      republished,
      new Promise((_, reject) => setTimeout(() => reject(new Error('no diagnostics from a restarted server')), 30_000)),
    ]);

    assert.notEqual(serverPid(), crashed);
    assert.equal(editor.document.getText(), textBefore, 'the buffer is unchanged');
    assert.ok(editor.document.isDirty, 'the unsaved edit is still unsaved');
    assert.equal(readFileSync(uri.fsPath, 'utf8'), onDisk, 'the file on disk is unchanged');
    // And the restarted server serves requests too.
    const list = await vscode.commands.executeCommand<vscode.CompletionList>(
      'vscode.executeCompletionItemProvider',
      uri,
      new vscode.Position(0, 0),
    );
    assert.ok(Array.isArray(list.items));
  });

  after(async () => {
    // A telling screen for the runner's screenshot, taken while the extension host still runs: the broken posting
    // with its squiggles, the Problems panel, the preview. The runner writes the file; wait until it has.
    await vscode.commands.executeCommand('workbench.action.joinAllGroups');
    await open('broken.posting.yaml');
    await vscode.commands.executeCommand('postingStudio.openPreviewToSide');
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    await diagnosticsWith(fileUri('broken.posting.yaml'), 'unknown-field');
    await new Promise((r) => setTimeout(r, 1500));
    const screenshot = join(vscode.extensions.getExtension(extensionId)!.extensionPath, screenshotPath);
    const asked = Date.now();
    console.log(screenshotMarker);
    await waitFor(
      'the runner to take its screenshot',
      () => existsSync(screenshot) && statSync(screenshot).mtimeMs >= asked - 1000,
      30_000,
    ).catch(() => undefined);
  });
});
