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

await Promise.all([
  build({ ...common, entryPoints: ['client/src/extension.ts'], outfile: `${outdir}/extension.js`, external: ['vscode'] }),
  build({ ...common, entryPoints: ['server/src/server.ts'], outfile: `${outdir}/server.js`, banner: { js: '#!/usr/bin/env node' } }),
  build({ ...common, entryPoints: ['server/src/cli.ts'], outfile: `${outdir}/cli.js`, banner: { js: '#!/usr/bin/env node' } }),
]);
