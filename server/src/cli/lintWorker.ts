/**
 * posting-lint's check worker (dist/lintWorker.js): checkPosting and nothing else. The server's check worker
 * (lsp/checkWorker.ts) also runs hover, completion, code actions, lenses and config loads, and warms up for typing;
 * a bundle without them is smaller, so each of posting-lint's workers starts sooner (LintPool, README › Performance).
 * It answers the same messages as the server's worker: a CheckRequest with a CheckReply, `ready` once loaded.
 */
import { parentPort } from 'worker_threads';
import { checkPosting } from '../engine';
import { summaryOf, type CheckReply, type CheckRequest } from '../lsp/checkPool';

const port = parentPort;
if (port) {
  port.on('message', ({ id, text, settings }: CheckRequest) => {
    // checkPosting never throws: an internal error is one internal-error problem in its result.
    const reply: CheckReply = { id, summary: summaryOf(checkPosting(text, settings)) };
    port.postMessage(reply);
  });
  port.postMessage({ ready: true });
}
