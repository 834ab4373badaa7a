// A stand-in for dist/checkWorker.js in tests of the check pool: each "check" keeps its thread busy for the number of
// milliseconds its text names, then answers with the id of the thread that ran it (as the profile's id) and the
// warm-up the pool asked of it (as the profile's title).
const { parentPort, threadId, workerData } = require('worker_threads');

parentPort.on('message', ({ id, text }) => {
  const until = Date.now() + Number(text);
  while (Date.now() < until) {
    // busy, as a synchronous check is
  }
  parentPort.postMessage({
    id,
    summary: { profile: { id: String(threadId), title: String(workerData?.warmUpChecks) }, problems: [], related: {} },
  });
});
parentPort.postMessage({ ready: true });
