// Preloaded into the language server under test (node --require): on SIGUSR2 its main thread writes what it has loaded
// so far to the file named by POSTING_TEST_LOADED_MODULES, as JSON: Node's own modules and the files it required.
const { writeFileSync } = require('fs');
const { isMainThread } = require('worker_threads');

const file = process.env.POSTING_TEST_LOADED_MODULES;
if (file && isMainThread) {
  process.on('SIGUSR2', () => {
    const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice(13));
    writeFileSync(file, JSON.stringify({ builtins, files: Object.keys(require.cache) }));
  });
}
