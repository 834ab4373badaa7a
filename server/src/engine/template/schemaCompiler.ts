import Ajv, { type DefinedError, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import configSchema from '../../../../schemas/postingrc.schema.json';
import { schemaFiles } from './schemaStore';

/**
 * The one Ajv instance behind every validation: the posting schemas (by file name, as their $refs name them) and the
 * `.postingrc.yaml` schema. Schemas compile on first use, so a process that checks only postings never compiles the
 * configuration's schema and the reverse.
 */
let ajv: Ajv | undefined;

/** Ajv's messages go to stderr (stdout may be the LSP channel), without its notice on the unicode option. */
const ajvLogger = {
  log: (...args: unknown[]) => console.error(...args),
  warn: (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].includes('option unicode'))) console.warn(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};

function compiler(): Ajv {
  if (ajv) return ajv;
  // unicode: false measures string length in UTF-16 units instead of walking every character to count code points
  // (most of the schema's time on long postings). The only length rule in our schemas is minLength: 1, "not
  // empty", where both counts agree; a test keeps it that way. Ajv calls the option deprecated but honours it.
  ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    unicode: false,
    logger: ajvLogger,
  });
  // Editor annotations and our own display data, declared so strict mode accepts them.
  ajv.addVocabulary([
    'markdownDescription',
    'markdownEnumDescriptions',
    'x-display',
    'x-display-ja',
    'x-code',
    'x-description-ja',
    'x-enum-descriptions-ja',
  ]);
  addFormats(ajv, ['date']);
  for (const [file, schema] of Object.entries(schemaFiles)) ajv.addSchema(schema, file);
  ajv.addSchema(configSchema); // its $id is postingrc.schema.json
  return ajv;
}

/** The compiled validator of a schema file (or a fragment of one, `file#/definitions/…`); undefined if unknown. */
export function validatorOf<T = unknown>(reference: string): ValidateFunction<T> | undefined {
  return compiler().getSchema<T>(reference);
}

/**
 * Ajv's errors typed by keyword, so `params` narrows in a switch. Our schemas use only Ajv's own keywords, whose
 * errors are `DefinedError`; Ajv documents this cast for exactly that case.
 */
export function definedErrors(errors: readonly ErrorObject[] | null | undefined): DefinedError[] {
  return (errors ?? []) as DefinedError[];
}
