import { strict as assert } from 'assert';
import fc from 'fast-check';
import JSZip from 'jszip';
import { parse, stringify } from 'yaml';
import { checkPosting, profiles, renderPosting, renderPostingText } from '../../server/src/engine';
import { profileSchema, selectProfile } from '../../server/src/engine/template/profiles';
import { deref, schemaAtPath } from '../../server/src/engine/template/schemaStore';
import { allSeeds } from '../helpers/seeds';

type Path = (string | number)[];
type Data = Record<string, unknown>;

/** Every string leaf of a posting that is free text: not a vocabulary code, not a date (those print in other words). */
function textLeaves(data: Data): { path: Path; text: string }[] {
  const root = profileSchema(selectProfile(data));
  const leaves: { path: Path; text: string }[] = [];
  const walk = (path: Path, value: unknown) => {
    if (typeof value === 'string') {
      const node = path.length ? schemaAtPath(root, path) : undefined;
      const schema = node ? deref(node).schema : undefined;
      if (schema && (Array.isArray(schema.enum) || schema['x-code'] === true || schema.format === 'date' || path[0] === 'profile')) return;
      if (value.trim()) leaves.push({ path, text: value });
    } else if (Array.isArray(value)) value.forEach((item, index) => walk([...path, index], item));
    else if (value && typeof value === 'object') for (const [key, child] of Object.entries(value)) walk([...path, key], child);
  };
  walk([], data);
  return leaves;
}

function setAt(data: Data, path: Path, value: string): void {
  let current: unknown = data;
  for (const key of path.slice(0, -1)) current = (current as Record<string | number, unknown>)[key];
  (current as Record<string | number, unknown>)[path[path.length - 1]] = value;
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const unescapeHtml = (html: string) =>
  html
    .replace(/<[^<>]+>/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

/** Words of a posting: letters first, so that no Markdown marker or number starts them. */
const word = fc.stringMatching(/^[A-Za-z][a-z]{1,8}$/);
const sentence = fc.array(word, { minLength: 1, maxLength: 6 }).map((words) => words.join(' '));
/** A value: one sentence, or (for prose) several lines. */
const textValue = fc.oneof(
  sentence,
  fc.array(sentence, { minLength: 2, maxLength: 3 }).map((lines) => lines.join('\n')),
);

const seeds = allSeeds().map(({ name, text }) => ({ name, data: parse(text) as Data }));

describe('nothing is lost: every text of a posting reaches every export', () => {
  it('covers a seed of every profile', () => {
    const covered = new Set(seeds.map(({ data }) => selectProfile(data).id));
    assert.deepEqual(
      profiles.map((p) => p.id).filter((id) => !covered.has(id)),
      [],
    );
  });

  for (const { name, data } of seeds) {
    it(`${name}: random texts in every text field and in notes appear in the txt, md and html exports`, () => {
      const leaves = textLeaves(data);
      fc.assert(
        fc.property(
          fc.array(textValue, { minLength: leaves.length, maxLength: leaves.length }),
          fc.array(textValue, { maxLength: 3 }),
          (values, notes) => {
            const posting = structuredClone(data);
            // Values with a line break stand only where prose stands; list items and short fields get one line.
            leaves.forEach((leaf, index) =>
              setAt(posting, leaf.path, leaf.text.includes('\n') ? values[index] : values[index].split('\n')[0]),
            );
            if (notes.length) posting.notes = notes;
            const yaml = stringify(posting);
            assert.ok(!checkPosting(yaml).problems.some((p) => p.code.startsWith('schema-')), 'the posting stays valid');
            const exports = {
              txt: squash(renderPostingText(yaml, 'txt')),
              md: squash(renderPostingText(yaml, 'md').replace(/\\(.)/g, '$1')),
              html: squash(unescapeHtml(renderPostingText(yaml, 'html'))),
            };
            for (const leaf of textLeaves(posting)) {
              for (const line of leaf.text.split('\n').map(squash).filter(Boolean)) {
                for (const [format, text] of Object.entries(exports)) {
                  assert.ok(text.includes(line), `${format} export lost ${leaf.path.join('.')}: "${line}"`);
                }
              }
            }
          },
        ),
        { numRuns: 25 },
      );
    });
  }

  it('notes reach the Word export and the preview of every profile', async () => {
    for (const { name, data } of seeds) {
      const yaml = stringify({ ...data, notes: ['Kept from the import:\nZebra line one', 'Quokka line two'] });
      const zip = await JSZip.loadAsync((await renderPosting(yaml, 'docx')) as Uint8Array);
      const word = await zip.file('word/document.xml')!.async('string');
      const preview = renderPostingText(yaml, 'html');
      for (const text of ['Zebra line one', 'Quokka line two']) {
        assert.ok(word.includes(text), `${name}: docx lost ${text}`);
        assert.ok(preview.includes(text), `${name}: preview lost ${text}`);
      }
      assert.ok(!checkPosting(yaml).problems.some((p) => p.code.startsWith('schema-')), `${name}: notes are valid`);
    }
  });

  it('an export of a posting without any text says so instead of being empty', async () => {
    for (const text of ['', '# posting\n', 'profile: unops-ica\n']) {
      for (const format of ['txt', 'md', 'html'] as const)
        assert.match(renderPostingText(text, format), /Nothing to export/, `${format}: ${JSON.stringify(text)}`);
      const zip = await JSZip.loadAsync((await renderPosting(text, 'docx')) as Uint8Array);
      assert.match(await zip.file('word/document.xml')!.async('string'), /Nothing to export/);
    }
  });
});
