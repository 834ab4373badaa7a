// Bundles the client, the server and the CLI into dist/, so the .vsix ships no node_modules.
import { build } from 'esbuild';
import { mkdirSync, writeFileSync } from 'fs';
import { createRequire } from 'module';
import { join, resolve } from 'path';

const production = process.argv.includes('--production');
// `--outdir=DIR` builds elsewhere (the benchmark measures a production build without touching dist/).
const outdir = (process.argv.find((arg) => arg.startsWith('--outdir=')) ?? '--outdir=dist').slice('--outdir='.length);
const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
};

/**
 * The Word export and its library are a bundle of their own, dist/docx.js, which the server and the CLI require on the
 * first .docx export: most sessions never export, and an unused module still costs memory for its source.
 */
const docxApart = {
  name: 'docx-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/docx$/, namespace: 'file' }, () => ({ path: './docx.js', external: true }));
  },
};
/**
 * The importer is a bundle of its own too, dist/importer.js (server/src/lsp/importer.ts), which the server requires on
 * the first import: its thread would otherwise hold the importer's code and data for nothing in most sessions. (The
 * renderers stay in the server bundle: the preview runs them often, and a bundle of their own would carry a second
 * copy of the check they run.)
 */
const importerApart = {
  name: 'importer-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/importer$/, namespace: 'file' }, () => ({ path: './importer.js', external: true }));
  },
};
/**
 * The language-server library requires `crypto` (random pipe names) and `child_process` (resolving global modules)
 * when it loads, for transports and helpers the server never uses; Node's modules behind them (crypto, child_process,
 * dgram) add 1.3 MB to a bare Node process that has loaded the rest (0.3 MB of it V8 heap), and about 0.2 MB of the
 * node binary's pages to the server's. From that library they are loaded on first use instead: each is a stand-in
 * whose properties are the module's, required when one is first read.
 */
const lazyLibraryBuiltins = {
  name: 'lazy-library-builtins',
  setup(build) {
    build.onResolve({ filter: /^(?:crypto|child_process)$/ }, (args) =>
      /[\\/]node_modules[\\/]vscode-(?:jsonrpc|languageserver)[\\/]/.test(args.importer)
        ? { path: args.path, namespace: 'lazy-builtin' }
        : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => ({
      contents:
        `let loaded;\nconst load = () => (loaded ??= require(${JSON.stringify(args.path)}));\n` +
        'module.exports = new Proxy({}, {\n' +
        '  get: (_, key) => load()[key],\n' +
        '  has: (_, key) => key in load(),\n' +
        '  ownKeys: () => Reflect.ownKeys(load()),\n' +
        '  getOwnPropertyDescriptor: (_, key) => {\n' +
        '    const descriptor = Reflect.getOwnPropertyDescriptor(load(), key);\n' +
        '    return descriptor && { ...descriptor, configurable: true };\n' +
        '  },\n' +
        '});\n',
      loader: 'js',
    }));
  },
};
/**
 * The readability libraries (syllable and its dependencies) write characters beyond Latin-1 in regular expressions,
 * where esbuild keeps them as they are: written as \u escapes, the bundled server stays one byte per character in V8
 * (test/unit/bundles.test.ts). Outside comments these characters sit only in string and regex literals there.
 */
const latin1Only = {
  name: 'latin1-only',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/](?:syllable|normalize-strings|pluralize)[\\/].*\.js$/ }, async (args) => {
      const { readFile } = await import('fs/promises');
      const source = await readFile(args.path, 'utf8');
      const escaped = source.replace(/[\u0100-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
      return { contents: escaped, loader: 'js' };
    });
  },
};

/**
 * The schema validators compiled at build time (server/src/engine/template/validators.ts): the engine's own
 * compiler, bundled and run here, writes Ajv's standalone code into out/validators; the bundles take a module over
 * that code in place of validators.ts, so no process compiles a schema or loads Ajv's compiler. The code requires
 * Ajv's small run-time helpers and the date format, which esbuild bundles from node_modules like any other import.
 */
async function standaloneValidators() {
  const folder = resolve('out/validators');
  mkdirSync(folder, { recursive: true });
  const generator = join(folder, 'generator.cjs');
  await build({ ...common, sourcemap: false, entryPoints: ['server/src/engine/template/standaloneValidators.ts'], outfile: generator });
  const modules = {
    schemaStore: resolve('server/src/engine/template/schemaStore.ts'),
    configSchema: resolve('schemas/postingrc.schema.json'),
  };
  const { standaloneValidators } = createRequire(import.meta.url)(generator);
  const module = join(folder, 'validators.cjs');
  writeFileSync(module, standaloneValidators(modules));
  const factory = join(folder, 'validatorsFactory.cjs');
  writeFileSync(factory, standaloneValidators());
  return { module, factory };
}
const validatorsModules = await standaloneValidators();
const precompiled = {
  name: 'precompiled-validators',
  setup(build) {
    build.onResolve({ filter: /^\.\/validators$/, namespace: 'file' }, (args) =>
      /[\\/]schemaCompiler\.ts$/.test(args.importer) ? { path: 'validators', namespace: 'precompiled' } : undefined,
    );
    build.onLoad({ filter: /.*/, namespace: 'precompiled' }, () => ({
      contents:
        `import validators from ${JSON.stringify(validatorsModules.module)};\n` +
        'export const compiledValidator = (reference) => (Object.hasOwn(validators, reference) ? validators[reference] : undefined);\n',
      resolveDir: resolve('.'),
      loader: 'js',
    }));
  },
};
/**
 * The server's thread checks nothing while the check worker answers (it validates only for a hover, a quick fix or the
 * preview's checklist), so in the server bundle the validators are a bundle of their own, dist/validators.js (a third
 * of a megabyte of code), required on that thread's first validation and handed the schemas the server holds. The
 * workers and posting-lint validate every posting: they keep them inside their bundle (precompiled, above).
 */
const validatorsApart = {
  name: 'validators-apart',
  setup(build) {
    build.onResolve({ filter: /^\.\/validators$/, namespace: 'file' }, (args) =>
      /[\\/]schemaCompiler\.ts$/.test(args.importer) ? { path: 'validators', namespace: 'validators-apart' } : undefined,
    );
    build.onResolve({ filter: /^\.\/validators\.js$/, namespace: 'validators-apart' }, (args) => ({ path: args.path, external: true }));
    build.onLoad({ filter: /.*/, namespace: 'validators-apart' }, () => ({
      contents:
        `import { schemaFiles } from ${JSON.stringify(resolve('server/src/engine/template/schemaStore.ts'))};\n` +
        `import configSchema from ${JSON.stringify(resolve('schemas/postingrc.schema.json'))};\n` +
        'let validators;\n' +
        'export const compiledValidator = (reference) => {\n' +
        "  validators ??= require('./validators.js')(schemaFiles, configSchema);\n" +
        '  return Object.hasOwn(validators, reference) ? validators[reference] : undefined;\n' +
        '};\n',
      resolveDir: resolve('.'),
      loader: 'js',
    }));
  },
};
const nodeProgram = {
  ...common,
  plugins: [docxApart, importerApart, lazyLibraryBuiltins, latin1Only, precompiled],
  banner: { js: '#!/usr/bin/env node' },
  // The check worker's warm-up posting (server/src/lsp/warmUp.ts), bundled as its text.
  loader: { '.yaml': 'text' },
};

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] }),
  build({
    ...nodeProgram,
    plugins: [validatorsApart, ...nodeProgram.plugins],
    entryPoints: ['server/src/server.ts'],
    outfile: `${outdir}/server.js`,
  }),
  build({ ...common, entryPoints: [validatorsModules.factory], outfile: `${outdir}/validators.js` }),
  build({ ...nodeProgram, entryPoints: ['server/src/cli.ts'], outfile: `${outdir}/cli.js` }),
  // The server's check worker (server/src/lsp/checkPool.ts starts it from the server bundle's folder).
  build({ ...nodeProgram, banner: {}, entryPoints: ['server/src/lsp/checkWorker.ts'], outfile: `${outdir}/checkWorker.js` }),
  // posting-lint's own worker: the check alone (server/src/cli/lintWorker.ts).
  build({ ...nodeProgram, banner: {}, entryPoints: ['server/src/cli/lintWorker.ts'], outfile: `${outdir}/lintWorker.js` }),
  build({ ...common, entryPoints: ['server/src/engine/render/docx.ts'], outfile: `${outdir}/docx.js` }),
  build({ ...nodeProgram, banner: {}, entryPoints: ['server/src/lsp/importer.ts'], outfile: `${outdir}/importer.js` }),
]);
