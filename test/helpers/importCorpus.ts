/**
 * The import corpus (issue 14 §5): source texts in the layouts people paste, each with the fields it states, and
 * the measures the issue sets for the importer. Shared by test/unit/importCorpus.test.ts and `npm run corpus`.
 *
 * Layout of the corpus: `test/corpus/import/<layout>/<name>.txt` (a text written by us in a real layout, never
 * pasted from a real page) with `<name>.fields.json` beside it:
 *
 *     { "profile": "<expected profile id>",
 *       "fields": { "<dotted data path>": <value> },
 *       "ambiguousDates": ["01/03/2025"] }
 *
 * - A path is a dotted path in the imported data (`standard_job_description.duties`); `path#2`, `path#3` list a
 *   further expectation for the same path. A path the imported profile does not have names the one field of that
 *   profile with the same name (`background` is `terms_of_reference.background` in `unops-ica`).
 *   A key that names a concept in another profile's words (`background`, `competencies`, `employer.name`) names the
 *   fields schemas/import/targets.json sends that concept to in the imported profile, or `notes` where it has none.
 * - A value is what the text states: an ISO date for a date, `true`/`false` for a yes/no field, a vocabulary value
 *   for a code (`G-5`, `full-time permanent`; a grade matches with or without its hyphen, or as Workday's code for
 *   it (PR4 is P-4); a code's Japanese name in the profile's schema, 正社員, names it), otherwise text. A list of
 *   strings gives alternatives (`["Kenya", "ケニア"]`).
 * - Text is compared without case, extra whitespace, width (NFKC), the difference between `&` and `and`, or between a
 *   hyphen and a space between words (Non-Family, Non Family). A short value (under 20 characters, 10 in Japanese)
 *   must equal the field or one item of a list field; a longer one is a distinctive sentence that must occur in the
 *   field (a list field's items joined with newlines).
 * - `ambiguousDates` are dates whose day/month order the text does not decide: they are not fields, and the
 *   import must keep them as written rather than guess.
 */
import { decodeHTML, DecodingMode } from 'entities';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { checkPosting, importFromText, renderPostingText, selectProfile } from '../../server/src/engine';
import layoutsFile from '../../schemas/import/layouts.json';
import targetsFile from '../../schemas/import/targets.json';
import gradeCodesFile from '../../schemas/vocabularies/grade-codes.json';
import { formatDate, japaneseDateFormat } from '../../server/src/engine/render/format';
import {
  csvRead,
  formAnswersRead,
  jsonRead,
  linkListRead,
  markupRead,
  plainCharacters,
  screenReaderRead,
  sheetRowRead,
} from '../../server/src/engine/import/paste';

export const importCorpusDir = resolve(__dirname, '../corpus/import');

/** The targets issue 14 sets: share of stated fields placed, share of a text's lines in its txt export. */
export const fieldTarget = 0.9;
export const lineTarget = 0.95;

export type ExpectedValue = string | number | boolean | string[];

export interface ExpectedImport {
  profile: string;
  fields: Record<string, ExpectedValue>;
  ambiguousDates?: string[];
}

export interface CorpusText {
  layout: string;
  name: string;
  path: string;
  text: string;
  expected: ExpectedImport;
}

export interface FieldOutcome {
  path: string;
  expected: ExpectedValue;
  /** What the import holds at that path, shortened for a report. */
  actual: string;
  placed: boolean;
}

export interface TextMeasure {
  layout: string;
  name: string;
  /** Why the import or the export failed, if it threw. */
  error?: string;
  profile: string;
  profileRight: boolean;
  exportChars: number;
  lines: { counted: number; found: number; missing: string[] };
  fields: FieldOutcome[];
  ambiguous: { total: number; kept: number };
  diagnostics: Record<string, number>;
}

/** Every text of the corpus with its expectations, in a stable order. */
export function corpusTexts(dir = importCorpusDir): CorpusText[] {
  const texts: CorpusText[] = [];
  for (const layout of readdirSync(dir, { withFileTypes: true }).filter((entry) => entry.isDirectory())) {
    const folder = join(dir, layout.name);
    for (const file of readdirSync(folder)
      .filter((name) => name.endsWith('.txt'))
      .sort()) {
      const name = file.slice(0, -'.txt'.length);
      const path = join(folder, file);
      const expected = JSON.parse(readFileSync(join(folder, `${name}.fields.json`), 'utf8')) as ExpectedImport;
      texts.push({ layout: layout.name, name, path, text: readFileSync(path, 'utf8'), expected });
    }
  }
  return texts.sort((a, b) => a.layout.localeCompare(b.layout) || a.name.localeCompare(b.name));
}

/**
 * The corpus folders of the layouts the importer knows (schemas/import/layouts.json): a layout's id, or the folder of
 * the layout it is a variant of (`corpusFolder`: jobs.unops.org's copy of a UNOPS vacancy sits with the careers-site texts).
 */
export const layoutIds: string[] = [
  ...new Set(layoutsFile.layouts.map((layout) => ('corpusFolder' in layout && layout.corpusFolder) || layout.id)),
];

// ---------------------------------------------------------------------------------------------------------------
// Text comparison

/**
 * Compared form of a text: NFKC, lower case, one space, `&` as `and`, no typographic quotes, a hyphen between words
 * as a space.
 */
export function squash(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/(?<=\p{L})-(?=\p{L})/gu, ' ')
    .replace(/[‘’]/g, "'")
    .replace(/[“”]/g, '"')
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Squashed, without the punctuation a list item or a sentence may lose at its ends. */
function core(text: string): string {
  const squashed = squash(text);
  let start = 0;
  let end = squashed.length;
  while (start < end && /[\s,;:.\-–—*_]/.test(squashed[start])) start++;
  while (end > start && /[\s,;:.*_]/.test(squashed[end - 1])) end--;
  return squashed.slice(start, end).trim();
}

function scalarText(value: unknown): string | undefined {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value && typeof value === 'object') return Object.values(value).map(scalarText).filter(Boolean).join('\n');
  return undefined;
}

/** The dotted paths of a profile's fields, as its JSON Schema nests them (schemas/profile-<id>.schema.json). */
function profilePaths(profile: string): string[] {
  let schema: unknown;
  try {
    schema = JSON.parse(readFileSync(resolve(__dirname, `../../schemas/profile-${profile}.schema.json`), 'utf8'));
  } catch {
    return [];
  }
  const paths: string[] = [];
  const walk = (node: unknown, prefix: string) => {
    const properties = (node as { properties?: Record<string, unknown> } | undefined)?.properties;
    if (!properties || typeof properties !== 'object') return;
    for (const [key, child] of Object.entries(properties)) {
      paths.push(prefix + key);
      walk(child, `${prefix + key}.`);
    }
  };
  walk(schema, '');
  return paths;
}

/**
 * The path a key names, in the imported profile: itself where the profile has it, else the one field of the profile
 * with the same name ("background" is terms_of_reference.background in unops-ica, which has no top-level
 * background). Keys are written against every profile's paths, and a careful author puts a field where the form has it.
 */
export function pathInProfile(path: string, profile: string): string {
  const paths = profilePaths(profile);
  if (!paths.length || paths.includes(path)) return path;
  const name = path.slice(path.lastIndexOf('.') + 1);
  const same = paths.filter((candidate) => candidate === name || candidate.endsWith(`.${name}`));
  return same.length === 1 ? same[0] : path;
}

/** A target path of schemas/import/targets.json without its list marks (`duties[]`, `competencies[,;]`). */
const targetPath = (target: string) => (target.endsWith(']') ? target.slice(0, target.lastIndexOf('[')) : target);

/**
 * Every path where the imported profile keeps what a key names. A key written with one profile's name for a concept
 * (`background`, `competencies`, `employer.name`) names, in another profile, the fields schemas/import/targets.json
 * sends that concept to there (`standard_job_description.organizational_setting`; the core, managerial and
 * cross-functional competencies); where the profile has no field for the concept, `notes`, which keeps it. A part
 * of a concept no import targets on its own (`eligibility.nationality`) names the concept. A key the profile has, or
 * that no concept names, is `pathInProfile`'s one path.
 */
export function pathsInProfile(path: string, profile: string): string[] {
  const paths = profilePaths(profile);
  if (!paths.length || paths.includes(path)) return [path];
  const byProfile = targetsFile as unknown as Record<string, Record<string, string> | string>;
  const concepts = new Set<string>();
  for (const targets of Object.values(byProfile))
    if (typeof targets === 'object')
      for (const [concept, target] of Object.entries(targets)) if (targetPath(target) === path) concepts.add(concept);
  // A part of a concept that no import targets on its own (`eligibility.nationality` in a profile without it) names
  // the concept: where the profile keeps its eligibility statements, or notes.
  const group = path.split('.')[0];
  if (
    !concepts.size &&
    group !== path &&
    !paths.includes(group) &&
    Object.values(byProfile).some((targets) => typeof targets === 'object' && group in targets)
  )
    concepts.add(group);
  const own = byProfile[profile];
  // A field the schema reaches through a $ref is not among `paths`: its first segment is.
  const inProfile = (candidate: string) => paths.includes(candidate.split('.')[0]);
  const found =
    typeof own === 'object'
      ? [...new Set([...concepts].flatMap((concept) => (own[concept] ? [targetPath(own[concept])] : [])))].filter(inProfile)
      : [];
  if (found.length) return found;
  const one = pathInProfile(path, profile);
  if (paths.includes(one)) return [one];
  return concepts.size && paths.includes('notes') ? ['notes'] : [one];
}

/**
 * A field kept under notes because the profile has no place for it is a "Label: value" item there (an import's rule,
 * schemas/import/targets.json): the value after its label is what a short value or a date must be.
 */
function notedMatches(notes: unknown, expected: ExpectedValue): boolean {
  if (Array.isArray(expected)) return expected.some((alternative) => notedMatches(notes, alternative));
  if (!Array.isArray(notes) || typeof expected !== 'string') return false;
  return notes.some((item) => {
    if (typeof item !== 'string') return false;
    const value = item.slice(item.indexOf(':') + 1).trim();
    if (/^\d{4}-\d{2}-\d{2}$/.test(expected)) return datesIn(value).some((date) => date.iso === expected);
    return fieldMatches(value, expected);
  });
}

function valueAt(data: unknown, path: string): unknown {
  let current = data;
  for (const key of path.split('.')) {
    if (!current || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

/** A value long enough to be looked for inside a field: 20 characters, or 10 of Japanese (a word is 2 or 3). */
const isLong = (want: string) => want.length >= 20 || (want.length >= 10 && /[\u3040-\u30ff\u4e00-\u9fff]/.test(want));

/**
 * Rows of years by degree ({ degree: Undergraduate, years: 2 }, the schema's form of a Workday "Years of Experience /
 * Degree Level" line) state what "2 years relevant experience with Undergraduate degree" states: a row whose degree
 * the sentence names, with its number of years (0: "no experience").
 */
function degreeRowsMatch(actual: unknown, expected: string): boolean {
  if (!Array.isArray(actual)) return false;
  const text = expected.toLowerCase();
  return actual.some((row) => {
    if (!row || typeof row !== 'object') return false;
    const { degree, years } = row as { degree?: unknown; years?: unknown };
    if (typeof degree !== 'string' || typeof years !== 'number' || !text.includes(degree.toLowerCase())) return false;
    return years === 0 ? /\bno (?:relevant )?experience\b/.test(text) : new RegExp(`\\b${years} years?\\b`).test(text);
  });
}

/**
 * A grade or level code without its separator: "P4", "P-4" and "P 4" are one grade, as "NOB" and "NO-B" are. The text
 * writes either; the importer writes the form the Grade vocabulary uses.
 */
/** Workday's grade codes and the common-system grades they stand for (PR4 is P-4), squashed as `gradeCode` squashes. */
const workdayGrades: Map<string, string> = new Map(
  Object.entries(gradeCodesFile)
    .filter(([code]) => !code.startsWith('$'))
    .map(([code, grade]) => [code.toLowerCase(), grade.toLowerCase().replace(/[\s-]/g, '')]),
);

function gradeCode(text: string): string | undefined {
  const code = text.replace(/[\s-]/g, '');
  if (!/^(?:p|d|g|gs|no|ns|sb|lsc|ica|iica|lica|pr|fs)[1-9a-e]$/.test(code)) return undefined;
  return workdayGrades.get(code) ?? code;
}

/**
 * A code's name in Japanese, as the profiles' schemas give it ("正社員: an open-ended full-time contract." names
 * `full-time permanent`): a text that states 正社員 states that code.
 */
const japaneseCodeNames: Map<string, string> = (() => {
  const names = new Map<string, string>();
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) return node.forEach(visit);
    if (!node || typeof node !== 'object') return;
    const record = node as Record<string, unknown>;
    const codes = record.enum;
    const descriptions = record['x-enum-descriptions-ja'];
    if (Array.isArray(codes) && Array.isArray(descriptions))
      codes.forEach((code, index) => {
        const name = /^([^:：\s]{1,12})[:：]/.exec(String(descriptions[index] ?? ''))?.[1];
        if (typeof code === 'string' && name) names.set(core(name), code);
      });
    Object.values(record).forEach(visit);
  };
  const schemas = resolve(__dirname, '../../schemas');
  for (const file of readdirSync(schemas).filter((name) => /^profile-.*\.schema\.json$/.test(name)))
    visit(JSON.parse(readFileSync(join(schemas, file), 'utf8')));
  return names;
})();

/** Whether the value at a path is the value the text states (see the module comment). */
/**
 * The name a list item gives before its description: "Professionalism: Knowledge of …" and "Teamwork – Works with …"
 * name Professionalism and Teamwork, as a careers page sets a competency's name before its definition.
 */
function itemName(item: string): string {
  const colon = item.indexOf(':');
  const dash = item.search(/ [-\u2013\u2014] /);
  const cut = [colon, dash].filter((at) => at > 0).sort((a, b) => a - b)[0];
  return cut === undefined ? item : item.slice(0, cut);
}

export function fieldMatches(actual: unknown, expected: ExpectedValue): boolean {
  if (Array.isArray(expected)) return expected.some((alternative) => fieldMatches(actual, alternative));
  if (typeof expected === 'boolean' || typeof expected === 'number') return actual === expected;
  if (actual === undefined || actual === null) return false;
  const want = core(expected);
  if (!want) return false;
  if (degreeRowsMatch(actual, expected)) return true;
  const items = Array.isArray(actual) ? actual.map(scalarText).filter((item): item is string => item !== undefined) : [];
  const whole = Array.isArray(actual) ? items.join('\n') : scalarText(actual);
  if (whole === undefined) return false;
  if (core(whole) === want || items.some((item) => core(item) === want || core(itemName(item)) === want)) return true;
  if (gradeCode(want) && gradeCode(core(whole)) === gradeCode(want)) return true;
  if (typeof actual === 'string' && japaneseCodeNames.get(want) === actual) return true;
  return isLong(want) && squash(whole).includes(want);
}

function shorten(value: unknown): string {
  const text = scalarText(Array.isArray(value) ? value.map(scalarText).join(' | ') : value);
  if (text === undefined) return '(absent)';
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > 90 ? `${flat.slice(0, 87)}…` : flat;
}

// ---------------------------------------------------------------------------------------------------------------
// Dates, as a text writes them

const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];

function monthNumber(name: string): number {
  const lower = name.toLowerCase().replace(/\.$/, '');
  return lower.length >= 3 ? months.findIndex((month) => month.startsWith(lower)) + 1 : 0;
}

function isoOf(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const monthName =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

interface DateInText {
  text: string;
  /** The ISO date, when the text decides it. */
  iso?: string;
}

const datePatterns: { pattern: RegExp; read: (m: RegExpExecArray) => string | undefined }[] = [
  { pattern: /(\d{4})-(\d{2})-(\d{2})(?:[-+T]\d{2}:\d{2}(?::\d{2})?)?/g, read: (m) => isoOf(+m[1], +m[2], +m[3]) },
  { pattern: /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[（(][^)）]{1,3}[)）])?/g, read: (m) => isoOf(+m[1], +m[2], +m[3]) },
  { pattern: /(\d{4})[/.](\d{1,2})[/.](\d{1,2})/g, read: (m) => isoOf(+m[1], +m[2], +m[3]) },
  {
    // Japanese era years: 令和9年 is 2027, 平成31年 is 2019; 元年 is an era's first year.
    pattern: /(令和|平成)\s*(\d{1,2}|元)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*[（(][^)）]{1,3}[)）])?/g,
    read: (m) => isoOf((m[1] === '令和' ? 2018 : 1988) + (m[2] === '元' ? 1 : +m[2]), +m[3], +m[4]),
  },
  {
    // No word boundary before the month: careers-site copies glue it to its label ("ApplicationsNovember 8, 2024").
    pattern: new RegExp(`(${monthName})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b`, 'gi'),
    read: (m) => (monthNumber(m[1]) ? isoOf(+m[3], monthNumber(m[1]), +m[2]) : undefined),
  },
  {
    // 8 November 2024, 8-Nov-2024, 25/Jan/2025 (FAO)
    pattern: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?[ /-](${monthName})\\.?,?[ /-](\\d{4})\\b`, 'gi'),
    read: (m) => (monthNumber(m[2]) ? isoOf(+m[3], monthNumber(m[2]), +m[1]) : undefined),
  },
  {
    pattern: /\b(\d{1,2})[/.](\d{1,2})[/.](\d{4})\b/g,
    read: (m) => {
      const [a, b, year] = [+m[1], +m[2], +m[3]];
      if (a > 12 && b <= 12) return isoOf(year, b, a);
      if (b > 12 && a <= 12) return isoOf(year, a, b);
      return a === b ? isoOf(year, a, b) : undefined;
    },
  },
];

/** The dates a line states, each with its ISO form when the text decides the day and month. */
export function datesIn(line: string): DateInText[] {
  const found: (DateInText & { index: number })[] = [];
  let rest = line;
  for (const { pattern, read } of datePatterns) {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      found.push({ text: match[0], iso: read(match), index: args[args.length - 2] as number });
      return ' '.repeat(match[0].length);
    });
  }
  return found.sort((a, b) => a.index - b.index).map(({ text, iso }) => ({ text, iso }));
}

// ---------------------------------------------------------------------------------------------------------------
// Source lines and the txt export

const importDataDir = resolve(__dirname, '../../schemas/import');

/**
 * Labels and headings the importer's data names (every string list under a key about labels or headings in
 * schemas/import/*.json, whatever the file's shape): a line that is only one of them is structure, not content.
 */
const knownLabels: string[] = (() => {
  const labels = new Set<string>();
  const walk = (value: unknown, labelled: boolean) => {
    if (Array.isArray(value)) {
      for (const item of value) {
        if (typeof item === 'string') {
          if (labelled && item.trim()) labels.add(item);
        } else walk(item, false);
      }
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, labelled || /label|heading|termsOfReference/i.test(key));
    }
  };
  for (const file of readdirSync(importDataDir).filter((name) => name.endsWith('.json'))) {
    walk(JSON.parse(readFileSync(join(importDataDir, file), 'utf8')), false);
  }
  return [...labels].sort((a, b) => b.length - a.length);
})();

const knownLabelSet = new Set(knownLabels.map(core));

/** The column names of a ToR's tasks/deliverables/timeline table (common.json tableColumns). */
const tableColumns: RegExp[] = Object.entries(
  (JSON.parse(readFileSync(join(importDataDir, 'common.json'), 'utf8')) as { tableColumns: Record<string, string> }).tableColumns,
)
  .filter(([key]) => !key.startsWith('$'))
  .map(([, pattern]) => new RegExp(`^(?:${pattern})`, 'i'));

/** Headings the importer recognises by a pattern (common.json headingPatterns, "About WFP", "FAO Core Competencies"). */
const headingPatterns: RegExp[] = (
  JSON.parse(readFileSync(join(importDataDir, 'common.json'), 'utf8')) as { headingPatterns: { pattern: string }[] }
).headingPatterns.map((entry) => new RegExp(entry.pattern, 'i'));

/**
 * A list marker or a number a line starts with (the importer's own bullets included): •, -, *, ・, ■, ➢, ✓, 1., 1), 1．, １、,
 * a), (a), i., （1）, ①, a government notice's row number before its Japanese label ("6 採用予定日"), and Word's o, §,
 * Ø; an e-mail's or Markdown's quote mark (>); a marker a Markdown converter escaped (1\., \-).
 */
const marker =
  /^(?:(?:\p{Extended_Pictographic}|[\u{1F1E6}-\u{1F1FF}]|[\u{1F3FB}-\u{1F3FF}]|\ufe0f|\u200d)+[ \t]*|#{1,6}\s+|>+[ \t]*|o[ \t]+(?=\S)|[§Ø\uf076\uf0a7\uf0b7\uf0d8\uf0fc][ \t]+|[•\-*·・･▪▫◦◆◇■□●○►▶➢➤✓✔→–—※▼▽◎★☆]+\s*|\(?\d{1,2}\\?[.)](?!\d)\s*|\\[-*+][ \t]+|\d{1,2}(?:\.\d{1,2}){1,2}\.?\s+|[0-9０-９]{1,2}[．、](?![0-9０-９])\s*|[0-9０-９]{1,2}[ \u3000](?=[\u3040-\u30ff\u4e00-\u9fff])|\(?[a-z][.)](?:\s+|$)|\(?[ivx]{1,4}[.)](?:\s+|$)|[（(][\d０-９]{1,2}[)）]\s*|[①-⑳]\s*)/iu;

/** A heading in decorative brackets, as Japanese postings write them: 【業務内容】, ［応募資格］, ＜待遇＞. */
// The spaces inside the brackets stay in the capture; withoutMarkers trims the result.
const bracketed = /^[【［〔＜<[]([^【】［］〔〕＜＞<>[\]]+)[】］〕＞>\]]$/;

/** A label in brackets run into its value, as Japanese postings write it: 【勤務地】大阪市 is 勤務地：大阪市. */
const bracketedLabel = /^[【［]([^【】［］]{1,30})[】］](?=\S)/;

function withoutMarkers(text: string): string {
  let current = text.trim().replace(bracketed, '$1').replace(bracketedLabel, '$1：');
  for (let previous = ''; previous !== current;) {
    previous = current;
    current = current.replace(marker, '').trim();
  }
  return current;
}

/** Splits a segment where a careers-site copy glued a known label to the value before it ("Non FamilyDanger Pay"). */
function unglue(segment: string): string[] {
  let text = segment;
  for (const label of knownLabels) {
    if (!/^[A-Z]/.test(label) || label.length < 4) continue;
    let from = 1;
    for (let index = text.indexOf(label, from); index > 0; index = text.indexOf(label, from)) {
      // (After a stop too: a rich-text copy glues the next heading to a paragraph's end, "…hosts.Purpose and Scope".)
      if (/[a-z0-9).;:\]]/.test(text[index - 1])) text = `${text.slice(0, index)}\u0000${text.slice(index)}`;
      from = index + label.length + 1;
    }
  }
  return text.split('\u0000');
}

/** Workday's lower-case facts under the title (careers-site.json workdayFacts), which a copy may run onto one line. */
const workdayFactLabels: string[] = (
  JSON.parse(readFileSync(join(importDataDir, 'careers-site.json'), 'utf8')) as { workdayFacts: string[] }
).workdayFacts;

/** "locations Kuala Lumpur time type Full time … job requisition id JR2600112": one piece a fact, as the importer reads it. */
function workdayFacts(segment: string): string[] {
  if (!workdayFactLabels.some((label) => segment.startsWith(`${label} `))) return [segment];
  let text = segment;
  for (const label of workdayFactLabels) text = text.split(` ${label} `).join(`\u0000${label} `);
  return text.split('\u0000');
}

/** The value a segment holds once a known label ("Grade", "Title of Post:", "勤務地：") is taken off its start. */
function afterKnownLabel(segment: string): string | undefined {
  const lower = segment.normalize('NFKC').toLowerCase();
  for (const label of knownLabels) {
    const bare = label.normalize('NFKC').toLowerCase();
    if (!lower.startsWith(bare)) continue;
    const rest = segment.normalize('NFKC').slice(bare.length);
    // A label stands alone, before a separator, or glued to a value that starts with a capital, digit or CJK.
    // A label in two languages ("Type de contrat / Type of Appointment: …"): the second is taken off too.
    const second = /^ \/ (\S.*)$/.exec(rest);
    if (second) {
      const value = afterKnownLabel(second[1]);
      if (value !== undefined) return value;
    }
    if (!rest.trim() || /^\s*[:：\-–—]/.test(rest) || /^\s/.test(rest) || /^[A-Z0-9\u3000-\u9fff(（]/.test(rest)) {
      return rest.replace(/^\s*[:：\-–—]?\s*/, '').trim();
    }
  }
  return undefined;
}

/** A known label or heading alone, also in two languages ("How to apply / Comment postuler:"): structure. */
function isKnownLabel(piece: string): boolean {
  if (knownLabelSet.has(core(piece))) return true;
  const halves = core(piece).split(' / ');
  if (halves.length === 2) return halves.every((half) => half.length <= 60) && halves.some((half) => knownLabelSet.has(core(half)));
  // "Tipo de miembro del personal / Staff Member / Affiliate Type": one language's label has a slash of its own.
  return (
    halves.length === 3 &&
    [`${halves[1]} / ${halves[2]}`, `${halves[0]} / ${halves[1]}`, halves[2]].some(
      (half) => half.length <= 60 && knownLabelSet.has(core(half)),
    )
  );
}

/** "Label: value" with a short label the importer may not know; the value is what must survive. */
function afterAnyLabel(segment: string): string | undefined {
  // The value keeps the spaces after the separator until the trim below.
  const match = /^([^:：]{1,60}?)\s*[:：](.+)$/.exec(segment) ?? /^(.{1,40}?)\s+[-–—]\s(.+)$/.exec(segment);
  if (!match || match[1].trim().split(/\s+/).length > 7) return undefined;
  return match[2].trim();
}

const hasContent = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** Whether a piece of a line is in the export: as written, or its dates in ISO form and the rest as written. */
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A known label, squashed, as the txt export may glue it to a short value ("hardship levele"). */
const gluedLabel = new RegExp(`(?:${knownLabels.map((label) => escapeRegExp(squash(label))).join('|')})$`);

/**
 * Whether a short value ("E", "No", "GS6") stands in the export as a word of its own or glued to a label, not just
 * inside another word.
 */
function shortInExport(want: string, exported: string): boolean {
  const pattern = new RegExp(escapeRegExp(want), 'g');
  for (let match = pattern.exec(exported); match; match = pattern.exec(exported)) {
    const before = exported.slice(0, match.index);
    const after = exported[match.index + want.length] ?? '';
    if (/[\p{L}\p{N}]/u.test(after)) continue;
    if (!before || !/[\p{L}\p{N}]$/u.test(before) || gluedLabel.test(before)) return true;
  }
  return false;
}

function inExport(piece: string, exported: string): boolean {
  const want = core(piece);
  if (!want) return true;
  if (want.length < 4) return shortInExport(want, exported);
  if (exported.includes(want)) return true;
  const dates = datesIn(piece);
  if (!dates.length) return false;
  let rest = piece;
  for (const date of dates) {
    if (!(
      exported.includes(core(date.text)) ||
      (date.iso !== undefined &&
        (exported.includes(date.iso) ||
          exported.includes(core(formatDate(date.iso))) ||
          exported.includes(core(formatDate(date.iso, japaneseDateFormat)))))
    ))
      return false;
    rest = rest.replace(date.text, ' ');
  }
  // What is left beside the dates: a time, a weekday or a connective is not content of its own.
  const left = rest
    .replace(/\b\d{1,2}:\d{2}(?:\s*[AP]M)?\b|正午|日本時間/gi, ' ')
    .replace(/\b(?:from|to|until|through|and|between)\b/gi, ' ')
    .replace(/[（(][月火水木金土日][)）]/g, ' ');
  return !hasContent(left) || left.split(/[,;]/).every((part) => !hasContent(part) || exported.includes(core(part)));
}

/**
 * The words that join a requirement's second clause to the first, which the importer drops when it splits the sentence
 * ("…, and have at least six years …" gives "At least six years …"; common.json clauseLead).
 */
const clauseLead = new RegExp(
  (JSON.parse(readFileSync(join(importDataDir, 'common.json'), 'utf8')) as { clauseLead: string }).clauseLead,
  'i',
);

/** A line of items the import may split into a list ("Law; International Law"): every item is in the export. */
function itemsInExport(piece: string, exported: string): boolean {
  // Exports list each item on its own line (issue 16), so a comma-separated value reappears item by item.
  // A lead-in's colon ends it too: "…the following duties: Carries out …; maintains …" is the lead-in, then the items.
  const items = piece
    .split(/[,;；、・]|:\s+(?=\p{Lu})/u)
    .map((item) => item.trim())
    .filter(hasContent);
  return items.length > 1 && items.every((item) => inExport(item, exported) || inExport(item.replace(clauseLead, ''), exported));
}

/** A paragraph whose sentences the import places in different fields (education, experience …) reappears sentence by sentence. */
function sentencesInExport(piece: string, exported: string): boolean {
  // A page collapsed into one paragraph also runs its list on with inline dashes ("… positioning. – Prepare …").
  // (A sentence may end with a year: "… no later than 28 May 2027. Only shortlisted candidates …".)
  const sentences = piece.split(/(?<=(?:[a-z)]|\b\d{4})[.!?])\s+(?=[A-Z\u2013\u2014])/).filter(hasContent);
  // ("Values: Inclusion …; Integrity …. Core Competencies – …: Teamwork; …": each sentence a group of items, listed apart.)
  return (
    sentences.length > 1 &&
    sentences.every((sentence) => inExport(sentence, exported) || headedInExport(sentence, exported) || itemsInExport(sentence, exported))
  );
}

/**
 * "External Relations Officer Organizational Setting and Work Relationships The External Relations Officer reports …":
 * a sentence of a collapsed page with a known heading run into it; the heading is structure, the words before and
 * after it must reappear.
 */
function headedInExport(sentence: string, exported: string): boolean {
  for (const label of knownLabels) {
    if (label.length < 6) continue;
    const at = sentence.indexOf(label);
    if (at < 0 || (at > 0 && sentence[at - 1] !== ' ') || !/^(?:\s|$)/.test(sentence.slice(at + label.length))) continue;
    const before = sentence.slice(0, at);
    const after = sentence.slice(at + label.length);
    if ((!hasContent(before) || inExport(before, exported)) && (!hasContent(after) || inExport(after, exported))) return true;
  }
  return false;
}

/** "The officer will: a) plan …; b) supervise …; c) …": a list run into a paragraph reappears item by item, without its letters. */
function inlineItemsInExport(piece: string, exported: string): boolean {
  const parts = piece.split(/(?:^|[\s:;,.])\(?(?:[a-z]|\d{1,2})\)\s/).filter(hasContent);
  return parts.length > 2 && parts.every((part) => inExport(part, exported) || sentencesInExport(part, exported));
}

/** "ICA Level: IICA1 (Corresponding level: P2)": a value and its bracketed note may be printed as two fields. */
function partsInExport(piece: string, exported: string): boolean {
  const parts = piece.split(/[()（）]/).filter(hasContent);
  return (
    parts.length > 1 &&
    parts.every((part) => {
      const value = afterAnyLabel(part) ?? afterKnownLabel(part);
      return inExport(part, exported) || (value !== undefined && (!hasContent(value) || inExport(value, exported)));
    })
  );
}

/**
 * A line's pieces between table bars (with the spaces around each bar dropped), tab runs, wide-space runs and runs of
 * three or more spaces. Split in two steps so no pattern starts with `\s*` (that would rescan a run of spaces).
 */
function cells(line: string): string[] {
  const bars = line.split('|');
  return bars.flatMap((cell, index) => {
    let text = cell;
    if (index > 0) text = text.trimStart();
    if (index < bars.length - 1) text = text.trimEnd();
    // A job board's line of facts in middle dots ("Bunia, Ituri, … · Reposted 6 days ago · Over 100 applicants").
    return text.split(/\t+|\u3000+| {3,}| \u00b7 /);
  });
}

export interface LineCheck {
  line: string;
  /** `structure`: a label or heading alone, or decoration; not counted. */
  kind: 'found' | 'missing' | 'structure';
}

/** "- Duty" before "Station: Libya, Tripoli": the next line with the whole label, when the two halves make a known label. */
function brokenLabel(line: string, next: string): string | undefined {
  const start = /^[-*\u2022]\s+([A-Za-z][A-Za-z.]{0,20}(?: [A-Za-z][A-Za-z.]{0,20})?)$/.exec(line);
  const rest = start && /^([A-Za-z][^:\uff1a]{0,40}?)\s*([:\uff1a].*)$/.exec(next);
  if (!start || !rest || knownLabelSet.has(core(start[1])) || !knownLabelSet.has(core(`${start[1]} ${rest[1]}`))) return undefined;
  return `${start[1]} ${rest[1]}${rest[2]}`;
}

/** Each non-empty source line: found in the export, missing from it, or structure that is not counted. */
export function checkLines(source: string, exportText: string): LineCheck[] {
  const exported = squash(exportText);
  const checks: LineCheck[] = [];
  // HTML entities ("&bull; Give …") are the characters they stand for, list marks included; a PDF's ligatures, soft
  // hyphens and words hyphenated at a line's end are the letters and words the importer reads (import/paste.ts).
  // A page's or feed's source (HTML, Atom, RSS) is read as the text it shows, as the importer reads it.
  const plain = decodeHTML(plainCharacters(source), DecodingMode.Strict);
  // A JSON or CSV record is read as its fields and lines, and the rest kept under notes, as the importer reads it.
  const record = jsonRead(plain) ?? csvRead(plain);
  const decoded = record ? [...record.body, ...record.aside] : (markupRead(plain)?.body ?? plain).split(/\r\n|\r|\n/);
  // A text browser's dump is read without its closing list of links and the marks of links, as the importer reads it.
  const linked = linkListRead(decoded);
  const read = linked ? [...linked.body, ...linked.aside] : decoded;
  // A screen reader's announcements ("heading level 2 …", "row 1 column 1 … column 2 …", "bullet …") are no part of
  // the text: its headings, rows and items are read without them, and the lines that only announce are kept under
  // notes, as the importer reads them (import/paste.ts).
  const spoken = screenReaderRead(read);
  const heard = spoken ? [...spoken.body, ...spoken.aside] : read;
  // A form's "Question: …" + "Answer: …" is one labelled line, and a spreadsheet row under its column names one line a
  // column, as the importer reads them (import/paste.ts).
  const rawLines = sheetRowRead(heard) ?? formAnswersRead(heard) ?? heard;
  for (let index = 0; index < rawLines.length; index++) {
    const line = rawLines[index].trim();
    if (!line) continue;
    // A header bullet whose label broke over two lines ("- Duty" / "Station: Libya, Tripoli"): the first half is
    // structure, and the second line is read with the whole label.
    const broken = brokenLabel(line, rawLines[index + 1]?.trim() ?? '');
    if (broken) {
      checks.push({ line, kind: 'structure' });
      rawLines[index + 1] = broken;
      continue;
    }
    if (!hasContent(line)) {
      checks.push({ line, kind: 'structure' });
      continue;
    }
    // Table cells, tab or wide-space columns and glued labels are separate pieces; each must survive.
    // A careers-site copy glues a bullet's star to the heading before it ("Terms of Reference*The position …").
    const pieces = cells(line)
      .flatMap((cell) => cell.split(/\*(?=\p{Lu})/u))
      // A run of labelled fields on one line ("Position: …; Grade: G4; Duty station: …") is one piece a field.
      .flatMap((cell) => cell.split(/;\s*(?=\p{Lu}[^:;]{0,40}:)/u))
      .flatMap(unglue)
      .flatMap(workdayFacts)
      .map(withoutMarkers)
      .filter(hasContent);
    // A table's header row ("Tasks	Deliverables	Timeline") names its columns: structure.
    if (pieces.length > 1 && pieces.every((piece) => tableColumns.some((pattern) => pattern.test(piece)))) {
      checks.push({ line, kind: 'structure' });
      continue;
    }
    let counted = false;
    let missing = false;
    for (const piece of pieces) {
      // (The importer compares a heading without its trailing colon: "About Rahyab Development Organization (RDO):".)
      const bare = piece
        .trimEnd()
        .replace(/[:\uff1a]$/, '')
        .trimEnd();
      if (isKnownLabel(piece) || headingPatterns.some((pattern) => pattern.test(bare))) continue;
      const value = afterKnownLabel(piece);
      if (value !== undefined && !hasContent(value)) continue;
      counted = true;
      const found =
        inExport(piece, exported) ||
        itemsInExport(piece, exported) ||
        (value !== undefined && (inExport(value, exported) || itemsInExport(value, exported))) ||
        partsInExport(piece, exported) ||
        sentencesInExport(piece, exported) ||
        inlineItemsInExport(piece, exported) ||
        ((): boolean => {
          const any = afterAnyLabel(piece);
          return any !== undefined && (inExport(any, exported) || sentencesInExport(any, exported));
        })();
      if (!found) missing = true;
    }
    checks.push({ line, kind: !counted ? 'structure' : missing ? 'missing' : 'found' });
  }
  return checks;
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring one text

export function measureText(item: CorpusText): TextMeasure {
  const measure: TextMeasure = {
    layout: item.layout,
    name: item.name,
    profile: '(none)',
    profileRight: false,
    exportChars: 0,
    lines: { counted: 0, found: 0, missing: [] },
    fields: [],
    ambiguous: { total: item.expected.ambiguousDates?.length ?? 0, kept: 0 },
    diagnostics: {},
  };
  const fieldsMissed = () =>
    Object.entries(item.expected.fields).map(([key, expected]) => ({
      path: key.replace(/#\d+$/, ''),
      expected,
      actual: '(import failed)',
      placed: false,
    }));
  let data: Record<string, unknown>;
  let yaml: string;
  try {
    ({ data, yaml } = importFromText(item.text));
  } catch (error) {
    measure.error = `import threw: ${String(error)}`;
    measure.fields = fieldsMissed();
    return measure;
  }
  measure.profile = typeof data.profile === 'string' ? data.profile : selectProfile(data).id;
  measure.profileRight = measure.profile === item.expected.profile;
  measure.fields = Object.entries(item.expected.fields).map(([key, expected]) => {
    const keyPath = key.replace(/#\d+$/, '');
    const candidates = pathsInProfile(keyPath, measure.profile);
    const matches = (candidate: string) =>
      fieldMatches(valueAt(data, candidate), expected) ||
      (candidate === 'notes' && keyPath !== 'notes' && notedMatches(valueAt(data, candidate), expected));
    const path = candidates.find(matches) ?? candidates[0];
    return { path, expected, actual: shorten(valueAt(data, path)), placed: matches(path) };
  });
  let exportText = '';
  try {
    exportText = renderPostingText(yaml, 'txt');
  } catch (error) {
    measure.error = `txt export threw: ${String(error)}`;
  }
  measure.exportChars = exportText.trim().length;
  const lines = checkLines(item.text, exportText);
  measure.lines.counted = lines.filter((check) => check.kind !== 'structure').length;
  measure.lines.found = lines.filter((check) => check.kind === 'found').length;
  measure.lines.missing = lines.filter((check) => check.kind === 'missing').map((check) => check.line);
  const exported = squash(exportText);
  measure.ambiguous.kept = (item.expected.ambiguousDates ?? []).filter((date) => exported.includes(squash(date))).length;
  for (const problem of checkPosting(yaml).problems) measure.diagnostics[problem.code] = (measure.diagnostics[problem.code] ?? 0) + 1;
  return measure;
}

// ---------------------------------------------------------------------------------------------------------------
// Summaries

export interface Summary {
  group: string;
  texts: number;
  fieldsPlaced: number;
  fieldsTotal: number;
  linesFound: number;
  linesCounted: number;
  profilesRight: number;
  emptyExports: number;
  errors: number;
  diagnostics: Record<string, number>;
}

export const share = (part: number, whole: number): number => (whole ? part / whole : 1);

export function summarise(group: string, measures: readonly TextMeasure[]): Summary {
  const summary: Summary = {
    group,
    texts: measures.length,
    fieldsPlaced: 0,
    fieldsTotal: 0,
    linesFound: 0,
    linesCounted: 0,
    profilesRight: 0,
    emptyExports: 0,
    errors: 0,
    diagnostics: {},
  };
  for (const measure of measures) {
    summary.fieldsPlaced += measure.fields.filter((field) => field.placed).length;
    summary.fieldsTotal += measure.fields.length;
    summary.linesFound += measure.lines.found;
    summary.linesCounted += measure.lines.counted;
    if (measure.profileRight) summary.profilesRight++;
    if (!measure.exportChars) summary.emptyExports++;
    if (measure.error) summary.errors++;
    for (const [code, count] of Object.entries(measure.diagnostics)) summary.diagnostics[code] = (summary.diagnostics[code] ?? 0) + count;
  }
  return summary;
}

/** Per layout, in the order of layouts.json, then the whole corpus. */
export function summaries(measures: readonly TextMeasure[]): Summary[] {
  const layouts = [...new Set([...layoutIds, ...measures.map((measure) => measure.layout)])].filter((layout) =>
    measures.some((measure) => measure.layout === layout),
  );
  return [
    ...layouts.map((layout) =>
      summarise(
        layout,
        measures.filter((measure) => measure.layout === layout),
      ),
    ),
    summarise('total', measures),
  ];
}
