import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { createRequire } from 'module';
import { join, resolve } from 'path';
import { parse } from 'yaml';
import configSchema from '../../schemas/postingrc.schema.json';
import { createCompiler } from '../../server/src/engine/template/ajvCompiler';
import { precompiledReferences } from '../../server/src/engine/template/schemaCompiler';
import { schemaFiles } from '../../server/src/engine/template/schemaStore';
import { standaloneValidators } from '../../server/src/engine/template/standaloneValidators';

/**
 * The bundles validate with Ajv's standalone code generated at build time (esbuild.mjs); the sources compile at run
 * time. Both must report the same errors, schema objects included (our `verbose` errors carry them).
 */
type Validate = ((data: unknown) => boolean) & { errors?: unknown[] | null };

const requireFromHere = createRequire(__filename);

function loadStandalone(): Record<string, Validate> {
  const modules = { schemaStore: '/virtual/schemaStore', configSchema: '/virtual/postingrc.schema.json' };
  const code = standaloneValidators(modules);
  assert.ok(!/[\u0100-\uffff]/.test(code), 'the generated code keeps schema texts out (they are looked up)');
  const exports: Record<string, Validate> = {};
  const load = (path: string): unknown =>
    path === modules.schemaStore ? { schemaFiles } : path === modules.configSchema ? configSchema : requireFromHere(path);
  // The generated module is CommonJS: run it with its exports and a require that knows the two looked-up modules.
  new Function('exports', 'require', code)(exports, load);
  return exports;
}

const repo = resolve(__dirname, '../..');
const seeds = readdirSync(join(repo, 'seeds'))
  .filter((name) => /\.ya?ml$/.test(name))
  .map((name) => parse(readFileSync(join(repo, 'seeds', name), 'utf8')) as Record<string, unknown>);

/** Postings with every kind of schema error: missing, mistyped, unknown, out-of-list and malformed values. */
function brokenVariants(posting: Record<string, unknown>): unknown[] {
  const [first, second] = Object.keys(posting);
  return [
    posting,
    { ...posting, [first]: undefined },
    { ...posting, [second]: 42 },
    { ...posting, unknown_field: 'x', deadline: '31 December', hardship_level: 'Z', grade: ['P3'] },
    { ...posting, title: '', country: null, duties: [1, '', { a: 1 }] },
    [],
    'text',
  ];
}

describe('schema validators compiled at build time', () => {
  const built = loadStandalone();
  const compiler = createCompiler();

  it('exports every reference the engine asks for', () => {
    assert.deepEqual(Object.keys(built).sort(), [...precompiledReferences].sort());
  });

  for (const reference of precompiledReferences.filter((name) => !name.startsWith('postingrc'))) {
    it(`${reference}: the same verdict and errors as Ajv compiling at run time`, () => {
      const compiled = compiler.getSchema(reference);
      assert.ok(compiled);
      let invalid = 0;
      for (const posting of seeds) {
        for (const data of brokenVariants(posting)) {
          assert.equal(built[reference](data), compiled(data));
          assert.deepEqual(built[reference].errors, compiled.errors);
          if (compiled.errors?.length) invalid++;
        }
      }
      assert.ok(invalid >= seeds.length * 5, 'the variants do break the schema');
    });
  }

  it('as a function of the schemas (the server’s validators.js): the same validators, reporting the objects it is given', () => {
    const code = standaloneValidators();
    assert.ok(!/[\u0100-\uffff]/.test(code));
    const module: { exports: unknown } = { exports: {} };
    new Function('module', 'exports', 'require', code)(module, module.exports, requireFromHere);
    const fromFactory = (module.exports as (files: typeof schemaFiles, config: unknown) => Record<string, Validate>)(
      schemaFiles,
      configSchema,
    );
    assert.deepEqual(Object.keys(fromFactory).sort(), Object.keys(built).sort());
    for (const reference of precompiledReferences) {
      for (const data of brokenVariants(seeds[0])) {
        assert.equal(fromFactory[reference](data), built[reference](data));
        assert.deepEqual(fromFactory[reference].errors, built[reference].errors);
      }
    }
    // The schemas are the server's own objects, not a second copy of them.
    const general = fromFactory['profile-general.schema.json'];
    general([]);
    assert.equal((general.errors?.[0] as { parentSchema?: unknown }).parentSchema, schemaFiles['profile-general.schema.json']);
  });

  it('the configuration and its catalogues: the same errors', () => {
    const configs: unknown[] = [
      { profile: 'jpo', locale: 'ja', rules: { 'long-sentence': 'off' } },
      { profile: 3, rules: { x: 'loud' }, unknown: true },
      { catalogues: [{ id: 'c', title: 'C', groups: { core: { title: 'Core', entries: [{ name: 'Teamwork' }] } } }] },
      { catalogues: [{ id: '', groups: { core: { entries: [{ code: 1 }], extra: 1 } } }] },
    ];
    for (const reference of ['postingrc.schema.json', 'postingrc.schema.json#/definitions/catalogue']) {
      const compiled = compiler.getSchema(reference);
      assert.ok(compiled);
      let invalid = 0;
      for (const data of [...configs, ...configs.flatMap((config) => Object.values(config as object))]) {
        assert.equal(built[reference](data), compiled(data));
        assert.deepEqual(built[reference].errors, compiled.errors);
        if (compiled.errors?.length) invalid++;
      }
      assert.ok(invalid > 2);
    }
  });
});
