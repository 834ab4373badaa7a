import { mkdirSync, readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { isMap, isSeq, parseDocument, type Document } from 'yaml';

/** The three sizes of posting the benchmark runs on. */
export const sizes = ['small', 'seed', 'large'] as const;
export type Size = (typeof sizes)[number];

export const seedPath = resolve(__dirname, '../seeds/unhcr-japan-protection-associate-lica6.posting.yaml');
const seed = readFileSync(seedPath, 'utf8');

const tor = ['terms_of_reference'];
const duties = [...tor, 'purpose_and_scope', 'duties'];
const monitoring = [...tor, 'monitoring_and_progress_controls'];

/**
 * Posting number `index` of a size: the seed itself (seed size, ≈9 KB), the seed cut down to its bones (small, ≈2 KB),
 * or the seed with hundreds of duties and background paragraphs (large, ≈200 KB). Each file differs a little, so no
 * cache can answer for another, and each stays a real posting of the template's shape.
 */
export function postingText(size: Size, index: number): string {
  const marker = `# corpus posting ${index} (${size})\n`;
  if (size === 'seed') return varied(seed.replace('\n', `\n${marker}`), index);
  const document = parseDocument(seed);
  if (size === 'small') shrink(document);
  else grow(document, index);
  const text = `# posting\n${marker}${document.toString({ lineWidth: 100 }).replace(/^# posting\n/, '')}`;
  return size === 'small' ? varied(text, index) : text;
}

/**
 * Posting `index` with its own prose: each sentence that ends a line of text (a list item or a line of a paragraph)
 * ends with the index, so no two postings share a paragraph and nothing the engine remembers of one posting answers for another.
 * (Real postings of one office do share boilerplate; the benchmark leaves that advantage out.)
 */
function varied(text: string, index: number): string {
  if (index === 0) return text;
  // Lines of five words or more: names in lists (competencies, languages) stay as the catalogues spell them.
  return text.replace(/^( {4,}[^\s#:>|-][^:\n]*|[ \t]+- (?![>|])[^:\n]*)$/gm, (line) =>
    line
      .replace(/^\s*-\s/, '')
      .trim()
      .split(/\s+/).length < 5
      ? line
      : line.replace(/([;.])$/, ` (ref. ${index})$1`),
  );
}

function shrink(document: Document): void {
  const background = String(document.getIn([...tor, 'background']));
  document.setIn(
    [...tor, 'background'],
    `${background
      .split('\n\n')[0]
      .slice(0, 200)
      .replace(/(?<!\s)\s+\S*$/, '')}.`,
  );
  document.setIn(duties, ['Provide legal and policy advice to national stakeholders;', 'Perform other duties as required.']);
  keepFirst(document, monitoring, 1);
  document.setIn(['position_notes', 0], 'A UNOPS LICA6 position, in replacement capacity from January to October 2025.');
  document.setIn([...tor, 'qualifications_and_experience', 'education'], 'Completion of Bachelor’s degree.');
  document.setIn([...tor, 'qualifications_and_experience', 'work_experience', 'essential'], 'Minimum two years of relevant experience.');
  for (const list of ['skills', 'education', 'work_experience', 'other_information']) keepFirst(document, ['careers_site', list], 1);
}

function grow(document: Document, index: number): void {
  const background = String(document.getIn([...tor, 'background']));
  const paragraphs = background.trim().split('\n\n');
  const extra = Array.from({ length: 40 }, (_, i) => numbered(paragraphs[i % paragraphs.length], `${index}.${i}`));
  document.setIn([...tor, 'background'], [background.trim(), ...extra].join('\n\n'));
  const list = document.getIn(duties);
  const monitor = document.getIn(monitoring);
  if (!isSeq(list) || !isSeq(monitor)) throw new Error('The seed has no duties or monitoring list');
  const dutyTexts = list.items.map((item) => String((item as { toJSON(): unknown }).toJSON()));
  for (let i = 0; i < 200; i++) {
    list.items.splice(list.items.length - 1, 0, document.createNode(numbered(dutyTexts[i % 4], `${index}.${i}`)));
  }
  const monitorTexts = monitor.items.map((item) => String((item as { toJSON(): unknown }).toJSON()));
  for (let i = 0; i < 40; i++) monitor.items.push(document.createNode(numbered(monitorTexts[i % monitorTexts.length], `${i}`)));
}

/** The text with a reference number before its closing punctuation, so a duty still reads as one sentence. */
function numbered(text: string, reference: string): string {
  return text.trim().replace(/([;.,:]?)$/, ` (ref. ${reference})$1`);
}

function keepFirst(document: Document, path: string[], count: number): void {
  const node = document.getIn(path);
  if (isSeq(node)) node.items.splice(count);
  else if (!isMap(node)) throw new Error(`No list at ${path.join('.')}`);
}

/** Writes `count` postings of a size into `folder` (created), named like real postings; returns their paths. */
export function writeCorpus(folder: string, size: Size, count: number): string[] {
  mkdirSync(folder, { recursive: true });
  return Array.from({ length: count }, (_, index) => {
    const path = join(folder, `${size}-${String(index).padStart(4, '0')}.posting.yaml`);
    writeFileSync(path, postingText(size, index));
    return path;
  });
}
