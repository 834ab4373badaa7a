import { readdirSync, statSync, type Dirent, type Stats } from 'fs';
import { join, relative, resolve } from 'path';
import picomatch from 'picomatch';
import { describeFsError, InputError } from './errors';

/** The name standard input goes by on the command line. */
export const stdinName = '-';

/** Folders a glob never walks into. */
const skippedFolders = new Set(['node_modules', '.git']);

/**
 * Turns the command line's files and quoted globs into the files to check, in order and without repeats.
 * A named file must exist and be a file; a glob must match at least one file (unless `allowUnmatched`).
 */
export function expandPatterns(patterns: readonly string[], cwd = process.cwd(), allowUnmatched = false): string[] {
  const files: string[] = [];
  const seen = new Set<string>();
  const add = (file: string) => {
    const key = file === stdinName ? file : resolve(cwd, file);
    if (seen.has(key)) return;
    seen.add(key);
    files.push(file);
  };
  for (const pattern of patterns) {
    if (pattern === stdinName) add(pattern);
    else if (picomatch.scan(pattern).isGlob) {
      const matches = expandGlob(pattern, cwd);
      if (!matches.length && !allowUnmatched) throw new InputError(`no files match "${pattern}"`);
      matches.forEach(add);
    } else {
      assertFile(pattern, cwd);
      add(pattern);
    }
  }
  return files;
}

function assertFile(path: string, cwd: string): void {
  let stat: Stats;
  try {
    stat = statSync(resolve(cwd, path));
  } catch (error) {
    throw new InputError(describeFsError(path, error));
  }
  if (stat.isDirectory()) throw new InputError(describeFsError(path, { code: 'EISDIR' }));
  // A named pipe would wait for a writer for ever, a device (a link to /dev/zero) never ends: only files are read.
  if (!stat.isFile()) throw new InputError(`${path}: ${notAFile(stat)}; only regular files are checked`);
}

function notAFile(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO), not a regular file';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device, not a regular file';
  if (stat.isSocket()) return 'a socket, not a regular file';
  return 'not a regular file';
}

/** Walks the glob's fixed base folder and keeps the files the whole pattern matches, sorted. */
function expandGlob(pattern: string, cwd: string): string[] {
  const normalized = pattern.replace(/\\/g, '/').replace(/^\.\//, '');
  const { base } = picomatch.scan(normalized);
  const isMatch = picomatch(normalized, { dot: false });
  const root = resolve(cwd, base || '.');
  const found: string[] = [];
  for (const absolute of walk(root)) {
    // Match in the pattern's own terms: relative to cwd for a relative glob, absolute for an absolute one.
    const candidate = normalized.startsWith('/') ? absolute : relative(cwd, absolute).split('\\').join('/');
    if (isMatch(candidate)) found.push(candidate);
  }
  return found.sort();
}

function* walk(folder: string): Generator<string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(folder, { withFileTypes: true });
  } catch {
    return; // a missing or unreadable base folder simply matches nothing
  }
  for (const entry of entries) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      if (!skippedFolders.has(entry.name)) yield* walk(path);
    } else if (entry.isFile() || (entry.isSymbolicLink() && isFileTarget(path))) yield path;
  }
}

function isFileTarget(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
