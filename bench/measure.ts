import { spawnSync } from 'child_process';
import { existsSync, mkdtempSync, rmSync, statSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { buildSync } from 'esbuild';
import { pathToFileURL } from 'url';
import { parse } from 'yaml';
import { checkPosting } from '../server/src/engine';
import { serverEnvironment, serverNodeFlags } from '../server/src/launch';
import { MeasuredServer, pause } from './lspServer';
import { keystrokes, typingOffset, type TypingPlan } from './typing';
import { seedPath } from './corpus';
import { summarize, timeEach, type Summary } from './stats';

export const repo = resolve(__dirname, '..');
const schemaPath = join(repo, 'schemas/posting.schema.json');

let shippedDist: string | undefined;
/**
 * The production bundles, as the .vsix ships them (minified, no source maps), built once per run into a temporary
 * folder: the servers, posting-lint and the client bundle are measured as users run them, not as `npm run build`
 * leaves dist/ for debugging (its source maps and longer names cost the server about 2 MB of memory). Removed at exit.
 */
export function shipped(file: 'server.js' | 'cli.js' | 'extension.js'): string {
  if (!shippedDist) {
    const out = mkdtempSync(join(tmpdir(), 'posting-bench-build-'));
    const build = spawnSync(process.execPath, ['esbuild.mjs', '--production', `--outdir=${join(out, 'dist')}`], {
      cwd: repo,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`production build failed: ${build.stderr}`);
    process.on('exit', () => rmSync(out, { recursive: true, force: true }));
    shippedDist = join(out, 'dist');
  }
  return join(shippedDist, file);
}

/** bench/oneThreadServer.ts, bundled and minified beside the production bundles (its schemas compiled when it starts). */
function oneThreadServer(mode: '--schema' | '--check', ...flags: string[]): Promise<MeasuredServer> {
  const outfile = join(dirname(shipped('server.js')), 'oneThreadServer.js');
  if (!existsSync(outfile)) {
    buildSync({
      entryPoints: [join(__dirname, 'oneThreadServer.ts')],
      outfile,
      bundle: true,
      platform: 'node',
      target: 'node20',
      format: 'cjs',
      minify: true,
      loader: { '.yaml': 'text' },
      logLevel: 'warning',
    });
  }
  return MeasuredServer.start(
    [...serverNodeFlags, outfile, mode, `--warm-up=${seedPath}`, ...flags, '--stdio'],
    () => null,
    serverEnvironment,
  );
}

/** (a) and (d): the engine's whole check against a bare YAML parse of the same texts, in this process. */
export function engineAndFloor(texts: readonly string[], rounds: number, warmup: number): { check: Summary; parse: Summary } {
  return {
    check: summarize(timeEach(texts, (text) => checkPosting(text), rounds, warmup)),
    parse: summarize(timeEach(texts, (text) => parse(text), rounds, warmup)),
  };
}

/**
 * (a) and (d) on the typing stream: after each key, the engine's whole check of the new text, and a bare parse of
 * the same text. Keys follow each other, so whatever the engine remembers from the check before is used as it would
 * be while an author types, and no more.
 */
export function engineTyping(text: string, keyCount: number, warmupKeys = 16): { check: Summary; parse: Summary } {
  const { texts } = keystrokes(text, typingOffset(text), keyCount + warmupKeys);
  const check: number[] = [];
  const floor: number[] = [];
  texts.forEach((typed, i) => {
    const start = performance.now();
    checkPosting(typed);
    const checked = performance.now();
    parse(typed);
    const parsed = performance.now();
    if (i >= warmupKeys) {
      check.push(checked - start);
      floor.push(parsed - checked);
    }
  });
  return { check: summarize(check), parse: summarize(floor) };
}

export interface TypingResult {
  /** Server CPU (all threads and children, /proc/<pid>/stat) over the stream, pauses included, per key. */
  cpuPerKeyMs: number;
  /** From sending the last key of a burst to the diagnostics of the text with that key. */
  lastKeyToDiagnostics: Summary;
  keys: number;
  /** Diagnostics published per key (a server that coalesces a burst publishes fewer). */
  publishedPerKey: number;
}

/**
 * (b) and (c) on the typing stream. The last key's diagnostics are the first publication of its version, or, for a
 * server that publishes no versions (yaml-language-server), the last publication before the pause ends: its
 * documents are updated in place, so any check that runs after the last key checks the text with it.
 */
export async function typingOnServer(server: MeasuredServer, uri: string, text: string, plan: TypingPlan): Promise<TypingResult> {
  const warmupBursts = 1;
  const total = (plan.bursts + warmupBursts) * plan.keysPerBurst;
  const { keys } = keystrokes(text, typingOffset(text), total);
  await server.open(uri, text);
  await pause(plan.pauseMs);
  const latencies: number[] = [];
  let cpuAtStart = 0;
  let arrivalsAtStart = 0;
  for (let burst = 0; burst < plan.bursts + warmupBursts; burst++) {
    if (burst === warmupBursts) {
      cpuAtStart = server.cpuMs();
      arrivalsAtStart = server.arrivals.get(uri)?.length ?? 0;
    }
    const burstStart = performance.now();
    let lastSent = 0;
    let lastVersion = 0;
    for (let k = 0; k < plan.keysPerBurst; k++) {
      const due = burstStart + k * plan.keyGapMs;
      if (due > performance.now()) await pause(due - performance.now());
      const key = keys[burst * plan.keysPerBurst + k];
      lastSent = performance.now();
      lastVersion = await server.typeKey(uri, key.position, key.character);
    }
    await pause(plan.pauseMs);
    const answerTo = () => {
      const after = (server.arrivals.get(uri) ?? []).filter((arrival) => arrival.at >= lastSent);
      const versioned = after.find((arrival) => arrival.version !== undefined && arrival.version >= lastVersion);
      return after.some((arrival) => arrival.version !== undefined) ? versioned : after[after.length - 1];
    };
    // A slow answer (a loaded machine) is waited for, and counted as it came.
    for (let waited = 0; !answerTo() && waited < 30000; waited += 50) await pause(50);
    const answer = answerTo();
    if (!answer) throw new Error(`No diagnostics within 30 s of the last key of burst ${burst} (${uri})`);
    if (burst >= warmupBursts) latencies.push(answer.at - lastSent);
  }
  const measuredKeys = plan.bursts * plan.keysPerBurst;
  const published = (server.arrivals.get(uri)?.length ?? 0) - arrivalsAtStart;
  return {
    cpuPerKeyMs: (server.cpuMs() - cpuAtStart) / measuredKeys,
    lastKeyToDiagnostics: summarize(latencies),
    keys: measuredKeys,
    publishedPerKey: published / measuredKeys,
  };
}

/** The servers compared, started the way an editor starts them. */
export const servers = {
  /** As the VS Code client starts it: with the Node flags and the environment of server/src/launch.ts. */
  ours: () => MeasuredServer.start([...serverNodeFlags, shipped('server.js'), '--stdio'], () => null, serverEnvironment),
  /** Ours with a workspace folder and the workspace check (postingStudio.checkWorkspace) on. */
  oursWithWorkspace: (folder: string) =>
    MeasuredServer.start(
      [...serverNodeFlags, shipped('server.js'), '--stdio'],
      (section) => (section === 'postingStudio' ? { checkWorkspace: true } : null),
      serverEnvironment,
      [{ uri: pathToFileURL(folder).href, name: 'postings' }],
    ),
  /** As `node server.js --stdio` starts it, without those flags or that environment. */
  oursPlain: () => MeasuredServer.start([shipped('server.js'), '--stdio'], () => null),
  /** The transport floor: a server that answers every change with no diagnostics (bench/silentServer.cjs). */
  silent: () => MeasuredServer.start([join(__dirname, 'silentServer.cjs'), '--stdio'], () => null),
  /**
   * The floor of any design of ours that keeps the schema: our patched parse and the schema's verdict alone, on the
   * server's thread, minified as ours is and started with ours' flags (bench/oneThreadServer.ts).
   */
  schemaOnly: () => oneThreadServer('--schema'),
  /** Our whole check on the server's thread, with no check worker (bench/oneThreadServer.ts). */
  checkOnThread: () => oneThreadServer('--check'),
  /** The same after a warm-up of 1,000 keys: V8's optimising compiler has settled. */
  checkOnThreadSettled: () => oneThreadServer('--check', `--warm-up-keys=1000`),
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
  const run = spawnSync(process.execPath, [shipped('cli.js'), '--format', 'json', `${folder}/*.posting.yaml`], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  const ms = performance.now() - start;
  if (run.status !== 0 && run.status !== 1) throw new Error(`posting-lint failed (${run.status}): ${run.stderr}`);
  return { ms, status: run.status };
}

/** (g): the production client bundle's size, and activation timed outside VS Code (bench/activation.cjs). */
export function clientBundle(runs = 3): { bytes: number; requireMs: number; activateMs: number; activated: string } {
  const bundle = shipped('extension.js');
  const results: { requireMs: number; activateMs: number; activated: string }[] = [];
  for (let i = 0; i < runs; i++) {
    const run = spawnSync(process.execPath, [join(__dirname, 'activation.cjs'), bundle], { cwd: repo, encoding: 'utf8', timeout: 30000 });
    results.push(JSON.parse(run.stdout));
  }
  const bytes = statSync(bundle).size;
  return {
    bytes,
    requireMs: summarize(results.map((r) => r.requireMs)).median,
    activateMs: summarize(results.map((r) => r.activateMs)).median,
    activated: results.map((r) => r.activated).join(', '),
  };
}
