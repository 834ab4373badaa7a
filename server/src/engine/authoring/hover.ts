import { japaneseHeading } from '../template/headings';
import { findCompetency } from '../template/catalogues';
import { checkPosting } from '../check';
import { competencyGroupOf } from './complete';
import { postingFacts, type PostingFacts } from '../template/postingFacts';
import { diagnosticInfo, type Problem } from '../diagnostics/problems';
import { deref, schemaAtPath, titleOf } from '../template/schemaStore';
import { defaultSettings, type EngineSettings } from '../settings/settings';
import { Structure, unquote, type StructureEntry } from '../document/structure';
import type { Position, Range } from '../text/positions';

export interface HoverInfo {
  /** Markdown. */
  contents: string;
  range: Range;
}

/** What the thing under the cursor means: a field's heading and description, a value's meaning, a problem's help. */
export function hoverPosting(text: string, position: Position, settings: EngineSettings = defaultSettings): HoverInfo | undefined {
  const structure = new Structure(text);
  const facts = postingFacts(structure, settings.catalogues);
  const parts: string[] = [];
  let range: Range | undefined;

  const entry = entryUnder(structure, position);
  if (entry) {
    const onValue = position.character >= entry.inlineStart && entry.inline !== '';
    const japanese = !!settings.locale?.toLowerCase().startsWith('ja');
    let explained = onValue ? describeValue(entry, facts, japanese) : describeField(entry, facts, japanese);
    if (entry.path.length === 1 && (entry.path[0] === 'profile' || (entry.path[0] === 'title' && facts.profileChoice.how !== 'declared'))) {
      explained = [explained, profileApplies(facts, settings.locale)].filter(Boolean).join('\n\n');
    }
    if (explained) {
      parts.push(explained);
      const lineText = structure.lines.lineText(entry.line);
      range = onValue
        ? span(entry.line, entry.inlineStart, entry.inlineStart + entry.inline.length)
        : span(entry.line, entry.indent, keyEnd(lineText, entry));
    }
  }

  // VS Code shows each problem's message in its own hover: ours adds only what the message does not say, once.
  const problems = problemsOf(text, settings).filter((problem) => contains(problem.range, position));
  const helps = new Set(problems.map((problem) => describeProblem(problem, settings.locale)).filter((help): help is string => !!help));
  for (const help of helps) parts.push(help);
  if (helps.size) range ??= problems[0].range;
  return parts.length && range ? { contents: parts.join('\n\n---\n\n'), range } : undefined;
}

/**
 * The problems of the text hovered last, with the settings it was checked with: hovers come in runs over one text (the
 * mouse resting on a posting), and each was a whole check again. The check is a pure function of the two.
 */
let lastChecked: { text: string; settings: EngineSettings; problems: readonly Problem[] } | undefined;

function problemsOf(text: string, settings: EngineSettings): readonly Problem[] {
  if (lastChecked?.text !== text || lastChecked.settings !== settings)
    lastChecked = { text, settings, problems: checkPosting(text, settings).problems };
  return lastChecked.problems;
}

/** The deepest entry on the cursor's line whose key or value the cursor is on. */
function entryUnder(structure: Structure, position: Position): StructureEntry | undefined {
  const onLine = structure.entries.filter((entry) => entry.line === position.line && position.character >= entry.indent);
  return onLine[onLine.length - 1];
}

function keyEnd(lineText: string, entry: StructureEntry): number {
  if (entry.kind === 'item') return entry.indent + 1;
  const colon = lineText.indexOf(':', entry.indent);
  return colon < 0 ? lineText.length : colon;
}

/**
 * A field's heading and description. In Japanese: the heading from schemas/l10n/sections.ja.json and the schema's
 * `x-description-ja` where they exist (the English ones otherwise).
 */
function describeField(entry: StructureEntry, facts: PostingFacts, japanese: boolean): string | undefined {
  const path = entry.kind === 'item' ? entry.path.slice(0, -1) : entry.path;
  const node = schemaAtPath(facts.root, path);
  if (!node) return undefined;
  const key = path[path.length - 1];
  const english = node.schema.markdownDescription ?? node.schema.description;
  const localized = japanese ? node.schema['x-description-ja'] : undefined;
  const description = localized ?? english;
  const headingJa = japanese && typeof key === 'string' ? japaneseHeading(key) : undefined;
  const heading = headingJa ?? titleOf(node, key);
  return [`**${heading}**${typeof key === 'string' ? ` \`${key}\`` : ''}`, description].filter(Boolean).join('\n\n');
}

function describeValue(entry: StructureEntry, facts: PostingFacts, japanese: boolean): string | undefined {
  const value = unquote(entry.inline);
  const listPath = entry.path.slice(0, -1);
  if (entry.kind === 'item' && competencyGroupOf(listPath, facts.catalogue) !== undefined) {
    const match = findCompetency(facts.catalogue, value);
    if (!match) return undefined; // the unknown-competency problem says so, with its did-you-mean
    const group = facts.catalogue.groups[match.group].title;
    return `**${match.entry.name}** — ${group} (${facts.catalogue.title})\n\n${match.entry.definition}`;
  }
  const node = schemaAtPath(facts.root, entry.path);
  if (!node) return undefined;
  const { schema } = deref(node);
  if (Array.isArray(schema.enum)) {
    const index = schema.enum.map(String).indexOf(value);
    const meanings = (japanese ? schema['x-enum-descriptions-ja'] : undefined) ?? schema.markdownEnumDescriptions;
    const meaning = index >= 0 ? meanings?.[index] : undefined;
    if (meaning) return `**${titleOf(node, entry.path[entry.path.length - 1])}: ${value}**\n\n${meaning}`;
  }
  return describeField(entry, facts, japanese);
}

/** Which profile applies and why: the hover on `profile` (and on `title` when the posting declares none). */
function profileApplies(facts: PostingFacts, locale: string | undefined): string {
  const { profile, because, because_ja } = facts.profileChoice;
  if (locale?.startsWith('ja')) return `**プロファイル:** ${profile.title_ja ?? profile.title}（\`${profile.id}\`）— ${because_ja}。`;
  return `**Profile:** ${profile.title} (\`${profile.id}\`) applies because ${because}.`;
}

/** What a problem means and how to fix it, in the reader's language (its message is VS Code's own hover). */
function describeProblem(problem: Problem, locale: string | undefined): string | undefined {
  const info = diagnosticInfo(problem.code);
  return locale?.toLowerCase().startsWith('ja') ? (info?.help_ja ?? info?.help) : info?.help;
}

function span(line: number, start: number, end: number): Range {
  return { start: { line, character: start }, end: { line, character: end } };
}

export function contains(range: Range, position: Position): boolean {
  const after = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const before = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return after && before;
}
