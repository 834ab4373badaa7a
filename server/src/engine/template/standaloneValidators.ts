import standaloneCode from 'ajv/dist/standalone';
import configSchema from '../../../../schemas/postingrc.schema.json';
import { createCompiler } from './ajvCompiler';
import { precompiledReferences } from './schemaCompiler';
import { schemaFiles } from './schemaStore';

/**
 * Build time only (esbuild.mjs): the CommonJS module of Ajv's standalone code for every precompiled reference, one
 * export per reference, compiled by the same compiler the engine uses at run time.
 *
 * Ajv's code writes each schema it reports in errors (our `verbose` option) as a literal, Japanese descriptions and
 * all: half a megabyte more of bundle, and a bundle with characters beyond Latin-1 that V8 would hold at two bytes per
 * character. Each literal that is a schema of our files is replaced by a look-up of that object in the files the
 * bundle holds anyway (`modules` says how the generated code requires them).
 *
 * Without `modules`, the module exports a function of those files instead, `(schemaFiles, configSchema) => exports`:
 * the server's bundle requires such a module on its thread's first validation and hands it the schemas it holds
 * (esbuild.mjs), so they are not held twice.
 */
export function standaloneValidators(modules?: { schemaStore: string; configSchema: string }): string {
  const compiler = createCompiler({ code: { source: true } });
  const exports: Record<string, string> = {};
  for (const reference of precompiledReferences) exports[reference] = reference;
  const code = standaloneCode(compiler, exports);
  const places = new Map<string, string>();
  const index = (value: unknown, path: string): void => {
    if (typeof value !== 'object' || value === null) return;
    const literal = JSON.stringify(value)
      .replace(/\u2028/g, '\\u2028')
      .replace(/\u2029/g, '\\u2029');
    if (!places.has(literal)) places.set(literal, path);
    for (const [key, child] of Object.entries(value)) index(child, `${path}[${JSON.stringify(key)}]`);
  };
  for (const [file, schema] of Object.entries(schemaFiles)) index(schema, `__files[${JSON.stringify(file)}]`);
  index(configSchema, '__config');
  let replaced = '';
  let from = 0;
  for (const match of code.matchAll(/const (schema\d+) = (?=[{[])/g)) {
    const start = (match.index ?? 0) + match[0].length;
    const end = literalEnd(code, start);
    const place = places.get(code.slice(start, end));
    if (!place) continue;
    replaced += `${code.slice(from, start)}${place}`;
    from = end;
  }
  replaced += code.slice(from);
  if (!modules)
    return `"use strict";module.exports = (__files, __config) => {const exports = {};${replaced.replace(/^"use strict";/, '')}\nreturn exports;};\n`;
  const header =
    `const __files = require(${JSON.stringify(modules.schemaStore)}).schemaFiles;` +
    `const __config = require(${JSON.stringify(modules.configSchema)});`;
  return replaced.replace(/^"use strict";/, `"use strict";${header}`);
}

/** Where the JSON literal (object or array) starting at `start` ends. */
function literalEnd(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"') {
      for (i++; code[i] !== '"'; i++) if (code[i] === '\\') i++;
    } else if (c === '{' || c === '[') depth++;
    else if (c === '}' || c === ']') {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  throw new Error('standaloneValidators: unterminated schema literal');
}
