import { japaneseHeading } from '../template/headings';
import languageNames from '../../../../schemas/vocabularies/languages.json';
import { normalizeCompetency, type Catalogue } from '../template/catalogues';
import { postingFacts } from '../template/postingFacts';
import { childSchema, deref, schemaAtPath, titleOf, type SchemaNode } from '../template/schemaStore';
import { addDays, addMonths, firstOfMonthAfter, SkeletonWriter, todayIso, yamlScalar } from '../template/skeleton';
import { cursorContext, Structure, unquote, type CursorContext } from '../document/structure';
import type { Position, Range } from '../text/positions';
import type { Path } from '../document/yamlNodes';
import { startsWithPostingModeline } from '../document/selection';
import { profiles } from '../template/profiles';
import { isSectionParent, sectionSnippets, wholePostingSnippet } from '../template/snippets';

/** A completion, in the LSP's shape but plain data (the server converts the kind to its number). */
export interface Completion {
  label: string;
  kind: 'field' | 'value' | 'competency' | 'date' | 'language' | 'snippet';
  /** The template heading or a short note, shown beside the label. */
  detail?: string;
  documentation?: string;
  /** Replaces `range` (the word typed so far); a snippet when `snippet` is set. */
  insertText: string;
  snippet: boolean;
  range: Range;
  filterText: string;
  sortText: string;
}

export interface CompleteOptions {
  /** Today, YYYY-MM-DD (tests pin it). */
  today?: string;
  /** The project's own competency frameworks (EngineSettings.catalogues). */
  catalogues?: readonly Catalogue[];
  /** The reader's language (EngineSettings.locale): a field's heading and description in Japanese for `ja`. */
  locale?: string;
}

/** What may be typed at a position: fields, values, competencies, languages, dates. */
export function completePosting(text: string, position: Position, options: CompleteOptions = {}): Completion[] {
  const context = cursorContext(text, position);
  const structure = new Structure(text);
  const facts = postingFacts(structure, options.catalogues);
  const today = options.today ?? todayIso();
  const japanese = !!options.locale?.toLowerCase().startsWith('ja');
  const candidates = candidatesFor(context, structure, facts, today, position.line).map(({ japanese: inJapanese, ...candidate }) =>
    japanese && inJapanese ? { ...candidate, ...inJapanese } : candidate,
  );
  const range: Range = { start: { line: position.line, character: context.typedStart }, end: position };
  return rank(candidates, context.typed.trim()).map((candidate, index) => ({
    ...candidate,
    range,
    filterText: candidate.filterText ?? candidate.label,
    sortText: String(index).padStart(4, '0'),
  }));
}

/**
 * Completion in a YAML file that is not (yet) a posting: only when it is blank, the whole-posting snippets, so that a
 * new file can start as a posting; nothing in any other YAML.
 */
export function completeBlankFile(text: string, position: Position, options: CompleteOptions = {}): Completion[] {
  const lines = text.split(/\r?\n/);
  // Blank but for the word being typed on the cursor's line ("posting-u").
  if (lines.some((line, i) => (i === position.line ? !/^\s*[\w-]*$/.test(line.trimEnd()) : line.trim() !== ''))) return [];
  const context = cursorContext(text, position);
  const range: Range = { start: { line: position.line, character: context.typedStart }, end: position };
  return rank(wholePostingCandidates(text, options.today ?? todayIso()), context.typed.trim()).map((candidate, index) => ({
    ...candidate,
    range,
    filterText: candidate.filterText ?? candidate.label,
    sortText: String(index).padStart(4, '0'),
  }));
}

type Candidate = Omit<Completion, 'range' | 'sortText' | 'filterText'> & {
  filterText?: string;
  /** A field's heading and description, or a value's meaning, in Japanese, where the data has them. */
  japanese?: { detail?: string; documentation: string };
};
type Facts = ReturnType<typeof postingFacts>;

function candidatesFor(context: CursorContext, structure: Structure, facts: Facts, today: string, cursorLine: number): Candidate[] {
  if (context.kind === 'key') {
    const parent = schemaAtPath(facts.root, context.parentPath);
    if (parent?.schema.type === 'array') {
      // A blank line in a list: offer its items with their dash.
      const items = itemCandidates(context.parentPath, structure, facts, today, cursorLine);
      return items.map((item) => ({ ...item, insertText: `- ${item.insertText}` }));
    }
    return [
      ...fieldCandidates(context.parentPath, structure, facts, today, cursorLine),
      ...snippetCandidates(context.parentPath, structure, facts, today, cursorLine),
    ];
  }
  if (context.kind === 'item') {
    const list = schemaAtPath(facts.root, context.parentPath);
    const item = list ? childSchema(list, 0) : undefined;
    if (item && (item.schema.type === 'object' || item.schema.properties)) {
      return fieldCandidates(context.path, structure, facts, today, cursorLine);
    }
    return itemCandidates(context.parentPath, structure, facts, today, cursorLine);
  }
  const node = schemaAtPath(facts.root, context.path);
  return node ? valueCandidates(node, context.path, facts, today) : [];
}

function fieldCandidates(parentPath: Path, structure: Structure, facts: Facts, today: string, cursorLine: number): Candidate[] {
  const parent = schemaAtPath(facts.root, parentPath);
  if (!parent) return [];
  const present = new Set(
    structure
      .childrenOf(parentPath)
      .filter((entry) => entry.kind === 'key' && entry.line !== cursorLine)
      .map((entry) => String(entry.path[entry.path.length - 1])),
  );
  const candidates: Candidate[] = [];
  for (const key of Object.keys(parent.schema.properties ?? {})) {
    if (key.startsWith('$') || present.has(key)) continue;
    const node = childSchema(parent, key)!; // key is one of parent's properties, so it has a schema
    const title = titleOf(node, key);
    const writer = new SkeletonWriter({ snippet: true, fields: 'required', today, catalogue: facts.catalogue, profile: facts.profile.id });
    candidates.push({
      label: key,
      kind: 'field',
      detail: title,
      documentation: fieldDocumentation(node, key),
      japanese: japaneseFieldText(node, key),
      insertText: writer.field(key, node, [...parentPath, key]).join('\n'),
      snippet: true,
      filterText: `${key} ${title}`,
    });
  }
  return candidates;
}

/**
 * Snippets where they may go: a whole posting per profile at the top of a file with no field yet; a section's blank
 * form at the level the section belongs to (the top level, the ToR, its qualifications), only for sections not there.
 */
function snippetCandidates(parentPath: Path, structure: Structure, facts: Facts, today: string, cursorLine: number): Candidate[] {
  const present = new Set(
    structure
      .childrenOf(parentPath)
      .filter((entry) => entry.line !== cursorLine)
      .map((entry) => String(entry.path[entry.path.length - 1])),
  );
  if (!parentPath.length && !present.size) return wholePostingCandidates(structure.text, today);
  if (!isSectionParent(parentPath)) return [];
  const sections = sectionSnippets(facts.profile, parentPath, { today, catalogue: facts.catalogue, present });
  return Object.values(sections).map((snippet) => ({
    label: snippet.prefix,
    kind: 'snippet' as const,
    detail: snippet.title,
    documentation: snippet.description,
    insertText: snippet.body.join('\n'),
    snippet: true,
    filterText: `${snippet.prefix} ${snippet.title}`,
  }));
}

/** The whole-posting snippets, for a file with nothing in it yet (its `# posting` line is not written twice). */
function wholePostingCandidates(text: string, today: string): Candidate[] {
  const hasModeline = startsWithPostingModeline(text);
  return profiles.map((profile) => {
    const snippet = wholePostingSnippet(profile, today);
    return {
      label: snippet.prefix,
      kind: 'snippet' as const,
      detail: profile.title,
      documentation: snippet.description,
      insertText: (hasModeline && snippet.body[0] === '# posting' ? snippet.body.slice(1) : snippet.body).join('\n'),
      snippet: true,
      filterText: `${snippet.prefix} ${profile.title}`,
    };
  });
}

function itemCandidates(listPath: Path, structure: Structure, facts: Facts, today: string, cursorLine: number): Candidate[] {
  const listed = new Set(
    structure
      .childrenOf(listPath)
      .filter((entry) => entry.kind === 'item' && entry.line !== cursorLine)
      .map((entry) => normalizeCompetency(unquote(entry.inline))),
  );
  const group = competencyGroupOf(listPath, facts.catalogue);
  if (group) {
    const { title, entries } = facts.catalogue.groups[group];
    return entries
      .filter((entry) => !listed.has(normalizeCompetency(entry.name)))
      .map((entry) => ({
        label: entry.name,
        kind: 'competency' as const,
        detail: title,
        documentation: `**${title}** (${facts.catalogue.title})\n\n${entry.definition}`,
        insertText: yamlScalar(entry.name),
        snippet: false,
      }));
  }
  const list = schemaAtPath(facts.root, listPath);
  const item = list ? childSchema(list, 0) : undefined;
  if (!item) return [];
  return valueCandidates(item, [...listPath, 0], facts, today).filter((c) => !listed.has(normalizeCompetency(c.label)));
}

/** The competency group a list is, when it sits under Key Competencies and the framework has that group. */
export function competencyGroupOf(listPath: Path, catalogue: Catalogue): string | undefined {
  const group = listPath[listPath.length - 1];
  if (listPath[listPath.length - 2] !== 'key_competencies' || typeof group !== 'string') return undefined;
  return catalogue.groups[group] ? group : undefined;
}

function valueCandidates(node: SchemaNode, path: Path, facts: Facts, today: string): Candidate[] {
  const { schema } = deref(node);
  const key = String(path[path.length - 1]);
  if (Array.isArray(schema.enum)) {
    const descriptions = schema.markdownEnumDescriptions ?? [];
    const descriptionsJa = schema['x-enum-descriptions-ja'];
    const display = schema['x-display'] ?? {};
    const displayJa = schema['x-display-ja'] ?? {};
    const shown = (labels: Record<string, string>, value: string) => (labels[value] !== value ? labels[value] : undefined);
    return schema.enum.map((value, i) => ({
      label: String(value),
      kind: 'value' as const,
      detail: shown(display, String(value)),
      documentation: descriptions[i],
      ...(descriptionsJa?.[i] ? { japanese: { detail: shown(displayJa, String(value)), documentation: descriptionsJa[i] } } : {}),
      insertText: yamlScalar(String(value)),
      snippet: false,
    }));
  }
  if (schema.type === 'boolean') {
    return ['true', 'false'].map((value) => ({ label: value, kind: 'value' as const, insertText: value, snippet: false }));
  }
  if (schema.format === 'date') return dateCandidates(key, facts, today);
  if (key === 'framework' && path.includes('key_competencies')) {
    return facts.catalogues.map((catalogue) => ({
      label: catalogue.id,
      kind: 'value' as const,
      detail: catalogue.title,
      documentation: `Groups: ${Object.values(catalogue.groups)
        .map((group) => group.title)
        .join(', ')}. Used by ${catalogue.organizations.join(', ')}.`,
      insertText: catalogue.id,
      snippet: false,
    }));
  }
  if (key === 'language' || (key === 'languages' && schema.type === 'string')) {
    return [...languageNames.official, ...languageNames.other].map((name, i) => ({
      label: name,
      kind: 'language' as const,
      detail: i < languageNames.official.length ? 'UN official language' : undefined,
      insertText: name,
      snippet: false,
    }));
  }
  return [];
}

function dateCandidates(key: string, facts: Facts, today: string): Candidate[] {
  const dates: [string, string][] = [];
  const start = facts.dates.target_start_date;
  if (key === 'deadline') {
    for (const days of [14, 21, 30]) dates.push([addDays(today, days), `${days} days from today`]);
    if (start) dates.push([addDays(start, -30), 'a month before the Target Start Date']);
  } else if (key === 'target_start_date') {
    const after = facts.dates.deadline ?? today;
    for (const months of [1, 2, 3]) {
      dates.push([firstOfMonthAfter(addMonths(after, months)), `first of the month, ${months} month${months > 1 ? 's' : ''} out`]);
    }
  } else if (key === 'contract_end_date' && start) {
    for (const months of [3, 6, 12, 24]) dates.push([addDays(addMonths(start, months), -1), `${months} months from the Target Start Date`]);
  }
  dates.unshift([today, 'today']);
  const seen = new Set<string>();
  return dates
    .filter(([date]) => !seen.has(date) && seen.add(date))
    .map(([date, note]) => ({ label: date, kind: 'date' as const, detail: note, insertText: date, snippet: false }));
}

/** A field's Japanese heading (schemas/l10n/sections.ja.json) and description (`x-description-ja`), where either exists. */
function japaneseFieldText(node: SchemaNode, key: string): { detail: string; documentation: string } | undefined {
  const heading = japaneseHeading(key);
  const description = node.schema['x-description-ja'];
  if (!heading && !description) return undefined;
  const detail = heading ?? titleOf(node, key);
  const text = description ?? node.schema.markdownDescription ?? node.schema.description;
  return { detail, documentation: [`**${detail}**`, text].filter(Boolean).join('\n\n') };
}

function fieldDocumentation(node: SchemaNode, key: string): string {
  const description = node.schema.markdownDescription ?? node.schema.description;
  return [`**${titleOf(node, key)}**`, description].filter(Boolean).join('\n\n');
}

/** Keeps the candidates the typed text matches (prefix, word start, substring, in-order letters), best first. */
function rank(candidates: Candidate[], typed: string): Candidate[] {
  if (!typed) return candidates;
  const scored = candidates
    .map((candidate, order) => ({ candidate, order, score: matchScore(typed, candidate.filterText ?? candidate.label) }))
    .filter(({ score }) => score > 0);
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map(({ candidate }) => candidate);
}

export function matchScore(typed: string, target: string): number {
  const needle = normalizeCompetency(typed);
  const hay = normalizeCompetency(target);
  if (!needle) return 1;
  if (hay.startsWith(needle)) return 4;
  if (hay.split(' ').some((word) => word.startsWith(needle)) || hay.includes(` ${needle}`)) return 3;
  if (hay.includes(needle)) return 2;
  let at = 0;
  for (const c of needle.replace(/ /g, '')) {
    at = hay.indexOf(c, at) + 1;
    if (!at) return 0;
  }
  return 1;
}
