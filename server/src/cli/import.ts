import { readFileSync, writeFileSync } from 'fs';
import { resolve } from 'path';
import { importFromText } from '../engine';
import { describeFsError, InputError } from './errors';
import { UsageError } from './options';

/**
 * posting-lint --import file.txt [--set duty_station=Tokyo] [-o out.posting.yaml]: careers-site text → posting YAML,
 * on standard output or into a file. Fields the text lacks are named on standard error; exit 0 either way.
 */
export function runImport(
  file: string,
  sets: readonly string[],
  output: string | undefined,
  io: { cwd: string; stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream },
): number {
  const fields: Record<string, string> = {};
  for (const set of sets) {
    const equals = set.indexOf('=');
    if (equals <= 0) throw new UsageError(`--set needs field=value (got '${set}')`);
    fields[set.slice(0, equals).trim()] = set.slice(equals + 1).trim();
  }
  let text: string;
  try {
    text = readFileSync(resolve(io.cwd, file), 'utf8');
  } catch (error) {
    throw new InputError(describeFsError(file, error));
  }
  const result = importFromText(text, { fields });
  if (output) writeFileSync(resolve(io.cwd, output), result.yaml);
  else io.stdout.write(result.yaml);
  if (result.missing.length) {
    io.stderr.write(`posting-lint: ${file}: not in the text, add with --set: ${result.missing.map((key) => `${key}=…`).join(' ')}\n`);
  }
  if (result.notes.length) io.stderr.write(`posting-lint: ${file}: ${result.notes.length} part(s) kept under notes\n`);
  return 0;
}
