import Ajv, { type DefinedError, type ErrorObject, type Options, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import configSchema from '../../../../schemas/postingrc.schema.json';
import { precompiledValidators } from './precompiledValidators';
import { profiles } from './profiles';
import { schemaFiles } from './schemaStore';

/**
 * The one Ajv instance behind every validation: the posting schemas (by file name, as their $refs name them) and the
 * `.postingrc.yaml` schema. Schemas compile on first use, so a process that checks only postings never compiles the
 * configuration's schema and the reverse.
 *
 * The bundles (dist/) compile nothing at run time: esbuild.mjs asks Ajv for the code of every validator in
 * `precompiledReferences` at build time (Ajv's standalone code, same schemas, same options) and puts it in place of
 * ./precompiledValidators. Compiling them at start cost each check worker and each posting-lint worker a few hundred
 * milliseconds, and the compiler's copies of the schemas and their code stayed in memory. Run from the sources (the
 * unit tests), the module is empty and Ajv compiles as before; a reference not built in is compiled the same way.
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

/** The references validatorOf is asked for: each profile's schema and the configuration's (with its catalogues). */
export const precompiledReferences: readonly string[] = [
  ...new Set(profiles.map((profile) => profile.schema)),
  'postingrc.schema.json',
  'postingrc.schema.json#/definitions/catalogue',
];

/** A compiler loaded with every schema; `extra` options only add to ours (the build adds `code: { source: true }`). */
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

function compiler(): Ajv {
  ajv ??= createCompiler();
  return ajv;
}

/** The compiled validator of a schema file (or a fragment of one, `file#/definitions/…`); undefined if unknown. */
export function validatorOf<T = unknown>(reference: string): ValidateFunction<T> | undefined {
  const built = precompiledValidators?.[reference];
  // The standalone code is Ajv's own validator for this reference, typed as Ajv types what getSchema returns.
  if (built) return built as ValidateFunction<T>;
  return compiler().getSchema<T>(reference);
}

/**
 * Ajv's errors typed by keyword, so `params` narrows in a switch. Our schemas use only Ajv's own keywords, whose
 * errors are `DefinedError`; Ajv documents this cast for exactly that case.
 */
export function definedErrors(errors: readonly ErrorObject[] | null | undefined): DefinedError[] {
  return (errors ?? []) as DefinedError[];
}
