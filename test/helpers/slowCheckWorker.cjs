// A stand-in for dist/checkWorker.js in tests of the check pool: each "check" keeps its thread busy for the number of
// milliseconds its text names, then answers with the id of the thread that ran it (as the profile's id) and the
// warm-up the pool asked of it (as the profile's title). The text "crash" ends the worker instead (exit code 3), as a
// check that runs out of memory does. Each answer also says how many collections the pool has asked of it (`collects`).
const { parentPort, threadId, workerData } = require('worker_threads');

let collects = 0;
parentPort.on('message', ({ id, text, collect }) => {
  if (collect === true) return void collects++;
  if (text === 'crash') process.exit(3);
  const until = Date.now() + Number(text);
  while (Date.now() < until) {
    // busy, as a synchronous check is
  }
  parentPort.postMessage({
    id,
    summary: { profile: { id: String(threadId), title: String(workerData?.warmUpChecks) }, problems: [], related: {}, collects },
  });
});
parentPort.postMessage({ ready: true });
