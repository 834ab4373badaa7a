// A worker for tests of the code cache (server/src/node/codeCache.ts): answers each message with what became of the
// cache when this bundle was loaded (workerData.codeCache.status) and the message's own text.
const { parentPort, workerData } = require('worker_threads');

parentPort.on('message', (text) => parentPort.postMessage({ status: workerData?.codeCache?.status, text, dirname: __dirname }));
