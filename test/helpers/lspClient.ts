import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { resolve } from 'path';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

export const serverPath = resolve(__dirname, '../../dist/server.js');

export interface Diagnostic {
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
  severity?: number;
  code?: string | number;
  source?: string;
  message: string;
  data?: unknown;
}

export interface Position {
  line: number;
  character: number;
}

interface PublishParams {
  uri: string;
  version?: number;
  diagnostics: Diagnostic[];
}

/** A real LSP client: spawns the built server over stdio and speaks JSON-RPC to it. */
export class LspClient {
  readonly connection: MessageConnection;
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly versions = new Map<string, number>();
  private readonly latest = new Map<string, PublishParams>();
  private readonly waiters: { uri: string; resolve: (params: PublishParams) => void }[] = [];
  private readonly listeners: ((params: PublishParams) => void)[] = [];
  stderr = '';

  private constructor(
    args: string[],
    private configuration: unknown,
    env?: Record<string, string>,
    nodeArgs: string[] = [],
  ) {
    this.process = spawn(process.execPath, [...nodeArgs, serverPath, '--stdio', ...args], {
      stdio: 'pipe',
      env: { ...process.env, ...env },
    });
    this.process.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishParams) => {
      this.latest.set(params.uri, params);
      for (const listener of this.listeners) listener(params);
      for (const waiter of this.waiters.filter((w) => w.uri === params.uri)) {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        waiter.resolve(params);
      }
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map(() => this.configuration ?? null),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onNotification('window/logMessage', () => undefined);
    this.connection.listen();
  }

  /** Starts the server and completes the initialize handshake. `configuration` answers workspace/configuration. */
  static async start(
    options: {
      configuration?: unknown;
      initializationOptions?: unknown;
      capabilities?: unknown;
      locale?: string;
      workspaceFolders?: { uri: string; name: string }[];
      /** Environment variables of the server process, beside this process's own. */
      env?: Record<string, string>;
      /** Options of node for the server process (e.g. --cpu-prof). */
      nodeArgs?: string[];
    } = {},
  ): Promise<LspClient> {
    const client = new LspClient([], options.configuration, options.env, options.nodeArgs);
    await client.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      capabilities: options.capabilities ?? {
        workspace: { configuration: options.configuration !== undefined },
        textDocument: { publishDiagnostics: { relatedInformation: true } },
      },
      initializationOptions: options.initializationOptions,
      locale: options.locale,
      workspaceFolders: options.workspaceFolders ?? null,
    });
    await client.connection.sendNotification('initialized', {});
    return client;
  }

  /** What the client answers workspace/configuration with from now on (then send didChangeConfiguration). */
  setConfiguration(configuration: unknown): void {
    this.configuration = configuration;
  }

  /** Calls `listener` with every publishDiagnostics notification, in the order they arrive. */
  onDiagnostics(listener: (params: PublishParams) => void): void {
    this.listeners.push(listener);
  }

  /** Opens a document and resolves with the first diagnostics published for it. */
  async open(uri: string, text: string, languageId = 'yaml', timeoutMs?: number): Promise<Diagnostic[]> {
    const published = this.nextDiagnostics(uri, timeoutMs);
    this.versions.set(uri, 1);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId, version: 1, text } });
    return (await published).diagnostics;
  }

  /** Replaces the whole text and resolves with the diagnostics published for the new version. */
  async change(uri: string, text: string): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ text }],
    });
    return (await published).diagnostics;
  }

  /**
   * Sends one incremental change (the range replaced by `text`, as an editor sends a key) and resolves with the
   * diagnostics published next for the document.
   */
  async changeRange(uri: string, range: { start: Position; end: Position }, text: string): Promise<Diagnostic[]> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.nextDiagnostics(uri);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range, text }],
    });
    return (await published).diagnostics;
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /**
   * The diagnostics of a document once they satisfy `until`: the last ones published if they do, else the first later
   * publication that does. For results that several publications race to (a recheck caused by another document).
   */
  async diagnosticsUntil(uri: string, until: (diagnostics: Diagnostic[]) => boolean, timeoutMs = 10000): Promise<Diagnostic[]> {
    const deadline = Date.now() + timeoutMs;
    const latest = this.latest.get(uri);
    if (latest && until(latest.diagnostics)) return latest.diagnostics;
    for (;;) {
      const { diagnostics } = await this.nextDiagnostics(uri, Math.max(1, deadline - Date.now()));
      if (until(diagnostics)) return diagnostics;
    }
  }

  nextDiagnostics(uri: string, timeoutMs = 10000): Promise<PublishParams> {
    return new Promise((resolvePublish, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No diagnostics for ${uri} within ${timeoutMs} ms. Server stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.push({
        uri,
        resolve: (params) => {
          clearTimeout(timer);
          resolvePublish(params);
        },
      });
    });
  }

  get exitCode(): number | null {
    return this.process.exitCode;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // The server may already be gone; killing it below is enough.
    }
    this.connection.dispose();
    this.process.kill();
  }
}
