import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { join } from 'path';

// The bundles `npm test` builds into dist/ (the production build differs only in minification).
const dist = join(__dirname, '../../dist');
const read = (name: string) => readFileSync(join(dist, name), 'utf8');
const wordNamespace = 'schemas.openxmlformats.org/wordprocessingml';

describe('bundles', () => {
  for (const name of ['server.js', 'checkWorker.js', 'lintWorker.js', 'cli.js']) {
    it(`${name} has no character beyond Latin-1, so V8 keeps its source at one byte per character`, () => {
      const offset = read(name).search(/[\u0100-\uffff]/);
      const context = offset < 0 ? '' : read(name).slice(Math.max(0, offset - 60), offset + 20);
      assert.equal(offset, -1, `non-ASCII at ${offset}: ${JSON.stringify(context)} (write it as a \\u escape)`);
    });

    it(`${name} ${name === 'server.js' ? 'requires' : 'carries'} the schema validators compiled at build time (no schema is compiled when it starts)`, () => {
      if (name !== 'server.js') assert.match(read(name), /exports\d*\["profile-general\.schema\.json"\] = validate\d+;/);
      else {
        // Its thread validates only for a hover, a quick fix or the preview: it requires them on the first (esbuild.mjs).
        assert.doesNotMatch(read(name), /\["profile-general\.schema\.json"\] = validate\d+;/);
        assert.match(read(name), /require\("\.\/validators\.js"\)\(/);
      }
    });

    it(`${name} holds no importer${name === 'cli.js' ? ' but the CLI’s' : ''}: the server loads it from importer.js on the first import`, () => {
      // The CLI imports (posting-lint --import) with its own copy; no worker ever imports.
      assert.equal(read(name).includes('function importFromText('), name === 'cli.js');
      if (name === 'server.js') assert.match(read(name), /import\("\.\/importer\.js"\)/);
    });

    it(`${name} holds ${name === 'cli.js' ? 'the importer’s data for its importer' : 'no more of the importer’s data than the check reads'}`, () => {
      // The check reads the Japanese eras of schemas/import/common.json alone (engine/text/japaneseDates.ts); imported
      // by name, the rest of that file (about 150 KB of source, and its objects in every isolate) stays out.
      assert.ok(read(name).includes('$boardHeadline') === (name === 'cli.js'));
    });

    if (name === 'checkWorker.js') {
      it('checkWorker.js (the server’s check worker) holds no Word library: it never exports', () => {
        assert.ok(!read(name).includes(wordNamespace));
      });
      continue;
    }
    if (name === 'lintWorker.js') {
      it('lintWorker.js (posting-lint’s worker) holds the check alone: no Word library, no language-server library', () => {
        const program = read(name);
        assert.ok(!program.includes(wordNamespace));
        assert.ok(!program.includes('vscode-languageserver'), 'it bundles the language-server library');
        // It runs as a vm.Script (node/codeCache.ts), where Node 20 has no loader for a dynamic import().
        assert.doesNotMatch(program, /\bimport\(/);
      });
      continue;
    }
    it(`${name} leaves the Word library to docx.js, loaded on the first .docx export`, () => {
      const program = read(name);
      assert.ok(!program.includes(wordNamespace), `${name} bundles the Word library`);
      assert.match(program, /import\("\.\/docx\.js"\)/);
    });
  }

  it('docx.js holds the Word export', () => {
    assert.ok(read('docx.js').includes(wordNamespace));
  });

  it('validators.js holds the schema validators, in Latin-1', () => {
    assert.match(read('validators.js'), /exports\d*\["profile-general\.schema\.json"\] = validate\d+;/);
    assert.equal(read('validators.js').search(/[\u0100-\uffff]/), -1);
  });

  it('importer.js holds the importer, in Latin-1', () => {
    assert.ok(read('importer.js').includes('function importFromText('));
    assert.equal(read('importer.js').search(/[\u0100-\uffff]/), -1);
  });
});
