import { mkdirSync, writeFileSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { renderExtensions, renderPosting, type RenderFormat } from '../engine';

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
): Promise<string[]> {
  const folder = outDir ? resolve(cwd, outDir) : dirname(resolve(cwd, file));
  mkdirSync(folder, { recursive: true });
  const written: string[] = [];
  for (const format of formats) {
    const target = join(folder, `${exportStem(file)}.${renderExtensions[format]}`);
    const rendered = await renderPosting(text, format, { standalone: true });
    writeFileSync(target, rendered);
    written.push(target);
  }
  return written;
}
