/**
 * A probe, not part of `npm run bench`: the server's resident memory with 200 open postings, measured as the bench's
 * (f) measures it (the server started as VS Code starts it, 10 seed-size texts opened 20 times each, RSS 500 ms after
 * the last), then again after IDLE ms (12 s by default: the idle collection runs after 10 s), with the largest regions
 * of /proc/<pid>/smaps (the node binary's pages, V8's heaps in anonymous memory, malloc's heap).
 *   npx tsx bench/memory.ts
 * Environment: SERVER=path of another build's server.js (to compare two builds in one sitting), FLAGS=extra node
 * flags (e.g. `--require probe.js`), IDLE=ms to wait before the second reading, LABEL=a name for the line printed.
 */
import { mkdtempSync, readFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { postingText } from './corpus';
import { memoryWithOpenDocuments, shipped } from './measure';
import { serverEnvironment, serverNodeFlags } from '../server/src/launch';
import { MeasuredServer } from './lspServer';

/** Resident MB of the largest regions of a process, by mapped file ([anon] for anonymous memory). */
function regions(pid: number): string {
  const byName = new Map<string, number>();
  let name = '';
  for (const line of readFileSync(`/proc/${pid}/smaps`, 'utf8').split('\n')) {
    if (/^[0-9a-f]+-[0-9a-f]+ /.test(line)) {
      // address, permissions, offset, device, inode, then the mapped file's path if any
      name = line.split(' ').filter(Boolean).slice(5).join(' ') || '[anon]';
      continue;
    }
    const rss = /^Rss:\s+(\d+)/.exec(line);
    if (rss) byName.set(name, (byName.get(name) ?? 0) + Number(rss[1]));
  }
  return [...byName]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([region, kb]) => `${region.split('/').pop()} ${(kb / 1024).toFixed(1)}`)
    .join(', ');
}

async function main(): Promise<void> {
  const serverFile = process.env.SERVER ?? shipped('server.js');
  const flags = (process.env.FLAGS ?? '').split(' ').filter(Boolean);
  const texts = Array.from({ length: 10 }, (_, i) => postingText('seed', i));
  const server = await MeasuredServer.start([...serverNodeFlags, ...flags, serverFile, '--stdio'], () => null, serverEnvironment);
  try {
    const pid = (server as unknown as { child: { pid: number } }).child.pid;
    const cpuBefore = server.cpuMs();
    const inUse = await memoryWithOpenDocuments(server, mkdtempSync(join(tmpdir(), 'posting-memory-')), texts, 200);
    const cpu = server.cpuMs() - cpuBefore;
    const inUseRegions = regions(pid);
    await new Promise((resolve) => setTimeout(resolve, Number(process.env.IDLE ?? 12_000)));
    console.log(
      `${process.env.LABEL ?? ''} in use ${inUse.toFixed(1)} MB, idle ${server.rssMb().toFixed(1)} MB, ` +
        `CPU to open ${cpu.toFixed(0)} ms | in use: ${inUseRegions}`,
    );
  } finally {
    await server.stop();
  }
}
void main();
