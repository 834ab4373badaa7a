/**
 * A probe, not part of `npm run bench`: replays the typing stream on one server and prints its CPU per key, split by
 * thread (/proc/<pid>/task/<tid>/stat), so the main thread, the check worker and V8's helper threads are seen apart.
 *   npx tsx bench/threads.ts [small|seed|large] [bursts] [which] [-- extra node flags for ours]
 * where `which` is ours, or another of bench/measure.ts `servers`: yamlLs, silent, schemaOnly, checkOnThread,
 * checkOnThreadSettled.
 * Environment: SLEEP=ms to wait after the start (the warm-up's idle time), WARM=n bursts typed in another posting
 * first, SERVER=path of another build's server.js (to compare two builds in one sitting). The server's CPU before the
 * typing (start-up and warm-up) is printed too. Threads are told apart by id: the lowest is the main thread, the last
 * busy one the check worker, those in between V8's helper threads.
 */
import { mkdtempSync, readdirSync, readFileSync } from 'fs';
import { tmpdir, loadavg } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { postingText, type Size } from './corpus';
import { servers, shipped, typingOnServer } from './measure';
import { serverEnvironment, serverNodeFlags } from '../server/src/launch';
import { MeasuredServer } from './lspServer';
import { typingPlan } from './typing';

function threadTicks(pid: number): Map<string, { name: string; ticks: number }> {
  const out = new Map<string, { name: string; ticks: number }>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, { name, ticks: Number(fields[11]) + Number(fields[12]) });
    } catch {
      // ended
    }
  }
  return out;
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const dash = args.indexOf('--');
  const flags = dash >= 0 ? args.slice(dash + 1) : [];
  const [size = 'small', bursts = '10', which = 'ours'] = dash >= 0 ? args.slice(0, dash) : args;
  const server =
    which === 'ours'
      ? await MeasuredServer.start(
          [...serverNodeFlags, ...flags, process.env.SERVER ?? shipped('server.js'), '--stdio'],
          () => null,
          serverEnvironment,
        )
      : await servers[which as Exclude<keyof typeof servers, 'ours' | 'oursWithWorkspace'>]();
  const pid = (server as unknown as { child: { pid: number } }).child.pid;
  await new Promise((r) => setTimeout(r, Number(process.env.SLEEP ?? 0)));
  console.log(`CPU before typing (start-up and warm-up): ${server.cpuMs()} ms`);
  const root = mkdtempSync(join(tmpdir(), 'posting-threads-'));
  const text = postingText(size as Size, 2);
  // a first, unmeasured stream on another document: the server has started and checked once, as after opening a file
  await typingOnServer(
    server,
    pathToFileURL(join(root, `warm.posting.yaml`)).href,
    postingText(size as Size, 1),
    typingPlan(Number(process.env.WARM ?? 0)),
  );
  const before = threadTicks(pid);
  const result = await typingOnServer(server, pathToFileURL(join(root, `t.posting.yaml`)).href, text, typingPlan(Number(bursts)));
  const after = threadTicks(pid);
  const keys = result.keys + 8; // the warm-up burst of typingOnServer counts here too
  const rows: string[] = [];
  for (const [tid, { name, ticks }] of after) {
    const delta = ticks - (before.get(tid)?.ticks ?? 0);
    if (delta > 0) rows.push(`${tid} ${name}: ${((delta * 10) / keys).toFixed(2)} ms/key`);
  }
  console.log(
    JSON.stringify({
      size,
      which,
      flags,
      load: loadavg()[0].toFixed(1),
      cpuPerKeyMs: result.cpuPerKeyMs.toFixed(2),
      p95: result.lastKeyToDiagnostics.p95.toFixed(1),
      median: result.lastKeyToDiagnostics.median.toFixed(1),
      publishedPerKey: result.publishedPerKey.toFixed(2),
      // resident memory once the typing is over (what the typing left in the worker's heap shows here)
      rssMb: server.rssMb().toFixed(1),
    }),
  );
  console.log(rows.join('\n'));
  console.log(server.stderr.trim());
  await server.stop();
}

void main();
