import { Worker } from 'worker_threads';
import type { EngineSettings } from '../engine';
import type { CheckReply, CheckRequest, CheckSummary } from '../lsp/checkPool';
import { workerWithCodeCache } from '../node/codeCache';

interface Job extends CheckRequest {
  resolve(summary: CheckSummary | Promise<CheckSummary> | undefined): void;
}

/**
 * The internal-error problem of a text whose worker failed. The engine is imported when it is needed: posting-lint
 * starts its pool before its own thread has loaded the engine (cli.ts), and a worker rarely fails. From its check
 * module, not its index: a dynamic import of the index keeps every export of the index in posting-lint's bundle and
 * initialises them all (the importer among them) on every run.
 */
async function failedSummary(text: string, error: unknown, settings: EngineSettings): Promise<CheckSummary> {
  const [{ failedCheck }, { summaryOf }] = await Promise.all([import('../engine/check'), import('../lsp/checkPool')]);
  return summaryOf(failedCheck(text, error, settings));
}

interface Lane {
  worker: Worker;
  /** Sent to this worker and not answered yet, oldest first (a worker checks its messages in order). */
  sent: Job[];
  /** It answered once (it loaded): a lane that never did is not replaced, which could loop. */
  answered: boolean;
}

/**
 * posting-lint's worker threads (dist/checkWorker.js, the server's check worker). Unlike the server's CheckPool, a
 * check here has no time budget and nobody types meanwhile, so each worker is sent a few texts ahead: it starts the
 * next as soon as it answers one, instead of idling until this thread has read its answer and sent another (a round
 * trip per posting, and on a busy machine this thread may wait for a core before it reads the answer).
 *
 * A worker that dies (out of memory, a crash) was checking its oldest text: that one gets an internal-error problem,
 * the others it had been sent go to a new worker.
 *
 * With `codeCacheDir`, the workers load their bundle through V8's code cache (node/codeCache.ts); the first worker
 * writes the cache when there was none, after its 16th text (by then it holds the check's functions).
 */
export class LintPool {
  private readonly lanes: Lane[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;

  constructor(
    private readonly workerFile: string,
    size: number,
    /** Texts sent ahead to one worker. */
    private readonly perWorker = 4,
    private readonly codeCacheDir?: string,
  ) {
    for (let i = 0; i < size; i++) this.lanes.push(this.spawn(i === 0));
  }

  check(text: string, settings: EngineSettings): Promise<CheckSummary | undefined> {
    return new Promise((resolve) => {
      this.queue.push({ id: this.nextId++, text, settings, resolve });
      this.dispatch();
    });
  }

  /** Ends every worker; checks not answered yet are answered undefined. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    await Promise.all(
      this.lanes.splice(0).map((lane) => {
        for (const job of lane.sent.splice(0)) job.resolve(undefined);
        lane.worker.removeAllListeners();
        lane.worker.on('error', () => undefined);
        return lane.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    while (this.queue.length && !this.closed) {
      let lane: Lane | undefined;
      for (const candidate of this.lanes) if (!lane || candidate.sent.length < lane.sent.length) lane = candidate;
      if (!lane || lane.sent.length >= this.perWorker) return;
      const job = this.queue.shift() as Job;
      lane.sent.push(job);
      const request: CheckRequest = { id: job.id, text: job.text, settings: job.settings };
      lane.worker.postMessage(request);
    }
  }

  private spawn(writesCache = false): Lane {
    const worker =
      this.codeCacheDir === undefined
        ? new Worker(this.workerFile)
        : workerWithCodeCache(this.workerFile, { dir: this.codeCacheDir, writeAfterMessages: writesCache ? 16 : 0 });
    const lane: Lane = { worker, sent: [], answered: false };
    worker.on('message', (message: { ready?: boolean } & Partial<CheckReply>) => {
      if (message.ready) {
        lane.answered = true;
        return;
      }
      const index = lane.sent.findIndex((job) => job.id === message.id);
      if (index < 0 || !message.summary) return;
      lane.answered = true;
      lane.sent.splice(index, 1)[0].resolve(message.summary);
      this.dispatch();
    });
    const broken = (error: unknown) => {
      const index = this.lanes.indexOf(lane);
      if (index < 0) return;
      this.lanes.splice(index, 1);
      worker.removeAllListeners();
      worker.on('error', () => undefined);
      void worker.terminate();
      const [failed, ...rest] = lane.sent.splice(0);
      failed?.resolve(failedSummary(failed.text, error, failed.settings));
      this.queue.unshift(...rest);
      if (this.closed) return;
      if (lane.answered) this.lanes.push(this.spawn());
      if (!this.lanes.length) {
        // No worker can start (a broken installation): every waiting check gets the reason, none waits for ever.
        for (const waiting of this.queue.splice(0)) waiting.resolve(failedSummary(waiting.text, error, waiting.settings));
        return;
      }
      this.dispatch();
    };
    worker.on('error', broken);
    worker.on('exit', (code) => broken(new Error(`the check worker stopped (exit code ${code})`)));
    return lane;
  }
}
