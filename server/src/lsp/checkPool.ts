import { getPriority, setPriority } from 'os';
import { Worker, type ResourceLimits } from 'worker_threads';
import {
  failedCheck,
  relatedFilesOf,
  timedOutCheck,
  type CheckResult,
  type EngineSettings,
  type Problem,
  type RelatedNames,
} from '../engine';
import { collectThisThread, fullCollection, type CollectRequest } from './idleCollection';
import type { BaseEdit } from './editedDocument';

/**
 * What the server keeps of a check: its problems, the profile it was checked against and the files the posting names
 * in `based_on:` and `translation_of:` (all plain data, small to copy between threads; the server's thread needs no
 * parse of its own).
 */
export interface CheckSummary {
  profile: { id: string; title: string };
  problems: Problem[];
  related: RelatedNames;
}

/**
 * The text of a check: a string, or an open document's base and edit (editedDocument.ts). A worker keeps the base of
 * the last few documents it checked, so while an author types it is sent the edit alone, and the server's thread
 * neither joins nor copies the whole text.
 */
export type CheckText = string | { baseEdit: BaseEdit; text(): string };

export interface CheckRequest {
  id: number;
  text: string;
  settings: EngineSettings;
  /** The document checked: the worker patches the parse of its text before (engine/document/incremental.ts). */
  key?: string;
}

/** An open document's check: the base its text is made from (with that text, when the worker does not hold it yet) and the edit of it. */
export interface BaseCheckRequest {
  id: number;
  base: { id: number; text?: string; edit?: BaseEdit['edit'] };
  settings: EngineSettings;
  key: string;
}

export interface CheckReply {
  id: number;
  summary: CheckSummary;
}

/** The worker does not hold the base a request names (it kept others since): the pool sends the base again. */
export interface MissingBaseReply {
  id: number;
  missingBase: true;
}

/** How many documents' bases a worker keeps (the pool tracks the same, and sends a base again when told it is missing). */
export const keptBases = 4;

/** The text a base request stands for: the base it names with the request's edit applied. */
export function withEdit(base: string, edit: BaseCheckRequest['base']['edit']): string {
  return edit ? base.slice(0, edit.start) + edit.inserted + base.slice(edit.end) : base;
}

interface Job {
  id: number;
  key: string;
  text: CheckText;
  settings: EngineSettings;
  /** No budget: the check runs to its end (posting-lint). */
  budgetMs: number | undefined;
  resolve(summary: CheckSummary | undefined): void;
}

interface Slot {
  worker: Worker;
  ready: boolean;
  /** The base each document's check last sent this worker, newest last (the worker keeps the same keptBases). */
  bases: Map<string, number>;
  job?: Job;
  /** When its job started (Date.now()). */
  startedAt: number;
  timer?: NodeJS.Timeout;
  /** Ends a spare worker that has had nothing to do for a while. */
  idleTimer?: NodeJS.Timeout;
}

/** How the pool grows and shrinks. */
export interface PoolOptions {
  /** Most workers at once. */
  size: number;
  /** Workers keep the process alive while they work (posting-lint waits for them; the server has its connection). */
  keepAlive: boolean;
  /**
   * A check waits this long behind a running one before a spare worker is started for it. A spare worker costs a
   * copy of the engine and its schemas (tens of MB) and their start; ordinary checks take milliseconds, so only a
   * long one (a runaway, until its budget stops it) is worth one.
   */
  spareAfterMs: number;
  /** A spare worker with nothing to do for this long is ended (the first one stays). */
  spareIdleMs: number;
  /**
   * A newer text of a document waits this long for the check of its older text before it may run beside it (on
   * another worker): a check that long is a runaway, and the author should not wait out its whole budget.
   */
  sameDocumentSpareMs: number;
  /** The heap limits of each worker (V8's defaults when absent). */
  resourceLimits?: ResourceLimits;
  /**
   * Checks the first worker runs after it starts, between real checks and never while an author types, replaying
   * typing in a posting of its own (warmUp.ts), so that V8 optimises the check's code before an author types rather than
   * during the first minute of typing. 0 for posting-lint, whose workers check without pause from the start.
   */
  warmUpChecks: number;
  /**
   * How much lower than the server's thread a worker's CPU priority is (its nice value, Linux only; 0: the same):
   * a runaway check then yields the CPU to hover and completion on a busy machine (see lowerThreadPriority).
   */
  niceness: number;
  /**
   * After this long without a check, every worker and this thread collect their garbage fully (idleCollection.ts), so
   * an idle server returns what its last checks left (none when absent).
   */
  collectAfterIdleMs?: number;
  /**
   * After checks of at least `documents` distinct documents since the last collection (postings opened together, a
   * workspace check), the same collection comes once no check has run for `afterMs`: what those checks left would
   * otherwise stay for collectAfterIdleMs. Typing in one document never counts that many.
   */
  collectAfterMany?: { documents: number; afterMs: number };
  /** Runs on this thread just before its idle collection (the server compacts its open documents' texts then). */
  beforeCollectingThisThread?: () => void;
}

/**
 * The server's workers hold at most 1,024 MB of old generation, not V8's default of several GB. A check of the largest
 * posting the server accepts needs far less; a check that needs more ends its worker like a runaway (one
 * internal-error problem, a fresh worker for the next check). 256 MB held no less memory with 200 open postings and
 * made V8 collect more often while a large posting is checked (docs/performance-history.md: p95 146 against 69 ms).
 */
const serverPool: PoolOptions = {
  size: 2,
  keepAlive: false,
  spareAfterMs: 250,
  spareIdleMs: 30_000,
  sameDocumentSpareMs: 1000,
  resourceLimits: { maxOldGenerationSizeMb: 1024 },
  warmUpChecks: 120,
  niceness: 5,
  collectAfterIdleMs: 10_000,
  collectAfterMany: { documents: 8, afterMs: 100 },
};

export function summaryOf(result: CheckResult): CheckSummary {
  return {
    profile: { id: result.profile.id, title: result.profile.title },
    problems: result.problems,
    related: relatedFilesOf(result.parsed.data),
  };
}

/**
 * Runs checks in worker threads under a time budget. A check still running when its budget is spent is stopped by
 * ending its worker (synchronous code cannot be interrupted any other way); its document then gets one check-timeout
 * problem, and a fresh worker takes the next check. A worker that dies (out of memory, a crash) gives one
 * internal-error problem instead. The server's own thread only sends texts and receives problems.
 *
 * Node's worker_threads rather than piscina or tinypool: both load their own worker entry file from their package
 * folder at run time, which the bundled server (one file, no node_modules in the .vsix) does not have; what is needed
 * here (a couple of workers, a queue, end a worker on time-out) is this small class.
 */
export class CheckPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private closed = false;
  private spareTimer?: NodeJS.Timeout;
  private spareTimerAt = 0;
  private idleTimer?: NodeJS.Timeout;
  private idleTimerMs = 0;
  /** The documents checked since the last collection (their keys). */
  private readonly checkedSinceCollection = new Set<string>();
  private readonly options: PoolOptions;

  constructor(
    private readonly workerFile: string,
    options: Partial<PoolOptions> = {},
  ) {
    this.options = { ...serverPool, ...options };
    // Asked for now, before the first worker starts: a worker reads V8's flags (--expose-gc) when it starts.
    if (this.options.collectAfterIdleMs !== undefined) fullCollection();
  }

  /** Starts one worker ahead of the first check, so the first check does not wait for a worker to load. */
  warmUp(): void {
    if (!this.slots.length && !this.closed) this.slots.push(this.spawn());
  }

  /**
   * Checks `text` within `budgetMs`. `key` names the document: a check of it still waiting in the queue is replaced
   * by this one (and answered undefined: a newer text is on its way).
   */
  check(key: string, text: CheckText, settings: EngineSettings, budgetMs: number | undefined): Promise<CheckSummary | undefined> {
    return new Promise((resolve) => {
      const waiting = this.queue.findIndex((job) => job.key === key);
      if (waiting >= 0) this.queue.splice(waiting, 1)[0].resolve(undefined);
      this.queue.push({ id: this.nextId++, key, text, settings, budgetMs, resolve });
      this.dispatch();
    });
  }

  /** Ends every worker; checks still waiting or running are answered undefined. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.spareTimer) clearTimeout(this.spareTimer);
    if (this.idleTimer) clearTimeout(this.idleTimer);
    for (const job of this.queue.splice(0)) job.resolve(undefined);
    await Promise.all(
      this.slots.splice(0).map((slot) => {
        if (slot.timer) clearTimeout(slot.timer);
        if (slot.idleTimer) clearTimeout(slot.idleTimer);
        slot.job?.resolve(undefined);
        return slot.worker.terminate();
      }),
    );
  }

  private dispatch(): void {
    if (this.closed) return;
    for (;;) {
      // A document's newer text waits for the check of its older text on that worker (it is warm, and the older
      // result is only superseded once this one runs): while an author types in a large posting, two checks of one
      // document in parallel, or a spare worker started for the second, would be work thrown away. Only a check that
      // has run for sameDocumentSpareMs (a runaway, until its budget stops it) lets the newer text start beside it.
      const now = Date.now();
      const blockedBy = (job: Job) =>
        this.slots.find((candidate) => candidate.job?.key === job.key && now - candidate.startedAt < this.options.sameDocumentSpareMs);
      const index = this.queue.findIndex((job) => !blockedBy(job));
      if (index < 0) {
        this.retryWhenUnblocked(now);
        return;
      }
      const next = this.queue[index];
      const slot = this.slots.find((candidate) => candidate.ready && !candidate.job);
      if (!slot) {
        // Another worker only when every one is busy (not merely loading), and, beside a running one, only once that
        // one has run for spareAfterMs (checked again then).
        if (this.slots.length < this.options.size && this.slots.every((candidate) => candidate.job)) {
          const waited = this.slots.length ? now - Math.min(...this.slots.map((candidate) => candidate.startedAt)) : Infinity;
          if (waited >= this.options.spareAfterMs) this.slots.push(this.spawn());
          else this.dispatchIn(this.options.spareAfterMs - waited);
        }
        return;
      }
      this.queue.splice(index, 1);
      this.start(slot, next);
    }
  }

  /** Every waiting check waits for its document's running check: look again when the first of those may let it start. */
  private retryWhenUnblocked(now: number): void {
    const running = this.slots.filter((slot) => slot.job && this.queue.some((job) => job.key === slot.job?.key));
    if (!running.length) return;
    const earliest = Math.min(...running.map((slot) => slot.startedAt));
    this.dispatchIn(earliest + this.options.sameDocumentSpareMs - now);
  }

  /** Looks at the queue again in `ms` (or sooner, if an earlier look is already due). */
  private dispatchIn(ms: number): void {
    const at = Date.now() + Math.max(0, ms);
    if (this.spareTimer && this.spareTimerAt <= at) return;
    if (this.spareTimer) clearTimeout(this.spareTimer);
    this.spareTimerAt = at;
    this.spareTimer = setTimeout(
      () => {
        this.spareTimer = undefined;
        this.dispatch();
      },
      Math.max(0, ms),
    );
    this.spareTimer.unref();
  }

  private start(slot: Slot, job: Job): void {
    slot.job = job;
    slot.startedAt = Date.now();
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = undefined;
    const budgetMs = job.budgetMs;
    if (budgetMs !== undefined) {
      slot.timer = setTimeout(
        () => this.finish(slot, summaryOf(timedOutCheck(textOf(job), budgetMs / 1000, job.settings)), true),
        budgetMs,
      );
    }
    this.send(slot, job, false);
  }

  /** Posts a job to its worker: an open document's edit alone when the worker holds its base (or `resend` is false). */
  private send(slot: Slot, job: Job, resend: boolean): void {
    const { id, key, settings, text } = job;
    if (typeof text === 'string') {
      slot.worker.postMessage({ id, key, settings, text } satisfies CheckRequest);
      return;
    }
    const { baseId, base, edit } = text.baseEdit;
    const held = !resend && slot.bases.get(key) === baseId;
    slot.bases.delete(key);
    slot.bases.set(key, baseId);
    for (const oldest of slot.bases.keys()) {
      if (slot.bases.size <= keptBases) break;
      slot.bases.delete(oldest);
    }
    const request: BaseCheckRequest = {
      id,
      key,
      settings,
      base: { id: baseId, ...(held ? {} : { text: base }), ...(edit ? { edit } : {}) },
    };
    slot.worker.postMessage(request);
  }

  /** Answers the slot's job; `replace` ends its worker (timed out or broken) and starts another in its place. */
  private finish(slot: Slot, summary: CheckSummary | undefined, replace: boolean): void {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = undefined;
    slot.job = undefined;
    if (replace) {
      const index = this.slots.indexOf(slot);
      if (index >= 0) this.slots.splice(index, 1);
      slot.worker.removeAllListeners();
      slot.worker.on('error', () => undefined);
      void slot.worker.terminate();
      // A worker that never loaded is not replaced at once (that could loop): the next check tries a new one.
      if (!this.closed && slot.ready && (this.queue.length || !this.slots.length)) this.slots.push(this.spawn());
    }
    job?.resolve(summary);
    this.dispatch();
    if (!replace && !slot.job && this.slots.length > 1 && !this.closed) this.retireWhenIdle(slot);
    if (job) this.checkedSinceCollection.add(job.key);
    this.collectWhenIdle();
  }

  /**
   * Once no check has run for collectAfterIdleMs (collectAfterMany's time after checks of many documents): a full
   * collection in every worker and in this thread.
   */
  private collectWhenIdle(): void {
    const many = this.options.collectAfterMany;
    const afterMs = many && this.checkedSinceCollection.size >= many.documents ? many.afterMs : this.options.collectAfterIdleMs;
    if (afterMs === undefined || this.closed) return;
    // After each check: the same timer started again (no new one per check).
    if (this.idleTimer && this.idleTimerMs === afterMs) {
      this.idleTimer.refresh();
      return;
    }
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimerMs = afterMs;
    this.idleTimer = setTimeout(() => {
      this.idleTimer = undefined;
      if (this.closed || this.queue.length || this.slots.some((slot) => slot.job)) return; // a check is under way
      this.checkedSinceCollection.clear();
      const request: CollectRequest = { collect: true };
      for (const slot of this.slots) if (slot.ready) slot.worker.postMessage(request);
      this.options.beforeCollectingThisThread?.();
      collectThisThread();
      // The early collection does not replace the idle one: only after seconds of quiet does V8 give back the young
      // generation too, and a worker's warm-up may run between the two.
      if (afterMs !== this.options.collectAfterIdleMs) this.collectWhenIdle();
    }, afterMs);
    this.idleTimer.unref();
  }

  /** Ends a spare worker if it is still idle after spareIdleMs, keeping at least one. */
  private retireWhenIdle(slot: Slot): void {
    if (slot.idleTimer) clearTimeout(slot.idleTimer);
    slot.idleTimer = setTimeout(() => {
      slot.idleTimer = undefined;
      const index = this.slots.indexOf(slot);
      if (slot.job || index < 0 || this.slots.length < 2 || this.closed) return;
      this.slots.splice(index, 1);
      slot.worker.removeAllListeners();
      slot.worker.on('error', () => undefined);
      void slot.worker.terminate();
    }, this.options.spareIdleMs);
    slot.idleTimer.unref();
  }

  private spawn(): Slot {
    // Only the first worker warms up: a spare one lives for a runaway's sake and ends when idle.
    const warmUpChecks = this.slots.length ? 0 : this.options.warmUpChecks;
    const worker = new Worker(this.workerFile, {
      resourceLimits: this.options.resourceLimits,
      workerData: { warmUpChecks, niceness: this.options.niceness },
    });
    if (!this.options.keepAlive) worker.unref(); // an idle worker never keeps the server alive
    const slot: Slot = { worker, ready: false, startedAt: 0, bases: new Map() };
    worker.on('message', (message: { ready: true } | CheckReply | MissingBaseReply) => {
      if ('ready' in message) {
        slot.ready = true;
        this.dispatch();
      } else if (slot.job && message.id === slot.job.id) {
        // The worker no longer holds the base it was sent an edit of: the same job again, with the base's text.
        if ('missingBase' in message) this.send(slot, slot.job, true);
        else this.finish(slot, message.summary, false);
      }
    });
    const broken = (error: unknown) => {
      if (!this.slots.includes(slot)) return;
      const job = slot.job;
      this.finish(slot, job && summaryOf(failedCheck(textOf(job), error, job.settings)), true);
      if (!slot.ready && !this.slots.length) {
        // No worker can start (a broken installation): every waiting check gets the reason, none waits for ever.
        for (const waiting of this.queue.splice(0)) waiting.resolve(summaryOf(failedCheck(textOf(waiting), error, waiting.settings)));
      }
    };
    worker.on('error', broken);
    worker.on('exit', (code) => broken(new Error(`the check worker stopped (exit code ${code})`)));
    return slot;
  }
}

function textOf(job: Job): string {
  return typeof job.text === 'string' ? job.text : job.text.text();
}

/**
 * Lowers the calling thread's CPU priority by `by` nice steps. On Linux each thread has its own nice value, so a
 * worker can yield to the server's thread; elsewhere the call would lower the whole process, so it is not made.
 */
export function lowerThreadPriority(by: unknown): void {
  if (process.platform !== 'linux' || typeof by !== 'number' || by <= 0) return;
  try {
    setPriority(Math.min(19, getPriority() + by));
  } catch {
    // A priority that cannot be changed (a restricted container) leaves the worker as it is.
  }
}
