import { homedir } from 'os';
import { join } from 'path';
import { Worker } from 'worker_threads';

/**
 * Worker threads that load their bundle with V8's code cache (posting-lint's workers). Node 20 has no
 * `module.enableCompileCache` (Node 22), so the worker is started with a small script that compiles the bundle as
 * `vm.Script` with the cached data of an earlier run, and, when there was none or V8 rejected it (another bundle, Node
 * or V8 version, other V8 flags), writes it again once the worker has answered a few messages: written then, the cache
 * holds the functions compiled lazily by the checks too, not only the top level. (Counted in messages, not time: a
 * worker that is always sent its next text ahead may not run a timer for hundreds of messages.) A cache that cannot be read or
 * written changes nothing but the start-up time.
 *
 * The cache is a per-user folder (a file in a shared folder could be planted by another user: V8 runs its bytecode).
 * POSTING_STUDIO_CACHE_DIR names another; set empty, it turns the cache off.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const chosen = env.POSTING_STUDIO_CACHE_DIR;
  if (chosen !== undefined) return chosen || undefined;
  try {
    const base =
      process.platform === 'win32'
        ? (env.LOCALAPPDATA ?? join(homedir(), 'AppData', 'Local'))
        : (env.XDG_CACHE_HOME ?? join(homedir(), process.platform === 'darwin' ? 'Library/Caches' : '.cache'));
    return join(base, 'posting-studio', 'code-cache');
  } catch {
    return undefined; // no home folder: no cache
  }
}

export interface CodeCacheOptions {
  /** Where the cache files are; undefined runs the bundle without a cache. */
  dir: string | undefined;
  /** Write the cache (when missing or rejected) after this many messages to the worker; 0: never (other workers). */
  writeAfterMessages: number;
}

/**
 * The worker's start-up script (plain JavaScript: it runs as the worker's `eval` code, not through the bundler). The
 * cache file is named after the bundle's content, Node's version and the architecture; writing one removes the
 * bundle's other cache files (older builds) and renames a complete file into place, so a reader never sees half of one.
 */
const bootstrap = `
const { parentPort, workerData, threadId } = require('worker_threads');
const { readFileSync, writeFileSync, renameSync, mkdirSync, readdirSync, unlinkSync } = require('fs');
const { basename, dirname, join } = require('path');
const { createHash } = require('crypto');
const { Script } = require('vm');
const { wrap, createRequire } = require('module');
const { file, dir, writeAfterMessages } = workerData.codeCache;
const source = readFileSync(file, 'utf8').replace(/^#!.*/, '');
const prefix = basename(file).replace(/\\.[cm]?js$/, '') + '-';
const name = prefix + createHash('sha256').update(source).digest('hex').slice(0, 16) + '-' + process.version + '-' + process.arch + '.v8cache';
const cacheFile = dir ? join(dir, name) : undefined;
let cachedData;
try {
  if (cacheFile) cachedData = readFileSync(cacheFile);
} catch {}
const script = new Script(wrap(source), { filename: file, cachedData });
// What became of the cache, readable by the bundle (tests): none, accepted or rejected.
workerData.codeCache.status = cachedData === undefined ? 'none' : script.cachedDataRejected ? 'rejected' : 'accepted';
const write = () => {
  try {
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const temporary = cacheFile + '.' + process.pid + '-' + threadId + '.tmp';
    writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
    renameSync(temporary, cacheFile);
    for (const other of readdirSync(dir))
      if (other.startsWith(prefix) && other.endsWith('.v8cache') && other !== name) unlinkSync(join(dir, other));
  } catch {}
};
const module = { exports: {}, id: file, filename: file, loaded: false, children: [], paths: [] };
script.runInThisContext()(module.exports, createRequire(file), module, file, dirname(file));
module.loaded = true;
if (cacheFile && parentPort && writeAfterMessages > 0 && (cachedData === undefined || script.cachedDataRejected)) {
  // Listening after the bundle did, this runs after the bundle has answered the message.
  let messages = 0;
  const counted = () => {
    if (++messages < writeAfterMessages) return;
    parentPort.off('message', counted);
    write();
  };
  parentPort.on('message', counted);
}
`;

/** A worker running `file` (a CommonJS bundle) loaded through the code cache. */
export function workerWithCodeCache(file: string, cache: CodeCacheOptions): Worker {
  return new Worker(bootstrap, {
    eval: true,
    workerData: { codeCache: { file, dir: cache.dir, writeAfterMessages: cache.writeAfterMessages } },
  });
}
