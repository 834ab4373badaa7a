// Preloaded into the language server under test (node --require): on SIGUSR2 its main thread writes what it has loaded
// so far to the file named by POSTING_TEST_LOADED_MODULES, as JSON: Node's own modules and the files it required, and,
// for each text in POSTING_TEST_HEAP_TEXTS (separated by `|`), whether a string on its heap starts with it, other than
// the text asked for (read from a heap snapshot: a second or so).
const { readFileSync, rmSync, writeFileSync } = require('fs');
const { writeHeapSnapshot } = require('v8');
const { isMainThread } = require('worker_threads');

const file = process.env.POSTING_TEST_LOADED_MODULES;
if (file && isMainThread) {
  process.on('SIGUSR2', () => {
    const builtins = process.moduleLoadList.filter((entry) => entry.startsWith('NativeModule ')).map((entry) => entry.slice(13));
    const texts = (process.env.POSTING_TEST_HEAP_TEXTS ?? '').split('|').filter(Boolean);
    const onHeap = {};
    if (texts.length) {
      const snapshotFile = writeHeapSnapshot(`${file}.heapsnapshot`);
      const { strings } = JSON.parse(readFileSync(snapshotFile, 'utf8'));
      rmSync(snapshotFile, { force: true });
      // The texts asked for are on the heap themselves, as is the variable that lists them.
      const asked = new Set([...texts, process.env.POSTING_TEST_HEAP_TEXTS]);
      for (const text of texts) onHeap[text] = strings.some((string) => string.startsWith(text) && !asked.has(string));
    }
    writeFileSync(file, JSON.stringify({ builtins, files: Object.keys(require.cache), onHeap }));
  });
}
