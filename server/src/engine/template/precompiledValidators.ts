import type { ValidateFunction } from 'ajv';

/**
 * The validators compiled at build time, by reference (see schemaCompiler.ts). In the sources there are none; in the
 * bundles esbuild.mjs puts Ajv's standalone code for every reference of `precompiledReferences` here instead.
 */
export const precompiledValidators: Readonly<Record<string, ValidateFunction>> | undefined = undefined;
