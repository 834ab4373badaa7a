import { resolve } from 'path';
import { defaultLimits } from '../engine';
// The importer's own module, not the engine's index: main.ts loads this file only for --import, and the index would
// make every run of posting-lint load and initialise the importer (its code and data, about 70 ms) for nothing.
import { importFromText } from '../engine/import/fromText';
import { readRegularFile } from '../node/readFile';
import { writeAtomically } from '../node/writeFile';
import { describeWriteError, InputError } from './errors';
import { UsageError } from './options';

/**
 * posting-lint --import file.txt [--set duty_station=Tokyo] [-o out.posting.yaml]: posting text (any layout of schemas/import/layouts.json) → posting YAML,
 * on standard output or into a file. Fields the text lacks are named on standard error; exit 0 either way.
 */
export async function runImport(
  file: string,
  sets: readonly string[],
  output: string | undefined,
  io: { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): Promise<number> {
  const fields: Record<string, string> = {};
  for (const set of sets) {
    const equals = set.indexOf('=');
    if (equals <= 0) throw new UsageError(`--set needs field=value (got '${set}')`);
    fields[set.slice(0, equals).trim()] = set.slice(equals + 1).trim();
  }
  const read = await readRegularFile(resolve(io.cwd, file), defaultLimits.maxFileSize);
  if ('failure' in read) throw new InputError(`${file}: ${read.failure.reason}`);
  const result = importFromText(read.text, { fields });
  if (output) {
    try {
      await writeAtomically(resolve(io.cwd, output), result.yaml);
    } catch (error) {
      throw new InputError(describeWriteError(output, error));
    }
  } else io.stdout.write(result.yaml);
  if (result.missing.length) {
    io.stderr.write(`posting-lint: ${file}: not in the text, add with --set: ${result.missing.map((key) => `${key}=…`).join(' ')}\n`);
  }
  for (const finding of result.findings) io.stderr.write(`posting-lint: ${file}:${finding.line}: ${finding.code}: ${finding.message}\n`);
  if (result.notes.length) io.stderr.write(`posting-lint: ${file}: ${result.notes.length} part(s) kept under notes\n`);
  return 0;
}
