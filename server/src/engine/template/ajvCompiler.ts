import Ajv, { type Options } from 'ajv';
import addFormats from 'ajv-formats';
import configSchema from '../../../../schemas/postingrc.schema.json';
import { schemaFiles } from './schemaStore';

/** Ajv's messages go to stderr (stdout may be the LSP channel), without its notice on the unicode option. */
const ajvLogger = {
  log: (...args: unknown[]) => console.error(...args),
  warn: (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].includes('option unicode'))) console.warn(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};

/**
 * An Ajv compiler loaded with every schema file (by file name, as their $refs name them) and the `.postingrc.yaml`
 * schema; `extra` options only add to ours (the build adds `code: { source: true }`). Used where schemas are compiled:
 * at run time from the sources, at build time for the bundles (see validators.ts).
 */
export function createCompiler(extra: Options = {}): Ajv {
  // unicode: false measures string length in UTF-16 units instead of walking every character to count code points
  // (most of the schema's time on long postings). The only length rule in our schemas is minLength: 1, "not
  // empty", where both counts agree; a test keeps it that way. Ajv calls the option deprecated but honours it.
  const created = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    unicode: false,
    logger: ajvLogger,
    ...extra,
  });
  // Editor annotations and our own display data, declared so strict mode accepts them.
  created.addVocabulary([
    'markdownDescription',
    'markdownEnumDescriptions',
    'x-display',
    'x-display-ja',
    'x-code',
    'x-description-ja',
    'x-enum-descriptions-ja',
  ]);
  addFormats(created, ['date']);
  for (const [file, schema] of Object.entries(schemaFiles)) created.addSchema(schema, file);
  created.addSchema(configSchema); // its $id is postingrc.schema.json
  return created;
}
