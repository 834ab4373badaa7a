import { spawn, type ChildProcessWithoutNullStreams } from 'child_process';
import { readdirSync, readFileSync } from 'fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from 'vscode-jsonrpc/node';

interface Published {
  uri: string;
  version?: number;
  diagnostics: { message: string; code?: string | number; source?: string }[];
}

/** A publishDiagnostics as it arrived. */
export interface Arrival {
  at: number;
  version?: number;
  count: number;
}

/** Clock ticks per second of /proc/<pid>/stat (USER_HZ: 100 on Linux). */
const ticksPerSecond = 100;

/**
 * A language server under measurement, spoken to over stdio like an editor would (the approach of
 * test/helpers/lspClient.ts, for any server): answers workspace/configuration per section, times each
 * didChange until the publishDiagnostics that follows it, and reads the process's resident memory.
 */
export class MeasuredServer {
  private readonly connection: MessageConnection;
  private readonly child: ChildProcessWithoutNullStreams;
  private readonly versions = new Map<string, number>();
  private readonly waiters = new Map<string, (published: Published) => void>();
  /** Every publishDiagnostics per document, with its arrival time (performance.now()). */
  readonly arrivals = new Map<string, Arrival[]>();
  stderr = '';

  private constructor(
    command: string[],
    private readonly configuration: (section: string | undefined) => unknown,
    environment: Readonly<Record<string, string>>,
  ) {
    this.child = spawn(process.execPath, command, { stdio: 'pipe', env: { ...process.env, ...environment } });
    this.child.stderr.on('data', (chunk: Buffer) => (this.stderr += chunk.toString()));
    this.connection = createMessageConnection(new StreamMessageReader(this.child.stdout), new StreamMessageWriter(this.child.stdin));
    this.connection.onNotification('textDocument/publishDiagnostics', (published: Published) => {
      const arrivals = this.arrivals.get(published.uri) ?? [];
      arrivals.push({ at: performance.now(), version: published.version, count: published.diagnostics.length });
      this.arrivals.set(published.uri, arrivals);
      const waiter = this.waiters.get(published.uri);
      this.waiters.delete(published.uri);
      waiter?.(published);
    });
    this.connection.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) =>
      params.items.map((item) => this.configuration(item.section) ?? null),
    );
    this.connection.onRequest('client/registerCapability', () => null);
    this.connection.onRequest('window/workDoneProgress/create', () => null);
    this.connection.onNotification(() => undefined);
    this.connection.listen();
  }

  static async start(
    command: string[],
    configuration: (section: string | undefined) => unknown,
    environment: Readonly<Record<string, string>> = {},
    workspaceFolders: { uri: string; name: string }[] | null = null,
  ): Promise<MeasuredServer> {
    const server = new MeasuredServer(command, configuration, environment);
    await server.connection.sendRequest('initialize', {
      processId: process.pid,
      rootUri: null,
      workspaceFolders,
      capabilities: { workspace: { configuration: true }, textDocument: { publishDiagnostics: {} } },
    });
    await server.connection.sendNotification('initialized', {});
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    return server;
  }

  async open(uri: string, text: string): Promise<Published['diagnostics']> {
    this.versions.set(uri, 1);
    const published = this.next(uri);
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'yaml', version: 1, text } });
    return (await published).diagnostics;
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  /** Sends the whole new text and resolves with the milliseconds until its diagnostics arrive. */
  async timedChange(uri: string, text: string): Promise<{ ms: number; diagnostics: Published['diagnostics'] }> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const published = this.next(uri);
    const start = performance.now();
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
    const { diagnostics } = await published;
    return { ms: performance.now() - start, diagnostics };
  }

  /** Sends one keystroke as an editor does: an incremental change of one character at one position. */
  async typeKey(uri: string, position: { line: number; character: number }, character: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    await this.connection.sendNotification('textDocument/didChange', {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: position, end: position }, text: character }],
    });
    return version;
  }

  /**
   * CPU time the server has used so far, in ms, from /proc/<pid>/stat: user and system time of all its threads
   * (helper threads and workers included), of its children that ended, and of those still running.
   */
  cpuMs(): number {
    return (processTicks(this.child.pid!, true) * 1000) / ticksPerSecond;
  }

  /** Resident set size of the server process, in MB. */
  rssMb(): number {
    const status = readFileSync(`/proc/${this.child.pid}/status`, 'utf8');
    const kb = Number(/^VmRSS:\s+(\d+)/m.exec(status)?.[1]);
    return kb / 1024;
  }

  private next(uri: string, timeoutMs = 60000): Promise<Published> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`No diagnostics for ${uri} within ${timeoutMs} ms. stderr: ${this.stderr}`)),
        timeoutMs,
      );
      this.waiters.set(uri, (published) => {
        clearTimeout(timer);
        resolve(published);
      });
    });
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone: the kill below is enough.
    }
    // A server that exits by itself writes what it was asked to on exit (a --cpu-prof profile, say).
    const exited = new Promise((resolve) => this.child.once('exit', resolve));
    await Promise.race([exited, pause(2000)]);
    this.connection.dispose();
    this.child.kill();
  }
}

/** utime + stime (+ cutime + cstime) of a process, plus the same of its live children, in clock ticks. */
function processTicks(pid: number, withChildren: boolean): number {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return 0; // ended meanwhile: its time is in its parent's cutime once waited for
  }
  // Fields after the command name (which may hold spaces) in parentheses: state is field 3, utime field 14.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const [utime, stime, cutime, cstime] = fields.slice(11, 15).map(Number);
  let ticks = utime + stime + cutime + cstime;
  if (withChildren) for (const child of childrenOf(pid)) ticks += processTicks(child, true);
  return ticks;
}

function childrenOf(pid: number): number[] {
  const children: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (list) children.push(...list.split(' ').map(Number));
    }
  } catch {
    // ended meanwhile
  }
  return children;
}

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
