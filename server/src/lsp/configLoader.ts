import { Worker } from 'worker_threads';
import type { LoadedConfig } from '../node/configFiles';

/** A config text to load in the worker (the role `config` of dist/checkWorker.js). */
export interface ConfigLoadRequest {
  id: number;
  text: string;
  file: string;
  maxFileSize: number;
}

export type ConfigLoadReply = { id: number; loaded: LoadedConfig } | { id: number; error: string };

/** A load stopped at its time budget. */
export class ConfigLoadTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`took more than ${seconds} s`);
    this.name = 'ConfigLoadTimeout';
  }
}

interface Pending {
  resolve(loaded: LoadedConfig): void;
  reject(error: Error): void;
  timer: NodeJS.Timeout;
}

/**
 * Loads .postingrc.yaml texts (a buffer being edited, a file on disk) and the catalogues they name in a worker thread:
 * parsing a config that names a 500 KB framework takes seconds, and the server's thread must keep answering hover and
 * completion meanwhile. A load over its budget ends the worker (a new one takes the next load) and is rejected with
 * ConfigLoadTimeout. The worker reads only regular files, within maxFileSize (node/readFile.ts).
 */
export class ConfigLoader {
  private worker?: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly workerFile: string,
    private readonly budgetMs = 30_000,
  ) {}

  load(text: string, file: string, maxFileSize: number): Promise<LoadedConfig> {
    const worker = (this.worker ??= this.spawn());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.stop(new ConfigLoadTimeout(this.budgetMs / 1000)), this.budgetMs);
      this.pending.set(id, { resolve, reject, timer });
      const request: ConfigLoadRequest = { id, text, file, maxFileSize };
      worker.postMessage(request);
    });
  }

  async close(): Promise<void> {
    const worker = this.worker;
    this.stop(new Error('the server is stopping'));
    await worker?.terminate();
  }

  /** Ends the worker and rejects every load it had (they cannot be told apart from the one that ran over). */
  private stop(error: Error): void {
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

  private spawn(): Worker {
    const worker = new Worker(this.workerFile, { workerData: { role: 'config' } });
    worker.unref(); // an idle worker never keeps the server alive
    worker.on('message', (reply: ConfigLoadReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      clearTimeout(waiting.timer);
      this.pending.delete(reply.id);
      if ('loaded' in reply) waiting.resolve(reply.loaded);
      else waiting.reject(new Error(reply.error));
    });
    worker.on('error', (error) => this.stop(error));
    worker.on('exit', (code) => this.stop(new Error(`the config worker stopped (exit code ${code})`)));
    return worker;
  }
}
