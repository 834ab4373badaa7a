import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { newNonce, previewPage, type FromPreview, type ToPreview } from './page';
import { renderDocument } from './render';

/** How long after the last keystroke the preview re-renders. */
const refreshDelayMs = 300;

/** One preview panel beside one posting; the host renders through the language server, the page only displays. */
export class PostingPreview implements vscode.Disposable {
  private readonly disposables: vscode.Disposable[] = [];
  private timer: ReturnType<typeof setTimeout> | undefined;
  private latestRequest = 0;

  constructor(
    private readonly panel: vscode.WebviewPanel,
    private readonly document: vscode.TextDocument,
    private readonly client: LanguageClient,
    private readonly mediaRoot: vscode.Uri,
    onDispose: () => void,
  ) {
    panel.onDidDispose(
      () => {
        onDispose();
        this.dispose();
      },
      undefined,
      this.disposables,
    );
    // A hidden webview is discarded (no retainContextWhenHidden): rebuild it, with the latest text, when shown again.
    panel.onDidChangeViewState(
      (event) => {
        if (event.webviewPanel.visible) void this.showPage();
      },
      undefined,
      this.disposables,
    );
    panel.webview.onDidReceiveMessage((message: FromPreview) => this.onMessage(message), undefined, this.disposables);
    vscode.workspace.onDidChangeTextDocument(
      (event) => {
        if (event.document.uri.toString() === document.uri.toString()) this.scheduleRefresh();
      },
      undefined,
      this.disposables,
    );
    vscode.window.onDidChangeTextEditorVisibleRanges(
      (event) => {
        if (event.textEditor.document.uri.toString() !== document.uri.toString()) return;
        const line = event.visibleRanges[0]?.start.line;
        if (line !== undefined) this.post({ type: 'scrollToLine', line });
      },
      undefined,
      this.disposables,
    );
  }

  static create(
    context: vscode.ExtensionContext,
    client: LanguageClient,
    editor: vscode.TextEditor,
    onDispose: () => void,
  ): PostingPreview {
    const mediaRoot = vscode.Uri.joinPath(context.extensionUri, 'client', 'media');
    const panel = vscode.window.createWebviewPanel(
      'postingStudio.preview',
      `Preview ${basename(editor.document.uri)}`,
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, enableCommandUris: false, localResourceRoots: [mediaRoot] },
    );
    const preview = new PostingPreview(panel, editor.document, client, mediaRoot, onDispose);
    void preview.showPage();
    return preview;
  }

  reveal(): void {
    this.panel.reveal(vscode.ViewColumn.Beside, true);
  }

  /** The whole page, with a fresh nonce; later edits only swap the body (see scheduleRefresh). */
  private async showPage(): Promise<void> {
    const webview = this.panel.webview;
    const rendered = await this.render();
    webview.html = previewPage({
      body: rendered?.content ?? '',
      nonce: newNonce(),
      cspSource: webview.cspSource,
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'preview.css')).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.mediaRoot, 'preview.js')).toString(),
      title: this.panel.title,
    });
  }

  private scheduleRefresh(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), refreshDelayMs);
  }

  private async refresh(): Promise<void> {
    const rendered = await this.render();
    if (rendered) this.post({ type: 'update', body: rendered.content, version: rendered.version });
  }

  /** The latest rendering, or undefined when a newer request has started or the server failed. */
  private async render(): Promise<{ content: string; version: number } | undefined> {
    const request = ++this.latestRequest;
    try {
      const result = await renderDocument(this.client, this.document, 'html', false, undefined, true);
      return request === this.latestRequest ? result : undefined;
    } catch (error) {
      void vscode.window.setStatusBarMessage(`Posting preview: ${String(error)}`, 5000);
      return undefined;
    }
  }

  private post(message: ToPreview): void {
    void this.panel.webview.postMessage(message);
  }

  private async onMessage(message: FromPreview): Promise<void> {
    const visible = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === this.document.uri.toString());
    if (message?.type === 'ready') {
      const line = visible?.visibleRanges[0]?.start.line;
      if (line) this.post({ type: 'scrollToLine', line });
      return;
    }
    if (message?.type !== 'reveal' || typeof message.line !== 'number') return;
    const editor = await vscode.window.showTextDocument(this.document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One });
    const position = new vscode.Position(Math.min(message.line, this.document.lineCount - 1), 0);
    editor.selection = new vscode.Selection(position, position);
    editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.AtTop);
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }
}

export function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
