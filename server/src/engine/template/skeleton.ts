import type { Catalogue } from './catalogues';
import { deref, humanize, titleOf, type SchemaNode } from './schemaStore';
import type { Path } from '../document/yamlNodes';
import { isRecord } from '../text/records';

/** How a skeleton is written: plain text with valid placeholder values, or an LSP snippet with tab stops. */
export interface SkeletonOptions {
  snippet: boolean;
  /** `required`: only the fields the template requires; `template`: the whole template (new postings). */
  fields: 'required' | 'template';
  /** Today's date, YYYY-MM-DD: dates are suggested relative to it. */
  today: string;
  /** The framework whose competency names fill the competency lists. */
  catalogue: Catalogue;
  /** The profile id a `profile:` field gets. */
  profile?: string;
  /** Dates the posting already has (deadline, target_start_date, …): suggested dates keep their order. */
  dates?: Record<string, string | undefined>;
  /** Languages a languages list starts with (English unless the post needs others). */
  languages?: string[];
  /**
   * A sample posting (a profile's seed) whose shape and short values become the defaults: its fields
   * are the template's, so a new posting starts from one that passes every check.
   */
  sample?: unknown;
  /**
   * Lists of the organisation's fixed wording by top-level key (closing statements): written as they are.
   * A key with no entries is left out of the template.
   */
  fixedLists?: Record<string, string[]>;
  /** Top-level values that follow from the posting's own fields (the staff category of its grade): written instead of a default. */
  implied?: Record<string, string>;
  /**
   * Dotted paths whose default is a programme's that does not sponsor the post (PostingFacts.withoutDefaults): a
   * required one gets a placeholder instead, an optional one is left out.
   */
  withoutDefaults?: readonly string[];
}

/** The fields that hold competencies by group (the Key Competencies of a ToR, a staff posting's Competency Requirements). */
const competencyKeys = ['key_competencies', 'competency_requirements'];

/** Headings that only qualify their section's heading. */
const qualifierTitles = new Set(['essential', 'desirable']);

/** Sample values longer than this become a "write … here" placeholder instead. */
const longestSampleValue = 320;

/**
 * Optional fields a whole-posting template leaves out: editor plumbing, what most posts do not need, what the
 * careers site fills in (job ID, date posted, its URL, direct apply, the logo) and the imported text an import keeps
 * (`notes`); salary only where the organisation publishes it.
 */
const leftOutOfTemplate = new Set([
  '$schema',
  'framework',
  'managerial',
  'notes',
  'job_id',
  'date_posted',
  'url',
  'direct_apply',
  'salary',
  'logo',
  'based_on',
  'translation_of',
]);

/** Writes skeletons, numbering tab stops in order. */
export class SkeletonWriter {
  private nextStop = 1;

  constructor(readonly options: SkeletonOptions) {}

  /**
   * The lines of `key: value` for a field, relative to the key's indentation (the first line has none;
   * nested lines are indented by two spaces per level).
   */
  field(key: string, node: SchemaNode, path: Path, sample?: unknown): string[] {
    const value = this.value(node, path, sample);
    if (value.inline !== undefined) return [`${escapeKey(key, this.options.snippet)}: ${value.inline}`];
    return [`${escapeKey(key, this.options.snippet)}:`, ...value.block.map((line) => `  ${line}`)];
  }

  /** A value: inline text, or block lines (a list or a set of fields) relative to the parent key. */
  value(
    node: SchemaNode,
    path: Path,
    sample: unknown = path.length ? undefined : this.options.sample,
  ): { inline?: string; block: string[] } {
    const { schema, file } = deref(node);
    const fields = isRecord(sample) ? sample : undefined;
    const key = path[path.length - 1];
    if (key === 'profile' && path.length === 1 && this.options.profile) return { inline: this.options.profile, block: [] };
    const implied = path.length === 1 && typeof key === 'string' ? this.options.implied?.[key] : undefined;
    if (implied !== undefined && Array.isArray(schema.enum) && schema.enum.includes(implied))
      return { inline: schema.enum.length <= 16 ? this.choice(schema.enum.map(String), implied) : this.placeholder(implied), block: [] };
    const fixedList = path.length === 1 && typeof key === 'string' ? this.options.fixedLists?.[key] : undefined;
    if (sample === undefined && fixedList?.length) return { block: fixedList.map((text) => `- ${this.fixed(text)}`) };
    // The organisation's fixed wording (a schema `default`): written as it is, not as a placeholder.
    const noDefault = !!this.options.withoutDefaults?.includes(path.join('.'));
    if (sample === undefined && schema.default !== undefined && schema.default !== null && !noDefault) {
      const fixed = schema.default;
      if (Array.isArray(fixed))
        return fixed.length ? { block: fixed.map((item) => `- ${this.fixed(String(item))}`) } : { inline: '[]', block: [] };
      if (typeof fixed !== 'object') return { inline: this.fixed(String(fixed), typeof fixed !== 'string'), block: [] };
    }
    // Its description names the programme's value ("Japanese"): the placeholder says only what to write.
    if (noDefault && sample === undefined && schema.type !== 'object' && schema.type !== 'array' && !schema.properties)
      return { inline: this.placeholder(`Write the ${titleOf(node, key).toLowerCase()} here.`), block: [] };
    if (schema.type === 'object' || schema.properties) {
      const block: string[] = [];
      const competencyGroups = typeof key === 'string' && competencyKeys.includes(key);
      for (const [child, childSchema] of Object.entries(schema.properties ?? {})) {
        if (fields ? !(child in fields) && !schema.required?.includes(child) : !this.includes(child, schema.required ?? [])) continue;
        if (!fields && path.length === 0 && this.options.fixedLists?.[child]?.length === 0) continue;
        // An optional code with a fixed form (a pattern) or an optional number has no placeholder that is valid or
        // says anything: the author adds it where the post needs it.
        const childType = deref({ schema: childSchema, file }).schema;
        const optional = !schema.required?.includes(child);
        const number = childType.type === 'integer' || childType.type === 'number';
        if (!fields && optional && (childType.pattern || (number && childType.default === undefined))) continue;
        // Another sponsor's post: an optional field whose default is only the programme's is the author's to add.
        if (!fields && optional && this.options.withoutDefaults?.includes([...path, child].join('.'))) continue;
        // Only the groups the posting's framework has; another framework's groups would be empty placeholders.
        if (competencyGroups && !schema.required?.includes(child) && !this.options.catalogue.groups[child]) continue;
        block.push(...this.field(child, deref({ schema: childSchema, file }), [...path, child], fields?.[child]));
      }
      return block.length ? { block } : { inline: '{}', block: [] };
    }
    if (schema.type === 'array') {
      const items = schema.items ? deref({ schema: schema.items, file }) : { schema: { type: 'string' }, file };
      const group = typeof key === 'string' ? this.options.catalogue.groups[key] : undefined;
      if (Array.isArray(sample)) {
        if (!sample.length) return { inline: '[]', block: [] };
        return { block: sample.flatMap((entry, i) => this.listItem(items, [...path, i], entry)) };
      }
      if (group && path.some((segment) => typeof segment === 'string' && competencyKeys.includes(segment))) {
        const names = group.entries.map((entry) => entry.name);
        if (group.requireAll) return { block: names.map((name) => `- ${this.literal(name)}`) };
        return { block: [`- ${this.choice(names, names[0])}`] };
      }
      if (items.schema.properties?.language) {
        // One entry per language the post needs, each with its level.
        return {
          block: (this.options.languages ?? ['English']).flatMap((language) =>
            this.value(items, [...path, 0]).block.map((line, i) =>
              i === 0 ? `- ${line.replace(/^language: .*/, `language: ${this.literal(language)}`)}` : `  ${line}`,
            ),
          ),
        };
      }
      if (items.schema.type === 'string' && !items.schema.enum) {
        // A blank list: one item saying what to write, then the standard last item where the template has one.
        const last = lastItemOf({ schema, file });
        const title = titleOf(node, key).toLowerCase();
        const first = this.placeholder(`Write one item of the ${title} here${guidanceOf(node, title)}.`);
        return { block: [`- ${first}`, ...(last ? [`- ${this.fixed(last)}`] : [])] };
      }
      const item = this.value(items, [...path, 0]);
      if (item.inline !== undefined) return { block: [`- ${item.inline}`] };
      return { block: item.block.map((line, i) => `${i ? '  ' : '- '}${line}`) };
    }
    if (sample !== undefined && sample !== null && typeof sample !== 'object') {
      const text = String(sample);
      if (typeof sample !== 'string') return { inline: this.placeholder(text, true), block: [] };
      if (Array.isArray(schema.enum) && schema.enum.length <= 16) return { inline: this.choice(schema.enum.map(String), text), block: [] };
      if (text.length <= longestSampleValue && !text.trim().includes('\n')) return { inline: this.placeholder(text.trim()), block: [] };
    }
    return { inline: this.scalar(node, path), block: [] };
  }

  private listItem(items: SchemaNode, path: Path, sample: unknown): string[] {
    const item = this.value(items, path, sample);
    if (item.inline !== undefined) return [`- ${item.inline}`];
    return item.block.map((line, i) => `${i ? '  ' : '- '}${line}`);
  }

  private includes(key: string, required: string[]): boolean {
    if (required.includes(key)) return true;
    return this.options.fields === 'template' && !leftOutOfTemplate.has(key);
  }

  private scalar(node: SchemaNode, path: Path): string {
    const { schema } = node;
    const key = String(path[path.length - 1]);
    const example = exampleOf(node);
    if (Array.isArray(schema.enum)) {
      const values = schema.enum.map(String);
      const preferred = example !== undefined && values.includes(example) ? example : values[0];
      return values.length <= 16 ? this.choice(values, preferred) : this.placeholder(preferred);
    }
    if (schema.type === 'boolean') {
      const preferred = key === 'required' ? 'true' : 'false';
      return this.choice([preferred, preferred === 'true' ? 'false' : 'true'], preferred, true);
    }
    if (schema.type === 'number' || schema.type === 'integer') return this.placeholder(String(schema.minimum ?? 0), true);
    if (schema.format === 'date') return this.placeholder(suggestedDate(key, this.options.today, this.options.dates));
    const last = path[path.length - 1];
    if (typeof last === 'number') return this.placeholder(`Write item ${last + 1} here.`);
    const title = titleOf(node, key).toLowerCase();
    // "Essential" and "Desirable" qualify their section: "Write the essential work experience here".
    const parent = path[path.length - 2];
    const named = qualifierTitles.has(title) && typeof parent === 'string' ? `${title} ${humanize(parent).toLowerCase()}` : title;
    return this.placeholder(`Write the ${named} here${guidanceOf(node, title)}.`);
  }

  /** The organisation's fixed wording: in a snippet, a tab stop that selects it, so it can be kept with Tab. */
  fixed(value: string, raw = false): string {
    return this.placeholder(value, raw);
  }

  /** A fixed value (no tab stop). */
  literal(value: string): string {
    const text = yamlScalar(value);
    return this.options.snippet ? escapeSnippet(text) : text;
  }

  /** A tab stop with a default; `raw` values (numbers, booleans) are written as they are. */
  placeholder(value: string, raw = false): string {
    const text = raw ? value : yamlScalar(value);
    return this.options.snippet ? `\${${this.nextStop++}:${escapeSnippet(text)}}` : text;
  }

  choice(values: string[], preferred: string, raw = false): string {
    const write = (value: string) => (raw ? value : yamlScalar(value));
    if (!this.options.snippet) return write(preferred);
    const ordered = [preferred, ...values.filter((value) => value !== preferred)].map(write);
    return `\${${this.nextStop++}|${ordered.map(escapeChoice).join(',')}|}`;
  }
}

/**
 * What a placeholder says to write, from the field's description without its examples (another posting's
 * words): ": the city of the post". Empty when the description only repeats the title.
 */
export function guidanceOf(node: SchemaNode, title: string): string {
  // Each removal starts where its leading space starts (the lookbehinds), not at every space of a run: linear.
  const text = (node.schema.markdownDescription ?? node.schema.description ?? '')
    .replace(/(?<![\s,]),?\s*\(?e\.g\.\s+(?:\*[^*]*\*|`[^`]*`)[^.;)]*\)?/g, '')
    .replace(/(?<![\s,]),?\s*\(?e\.g\.[^.;)]*(?:\.[^\s.;)][^.;)]*)*\)?/g, '')
    .replace(/(?<!\s)\s*The last is \*[^*]*\*/g, '')
    .replace(/[*`]/g, '');
  const sentence = /^[^.]*[^.\s]/.exec(text.trim())?.[0];
  if (!sentence || sentence.toLowerCase() === title) return '';
  const lowered = /^[A-Z][a-z]/.test(sentence) ? `${sentence.charAt(0).toLowerCase()}${sentence.slice(1)}` : sentence;
  return `: ${lowered}`;
}

/** The standard last item of a list ("The last is *Perform other duties as required.*"). */
function lastItemOf(node: SchemaNode): string | undefined {
  const text = node.schema.markdownDescription ?? node.schema.description ?? '';
  return /\bThe last is \*([^*]+)\*/.exec(text)?.[1];
}

/** The schema's own example: `examples`, else the first "e.g. *…*" or "e.g. `…`" of its description. */
export function exampleOf(node: SchemaNode): string | undefined {
  const { schema } = node;
  if (schema.examples?.length) return String(schema.examples[0]);
  const text = schema.markdownDescription ?? schema.description ?? '';
  const eg = /e\.g\.\s+(?:\*([^*]+)\*|`([^`]+)`)/.exec(text);
  if (eg) return eg[1] ?? eg[2];
  // "The last is *Perform other duties as required.*": a list's one example item.
  const named = /\bis\s+\*([^*]+)\*/.exec(text);
  if (named) return named[1];
  if (schema.type === 'string') return /`([^`]+)`/.exec(text)?.[1];
  return undefined;
}

/**
 * A date suggestion for a field: a deadline a month before the start (or a month out), a start a month after
 * the deadline (or two months out), a year's term.
 */
export function suggestedDate(key: string, today: string, known: Record<string, string | undefined> = {}): string {
  const start = known.target_start_date ?? (known.deadline ? undefined : firstOfMonthAfter(addDays(today, 60)));
  switch (key) {
    case 'deadline':
      return start ? addDays(start, -30) : addDays(today, 30);
    case 'target_start_date':
      // Without a deadline, start is set (from target_start_date or from today).
      return known.deadline ? firstOfMonthAfter(addDays(known.deadline, 30)) : start!;
    case 'contract_end_date':
      // start is unset only when a deadline is known.
      return addDays(addMonths(start ?? firstOfMonthAfter(addDays(known.deadline!, 30)), 12), -1);
    default:
      return today;
  }
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

export function firstOfMonthAfter(date: string): string {
  const d = new Date(`${date.slice(0, 7)}-01T00:00:00Z`);
  if (date.endsWith('-01')) return date;
  d.setUTCMonth(d.getUTCMonth() + 1);
  return d.toISOString().slice(0, 10);
}

export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** A string as a YAML scalar: plain when it reads back as the same string, else single-quoted. */
export function yamlScalar(value: string): string {
  const plainSafe =
    /^[^\s\-?:,[\]{}#&*!|>'"%@`][^#]*$/.test(value) &&
    !/:(\s|$)/.test(value) &&
    !/\s$/.test(value) &&
    !/^(true|false|yes|no|on|off|null|~|[-+]?(\d[\d_]*(\.\d*)?|\.\d+)([eE][-+]?\d+)?|0x[\da-fA-F]+|0o[0-7]+|\.inf|\.nan)$/i.test(value);
  return plainSafe ? value : `'${value.replace(/'/g, "''")}'`;
}

function escapeKey(key: string, snippet: boolean): string {
  const text = yamlScalar(key);
  return snippet ? escapeSnippet(text) : text;
}

export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => `\\${c}`);
}

function escapeChoice(text: string): string {
  return text.replace(/[\\$}|,]/g, (c) => `\\${c}`);
}
