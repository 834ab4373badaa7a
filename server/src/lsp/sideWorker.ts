import { Worker } from 'worker_threads';
import type { CodeAction, CodeActionParams } from 'vscode-languageserver/node';
import type {
  Completion,
  CompleteOptions,
  EngineSettings,
  FoldingRegion,
  HoverInfo,
  Position,
  PostingSymbol,
  Range,
  readabilityLenses,
  wordingBalanceLens,
} from '../engine';
import type { LoadedConfig } from '../node/configFiles';

/**
 * Work done in a side worker (the role `side` of dist/checkWorker.js) so the server's thread stays free: a config text
 * to load, or the outline, folding or lenses of a large document.
 */
export type SideJob =
  | { kind: 'config'; text: string; file: string; maxFileSize: number; locale?: string }
  | { kind: 'warmUp' }
  | { kind: 'symbols'; text: string; locale?: string }
  | { kind: 'folding'; text: string }
  | { kind: 'selection'; text: string; positions: Position[] }
  | { kind: 'lenses'; text: string; locale?: string; settings: EngineSettings }
  | { kind: 'actions'; text: string; params: CodeActionParams; settings: EngineSettings }
  | { kind: 'hover'; text: string; position: Position; settings: EngineSettings }
  | { kind: 'completion'; text: string; position: Position; options: CompleteOptions };

export interface SideResults {
  config: LoadedConfig;
  warmUp: number;
  symbols: PostingSymbol[];
  folding: FoldingRegion[];
  selection: Range[][];
  lenses: { balance: ReturnType<typeof wordingBalanceLens>; readability: ReturnType<typeof readabilityLenses> };
  actions: CodeAction[];
  hover: HoverInfo | undefined;
  completion: Completion[];
}

export type SideRequest = SideJob & { id: number };
export type SideReply = { id: number; result: SideResults[SideJob['kind']] } | { id: number; error: string };

/**
 * Documents longer than this (in characters), or of more lines than offThreadLines, have their outline, folding,
 * lenses, code actions, hover, completion and selection ranges worked out in the side worker. A posting is a few
 * kilobytes and under 200 lines (the largest seed: 9 KB, 170 lines), served at once on the server's thread; the outline,
 * folding and lenses of a 36 KB text cost that thread about 100 ms, and 6,000 short keys in 54 KB held a hover on another
 * document for 6.8 s under load, so past either bound the text is never parsed there.
 */
export const offThreadAbove = 24 * 1024;
export const offThreadLines = 400;

/** Whether a text is worked on in the side worker (see offThreadAbove); counts lines only up to the bound. */
export function goesOffThread(text: string): boolean {
  if (text.length > offThreadAbove) return true;
  let lines = 1;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) if (++lines > offThreadLines) return true;
  return false;
}

/** A job stopped at its time budget. */
export class SideJobTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`took more than ${seconds} s`);
    this.name = 'SideJobTimeout';
  }
}

interface Pending {
  // Each job's result type is fixed by its kind (SideResults); the map holds them together.
  resolve(result: SideResults[SideJob['kind']]): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Runs side jobs in a worker thread of its own: loading .postingrc.yaml texts (a buffer being edited, a file on disk)
 * and the catalogues they name (parsing a 500 KB framework takes seconds), or the outline, folding and lenses of a
 * document too large to parse on the server's thread; the server keeps answering hover and completion meanwhile. A
 * job over its budget ends the worker (a new one takes the next job) and is rejected with SideJobTimeout. The
 * worker reads only regular files, within maxFileSize (node/readFile.ts).
 */
export class SideWorker {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  /** Ends the worker once it has had nothing to do for idleMs. */
  private idleTimer?: NodeJS.Timeout;

  /**
   * `idleMs`: a worker with no job for this long is ended (it holds a copy of the engine and its schemas, tens of MB
   * of the server's memory, like a spare check worker); the next job starts a new one.
   */
  constructor(
    private readonly workerFile: string,
    private readonly budgetMs = 30_000,
    private readonly idleMs = 30_000,
  ) {}

  /** Whether a worker is running now (it starts with the first job and ends after idleMs without one). */
  get isRunning(): boolean {
    return this.worker !== undefined;
  }

  run<K extends SideJob['kind']>(job: SideJob & { kind: K }): Promise<SideResults[K]> {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise<SideResults[K]>((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new SideJobTimeout(this.budgetMs / 1000)), this.budgetMs);
      // The worker answers a job of kind K with SideResults[K] (checkWorker.ts); the reply carries no type of its own.
      this.pending.set(id, { resolve: resolve as (result: SideResults[SideJob['kind']]) => void, reject, timer });
      const request: SideRequest = { ...job, id };
      worker.postMessage(request);
    });
  }

  /**
   * Starts the worker now rather than with its first job, and has it parse a config and a catalogue of its own
   * (warmUp.ts): the server's config worker, so that a project's first posting waits neither for the worker's start
   * nor for a cold YAML parser. The worker then retires after idleMs without a job, as after any job.
   */
  warmUp(): Promise<number> {
    return this.run({ kind: 'warmUp' });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.stop(new Error('the server is stopping'));
    await worker?.terminate();
  }

  /** Ends the worker and rejects every load it had (they cannot be told apart from the one that ran over). */
  private stop(error: Error): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    const worker = this.worker;
    this.worker = undefined;
    if (worker) {
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
    }
    for (const [id, { reject, timer }] of this.pending) {
      clearTimeout(timer);
      this.pending.delete(id);
      reject(error);
    }
  }

  /** Ends `worker` after idleMs unless a job comes first (run clears the timer). */
  private retireWhenIdle(worker: Worker): void {
    clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (this.worker === worker && !this.pending.size) this.stop(new Error('the side worker was idle'));
    }, this.idleMs);
    this.idleTimer.unref();
  }

  private spawn(): Worker {
    // Its jobs yield the CPU to the server's thread as checks do (checkPool.ts, lowerThreadPriority).
    const worker = new Worker(this.workerFile, { workerData: { role: 'side', niceness: 5 } });
    worker.unref(); // an idle worker never keeps the server alive
    worker.on('message', (reply: SideReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      clearTimeout(waiting.timer);
      this.pending.delete(reply.id);
      if ('result' in reply) waiting.resolve(reply.result);
      else waiting.reject(new Error(reply.error));
      if (!this.pending.size) this.retireWhenIdle(worker);
    });
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', (code) => this.stop(new Error(`the side worker stopped (exit code ${code})`)));
    return worker;
  }
}
