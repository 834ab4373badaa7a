import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
// Types only: the server answers whether a file is a posting (globs, modeline, $schema), so the client needs no glob library.
import { infoRequest, type PostingInfo } from '../../server/src/protocol';
import { requestType } from './requestType';

/** Context key that shows the preview button, palette entries and keybinding only on postings. */
export const postingContextKey = 'postingStudio.isPosting';

/**
 * The active editor's posting, as the server sees it: whether it is one, its profile and problem count.
 * Asks `posting/info` when the editor changes and when its diagnostics settle; sets the context key.
 */
export class ActivePosting implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<PostingInfo | undefined>();
  /** Fires with the new info, or undefined when the active editor is not a posting (or the server is down). */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [];
  private timer: NodeJS.Timeout | undefined;
  private request = 0;

  constructor(private readonly client: LanguageClient) {
    this.subscriptions.push(
      this.changed,
      vscode.window.onDidChangeActiveTextEditor(() => this.refreshSoon(0)),
      vscode.languages.onDidChangeDiagnostics((event) => {
        const active = vscode.window.activeTextEditor?.document.uri.toString();
        if (event.uris.some((uri) => uri.toString() === active)) this.refreshSoon(200); // bursts while typing
      }),
      client.onDidChangeState(() => this.refreshSoon(0)),
    );
    this.refreshSoon(0);
  }

  private refreshSoon(delayMs: number): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.refresh(), delayMs);
  }

  private async refresh(): Promise<void> {
    const request = ++this.request;
    const document = vscode.window.activeTextEditor?.document;
    let info: PostingInfo | undefined;
    if (document && document.languageId === 'yaml' && this.client.isRunning()) {
      try {
        info = await this.client.sendRequest(requestType(infoRequest), { uri: document.uri.toString() });
      } catch {
        info = undefined; // the server is restarting; its state change refreshes again
      }
    }
    if (request !== this.request) return; // a newer refresh has started
    const posting = info?.isPosting ? info : undefined;
    void vscode.commands.executeCommand('setContext', postingContextKey, !!posting);
    this.changed.fire(posting);
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.subscriptions.forEach((subscription) => subscription.dispose());
  }
}
