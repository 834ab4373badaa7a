// Times the extension's activation outside VS Code: require(dist/extension.js) with a stub `vscode` module
// (every API a no-op), then activate() — which builds the language client and starts it — with
// a ten-second cap. Prints JSON: { requireMs, activateMs, activated }.
const Module = require('module');
const path = require('path');

// Every name the vscode API exports, from its typings, so `import * as vscode` sees them all.
const typings = require('fs').readFileSync(require.resolve('@types/vscode/index.d.ts'), 'utf8');
const apiNames = [...new Set([...typings.matchAll(/^\s*export (?:namespace|class|enum|const|function|let) (\w+)/gm)].map((m) => m[1]))];
const target = function () {};
const stub = new Proxy(target, {
  ownKeys: () => [...new Set([...Reflect.ownKeys(target), ...apiNames])],
  getOwnPropertyDescriptor: (_target, property) =>
    Reflect.getOwnPropertyDescriptor(target, property) ?? { configurable: true, enumerable: true, value: stub },
  get: (_target, property) => {
    if (property === 'version') return '1.91.0';
    if (property === 'then') return undefined; // not a promise
    if (property === Symbol.toPrimitive) return () => '';
    if (property === Symbol.iterator) return function* () {};
    return stub;
  },
  set: () => true, // the extension may assign to API objects (e.g. an event handler): accept and forget
  defineProperty: () => true,
  apply: () => stub,
  construct: () => stub,
});
const load = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? stub : load.call(this, request, ...rest);
};

const bundle = path.resolve(process.argv[2]);
const start = process.hrtime.bigint();
const extension = require(bundle);
const requireMs = Number(process.hrtime.bigint() - start) / 1e6;
const context = {
  subscriptions: [],
  asAbsolutePath: (relative) => path.join(path.dirname(bundle), '..', relative),
  extensionPath: path.dirname(bundle),
};
const activateStart = process.hrtime.bigint();
const timeout = new Promise((resolve) => setTimeout(() => resolve('timeout'), 10000));
Promise.race([Promise.resolve(extension.activate(context)).then(() => 'ok'), timeout])
  .then((outcome) => ({ outcome, ms: Number(process.hrtime.bigint() - activateStart) / 1e6 }))
  .catch((error) => ({ outcome: `failed: ${error && error.message}`, ms: NaN }))
  .then(({ outcome, ms }) => {
    process.stdout.write(JSON.stringify({ requireMs, activateMs: ms, activated: outcome }) + '\n');
    process.exit(0);
  });
