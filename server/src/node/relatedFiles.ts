import { dirname, resolve } from 'path';
import { relatedFiles, type RelatedNames, type RelatedTexts } from '../engine';
import { readRegularFile } from './readFile';

/**
 * Reads the files a posting names in `based_on:` and `translation_of:`, relative to the posting's own file, so the
 * engine can compare them (relatedFileProblems). A file that cannot be read comes back with the reason.
 */
export async function readRelatedFiles(postingPath: string, text: string | RelatedNames, maxChars: number): Promise<RelatedTexts> {
  // The names, when the caller has them from its check's parse; else read from the text.
  const names = typeof text === 'string' ? relatedFiles(text) : text;
  const read = async (file: string | undefined) => {
    if (!file) return undefined;
    const result = await readRegularFile(resolve(dirname(postingPath), file), maxChars, { checkCharacters: false });
    return 'failure' in result ? { file, reason: result.failure.reason } : { file, text: result.text };
  };
  return { basedOn: await read(names.basedOn), translationOf: await read(names.translationOf) };
}
