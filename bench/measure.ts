import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { pathToFileURL } from 'url';
import { parse } from 'yaml';
import { checkPosting } from '../server/src/engine';
import { serverEnvironment, serverNodeFlags } from '../server/src/launch';
import { MeasuredServer, pause } from './lspServer';
import { summarize, timeEach, type Summary } from './stats';

export const repo = resolve(__dirname, '..');
const schemaPath = join(repo, 'schemas/posting.schema.json');

/** (a) and (d): the engine's whole check against a bare YAML parse of the same texts, in this process. */
export function engineAndFloor(texts: readonly string[], rounds: number, warmup: number): { check: Summary; parse: Summary } {
  return {
    check: summarize(timeEach(texts, (text) => checkPosting(text), rounds, warmup)),
    parse: summarize(timeEach(texts, (text) => parse(text), rounds, warmup)),
  };
}

/** The servers compared, started the way an editor starts them. */
export const servers = {
  /** As the VS Code client starts it: with the Node flags and the environment of server/src/launch.ts. */
  ours: () => MeasuredServer.start([...serverNodeFlags, join(repo, 'dist/server.js'), '--stdio'], () => null, serverEnvironment),
  /** As `node dist/server.js --stdio` starts it, without those flags or that environment. */
  oursPlain: () => MeasuredServer.start([join(repo, 'dist/server.js'), '--stdio'], () => null),
  /** The transport floor: a server that answers every change with no diagnostics (bench/silentServer.cjs). */
  silent: () => MeasuredServer.start([join(__dirname, 'silentServer.cjs'), '--stdio'], () => null),
  /** yaml-language-server with our schema, its 200 ms validation debounce removed: the checking work alone. */
  yamlLs: () => MeasuredServer.start([join(__dirname, 'yaml-language-server-undelayed.mjs'), '--stdio'], yamlLsSettings),
  /** yaml-language-server exactly as installed: what a user of it waits for. */
  yamlLsStock: () =>
    MeasuredServer.start([join(repo, 'node_modules/yaml-language-server/bin/yaml-language-server'), '--stdio'], yamlLsSettings),
};

function yamlLsSettings(section: string | undefined): unknown {
  if (section !== 'yaml') return null;
  return { validate: true, schemaStore: { enable: false }, schemas: { [schemaPath]: '*.yaml' } };
}

/** Quiet time between edits: longer than our scheduler's 150 ms burst window, so every edit is checked at once. */
const gapMs = 170;

/** (b)/(c): didChange → publishDiagnostics, alternating between texts of one size. */
export async function lspLatency(server: MeasuredServer, uri: string, texts: readonly string[], changes: number): Promise<Summary> {
  await server.open(uri, texts[0]);
  const samples: number[] = [];
  const warmup = 10; // edits that let the server's JIT settle before any is timed
  for (let i = 1; i <= changes + warmup; i++) {
    await pause(gapMs);
    const { ms } = await server.timedChange(uri, texts[i % texts.length]);
    if (i > warmup) samples.push(ms);
  }
  return summarize(samples);
}

/** The honesty check: yaml-language-server must really report schema problems, or the comparison means nothing. */
export async function assertSchemaDiagnostics(server: MeasuredServer, uri: string, brokenText: string): Promise<string[]> {
  let diagnostics = await server.open(uri, brokenText);
  // Its settings may arrive just after the first validation: give it one more edit.
  if (!diagnostics.length) diagnostics = (await server.timedChange(uri, `${brokenText}\n`)).diagnostics;
  const schemaMessages = diagnostics
    .map((d) => d.message)
    .filter((m) => /Missing property|Incorrect type|not accepted|Value is not/i.test(m));
  if (!schemaMessages.length) {
    throw new Error(`yaml-language-server reported no schema problems for a broken posting: ${JSON.stringify(diagnostics)}`);
  }
  return schemaMessages;
}

/** (f): the server's resident memory with `count` postings open, each checked. */
export async function memoryWithOpenDocuments(
  server: MeasuredServer,
  folder: string,
  texts: readonly string[],
  count: number,
): Promise<number> {
  for (let i = 0; i < count; i++) {
    await server.open(pathToFileURL(join(folder, `open-${i}.posting.yaml`)).href, texts[i % texts.length]);
  }
  await pause(500);
  return server.rssMb();
}

/** (e): posting-lint's wall time over a folder of postings, node start-up included. */
export function cliWallTime(folder: string): { ms: number; status: number | null } {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(repo, 'dist/cli.js'), '--format', 'json', `${folder}/*.posting.yaml`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`posting-lint failed (${run.status}): ${run.stderr}`);
  return { ms, status: run.status };
}

/** (g): the production client bundle's size, and activation timed outside VS Code (bench/activation.cjs). */
export function clientBundle(runs = 3): { bytes: number; requireMs: number; activateMs: number; activated: string } {
  const out = mkdtempSync(join(tmpdir(), 'posting-bench-build-'));
  const build = spawnSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${join(out, 'dist')}`], {
    cwd: repo,
    encoding: 'utf8',
  });
  if (build.status !== 0) throw new Error(`production build failed: ${build.stderr}`);
  const bundle = join(out, 'dist/extension.js');
  const results: { requireMs: number; activateMs: number; activated: string }[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, [join(__dirname, 'activation.cjs'), bundle], { cwd: repo, encoding: 'utf8', timeout: 30000 });
    results.push(JSON.parse(run.stdout));
  }
  const bytes = statSync(bundle).size;
  rmSync(out, { recursive: true, force: true });
  return {
    bytes,
    requireMs: summarize(results.map((r) => r.requireMs)).median,
    activateMs: summarize(results.map((r) => r.activateMs)).median,
    activated: results.map((r) => r.activated).join(', '),
  };
}
