import { fileURLToPath, pathToFileURL } from 'url';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver/node';
import { isPostingDocument, type Problem } from '../engine';
import { findPostings } from '../node/findPostings';
import { readRegularFile } from '../node/readFile';
import { checkWorkspaceRequest, type WorkspaceCheckResult } from '../protocol';
import { toDiagnostic } from './convert';
import type { SettingsFor } from './postingDocument';
import { requestType } from './requestType';
import type { ServerSettings } from './settings';

/** What the workspace check needs from the server, so that it stays a small piece of scheduling. */
export interface WorkspaceCheckHost {
  /** The candidate posting files of the workspace (by the include globs), as URIs; `truncated` when capped. */
  findFiles(): Promise<{ uris: string[]; truncated: boolean }>;
  /** Whether a URI names one of the workspace's candidate posting files (for file events). */
  isCandidate(uri: string): boolean;
  /** An open document is the editor's: its buffer, not the file on disk, is what is checked and shown. */
  isOpen(uri: string): boolean;
  /** Open documents have checks waiting: typing comes first, so the workspace check waits. */
  isBusy(): boolean;
  /** Reads and checks one file; `undefined` when it is not a posting or cannot be read (with the reason). */
  checkFile(uri: string): Promise<{ diagnostics: Diagnostic[] } | { skipped: string } | undefined>;
  publish(uri: string, diagnostics: Diagnostic[]): void;
}

interface Pass {
  files: number;
  filesWithProblems: number;
  problems: number;
  skipped: { uri: string; reason: string }[];
  truncated: boolean;
  done: () => void;
}

/**
 * The problems of every posting in the workspace in the Problems panel, open or not, as markdownlint's "lint
 * workspace" task and ESLint's workspace diagnostics give them. It works through a queue one file at a time, yields to
 * the event loop after each file, and waits while an open document has a check due, so that an author types in one
 * posting at full speed while a thousand others are being checked.
 */
export class WorkspaceCheck {
  private enabled = false;
  private readonly queue = new Set<string>();
  /** Files whose problems this check has published (so it can clear them, and keep them up to date). */
  private readonly published = new Set<string>();
  private passes: Pass[] = [];
  private draining = false;
  private generation = 0;

  constructor(
    private readonly host: WorkspaceCheckHost,
    private readonly busyWaitMs = 50,
  ) {}

  /** The `postingStudio.checkWorkspace` setting: on checks everything now and keeps it checked; off clears it. */
  setEnabled(enabled: boolean): void {
    if (enabled === this.enabled) return;
    this.enabled = enabled;
    if (enabled) void this.checkAll();
    else this.clear();
  }

  get isEnabled(): boolean {
    return this.enabled;
  }

  /** One pass over every candidate file (the command; also when the setting is turned on or folders change). */
  async checkAll(): Promise<WorkspaceCheckResult> {
    const { uris, truncated } = await this.host.findFiles();
    const finished = new Promise<void>((resolve) => {
      this.passes.push({ files: 0, filesWithProblems: 0, problems: 0, skipped: [], truncated, done: resolve });
    });
    const pass = this.passes[this.passes.length - 1];
    // Files that were checked before but are gone now (deleted or no longer matched) lose their problems.
    const current = new Set(uris);
    for (const uri of this.published) if (!current.has(uri) && !this.host.isOpen(uri)) this.forget(uri);
    for (const uri of uris) this.queue.add(uri);
    this.drain();
    await finished;
    return {
      files: pass.files,
      filesWithProblems: pass.filesWithProblems,
      problems: pass.problems,
      skipped: pass.skipped,
      truncated: pass.truncated,
    };
  }

  /** A file was created or changed on disk. */
  fileChanged(uri: string): void {
    if (!this.enabled && !this.published.has(uri)) return;
    if (!this.host.isCandidate(uri) || this.host.isOpen(uri)) return;
    this.queue.add(uri);
    this.drain();
  }

  fileDeleted(uri: string): void {
    this.queue.delete(uri);
    if (this.published.has(uri)) this.forget(uri);
  }

  /** The editor now owns the document: its buffer's problems replace the file's. */
  documentOpened(uri: string): void {
    this.queue.delete(uri);
    this.published.delete(uri);
  }

  /**
   * The editor closed a document. Returns whether the workspace check keeps showing its problems (from the file on
   * disk, which unsaved edits may differ from); otherwise the server clears them, as for any closed document.
   */
  documentClosed(uri: string): boolean {
    if (!this.enabled || !this.host.isCandidate(uri)) return false;
    this.queue.add(uri);
    this.drain();
    return true;
  }

  private clear(): void {
    this.generation++;
    this.queue.clear();
    for (const uri of [...this.published]) if (!this.host.isOpen(uri)) this.forget(uri);
    this.finishPasses();
  }

  private forget(uri: string): void {
    this.published.delete(uri);
    this.host.publish(uri, []);
  }

  private drain(): void {
    if (this.draining) return;
    this.draining = true;
    const generation = this.generation;
    const next = async (): Promise<void> => {
      if (generation !== this.generation) {
        this.draining = false; // cleared: a later pass starts a drain of its own
        return;
      }
      if (this.host.isBusy()) {
        setTimeout(() => void next().catch(stop), this.busyWaitMs);
        return;
      }
      const uri = this.queue.values().next().value;
      if (uri === undefined) {
        this.draining = false;
        this.finishPasses();
        return;
      }
      this.queue.delete(uri);
      if (!this.host.isOpen(uri)) await this.checkOne(uri);
      // setImmediate, not a microtask: edits and requests that arrived meanwhile are read and handled first.
      setImmediate(() => void next().catch(stop));
    };
    const stop = () => {
      this.draining = false;
      this.finishPasses();
    };
    void next().catch(stop);
  }

  private async checkOne(uri: string): Promise<void> {
    const outcome = await this.host.checkFile(uri);
    // The file may have been opened while it was read: then the editor's buffer is what counts.
    if (this.host.isOpen(uri)) return;
    if (!outcome) {
      if (this.published.has(uri)) this.forget(uri);
      return;
    }
    if ('skipped' in outcome) {
      for (const pass of this.passes) pass.skipped.push({ uri, reason: outcome.skipped });
      if (this.published.has(uri)) this.forget(uri);
      return;
    }
    this.published.add(uri);
    this.host.publish(uri, outcome.diagnostics);
    for (const each of this.passes) {
      each.files++;
      each.problems += outcome.diagnostics.length;
      if (outcome.diagnostics.length) each.filesWithProblems++;
    }
  }

  private finishPasses(): void {
    const passes = this.passes;
    this.passes = [];
    for (const pass of passes) pass.done();
  }
}

export interface WorkspaceCheckWiring {
  connection: Connection;
  documents: TextDocuments<TextDocument>;
  settingsFor: SettingsFor;
  /** The workspace-wide settings (include globs, whether the check is on). */
  workspaceSettings: () => Promise<ServerSettings>;
  isBusy: () => boolean;
  /** Checks a text as the open documents are checked (in a worker, under the time budget); undefined if dropped. */
  checkText: (uri: string, text: string, settings: ServerSettings) => Promise<{ problems: Problem[] } | undefined>;
  /** The problems from the files a posting is related to (based_on:, translation_of:, and translations of it). */
  relatedProblems: (uri: string, text: string, settings: ServerSettings) => Promise<Problem[]>;
}

/** The workspace check wired to LSP: folders from `initialize`, files read safely, `posting/checkWorkspace`. */
export function registerWorkspaceCheck(wiring: WorkspaceCheckWiring): {
  check: WorkspaceCheck;
  setFolders: (folders: readonly { uri: string }[] | null | undefined) => void;
  /** The workspace's candidate posting files (by the include globs), as URIs. */
  findFiles: () => Promise<{ uris: string[]; truncated: boolean }>;
} {
  const { connection, documents, settingsFor } = wiring;
  let folders: string[] = [];
  let includeGlobs: readonly string[] = [];
  const findFiles = async () => {
    includeGlobs = (await wiring.workspaceSettings()).includeGlobs;
    const uris: string[] = [];
    let truncated = false;
    for (const folder of folders) {
      const found = await findPostings(folder, includeGlobs);
      uris.push(...found.files.map((file) => pathToFileURL(file).toString()));
      truncated ||= found.truncated;
    }
    return { uris, truncated };
  };
  const check = new WorkspaceCheck({
    findFiles,
    isCandidate: (uri) => uri.startsWith('file:') && isPostingDocument(uri, '', includeGlobs),
    isOpen: (uri) => documents.get(uri) !== undefined,
    isBusy: wiring.isBusy,
    async checkFile(uri) {
      const settings = await settingsFor(uri);
      const read = await readRegularFile(fileURLToPath(uri), settings.engine.limits.maxFileSize, { checkCharacters: false });
      if ('failure' in read) return read.failure.kind === 'missing' ? undefined : { skipped: read.failure.reason };
      if (!isPostingDocument(uri, read.text, settings.includeGlobs)) return undefined;
      const result = await wiring.checkText(uri, read.text, settings);
      if (!result) return undefined;
      const problems = [...result.problems, ...(await wiring.relatedProblems(uri, read.text, settings))];
      return { diagnostics: problems.map((problem) => toDiagnostic(problem, uri)) };
    },
    publish: (uri, diagnostics) => void connection.sendDiagnostics({ uri, diagnostics }),
  });
  connection.onRequest(requestType(checkWorkspaceRequest), () => check.checkAll());
  return {
    check,
    findFiles,
    setFolders(list) {
      folders = (list ?? []).filter((folder) => folder.uri.startsWith('file:')).map((folder) => fileURLToPath(folder.uri));
    },
  };
}
