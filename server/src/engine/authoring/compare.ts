import table from '../../../../schemas/render/compare.json';
import { isRecord } from '../text/records';
import { escapeRegExp } from '../text/patterns';
import { parsePosting, type ParsedPosting } from '../document/parse';
import { pairAt, valueOffsets } from '../document/yamlNodes';
import { localizeProblems, makeProblem, type Problem } from '../diagnostics/problems';
import { headingAt } from '../template/headings';
import { profileSchema, selectProfile } from '../template/profiles';
import type { Range } from '../text/positions';
import { defaultSettings, type EngineSettings } from '../settings/settings';

type Language = 'en' | 'ja';
type Path = (string | number)[];

/** What changed in one field between two versions of a posting. */
export interface FieldChange {
  /** Dotted path, e.g. `terms_of_reference.purpose_and_scope.duties`. */
  path: string;
  /** The field's heading in both languages. */
  heading: { en: string; ja: string };
  /** A list of texts (duties, requirements): items added, removed, and edited (paired by their words). */
  added: string[];
  removed: string[];
  edited: { before: string; after: string }[];
  /** A single value (grade, a date, a paragraph): before and after; undefined where the field is absent. */
  before?: string;
  after?: string;
}

/**
 * The differences between two posting texts, section by section, in the order of the newer one: duties added, removed
 * or edited, requirements, grade, dates. Pure: the caller reads the files.
 */
export function comparePostings(beforeText: string, afterText: string): FieldChange[] {
  const before = leaves(parsePosting(beforeText).data);
  const after = leaves(parsePosting(afterText).data);
  const root = profileSchema(selectProfile(parsePosting(afterText).data));
  const changes: FieldChange[] = [];
  const keys = [...after.keys(), ...[...before.keys()].filter((key) => !after.has(key))];
  for (const key of keys) {
    const [a, b] = [before.get(key), after.get(key)];
    const path = key.split('.');
    const heading = headingAt(root, path);
    if (Array.isArray(a) || Array.isArray(b)) {
      const change = listChange(Array.isArray(a) ? a : a === undefined ? [] : [a], Array.isArray(b) ? b : b === undefined ? [] : [b]);
      if (change.added.length || change.removed.length || change.edited.length) changes.push({ path: key, heading, ...change });
    } else if (a !== b) changes.push({ path: key, heading, added: [], removed: [], edited: [], before: a, after: b });
  }
  return changes;
}

/** Every field of a posting as text, or a list of texts for a list of scalars; nested objects flattened to dotted paths. */
function leaves(data: unknown): Map<string, string | string[]> {
  const found = new Map<string, string | string[]>();
  const walk = (value: unknown, path: string[]) => {
    if (path.length === 1 && table.ignored.includes(path[0])) return;
    if (Array.isArray(value)) {
      if (value.every((item) => item === null || typeof item !== 'object')) found.set(path.join('.'), value.map(text));
      else value.forEach((item, index) => walk(item, [...path, String(index)]));
    } else if (value && typeof value === 'object') {
      for (const [key, child] of Object.entries(value)) walk(child, [...path, key]);
    } else if (path.length && value !== null && value !== undefined) found.set(path.join('.'), text(value));
  };
  walk(data, []);
  return found;
}

function text(value: unknown): string {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return String(value ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Items kept, added and removed; a removed item and an added one that share most of their words are one edit. */
function listChange(before: string[], after: string[]): Pick<FieldChange, 'added' | 'removed' | 'edited'> {
  const removed = before.filter((item) => !after.includes(item));
  const added = after.filter((item) => !before.includes(item));
  const edited: { before: string; after: string }[] = [];
  for (const item of [...added]) {
    let best = -1;
    let bestScore = 0.5;
    removed.forEach((candidate, index) => {
      const score = overlap(candidate, item);
      if (score >= bestScore) [best, bestScore] = [index, score];
    });
    if (best < 0) continue;
    edited.push({ before: removed[best], after: item });
    removed.splice(best, 1);
    added.splice(added.indexOf(item), 1);
  }
  return { added, removed, edited };
}

/** Shared words over all words (Jaccard), case-folded. */
function overlap(a: string, b: string): number {
  const words = (value: string) => new Set(value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []);
  const [x, y] = [words(a), words(b)];
  const shared = [...x].filter((word) => y.has(word)).length;
  const all = new Set([...x, ...y]).size;
  return all ? shared / all : 1;
}

/** The comparison as Markdown (the editor's "Posting: Compare with…") or plain text (`posting-lint --compare`). */
export function comparisonText(
  changes: FieldChange[],
  names: { before: string; after: string },
  locale?: string,
  markdown = false,
): string {
  const language: Language = locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  const label = (key: keyof typeof table.labels) => table.labels[key][language];
  const title = label('title').replace('{before}', names.before).replace('{after}', names.after);
  const lines = [markdown ? `# ${title}` : title, ''];
  if (!changes.length) return [...lines, label('none'), ''].join('\n');
  const quote = (value: string | undefined) => (value === undefined ? '—' : markdown ? `“${value}”` : `"${value}"`);
  for (const change of changes) {
    lines.push(markdown ? `## ${change.heading[language]}` : `${change.heading[language]} (${change.path})`);
    for (const item of change.added) lines.push(`  + ${label('added')}: ${quote(item)}`);
    for (const item of change.removed) lines.push(`  - ${label('removed')}: ${quote(item)}`);
    for (const item of change.edited) lines.push(`  ~ ${label('edited')}: ${quote(item.before)} → ${quote(item.after)}`);
    if (!change.added.length && !change.removed.length && !change.edited.length) {
      lines.push(`  ~ ${label('changed')}: ${quote(change.before)} → ${quote(change.after)}`);
    }
    lines.push('');
  }
  return lines.join('\n');
}

/** The texts of the files a posting names in `based_on:` and `translation_of:` (read by the caller), or why not. */
export interface RelatedTexts {
  basedOn?: { file: string; text?: string; reason?: string };
  translationOf?: { file: string; text?: string; reason?: string };
  /**
   * The postings that name this one in their `translation_of:` (found by the caller among the workspace's postings or
   * the files linted together), each by its name relative to this posting: the differences are this file's problems too.
   */
  translatedBy?: { file: string; text: string }[];
}

/** `based_on:` and `translation_of:` of a posting text: the file each names, as written. */
export function relatedFiles(text: string): RelatedNames {
  if (!text.includes('based_on') && !text.includes('translation_of')) return {};
  return relatedFilesOf(parsePosting(text).data);
}

/** The files a posting names in `based_on:` and `translation_of:`, as written. */
export interface RelatedNames {
  basedOn?: string;
  translationOf?: string;
}

/** `based_on:` and `translation_of:` of a posting's data (a check's parse): no second parse of the text. */
export function relatedFilesOf(data: unknown): RelatedNames {
  if (!isRecord(data)) return {};
  const record = data;
  const name = (value: unknown) => (typeof value === 'string' && value.trim() ? value.trim() : undefined);
  return { basedOn: name(record.based_on), translationOf: name(record.translation_of) };
}

/**
 * Diagnostics from the related files: classified fields (grade, minimum education, minimum experience) that differ from
 * the job description in `based_on:`, and what a translation must share with the posting in `translation_of:`
 * (sections, grade, dates, number of duties and requirements). Ranges are in `text`.
 */
export function relatedFileProblems(
  text: string,
  related: RelatedTexts,
  settings: EngineSettings = defaultSettings,
  parsedText?: ParsedPosting,
): Problem[] {
  // Most postings name no related file: nothing to compare, and no parse.
  if (!related.basedOn && !related.translationOf && !related.translatedBy?.length) return [];
  const parsed = parsedText?.text === text ? parsedText : parsePosting(text);
  const { document, data } = parsed;
  if (!document || document.errors.length || !data || typeof data !== 'object') return [];
  const here = leaves(data);
  const root = profileSchema(selectProfile(data));
  const rangeOf = rangeIn(parsed);
  const language: Language = settings.locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
  const problems: Problem[] = [];
  for (const [field, relation] of [
    ['based_on', related.basedOn],
    ['translation_of', related.translationOf],
  ] as const) {
    if (!relation) continue;
    if (relation.text === undefined) {
      problems.push(
        makeProblem('related-file-unreadable', rangeOf([field]), { field, file: relation.file, reason: relation.reason ?? 'not found' }),
      );
      continue;
    }
    const other = parsePosting(relation.text);
    const there = leaves(other.data);
    const otherRange = rangeIn(other);
    if (field === 'based_on') {
      for (const paths of Object.values(table.classified)) {
        for (const key of paths) {
          const [before, after] = [valueAt(there, key), valueAt(here, key)];
          if (before === undefined || after === undefined || String(before) === String(after)) continue;
          // A pattern over list items (education_and_experience.*.degree) is reported once, on the list.
          const path = key.split('.*')[0].split('.');
          const heading = headingAt(root, path);
          const problem = makeProblem(
            'classified-field-changed',
            rangeOf(path),
            { field: heading.en, field_ja: heading.ja, file: relation.file, before: String(before), after: String(after) },
            { path },
          );
          problem.related = [{ file: relation.file, range: otherRange(path), message: relatedMessage(heading, relation.file, language) }];
          problems.push(problem);
        }
      }
    } else {
      problems.push(
        ...translationProblems(here, there, { file: relation.file, range: otherRange }, root, rangeOf, 'translationOf', language),
      );
    }
  }
  for (const translation of related.translatedBy ?? []) {
    const other = parsePosting(translation.text);
    if (!other.document || other.document.errors.length) continue;
    const there = leaves(other.data);
    problems.push(
      ...translationProblems(here, there, { file: translation.file, range: rangeIn(other) }, root, rangeOf, 'translatedBy', language),
    );
  }
  // The settings' severities apply as to every other diagnostic ('off' drops it).
  const adjusted = problems.flatMap((problem) => {
    const setting = settings.severities[problem.code];
    if (setting === 'off') return [];
    return [setting ? { ...problem, severity: setting } : problem];
  });
  return localizeProblems(adjusted, settings.locale);
}

/**
 * A field's value by its dotted path; for a path with `*` (any list item), the values of every item in order, joined
 * (`Undergraduate, Graduate`), so that an item added or removed is one change, not a change of every later item.
 */
function valueAt(map: Map<string, string | string[]>, key: string): string | string[] | undefined {
  if (!key.includes('*')) return map.get(key);
  const pattern = new RegExp(`^${key.split('*').map(escapeRegExp).join('\\d+')}$`);
  const values = [...map].filter(([path]) => pattern.test(path)).map(([, value]) => String(value));
  return values.length ? values.join(', ') : undefined;
}

/** The related information's message: the field in the other file ("Deadline in en.posting.yaml"). */
function relatedMessage(heading: { en: string; ja: string }, file: string, language: Language): string {
  return table.labels.relatedThere[language].replace('{field}', heading[language]).replace('{file}', file);
}

/** The range of a field's value (or key) in a parsed posting; its first line where the field is absent. */
function rangeIn(parsed: ReturnType<typeof parsePosting>): (path: Path) => Range {
  return (path) => {
    const pair = parsed.document ? pairAt(parsed.document, path) : undefined;
    const offsets = valueOffsets(pair?.value) ?? valueOffsets(pair?.key);
    return offsets ? parsed.lines.range(...offsets) : parsed.lines.lineRange(0);
  };
}

/**
 * What two language versions must share, compared from `here`'s side: `translationOf` when this posting names the
 * other in `translation_of:`, `translatedBy` when the other names this one. Each problem's related information points
 * at the same field in the other file.
 */
function translationProblems(
  here: Map<string, string | string[]>,
  there: Map<string, string | string[]>,
  other: { file: string; range: (path: Path) => Range },
  root: ReturnType<typeof profileSchema>,
  rangeOf: (path: Path) => Range,
  direction: 'translationOf' | 'translatedBy',
  language: Language,
): Problem[] {
  const problems: Problem[] = [];
  const labels = table.labels;
  const labelsByName: Readonly<Record<string, { ja: string } | undefined>> = labels;
  const code = direction === 'translationOf' ? 'translation-differs' : 'translated-version-differs';
  const report = (path: Path, key: keyof typeof labels, params: Record<string, string>, at: Path = path, thereAt: Path = path) => {
    const heading = headingAt(root, path);
    const fill = (template: string, field: string) =>
      template.replace(/\{(\w+)\}/g, (whole, name: string) => (name === 'field' ? field : (params[name] ?? whole)));
    const reversed = direction === 'translatedBy' ? labelsByName[`${key}Reverse`] : undefined;
    const ja = reversed?.ja ?? labels[key].ja;
    const what = fill(labels[key].en, heading.en);
    const problem = makeProblem(code, rangeOf(at), { file: other.file, what, what_ja: fill(ja, heading.ja) });
    problem.related = [{ file: other.file, range: other.range(thereAt), message: relatedMessage(heading, other.file, language) }];
    problems.push(problem);
  };
  const sections = (map: Map<string, unknown>) => new Set([...map.keys()].map((key) => key.split('.')[0]));
  const [mine, theirs] = [sections(here), sections(there)];
  // A section only in the other file is reported on this file's link to it (translation_of:) or its first line.
  const link: Path = direction === 'translationOf' ? ['translation_of'] : [];
  const otherLink: Path = direction === 'translatedBy' ? ['translation_of'] : [];
  for (const section of [...new Set([...mine, ...theirs])]) {
    if (mine.has(section) !== theirs.has(section))
      report([section], 'sectionOnlyIn', {}, mine.has(section) ? [section] : link, theirs.has(section) ? [section] : otherLink);
  }
  for (const key of table.translation.equal) {
    const [before, after] = [there.get(key), here.get(key)];
    if (before !== undefined && after !== undefined && String(before) !== String(after)) {
      report(key.split('.'), 'valueDiffers', { before: String(before), after: String(after) });
    }
  }
  for (const key of table.translation.counted) {
    const [before, after] = [there.get(key), here.get(key)];
    if (!Array.isArray(before) || !Array.isArray(after) || before.length === after.length) continue;
    report(key.split('.'), 'countDiffers', { before: String(before.length), after: String(after.length) });
  }
  return problems;
}
