import { promises as fs } from 'fs';
import { join } from 'path';
import picomatch from 'picomatch';
import { globOptions, safeGlobs } from '../engine';

/** Folders no workspace check walks into: installed packages, version control, build output. */
const skippedFolders = new Set(['node_modules', '.git', '.hg', '.svn', 'dist', 'out', '.e2e']);

export interface FoundPostings {
  files: string[];
  /** Set when the walk stopped at `maxFiles`: the workspace has more candidate files than are checked. */
  truncated: boolean;
}

/**
 * The files below `root` whose path matches one of `includeGlobs` (the same globs that make an open document a
 * posting), sorted. Asynchronous all the way: a huge tree never blocks the language server's thread. Symbolic links
 * are not followed (a link loop or a link to / would never end), and hidden folders are skipped.
 */
export async function findPostings(root: string, includeGlobs: readonly string[], maxFiles = 20_000): Promise<FoundPostings> {
  const globs = safeGlobs(includeGlobs);
  const isPosting = globs.length ? picomatch(globs, globOptions) : () => false;
  const files: string[] = [];
  const folders = [root];
  let truncated = false;
  for (let folder = folders.pop(); folder !== undefined && !truncated; folder = folders.pop()) {
    let entries;
    try {
      entries = await fs.readdir(folder, { withFileTypes: true });
    } catch {
      continue; // an unreadable folder holds nothing we can check
    }
    for (const entry of entries) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) {
        if (!skippedFolders.has(entry.name) && !entry.name.startsWith('.')) folders.push(path);
      } else if (entry.isFile() && isPosting(path.split('\\').join('/'))) {
        if (files.length >= maxFiles) {
          truncated = true;
          break;
        }
        files.push(path);
      }
    }
  }
  return { files: files.sort(), truncated };
}
