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
  lspLatency,
  memoryWithOpenDocuments,
  servers,
} from './measure';
import type { MeasuredServer } from './lspServer';
import { round, type Summary } from './stats';

const quick = process.argv.includes('--quick');
/** How many samples per size: large postings take long, so fewer of them. */
const plan: Record<Size, { texts: number; rounds: number; warmup: number; changes: number; cliFiles: number[] }> = {
  small: { texts: 100, rounds: quick ? 1 : 3, warmup: 2, changes: quick ? 8 : 30, cliFiles: [1, 100, 1000] },
  seed: { texts: 100, rounds: quick ? 1 : 3, warmup: 2, changes: quick ? 8 : 30, cliFiles: [1, 100, 1000] },
  large: { texts: quick ? 5 : 20, rounds: 1, warmup: 1, changes: quick ? 3 : 10, cliFiles: quick ? [1, 10] : [1, 100] },
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
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);

async function main(): Promise<void> {
  const root = mkdtempSync(join(tmpdir(), 'posting-bench-'));
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model, node: process.version, loadAverageAtStart: loadavg().map((l) => round(l)) };
  const bySize = {} as Record<Size, SizeResult>;
  try {
    const ours = await servers.ours();
    const yamlLs = await servers.yamlLs();
    const silent = await servers.silent();
    const broken = postingText('seed', 0)
      .replace(/^deadline: .*$/m, 'deadline: [soon]')
      .replace(/^title: .*\n/m, '');
    const yamlLsSees = await assertSchemaDiagnostics(yamlLs, pathToFileURL(join(root, 'broken.posting.yaml')).href, broken);
    log(`yaml-language-server reports schema problems on a broken posting: ${yamlLsSees.slice(0, 2).join(' | ')}`);

    for (const size of sizes) {
      const { texts: textCount, rounds, warmup, changes, cliFiles } = plan[size];
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
      const cliMs: Record<number, number> = {};
      for (const count of cliFiles) {
        log(`${size}: (e) posting-lint on ${count} files`);
        const folder = join(root, `${size}-${count}`);
        writeCorpus(folder, size, Math.min(count, texts.length));
        if (count > texts.length) writeCopies(folder, texts, count);
        cliMs[count] = cliWallTime(folder).ms;
      }
      bySize[size] = { bytes: Buffer.byteLength(texts[0]), problems, check, parse, lspOurs, lspYamlLs, lspSilent, cliMs };
    }

    log('(c, stock) yaml-language-server as installed, with its 200 ms debounce');
    const stock = await servers.yamlLsStock();
    const seedTexts = Array.from({ length: 10 }, (_, i) => postingText('seed', i));
    await assertSchemaDiagnostics(stock, pathToFileURL(join(root, 'broken-stock.posting.yaml')).href, broken);
    const lspYamlLsStock = await lspLatency(stock, pathToFileURL(join(root, 'stock.posting.yaml')).href, seedTexts, quick ? 4 : 10);

    await Promise.all([ours.stop(), yamlLs.stop(), silent.stop(), stock.stop()]);

    log('(f) memory with 200 open postings, each server started afresh');
    const memoryOf = async (start: () => Promise<MeasuredServer>, folder: string) => {
      const server = await start();
      try {
        return await memoryWithOpenDocuments(server, join(root, folder), seedTexts, 200);
      } finally {
        await server.stop();
      }
    };
    const memory = {
      oursMb: await memoryOf(servers.ours, 'open-ours'),
      oursPlainMb: await memoryOf(servers.oursPlain, 'open-ours-plain'),
      yamlLsMb: await memoryOf(servers.yamlLs, 'open-yaml-ls'),
    };

    log('(g) production client bundle and activation');
    const client = clientBundle(quick ? 1 : 3);

    const results = { date: new Date().toISOString(), command: 'npm run bench', machine, bySize, lspYamlLsStock, memory, client };
    const targets = checkTargets(results);
    writeFileSync(join(__dirname, 'results.json'), `${JSON.stringify({ ...results, targets }, null, 2)}\n`);
    printTable(results, targets);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

/** More files than distinct texts: repeat the texts under new names (the CLI reads each file anyway). */
function writeCopies(folder: string, texts: readonly string[], count: number): void {
  for (let i = texts.length; i < count; i++) {
    writeFileSync(
      join(folder, `copy-${String(i).padStart(4, '0')}.posting.yaml`),
      texts[i % texts.length].replace('\n', `\n# copy ${i}\n`),
    );
  }
}

type Results = {
  bySize: Record<Size, SizeResult>;
  lspYamlLsStock: Summary;
  memory: { oursMb: number; oursPlainMb: number; yamlLsMb: number };
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
    const r = results.bySize[size];
    list.push(target(`(b)/(c) median, ${size}`, r.lspOurs.median / r.lspYamlLs.median, 0.5));
    list.push(target(`(a)/(d) median, ${size}`, r.check.median / r.parse.median, 2));
  }
  list.push(target('(b) p95 ms, seed size', results.bySize.seed.lspOurs.p95, 15));
  list.push(target('(f) server RSS MB, 200 open postings', results.memory.oursMb, 80));
  list.push(target('(g) client bundle KB', results.client.bytes / 1024, 300));
  return list;
}

function printTable(results: Results, targets: Target[]): void {
  const ms = (s: Summary) => `${s.median.toFixed(2)} / ${s.p95.toFixed(2)}`;
  const rows: string[][] = [['measure (median / p95 ms)', ...sizes]];
  const each = (label: string, cell: (r: SizeResult) => string) => rows.push([label, ...sizes.map((size) => cell(results.bySize[size]))]);
  each('posting size (KB)', (r) => (r.bytes / 1024).toFixed(1));
  each('problems reported (ours)', (r) => String(r.problems));
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
    `(f) RSS with 200 open postings: ours ${results.memory.oursMb.toFixed(1)} MB as VS Code starts it ` +
      `(${results.memory.oursPlainMb.toFixed(1)} MB as plain node dist/server.js), yaml-language-server ${results.memory.yamlLsMb.toFixed(1)} MB`,
  );
  console.log(
    `(g) client bundle ${(results.client.bytes / 1024).toFixed(1)} KB; activation outside VS Code: require ${results.client.requireMs.toFixed(0)} ms, ` +
      `activate() incl. server start ${results.client.activateMs.toFixed(0)} ms (${results.client.activated})`,
  );
  console.log('\ntargets:');
  for (const t of targets) console.log(`  ${t.pass ? 'PASS' : 'MISS'}  ${t.name}: ${t.value} (target ≤ ${t.limit})`);
  console.log('\nwritten: bench/results.json');
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
