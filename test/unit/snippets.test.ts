import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import { resolve } from 'path';
import { checkPosting, profiles, type Problem } from '../../server/src/engine';
import { allSnippets, sectionPathOf, type Snippet } from '../../server/src/engine/template/snippets';
import { deleteField } from '../helpers/edit';
import { parse } from 'yaml';
import closing from '../../schemas/closing-statements.json';
import { allSeeds, readSeed } from '../helpers/seeds';
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

  it('have posting- prefixes and are not contributed to every YAML completion list (the server offers them in place)', () => {
    // VS Code has no `when` for contributed snippets: they would show everywhere, inside competency lists too.
    assert.equal(manifest.contributes.snippets, undefined);
    for (const snippet of Object.values(snippets)) assert.match(snippet.prefix, /^posting-[a-z-]+$/);
  });

  it('describe themselves in English and in Japanese', () => {
    for (const [name, snippet] of Object.entries(snippets)) {
      assert.match(snippet.description, /^[A-Z].* — .*[\u3040-\u30ff\u4e00-\u9fff]/, name);
    }
  });

  /**
   * Content a blank form cannot know and a rule asks for by name (who may apply). The refugee-talent form's first
   * choices, open to recognised refugees without visa support, are a whole posting: they already hold a working status.
   */
  const contentRequests: Record<string, string[]> = {
    'unops-ica': ['local-eligibility-missing'],
    'unhcr-staff': ['international-eligibility-missing'],
  };

  for (const profile of profiles) {
    const snippet = Object.values(snippets).find((s) => s.prefix === (profile.snippet ?? `posting-${profile.id}`));

    it(`a whole ${profile.id} posting is a blank form: expanded, each placeholder is an error naming its field, nothing else is wrong`, () => {
      assert.ok(snippet, `no snippet for ${profile.id}`);
      const body = snippet.body.join('\n');
      assert.match(body, /\$\{\d+[:|]/, 'the snippet has tab stops');
      const text = `${expandSnippet(body)}\n`;
      const { problems, profile: selected } = checkPosting(text);
      assert.equal(selected.id, profile.id);
      const placeholders = text.split('\n').filter((line) => /\bWrite (?:the|one item of the) .* here\b/.test(line));
      assert.ok(placeholders.length >= 8, `only ${placeholders.length} placeholders`);
      const found = problems.filter((p) => p.code === 'placeholder-text');
      assert.equal(found.length, placeholders.length);
      for (const problem of found) {
        assert.equal(problem.severity, 'error');
        assert.match(problem.message, /^[A-Z][^“]* still has placeholder text: “Write /);
        assert.match(text.split('\n')[problem.range.start.line], /Write /);
      }
      assert.deepEqual(
        problems.filter((p) => p.code !== 'placeholder-text').map((p) => p.code),
        contentRequests[profile.id] ?? [],
      );
    });

    it(`a whole ${profile.id} posting carries nothing of any posting: no sentence of a seed, only fixed wording`, () => {
      const body = expandSnippet(snippet!.body.join('\n'));
      for (const seed of allSeeds()) {
        const sentences = collectStrings(parse(seed.text)).filter(
          (text) => text.split(/\s+/).length >= 7 && !fixedWording.some((fixed) => fixed.includes(text) || text.includes(fixed)),
        );
        for (const sentence of sentences) assert.ok(!body.includes(sentence), `${seed.name}: “${sentence}”`);
      }
    });
  }

  it('keeps the organisation’s fixed wording: UNHCR’s closing statements and accountability sentence', () => {
    const staff = expandSnippet(
      Object.values(snippets)
        .find((s) => s.prefix === 'posting-unhcr-staff')!
        .body.join('\n'),
    );
    assert.match(staff, /^organization: UNHCR$/m);
    assert.match(staff, /All UNHCR staff members are accountable to perform their duties/);
    assert.match(staff, /- UNHCR does not charge a fee at any stage of its recruitment process/);
    const jpo = expandSnippet(
      Object.values(snippets)
        .find((s) => s.prefix === 'posting-jpo')!
        .body.join('\n'),
    );
    assert.match(jpo, /^ {2}nationality: Japanese$/m);
    assert.match(jpo, /^ {2}max_age: 35$/m);
  });

  const seed = readSeed();
  const sections = Object.values(snippets).filter((s) => sectionPathOf(s.prefix));
  it('cover every section of the template', () => assert.ok(sections.length >= 20));
  it('are the ones the engine writes and the server offers (the file is up to date with scripts/generate-snippets.ts)', () => {
    const generated = allSnippets();
    assert.deepEqual(
      Object.entries(snippets).map(([name, s]) => [name, s.prefix, s.description]),
      Object.entries(generated).map(([name, s]) => [name, s.prefix, s.description]),
    );
  });
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

const structuralCodes = [
  'yaml-syntax',
  'duplicate-key',
  'missing-section',
  'missing-sections',
  'unknown-field',
  'wrong-type',
  'not-in-list',
  'invalid-date',
];

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

/** Every string in parsed YAML data. */
function collectStrings(data: unknown): string[] {
  if (typeof data === 'string') return [data];
  if (Array.isArray(data)) return data.flatMap(collectStrings);
  if (data && typeof data === 'object') return Object.values(data).flatMap(collectStrings);
  return [];
}

/** Wording a template keeps on purpose: standard statements, the standard last duty, programme facts. */
const fixedWording = [
  ...closing.statements.flatMap((statement) => statement.carriers.map((carrier) => carrier.text.replace(/\{organization\}[^ ]* ?/g, ''))),
  'Perform other duties as required.',
  'All UNHCR staff members are accountable to perform their duties as reflected in their job',
  'Secretariat of the International Peace Cooperation Headquarters',
  'Ministry of Foreign Affairs of Japan',
  'Cabinet Office, Government of Japan',
  'international peace cooperation',
];
