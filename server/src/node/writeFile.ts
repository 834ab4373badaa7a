import writeFileAtomic from 'write-file-atomic';
import { readRegularFile } from './readFile';

/**
 * Replaces a user's file atomically: the new text goes to a temporary file in the same folder, is flushed to disk,
 * and is renamed over the old one. A process killed at any moment leaves either the old file or the new one, never
 * an empty or half-written file; the file's mode and owner are kept.
 */
export async function writeAtomically(path: string, content: string | Uint8Array): Promise<void> {
  await writeFileAtomic(path, typeof content === 'string' ? content : Buffer.from(content), { encoding: 'utf8', fsync: true });
}

export type RewriteResult = { written: true } | { written: false; changed: true } | { written: false; error: unknown };

/**
 * Writes `text` over `path` only if the file still holds `original` (what the caller read and worked from): an edit
 * saved meanwhile (by an editor, another tool) is never overwritten. Atomic as writeAtomically.
 */
export async function rewriteIfUnchanged(path: string, original: string, text: string): Promise<RewriteResult> {
  // Anything longer than the original (or gone, or no longer a regular file) has changed: no need to read it whole.
  const current = await readRegularFile(path, original.length + 1, { checkCharacters: false });
  if (!('text' in current) || current.text !== original) return { written: false, changed: true };
  try {
    await writeAtomically(path, text);
    return { written: true };
  } catch (error) {
    return { written: false, error };
  }
}
