import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { checkPosting, profiles, type Problem } from '../../server/src/engine';
import { sectionPathOf, type Snippet } from '../../server/src/engine/template/snippets';
import { deleteField } from '../helpers/edit';
import { readSeed } from '../helpers/seeds';
import { expandSnippet } from '../helpers/snippetExpander';

const root = resolve(__dirname, '../..');
const snippets = JSON.parse(readFileSync(resolve(root, 'snippets/posting.code-snippets'), 'utf8')) as Record<string, Snippet>;
const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as {
  contributes: { snippets?: { language: string; path: string }[] };
};

describe('snippets', () => {
  it('the expander follows the snippet grammar', () => {
    assert.equal(expandSnippet('a: ${1:x \\} y}\nb: ${2|H,A|}\nc: $3${4}\\$'), 'a: x } y\nb: H\nc: $');
    assert.equal(expandSnippet('d: ${CURRENT_YEAR}', { CURRENT_YEAR: '2030' }), 'd: 2030');
  });

  it('are contributed for YAML in package.json, with posting- prefixes', () => {
    assert.ok(manifest.contributes.snippets?.some((s) => s.language === 'yaml' && s.path === './snippets/posting.code-snippets'));
    for (const snippet of Object.values(snippets)) assert.match(snippet.prefix, /^posting-[a-z-]+$/);
  });

  it('describe themselves in English and in Japanese', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.match(snippet.description, /^[A-Z].* — .*[\u3040-\u30ff\u4e00-\u9fff]/, name);
    }
  });

  for (const profile of profiles) {
    it(`a whole ${profile.id} posting, expanded with its defaults, has no problems`, () => {
      const snippet = Object.values(snippets).find((s) => s.prefix === (profile.snippet ?? `posting-${profile.id}`));
      assert.ok(snippet, `no snippet for ${profile.id}`);
      const body = snippet.body.join('\n');
      assert.match(body, /\$\{\d+[:|]/, 'the snippet has tab stops');
      const text = `${expandSnippet(body)}\n`;
      const { problems, profile: selected } = checkPosting(text);
      assert.equal(selected.id, profile.id);
      assert.deepEqual(
        problems.map((p) => `${p.code}: ${p.message}`),
        [],
      );
    });
  }

  const seed = readSeed();
  const sections = Object.values(snippets).filter((s) => sectionPathOf(s.prefix));
  it('cover every section of the template', () => assert.ok(sections.length >= 20));
  for (const snippet of sections) {
    it(`${snippet.prefix} in place of its section in the LICA6 seed has no problems beyond its placeholders`, () => {
      const path = sectionPathOf(snippet.prefix)!;
      const indent = '  '.repeat(path.length - 1);
      let text = path.length === 1 || seed.includes(`${indent}${path[path.length - 1]}:`) ? safeDelete(seed, path) : seed;
      const section = expandSnippet(snippet.body.join('\n'))
        .split('\n')
        .map((line) => indent + line)
        .join('\n');
      const parentLine = path.length === 1 ? undefined : `${'  '.repeat(path.length - 2)}${path[path.length - 2]}:\n`;
      text = parentLine ? text.replace(parentLine, `${parentLine}${section}\n`) : `${text}${section}\n`;
      const firstLine = text.split('\n').findIndex((line) => line === section.split('\n')[0]);
      const inserted = { first: firstLine, last: firstLine + section.split('\n').length - 1 };
      const defaults = placeholderDefaults(snippet.body.join('\n'));
      const problems = checkPosting(text).problems.filter((p) => !explainedByPlaceholders(p, inserted, defaults));
      assert.deepEqual(
        problems.map((p) => `${p.code}: ${p.message}`),
        [],
      );
    });
  }
});

function safeDelete(text: string, path: string[]): string {
  try {
    return deleteField(text, path);
  } catch {
    return text;
  }
}

const structuralCodes = ['yaml-syntax', 'duplicate-key', 'missing-section', 'unknown-field', 'wrong-type', 'not-in-list', 'invalid-date'];

/**
 * A placeholder stands for text the author writes: a reviewer check of the inserted content, or one that
 * quotes a placeholder's default (a sample date), is expected. The snippet's structure must still be valid.
 */
function explainedByPlaceholders(problem: Problem, inserted: { first: number; last: number }, defaults: string[]): boolean {
  if (structuralCodes.includes(problem.code)) return false;
  const line = problem.range.start.line;
  return (line >= inserted.first && line <= inserted.last) || defaults.some((value) => problem.message.includes(value));
}

function placeholderDefaults(body: string): string[] {
  return [...body.matchAll(/\$\{\d+:([^}]{4,})\}/g)].map((m) => m[1]);
}
