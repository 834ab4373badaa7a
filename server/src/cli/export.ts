import { mkdirSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { renderExtensions, renderPosting, type RenderFormat, type ViewOptions } from '../engine';
import { writeAtomically } from '../node/writeFile';

/** The --out-dir folder cannot be made or is a file: the output folder's problem, not the posting's. */
export class OutDirError extends Error {
  constructor(
    readonly folder: string,
    readonly cause: unknown,
  ) {
    super(`output folder ${folder}`);
  }
}

/** `postings/officer.posting.yaml` → `officer` (the name every export of it shares). */
export function exportStem(file: string): string {
  return basename(file).replace(/(\.(posting|tor))?\.ya?ml$/i, '');
}

/**
 * posting-lint --export: writes each rendering of one posting next to its file, or into `outDir`.
 * Resolves with the paths written; a write error rejects (the caller reports it as an I/O problem).
 */
export async function writeExports(
  file: string,
  text: string,
  formats: readonly RenderFormat[],
  cwd: string,
  outDir?: string,
  view: ViewOptions = {},
): Promise<string[]> {
  const folder = outDir ? resolve(cwd, outDir) : dirname(resolve(cwd, file));
  if (outDir) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new OutDirError(outDir, error);
    }
  }
  const written: string[] = [];
  for (const format of formats) {
    const target = join(folder, `${exportStem(file)}.${renderExtensions[format]}`);
    const rendered = await renderPosting(text, format, { ...view, standalone: true });
    try {
      await writeAtomically(target, rendered);
    } catch (error) {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { path: target });
    }
    written.push(target);
  }
  return written;
}
