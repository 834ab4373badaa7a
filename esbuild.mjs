// Bundles the client, the server and the CLI into dist/, so the .vsix ships no node_modules.
import { build } from 'esbuild';

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
const nodeProgram = { ...common, plugins: [docxApart, latin1Only], banner: { js: '#!/usr/bin/env node' } };

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] }),
  build({ ...nodeProgram, entryPoints: ['server/src/server.ts'], outfile: `${outdir}/server.js` }),
  build({ ...nodeProgram, entryPoints: ['server/src/cli.ts'], outfile: `${outdir}/cli.js` }),
  // The server's check worker (server/src/lsp/checkPool.ts starts it from the server bundle's folder).
  build({ ...nodeProgram, banner: {}, entryPoints: ['server/src/lsp/checkWorker.ts'], outfile: `${outdir}/checkWorker.js` }),
  build({ ...common, entryPoints: ['server/src/engine/render/docx.ts'], outfile: `${outdir}/docx.js` }),
]);
