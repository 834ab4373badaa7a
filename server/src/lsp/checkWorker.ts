/**
 * The language server's check worker (dist/checkWorker.js): runs checkPosting off the server's thread, so hover,
 * completion and the other documents are answered while one posting is checked, and a check over its time budget can
 * be stopped (by ending this worker) without stopping the server. See checkPool.ts. Started with the role `config`,
 * it loads .postingrc.yaml texts and their catalogues instead (configLoader.ts).
 */
import { parentPort, workerData } from 'worker_threads';
import { checkPosting, isRecord } from '../engine';
import { loadConfigText } from '../node/configFiles';
import { summaryOf, type CheckRequest, type CheckReply } from './checkPool';
import type { ConfigLoadReply, ConfigLoadRequest } from './configLoader';

const port = parentPort;
if (port && isRecord(workerData) && workerData.role === 'config') {
  port.on('message', ({ id, text, file, maxFileSize }: ConfigLoadRequest) => {
    loadConfigText(text, file, maxFileSize).then(
      (loaded) => port.postMessage({ id, loaded } satisfies ConfigLoadReply),
      (error: unknown) => port.postMessage({ id, error: error instanceof Error ? error.message : String(error) } satisfies ConfigLoadReply),
    );
  });
} else if (port) {
  port.on('message', ({ id, text, settings }: CheckRequest) => {
    // checkPosting never throws: an internal error is one internal-error problem in its result.
    const reply: CheckReply = { id, summary: summaryOf(checkPosting(text, settings)) };
    port.postMessage(reply);
  });
  // Ready once warm: the first check compiles the schemas and loads the word lists, a one-time cost that must not
  // count against the budget of an author's check (a worker stopped at its budget is replaced by a new one).
  checkPosting('title: Warm-up\nduties:\n  - Lead the team.\n');
  port.postMessage({ ready: true });
}
