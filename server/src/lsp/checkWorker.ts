/**
 * The language server's check worker (dist/checkWorker.js): runs checkPosting off the server's thread, so hover,
 * completion and the other documents are answered while one posting is checked, and a check over its time budget can
 * be stopped (by ending this worker) without stopping the server. See checkPool.ts. Started with the role `side`, it
 * runs side jobs instead: config loads, and the outline, folding and lenses of large documents (sideWorker.ts).
 */
import { parentPort, workerData } from 'worker_threads';
import {
  checkPosting,
  completePosting,
  hoverPosting,
  isRecord,
  localizeProblems,
  postingFolding,
  postingSelectionRanges,
  postingSymbols,
  readabilityLenses,
  sameLimits,
  wordingBalanceLens,
  type ParsedPosting,
  type ParseLimits,
} from '../engine';
import { postingCodeActions } from './codeActions';
import { warmUp, warmUpConfigLoads } from './warmUp';
// Bundled as its text (esbuild.mjs): a posting of the repository's own, Latin-1 only, for the warm-up.
import warmUpPosting from '../../../seeds/unhcr-japan-protection-associate-lica6.posting.yaml';
import { offsetsOf } from './symbols';
import { loadConfigText } from '../node/configFiles';
import {
  keptBases,
  lowerThreadPriority,
  summaryOf,
  withEdit,
  type BaseCheckRequest,
  type CheckReply,
  type CheckRequest,
  type MissingBaseReply,
} from './checkPool';
import { collectIdleWorker, isCollectRequest, type CollectRequest } from './idleCollection';
import type { SideReply, SideRequest, SideResults } from './sideWorker';

async function sideJob(job: SideRequest): Promise<SideResults[SideRequest['kind']]> {
  switch (job.kind) {
    case 'config': {
      // The problems are put in the reader's language here: their facts do not travel to the server's thread.
      const loaded = await loadConfigText(job.text, job.file, job.maxFileSize);
      return job.locale ? { ...loaded, problems: localizeProblems(loaded.problems, job.locale) } : loaded;
    }
    case 'warmUp':
      return warmUpConfigLoads();
    case 'symbols':
      return postingSymbols(job.text, undefined, { locale: job.locale });
    case 'folding':
      return postingFolding(job.text);
    case 'selection':
      return postingSelectionRanges(job.text, offsetsOf(job.text, job.positions));
    case 'lenses':
      return { balance: wordingBalanceLens(job.text, job.locale), readability: readabilityLenses(job.text, job.locale, job.settings) };
    case 'actions':
      return postingCodeActions(job.text, job.params, job.settings);
    case 'hover':
      return hoverPosting(job.text, job.position, job.settings);
    case 'completion':
      return completePosting(job.text, job.position, job.options);
  }
}

/** How many documents' last parses a check worker keeps, and how many keys of documents checked. */
const keptParses = 3;
const keptKeys = 64;

/** Puts `key` last in a map (with `value`, if any) or a set, and drops the oldest keys beyond `most`. */
function remember<T>(kept: Map<string, T> | Set<string>, key: string, value: T | undefined, most: number): void {
  kept.delete(key);
  if (kept instanceof Set) kept.add(key);
  else if (value !== undefined) kept.set(key, value);
  for (const oldest of kept.keys()) {
    if (kept.size <= most) break;
    kept.delete(oldest);
  }
}

const port = parentPort;
// The server's workers yield the CPU to its thread (hover, completion) on a busy machine; posting-lint's do not.
if (port && isRecord(workerData)) lowerThreadPriority(workerData.niceness);
if (port && isRecord(workerData) && workerData.role === 'side') {
  port.on('message', (job: SideRequest) => {
    sideJob(job).then(
      (result) => port.postMessage({ id: job.id, result } satisfies SideReply),
      (error: unknown) =>
        port.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) } satisfies SideReply),
    );
  });
} else if (port) {
  /**
   * When the worker last checked an edit: a check of a document it had checked before (an author typing), or one it
   * cannot tell. The warm-up gives way to these; a document opened is checked once and its check does not hold it back.
   */
  let lastEditCheck = 0;
  /**
   * The last parse of the few documents checked last that were checked before (a document being typed in, not each
   * posting of a workspace check passing by): a key's next text is parsed by patching it where the edit allows.
   */
  const lastParses = new Map<string, { parsed: ParsedPosting; limits: ParseLimits }>();
  const checkedKeys = new Set<string>();
  /** The base of each of the last few open documents checked (checkPool.ts: their checks send the edit of it alone). */
  const bases = new Map<string, { id: number; text: string }>();
  /** The last document checked (a workspace check's posting or one typed in), checked again when idle. */
  let lastDocument: { text: string; settings: CheckRequest['settings'] } | undefined;
  port.on('message', (message: CheckRequest | BaseCheckRequest | CollectRequest) => {
    // The server has been idle a while: give back what the last checks left (see CheckPool.collectWhenIdle).
    if (isCollectRequest(message)) return collectIdleWorker(lastDocument);
    const { id, settings, key } = message;
    let text: string;
    if ('base' in message) {
      // The base the request names: sent with it, or the one this worker kept for its document.
      const { id: baseId, text: baseText } = message.base;
      const base = baseText === undefined ? bases.get(message.key) : { id: baseId, text: baseText };
      if (base?.id !== baseId) return port.postMessage({ id, missingBase: true } satisfies MissingBaseReply);
      remember(bases, message.key, base, keptBases);
      text = withEdit(base.text, message.base.edit);
    } else text = message.text;
    if (key !== undefined) lastDocument = { text, settings };
    const last = key === undefined ? undefined : lastParses.get(key);
    const previous = last && sameLimits(last.limits, settings.limits) ? last.parsed : undefined;
    // checkPosting never throws: an internal error is one internal-error problem in its result.
    const result = checkPosting(text, settings, previous);
    if (key === undefined || checkedKeys.has(key)) lastEditCheck = Date.now();
    if (key !== undefined) {
      remember(lastParses, key, checkedKeys.has(key) ? { parsed: result.parsed, limits: settings.limits } : undefined, keptParses);
      remember(checkedKeys, key, undefined, keptKeys);
    }
    const reply: CheckReply = { id, summary: summaryOf(result) };
    port.postMessage(reply);
  });
  // Ready once warm: the first check compiles the schemas and loads the word lists, a one-time cost that must not
  // count against the budget of an author's check (a worker stopped at its budget is replaced by a new one).
  checkPosting('title: Warm-up\nduties:\n  - Lead the team.\n');
  port.postMessage({ ready: true });
  // Then the warm-up the pool asks for (warmUp.ts): a real check always goes first, and while an author types the
  // warm-up waits for a pause. Among the checks of many postings opened at once it is over with them, so the
  // collection that follows them (CheckPool's collectAfterMany) takes what it left too.
  const checks = isRecord(workerData) && typeof workerData.warmUpChecks === 'number' ? workerData.warmUpChecks : 0;
  if (checks > 0) void warmUp(warmUpPosting, { checks, lastEditCheck: () => lastEditCheck, idleMs: 100 });
}
