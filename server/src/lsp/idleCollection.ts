import { setFlagsFromString } from 'v8';
import { runInNewContext } from 'vm';
import { checkPosting, forgetTextMemos, type EngineSettings } from '../engine';

/**
 * V8's full garbage collection, for a thread that has nothing to do. An idle server otherwise keeps the heap it last
 * grew to: with 200 open postings, the check worker holds twice what is live after a full collection, and V8 only
 * collects fully when a heap grows. The `gc` function is V8's own (--expose-gc), made available without a command-line
 * flag, so the server started plainly (`node dist/server.js`) does the same. Workers started after the first call get
 * it too (they read V8's flags when they start).
 */
let collect: (() => void) | null | undefined;

export function fullCollection(): (() => void) | undefined {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      const found: unknown = runInNewContext('gc');
      collect = typeof found === 'function' ? (found as () => void) : null;
    } catch {
      collect = null; // a runtime without it: memory is merely not returned early
    }
  }
  return collect ?? undefined;
}

/** The message that asks a check worker for a full collection (it answers nothing). */
export interface CollectRequest {
  collect: true;
}

export function isCollectRequest(message: unknown): message is CollectRequest {
  return typeof message === 'object' && message !== null && (message as Partial<CollectRequest>).collect === true;
}

/**
 * What an idle check worker does when asked to collect: the text memos (engine/text/memo.ts) still hold the wording
 * results of every posting checked lately (with 200 distinct open postings, about 3.5 MB that no key asks for until
 * those postings change), so they are forgotten; the document checked last, the one most likely typed in next, is
 * checked again so that its own results are remembered as before; then the heap is collected fully.
 */
export function collectIdleWorker(last: { text: string; settings: EngineSettings } | undefined): void {
  forgetTextMemos();
  if (last) checkPosting(last.text, last.settings);
  compactingCollection();
}

/**
 * The server's own thread, idle: a compacting collection as the workers get (its documents and the answers of the
 * last checks stay; what it allocated to receive and send them goes).
 */
export function collectThisThread(): void {
  compactingCollection();
}

/**
 * A full collection that also compacts every old-generation page. V8's own full collection moves live objects only
 * out of its most fragmented pages, so after a burst of checks an idle worker kept about twice its live old generation
 * (17 MB committed for 8 MB live with 200 open postings); compacted, those pages go back to the system (RSS with 200
 * open postings after 12 s idle about 91 -> 81 MB, README › Performance). It costs the idle worker about 60 ms more CPU
 * than a plain full collection, once per idle period. The flag is V8's, read when a collection starts, and is set only
 * for this one collection (V8's flags are per process: a collection of another thread in the same moment may compact
 * too, which changes nothing but its length).
 */
function compactingCollection(): void {
  const collect = fullCollection();
  if (!collect) return;
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    collect();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
}
