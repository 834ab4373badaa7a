import type { DefinedError, ErrorObject, ValidateFunction } from 'ajv';
import { profiles } from './profiles';
import { compiledValidator } from './validators';

/**
 * Every validation goes through here: the posting schemas (by file name, as their $refs name them) and the
 * `.postingrc.yaml` schema, all compiled by one Ajv compiler with our options (ajvCompiler.ts). From the sources,
 * schemas compile on first use; the bundles (dist/) carry them compiled at build time (validators.ts): compiling them
 * at start cost each check worker and each posting-lint worker a few hundred milliseconds, and the compiler with its
 * copies of the schemas and their code stayed in memory.
 */

/** The references validatorOf is asked for: each profile's schema and the configuration's (with its catalogues). */
export const precompiledReferences: readonly string[] = [
  ...new Set(profiles.map((profile) => profile.schema)),
  'postingrc.schema.json',
  'postingrc.schema.json#/definitions/catalogue',
];

/** The compiled validator of a schema file (or a fragment of one, `file#/definitions/…`); undefined if unknown. */
export function validatorOf<T = unknown>(reference: string): ValidateFunction<T> | undefined {
  // Ajv types a validator by the data it accepts (`getSchema<T>` makes the same claim); the schema decides, not T.
  return compiledValidator(reference) as ValidateFunction<T> | undefined;
}

/**
 * Ajv's errors typed by keyword, so `params` narrows in a switch. Our schemas use only Ajv's own keywords, whose
 * errors are `DefinedError`; Ajv documents this cast for exactly that case.
 */
export function definedErrors(errors: readonly ErrorObject[] | null | undefined): DefinedError[] {
  return (errors ?? []) as DefinedError[];
}
