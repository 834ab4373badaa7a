import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverEnvironment, serverNodeFlags } from '../../server/src/launch';
import { ActivePosting } from './activePosting';
import { registerCheckWorkspace } from './commands/checkWorkspace';
import { registerImportFromText } from './commands/importFromText';
import { registerNewPosting } from './commands/newPosting';
import { registerCompareWith } from './commands/compareWith';
import { registerExplainWording } from './commands/explainWording';
import { registerPreview } from './preview';
import { registerStatusBar } from './statusBar';

let client: LanguageClient | undefined;

/** What activate() returns to VS Code (extension.exports): the editor tests read how long activation took. */
export interface PostingStudioApi {
  /** Milliseconds from activate() being called to the language server answering `initialize`. */
  activationMs: number;
}

export async function activate(context: vscode.ExtensionContext): Promise<PostingStudioApi> {
  const started = performance.now();
  const serverModule = context.asAbsolutePath('dist/server.js');
  // vscode-languageclient merges `env` over the extension host's own environment.
  const env = serverEnvironment;
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { execArgv: [...serverNodeFlags], env } },
    debug: {
      module: serverModule,
      transport: TransportKind.ipc,
      options: { execArgv: [...serverNodeFlags, '--nolazy', '--inspect=6011'], env },
    },
  };
  const clientOptions: LanguageClientOptions = {
    // The server decides which YAML files are postings (globs, modeline, $schema); other YAML stays untouched.
    documentSelector: [
      { scheme: 'file', language: 'yaml' },
      { scheme: 'untitled', language: 'yaml' },
    ],
    synchronize: { configurationSection: 'postingStudio' },
  };
  client = new LanguageClient('postingStudio', 'Posting Studio', serverOptions, clientOptions);
  registerPreview(context, client);
  registerNewPosting(context);
  registerImportFromText(context, client);
  registerCheckWorkspace(context, client);
  registerCompareWith(context, client);
  registerExplainWording(context);
  const activePosting = new ActivePosting(client);
  context.subscriptions.push(activePosting);
  registerStatusBar(context, activePosting);
  await client.start();
  return { activationMs: performance.now() - started };
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
