import { mkdirSync } from 'fs';
import { basename, dirname, join, resolve } from 'path';
import { checkPublishing, renderExtensions, renderPosting, type GateFinding, type RenderFormat, type ViewOptions } from '../engine';
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

/** How the JSON-LD export is gated: today's date, --force, the messages' language. */
export interface ExportGate {
  today: string;
  force: boolean;
  locale?: string;
}

export interface ExportResult {
  written: string[];
  /** Why the JSON-LD was not written (missing required properties, an expired deadline without --force). */
  refused: GateFinding[];
  /** Recommended properties the JSON-LD lacks: written anyway. */
  notes: GateFinding[];
}

/**
 * posting-lint --export: writes each rendering of one posting next to its file, or into `outDir`. The JSON-LD goes
 * through the publishing gate first and is not written when the gate refuses it.
 * Resolves with the paths written and the gate's findings; a write error rejects (the caller reports it as an I/O problem).
 */
export async function writeExports(
  file: string,
  text: string,
  formats: readonly RenderFormat[],
  cwd: string,
  outDir: string | undefined,
  gate: ExportGate,
  view: ViewOptions = {},
): Promise<ExportResult> {
  const folder = outDir ? resolve(cwd, outDir) : dirname(resolve(cwd, file));
  if (outDir) {
    try {
      mkdirSync(folder, { recursive: true });
    } catch (error) {
      throw new OutDirError(outDir, error);
    }
  }
  const written: string[] = [];
  const result: ExportResult = { written, refused: [], notes: [] };
  for (const format of formats) {
    if (format === 'jsonld') {
      const { refused, notes } = await checkPublishing(text, gate);
      result.notes.push(...notes);
      if (refused.length) {
        result.refused.push(...refused);
        continue;
      }
    }
    const target = join(folder, `${exportStem(file)}.${renderExtensions[format]}`);
    const rendered = await renderPosting(text, format, { ...view, standalone: true });
    try {
      await writeAtomically(target, rendered);
    } catch (error) {
      throw Object.assign(error instanceof Error ? error : new Error(String(error)), { path: target });
    }
    written.push(target);
  }
  return result;
}
