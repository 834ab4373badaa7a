/**
 * npm run bench: posting studio against its baselines, measured in one run on one machine.
 * Writes bench/results.json and prints a table; `--quick` uses fewer samples (for a smoke run).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { cpus, loadavg, tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { postingText, sizes, writeCorpus, type Size } from './corpus';
import {
  assertSchemaDiagnostics,
  clientBundle,
  cliWallTime,
  engineAndFloor,
  engineTyping,
  lspLatency,
  memoryWithOpenDocuments,
  servers,
  typingOnServer,
  type TypingResult,
} from './measure';
import { typingPlan } from './typing';
import type { MeasuredServer } from './lspServer';
import { round, type Summary } from './stats';

const quick = process.argv.includes('--quick');
/** The workspace check's scenario: a team folder of this many postings, checked while one is typed in. */
const workspacePostings = quick ? 200 : 2000;
/** How many samples per size: large postings take long, so fewer of them. */
/** Small and seed-size postings are sampled alike. */
const everyday = {
  texts: 100,
  rounds: quick ? 1 : 3,
  warmup: 2,
  changes: quick ? 8 : 30,
  cliFiles: [1, 100, 1000],
  typedKeys: quick ? 100 : 400,
  bursts: quick ? 4 : 15,
};
const plan: Record<
  Size,
  { texts: number; rounds: number; warmup: number; changes: number; cliFiles: number[]; typedKeys: number; bursts: number }
> = {
  small: everyday,
  seed: everyday,
  large: {
    texts: quick ? 5 : 20,
    rounds: 1,
    warmup: 1,
    changes: quick ? 3 : 10,
    cliFiles: quick ? [1, 10] : [1, 100, 1000],
    typedKeys: quick ? 40 : 160,
    bursts: quick ? 3 : 10,
  },
};

interface SizeResult {
  bytes: number;
  problems: number;
  check: Summary;
  parse: Summary;
  lspOurs: Summary;
  lspYamlLs: Summary;
  lspSilent: Summary;
  cliMs: Record<number, number>;
  /** The typing stream: (a) and (d) after each key, and each server's CPU per key and last key → diagnostics. */
  typing: {
    check: Summary;
    parse: Summary;
    ours: TypingResult;
    yamlLs: TypingResult;
    silent: TypingResult;
    /** Our parse and schema alone on the server's thread (bench/oneThreadServer.ts): the floor of our CPU per key. */
    schemaOnly: TypingResult;
    /** Our whole check on the server's thread, no check worker (bench/oneThreadServer.ts). */
    checkOnThread: TypingResult;
  };
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'posting-bench-'));
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverageAtStart: loadavg().map((l) => round(l)) };
  const bySize = {} as Record<Size, SizeResult>;
  try {
    // (e) first, before any language server runs: the figure is posting-lint's own wall time, and servers left
    // running after their streams (idle collections, yaml-language-server's own work) would share its two cores.
    const cliMsBySize = {} as Record<Size, Record<number, number>>;
    for (const size of sizes) {
      cliMsBySize[size] = {};
      for (const count of plan[size].cliFiles) {
        log(`${size}: (e) posting-lint on ${count} files`);
        const folder = join(root, `${size}-${count}`);
        writeCorpus(folder, size, count); // each posting its own: no cache answers for another by chance
        cliMsBySize[size][count] = cliWallTime(folder).ms;
      }
    }
    const ours = await servers.ours();
    const yamlLs = await servers.yamlLs();
    const silent = await servers.silent();
    const schemaOnly = await servers.schemaOnly();
    const checkOnThread = await servers.checkOnThread();
    const broken = postingText('seed', 0)
      .replace(/^deadline: .*$/m, 'deadline: [soon]')
      .replace(/^title: .*\n/m, '');
    const yamlLsSees = await assertSchemaDiagnostics(yamlLs, pathToFileURL(join(root, 'broken.posting.yaml')).href, broken);
    log(`yaml-language-server reports schema problems on a broken posting: ${yamlLsSees.slice(0, 2).join(' | ')}`);

    for (const size of sizes) {
      const { texts: textCount, rounds, warmup, changes } = plan[size];
      const texts = Array.from({ length: textCount }, (_, i) => postingText(size, i));
      log(`${size}: (a) engine check and (d) yaml parse on ${texts.length} postings`);
      const { check, parse } = engineAndFloor(texts, rounds, warmup);
      const { checkPosting } = await import('../server/src/engine');
      const problems = checkPosting(texts[0]).problems.length;
      log(`${size}: (b) our server, (c) yaml-language-server, and a server that checks nothing: ${changes} edits each`);
      const uri = (name: string) => pathToFileURL(join(root, `${name}-${size}.posting.yaml`)).href;
      const lspOurs = await lspLatency(ours, uri('ours'), texts.slice(0, 10), changes);
      const lspYamlLs = await lspLatency(yamlLs, uri('yaml-ls'), texts.slice(0, 10), changes);
      const lspSilent = await lspLatency(silent, uri('silent'), texts.slice(0, 10), changes);
      log(
        `${size}: the typing stream: (a) and (d) after each of ${plan[size].typedKeys} keys, then ${plan[size].bursts} bursts per server`,
      );
      const typed = engineTyping(texts[1], plan[size].typedKeys);
      const stream = typingPlan(plan[size].bursts);
      const typing = {
        ...typed,
        ours: await typingOnServer(ours, uri('typing-ours'), texts[2], stream),
        yamlLs: await typingOnServer(yamlLs, uri('typing-yaml-ls'), texts[2], stream),
        silent: await typingOnServer(silent, uri('typing-silent'), texts[2], stream),
        schemaOnly: await typingOnServer(schemaOnly, uri('typing-schema-only'), texts[2], stream),
        checkOnThread: await typingOnServer(checkOnThread, uri('typing-check-on-thread'), texts[2], stream),
      };
      const cliMs = cliMsBySize[size];
      bySize[size] = { bytes: Buffer.byteLength(texts[0]), problems, check, parse, lspOurs, lspYamlLs, lspSilent, cliMs, typing };
    }

    log('(c, stock) yaml-language-server as installed, with its 200 ms debounce');
    const stock = await servers.yamlLsStock();
    const seedTexts = Array.from({ length: 10 }, (_, i) => postingText('seed', i));
    await assertSchemaDiagnostics(stock, pathToFileURL(join(root, 'broken-stock.posting.yaml')).href, broken);
    const lspYamlLsStock = await lspLatency(stock, pathToFileURL(join(root, 'stock.posting.yaml')).href, seedTexts, quick ? 4 : 10);
    const typingYamlLsStock = await typingOnServer(
      stock,
      pathToFileURL(join(root, 'typing-stock.posting.yaml')).href,
      seedTexts[2],
      typingPlan(quick ? 3 : 8),
    );

    await Promise.all([ours.stop(), yamlLs.stop(), silent.stop(), schemaOnly.stop(), checkOnThread.stop(), stock.stop()]);

    log(`(h) typing in one posting while the workspace check reads ${workspacePostings} others`);
    const workspaceFolder = join(root, 'workspace');
    writeCorpus(workspaceFolder, 'seed', workspacePostings);
    const busy = await servers.oursWithWorkspace(workspaceFolder);
    const pass = busy
      .request<{ files: number }>('posting/checkWorkspace', null)
      .then((result) => ({ ...result, endedAt: performance.now() }));
    const typingBesideWorkspace = await typingOnServer(
      busy,
      pathToFileURL(join(root, 'typing-workspace.posting.yaml')).href,
      seedTexts[2],
      typingPlan(quick ? 4 : 15),
    );
    const typingEndedAt = performance.now();
    const passResult = await pass;
    const workspace = {
      postings: passResult.files,
      typing: typingBesideWorkspace,
      /** Whether the whole typing stream ran while the pass was still under way (else the figure is partly idle). */
      passOutlastedTyping: passResult.endedAt > typingEndedAt,
    };
    await busy.stop();

    log('(f) memory with 200 open postings, each server started afresh');
    const memoryOf = async (start: () => Promise<MeasuredServer>, folder: string) => {
      const server = await start();
      try {
        return await memoryWithOpenDocuments(server, join(root, folder), seedTexts, 200);
      } finally {
        await server.stop();
      }
    };
    // Ours once more, read again after 12 s without an edit: the server collects its garbage fully after 10 s idle.
    const oursIdleMb = await (async () => {
      const server = await servers.ours();
      try {
        await memoryWithOpenDocuments(server, join(root, 'open-ours-idle'), seedTexts, 200);
        await new Promise((resolve) => setTimeout(resolve, 12_000));
        return server.rssMb();
      } finally {
        await server.stop();
      }
    })();
    const memory = {
      oursIdleMb,
      oursMb: await memoryOf(servers.ours, 'open-ours'),
      oursPlainMb: await memoryOf(servers.oursPlain, 'open-ours-plain'),
      yamlLsMb: await memoryOf(servers.yamlLs, 'open-yaml-ls'),
    };

    log('(g) production client bundle and activation');
    const client = clientBundle(quick ? 1 : 3);

    const results = {
      date: new Date().toISOString(),
      command: 'npm run bench',
      machine,
      bySize,
      lspYamlLsStock,
      typingYamlLsStock,
      memory,
      workspace,
      client,
    };
    const targets = checkTargets(results);
    writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify({ ...results, targets }, null, 2)}\n`);
    printTable(results, targets);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

type Results = {
  bySize: Record<Size, SizeResult>;
  lspYamlLsStock: Summary;
  typingYamlLsStock: TypingResult;
  memory: { oursMb: number; oursIdleMb: number; oursPlainMb: number; yamlLsMb: number };
  workspace: { postings: number; typing: TypingResult; passOutlastedTyping: boolean };
  client: { bytes: number; requireMs: number; activateMs: number; activated: string };
};

interface Target {
  name: string;
  value: number;
  limit: number;
  pass: boolean;
}

function checkTargets(results: Results): Target[] {
  const target = (name: string, value: number, limit: number): Target => ({ name, value: round(value, 3), limit, pass: value <= limit });
  const list: Target[] = [];
  for (const size of sizes) {
    const { typing } = results.bySize[size];
    list.push(
      target(`typing: server CPU per key, ours / yaml-language-server, ${size}`, typing.ours.cpuPerKeyMs / typing.yamlLs.cpuPerKeyMs, 0.5),
    );
    list.push(
      target(`typing: (a)/(d) median, engine check of one edit / bare parse, ${size}`, typing.check.median / typing.parse.median, 2),
    );
  }
  list.push(target('typing: last key → diagnostics p95 ms, seed size', results.bySize.seed.typing.ours.lastKeyToDiagnostics.p95, 15));
  list.push(target('typing: last key → diagnostics p95 ms, large', results.bySize.large.typing.ours.lastKeyToDiagnostics.p95, 40));
  for (const size of ['seed', 'large'] as const) {
    const ms = results.bySize[size].cliMs[1000];
    if (ms !== undefined) list.push(target(`(e) posting-lint, 1,000 postings (s), ${size}`, ms / 1000, 3));
  }
  list.push(target('(f) server RSS MB, 200 open postings', results.memory.oursMb, 80));
  list.push(
    target(
      '(h) typing beside the workspace check: last key → diagnostics p95 ms, seed size',
      results.workspace.typing.lastKeyToDiagnostics.p95,
      15,
    ),
  );
  return list;
}

function printTable(results: Results, targets: Target[]): void {
  const ms = (s: Summary) => `${s.median.toFixed(2)} / ${s.p95.toFixed(2)}`;
  const rows: string[][] = [['measure (median / p95 ms)', ...sizes]];
  const each = (label: string, cell: (r: SizeResult) => string) => rows.push([label, ...sizes.map((size) => cell(results.bySize[size]))]);
  each('posting size (KB)', (r) => (r.bytes / 1024).toFixed(1));
  each('problems reported (ours)', (r) => String(r.problems));
  rows.push(['whole text sent on each change, alternating postings (as before)', ...sizes.map(() => '')]);
  each('(a) engine check', (r) => ms(r.check));
  each('(d) yaml parse (floor)', (r) => ms(r.parse));
  each('(a)/(d)', (r) => (r.check.median / r.parse.median).toFixed(2));
  each('(b) our server didChange→diagnostics', (r) => ms(r.lspOurs));
  each('(c) yaml-language-server, no debounce', (r) => ms(r.lspYamlLs));
  each('(b)/(c)', (r) => (r.lspOurs.median / r.lspYamlLs.median).toFixed(2));
  each('(b0) a server that checks nothing', (r) => ms(r.lspSilent));
  each('((b)−(b0)) / ((c)−(b0)): the checking alone', (r) =>
    ((r.lspOurs.median - r.lspSilent.median) / (r.lspYamlLs.median - r.lspSilent.median)).toFixed(2),
  );
  const cpu = (t: TypingResult) => `${t.cpuPerKeyMs.toFixed(2)}`;
  const latency = (t: TypingResult) => ms(t.lastKeyToDiagnostics);
  rows.push(['typing stream (bursts of 8 keys 60 ms apart, then 400 ms)', ...sizes.map(() => '')]);
  each('(a) engine check after one key', (r) => ms(r.typing.check));
  each('(d) bare yaml parse of the same text', (r) => ms(r.typing.parse));
  each('(a)/(d)', (r) => (r.typing.check.median / r.typing.parse.median).toFixed(2));
  each('server CPU per key, ours (ms)', (r) => cpu(r.typing.ours));
  each('server CPU per key, yaml-language-server (ms)', (r) => cpu(r.typing.yamlLs));
  each('server CPU per key, a server that checks nothing (ms)', (r) => cpu(r.typing.silent));
  each('server CPU per key, our parse and schema alone, one thread (ms)', (r) => cpu(r.typing.schemaOnly));
  each('server CPU per key, our whole check, one thread (ms)', (r) => cpu(r.typing.checkOnThread));
  each('CPU ours / yaml-language-server', (r) => (r.typing.ours.cpuPerKeyMs / r.typing.yamlLs.cpuPerKeyMs).toFixed(2));
  each('CPU parse and schema alone / yaml-language-server (the floor)', (r) =>
    (r.typing.schemaOnly.cpuPerKeyMs / r.typing.yamlLs.cpuPerKeyMs).toFixed(2),
  );
  each('CPU whole check, one thread / yaml-language-server', (r) =>
    (r.typing.checkOnThread.cpuPerKeyMs / r.typing.yamlLs.cpuPerKeyMs).toFixed(2),
  );
  each('last key → diagnostics, ours', (r) => latency(r.typing.ours));
  each('last key → diagnostics, yaml-language-server', (r) => latency(r.typing.yamlLs));
  each('last key → diagnostics, checks nothing', (r) => latency(r.typing.silent));
  each(
    'diagnostics published per key, ours / yaml-ls',
    (r) => `${r.typing.ours.publishedPerKey.toFixed(2)} / ${r.typing.yamlLs.publishedPerKey.toFixed(2)}`,
  );
  rows.push(['posting-lint (distinct postings)', ...sizes.map(() => '')]);
  for (const count of [1, 100, 1000]) {
    each(`(e) posting-lint, ${count} files (wall ms)`, (r) => (r.cliMs[count] === undefined ? '—' : r.cliMs[count].toFixed(0)));
  }
  const width = rows[0].map((_, column) => Math.max(...rows.map((row) => row[column].length)));
  const lines = rows.map((row) =>
    row.map((cell, column) => (column ? cell.padStart(width[column]) : cell.padEnd(width[column]))).join('  '),
  );
  console.log(['', ...lines, ''].join('\n'));
  console.log(`(c) yaml-language-server as installed (200 ms debounce), seed size: ${ms(results.lspYamlLsStock)}`);
  console.log(
    `    typing, seed size: CPU per key ${results.typingYamlLsStock.cpuPerKeyMs.toFixed(2)} ms, last key → diagnostics ${latency(results.typingYamlLsStock)}`,
  );
  console.log(
    `(f) RSS with 200 open postings: ours ${results.memory.oursMb.toFixed(1)} MB as VS Code starts it ` +
      `(${results.memory.oursIdleMb.toFixed(1)} MB after 12 s idle) ` +
      `(${results.memory.oursPlainMb.toFixed(1)} MB as plain node server.js), yaml-language-server ${results.memory.yamlLsMb.toFixed(1)} MB`,
  );
  console.log(
    `(g) client bundle ${(results.client.bytes / 1024).toFixed(1)} KB; activation outside VS Code: require ${results.client.requireMs.toFixed(0)} ms, ` +
      `activate() incl. server start ${results.client.activateMs.toFixed(0)} ms (${results.client.activated})`,
  );
  const beside = results.workspace.typing.lastKeyToDiagnostics;
  const alone = results.bySize.seed.typing.ours.lastKeyToDiagnostics;
  console.log(
    `(h) typing in a seed-size posting while the workspace check reads ${results.workspace.postings} postings: last key → diagnostics ` +
      `${ms(beside)} (alone: ${ms(alone)}; p95 ratio ${(beside.p95 / alone.p95).toFixed(2)}); the pass ` +
      (results.workspace.passOutlastedTyping ? 'ran throughout' : 'ended before the typing did, so part of it was idle'),
  );
  console.log('\ntargets:');
  for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.value} (target ≤ ${t.limit})`);
  console.log('\nwritten: bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1); // the servers still running end with their stdin
});
