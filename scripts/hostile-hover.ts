/**
 * Issue 15's responsiveness target, measured (not a test: the figures depend on the machine). For each hostile shape of
 * the issue, one server opens it as VS Code does (didOpen, then outline, folding and code lenses), and while it is
 * checked a hover on a seed posting is sent every 20 ms, one after another; the script prints, per shape, how long the
 * shape's diagnostics took, the server's CPU time (all threads: on a quiet machine the wall time of the check is about
 * this) and that of each thread using 20 ms or more, the hover delays (max, p95) and the load average. Run: `npx tsx scripts/hostile-hover.ts`
 * after `npm run build` (it starts dist/server.js); `--shape=<name>` runs the shapes whose name contains it,
 * `--profile=<dir>` has the server write CPU profiles there, `--settle=<s>` waits that long after the start (warm-up),
 * `--timeout=<s>` sets the check budget.
 */
import { execFileSync } from 'child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { loadavg, tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { aliasBomb, framework, implicitKeys } from '../test/helpers/hostile';
import { LspClient } from '../test/helpers/lspClient';
import { readSeed } from '../test/helpers/seeds';

const seed = readSeed();
const duty = '      - Perform other duties as required.';
const inDuty = (run: string) => seed.replace(duty, `      - ${run}`);
const keys = (n: number) => seed + Array.from({ length: n }, (_, i) => `k${i.toString(36)}: x\n`).join('');

/** Each shape: its text, and where it is opened (plain; in a project whose config names hostile catalogues; as a config). */
const shapes: { name: string; text: string; place: 'plain' | 'project' | 'config' }[] = [
  { name: 'FIFO, /dev/zero and a 500 KB catalogue x2,000 (posting in the project)', text: seed, place: 'project' },
  {
    name: '.postingrc.yaml buffer naming them',
    text: `catalogues:\n  - fifo.yaml\n  - zero.yaml\n${'  - big.yaml\n'.repeat(2000)}`,
    place: 'config',
  },
  { name: '6,000 unknown top-level keys (under 64 KB)', text: keys(6000), place: 'plain' },
  { name: '8,000 unknown top-level keys', text: keys(8000), place: 'plain' },
  { name: '100,000 unknown top-level keys (840 KB)', text: keys(100_000), place: 'plain' },
  {
    name: 'acronym definition + 100,000 spaces',
    text: seed.replace('  background: >', `  background: "The ISA (Abc${' '.repeat(100_000)}x) works."\n  background_old: >`),
    place: 'plain',
  },
  {
    name: '17,000 distinct acronyms',
    text: inDuty(Array.from({ length: 17_000 }, (_, i) => `X${i.toString(36).toUpperCase()}Q`).join(' ')),
    place: 'plain',
  },
  { name: 'x: [a: a: … x2,000]', text: implicitKeys(2000), place: 'plain' },
  { name: "'lead ' x300,000 in one duty", text: inDuty('lead '.repeat(300_000)), place: 'plain' },
  { name: "'age 12 ' x100,000", text: inDuty('age 12 '.repeat(100_000)), place: 'plain' },
  { name: 'U+FFFE and U+FFFF', text: seed.replace('title:', 'title: \uFFFE\uFFFF'), place: 'plain' },
  { name: 'billion laughs', text: aliasBomb(), place: 'plain' },
];

/** CPU time of a process, all its threads (Linux: /proc/<pid>/stat utime + stime, in clock ticks of 10 ms). */
function cpuMs(pid: number): number {
  if (!existsSync(`/proc/${pid}/stat`)) return NaN;
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8')
    .replace(/^.*\) /s, '')
    .split(' ');
  return (Number(fields[11]) + Number(fields[12])) * 10;
}

/** CPU time of each thread of a process, by thread id, with its name (/proc/<pid>/task/<tid>/stat and comm). */
function threadCpuMs(pid: number): Map<number, { name: string; ms: number }> {
  const threads = new Map<number, { name: string; ms: number }>();
  if (!existsSync(`/proc/${pid}/task`)) return threads;
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const fields = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8')
        .replace(/^.*\) /s, '')
        .split(' ');
      const name = readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
      threads.set(Number(tid), { name, ms: (Number(fields[11]) + Number(fields[12])) * 10 });
    } catch {
      // The thread ended meanwhile.
    }
  }
  return threads;
}

/** The threads that used 20 ms or more between two readings, most first ("name tid: ms"; a new thread counts from 0). */
function threadsBetween(before: Map<number, { name: string; ms: number }>, after: Map<number, { name: string; ms: number }>): string {
  return [...after]
    .map(([tid, { name, ms }]) => ({ label: `${name} ${tid}`, ms: ms - (before.get(tid)?.ms ?? 0) }))
    .filter(({ ms }) => ms >= 20)
    .sort((a, b) => b.ms - a.ms)
    .map(({ label, ms }) => `${label}: ${ms}`)
    .join(', ');
}

function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

async function main(): Promise<void> {
  const only = process.argv.find((arg) => arg.startsWith('--shape='))?.slice('--shape='.length);
  const project = mkdtempSync(join(tmpdir(), 'posting-hover-'));
  execFileSync('mkfifo', [join(project, 'fifo.yaml')]);
  execFileSync('ln', ['-s', '/dev/zero', join(project, 'zero.yaml')]);
  writeFileSync(join(project, 'big.yaml'), framework(8000));
  writeFileSync(join(project, '.postingrc.yaml'), `catalogues:\n  - fifo.yaml\n  - zero.yaml\n${'  - big.yaml\n'.repeat(2000)}`);
  // --profile=<dir>: the server writes a CPU profile of each of its threads there (node --cpu-prof).
  const profile = process.argv.find((arg) => arg.startsWith('--profile='))?.slice('--profile='.length);
  // The project is the workspace folder, as an editor opens a cloned repository.
  // --timeout=<s>: the check budget (postingStudio.checkTimeout; 5 s by default), so that on a loaded machine a check
  // runs to its end and its CPU can be read.
  const timeout = process.argv.find((arg) => arg.startsWith('--timeout='))?.slice('--timeout='.length);
  const client = await LspClient.start({
    configuration: timeout ? { checkTimeout: Number(timeout) } : undefined,
    nodeArgs: profile ? ['--cpu-prof', `--cpu-prof-dir=${profile}`] : [],
    workspaceFolders: [{ uri: pathToFileURL(project).href, name: 'project' }],
  });
  try {
    const pid = await client.request<number>('posting/pid', null);
    const seedUri = pathToFileURL(join(tmpdir(), 'posting-hover-seed.posting.yaml')).href;
    await client.open(seedUri, seed);
    const hover = () => client.request('textDocument/hover', { textDocument: { uri: seedUri }, position: { line: 0, character: 2 } });
    for (let i = 0; i < 20; i++) await hover(); // warm
    // --settle=<s>: wait that long first, as a server started with the editor has finished its warm-up check by the time
    // a file is opened; without it, the first shapes are checked by a worker that is still warming up (a cold start).
    const settle = Number(process.argv.find((arg) => arg.startsWith('--settle='))?.slice('--settle='.length) ?? 0);
    if (settle > 0) await new Promise((resolve) => setTimeout(resolve, settle * 1000));
    let n = 0;
    for (const shape of shapes) {
      if (only && !shape.name.includes(only)) continue;
      const uri =
        shape.place === 'plain'
          ? pathToFileURL(join(tmpdir(), `posting-hover-${++n}.posting.yaml`)).href
          : shape.place === 'project'
            ? pathToFileURL(join(project, `case-${++n}.posting.yaml`)).href
            : pathToFileURL(join(project, `config-${++n}`, '.postingrc.yaml')).href;
      const delays: number[] = [];
      let done = false;
      const hovering = (async () => {
        while (!done) {
          const sent = performance.now();
          await hover();
          delays.push(performance.now() - sent);
          await new Promise((resolve) => setTimeout(resolve, 20));
        }
      })();
      const started = performance.now();
      const cpuBefore = cpuMs(pid);
      const threadsBefore = threadCpuMs(pid);
      const published = client.nextDiagnostics(uri, 120_000).then((params) => ({ params, ms: performance.now() - started }));
      await client.connection.sendNotification('textDocument/didOpen', {
        textDocument: { uri, languageId: 'yaml', version: 1, text: shape.text },
      });
      const textDocument = { uri };
      const [{ params, ms }] = await Promise.all([
        published,
        client.request('textDocument/documentSymbol', { textDocument }),
        client.request('textDocument/foldingRange', { textDocument }),
        client.request('textDocument/codeLens', { textDocument }),
      ]);
      const answered = performance.now() - started;
      const cpu = cpuMs(pid) - cpuBefore;
      const threads = threadsBetween(threadsBefore, threadCpuMs(pid));
      done = true;
      await hovering;
      await client.close(uri);
      const codes = [...new Set(params.diagnostics.map((d) => String(d.code)))].slice(0, 4).join(', ');
      console.log(
        `${shape.name} (${Math.round(shape.text.length / 1024)} KB): diagnostics ${Math.round(ms)} ms [${codes}], all answered ` +
          `${Math.round(answered)} ms (server CPU ${cpu} ms, hovers included); hover max ${Math.round(Math.max(...delays))} ms, p95 ${Math.round(percentile(delays, 95))} ms ` +
          `(${delays.length} hovers), load ${loadavg()[0].toFixed(1)}; threads ms: ${threads}`,
      );
    }
  } finally {
    if (profile) {
      // The profiles are written when the server exits by itself (a killed process writes none).
      await client.request('shutdown', null);
      await client.connection.sendNotification('exit');
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
    await client.stop();
    rmSync(project, { recursive: true, force: true });
  }
}

void main();
