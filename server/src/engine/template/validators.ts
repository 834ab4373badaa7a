import type Ajv from 'ajv';
import type { ValidateFunction } from 'ajv';
import { createCompiler } from './ajvCompiler';

/**
 * Where validators come from. Run from the sources (the unit tests), this module compiles each schema with Ajv on
 * first use. The bundles (dist/) never load it: esbuild.mjs puts in its place a module of the same shape holding
 * Ajv's standalone code for every reference in `precompiledReferences` (schemaCompiler.ts), generated at build time
 * by the same compiler (standaloneValidators.ts), so no process compiles a schema or loads Ajv's compiler at start.
 */
let compiler: Ajv | undefined;

/** The validator of a reference, or undefined if there is none. */
export function compiledValidator(reference: string): ValidateFunction | undefined {
  compiler ??= createCompiler();
  return compiler.getSchema(reference);
}
