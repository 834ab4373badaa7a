import { isScalar, type Document } from 'yaml';
import type { ParsedPosting } from '../document/parse';
import type { Profile } from '../template/profiles';
import { schemaAtPath, titleOf, type SchemaNode } from '../template/schemaStore';
import { nodeAt, pairAt } from '../document/yamlNodes';
import { escapeRegExp } from '../text/patterns';
import exportWords from '../../../../schemas/render/exports.json';
import { defaultDateFormat, formatDate, isIsoDate, japaneseDateFormat, joinItems, longDate, paragraphsOf, scalarText } from './format';
import { splitPath, type Layout, type LayoutBlock } from './layout';

/** A rendered line of text with the 0-based YAML line it came from (for scroll sync and reveal). */
export interface SourcedText {
  text: string;
  line?: number;
}

/** The posting as the careers page shows it, independent of the output format. */
export type ViewBlock =
  | { kind: 'field'; label: string; note?: string; value: string; valueOnOwnLine?: boolean; line?: number }
  | { kind: 'section'; title: string; numbering?: string; colon?: boolean; runIn?: boolean; blocks: ViewBlock[]; line?: number }
  | { kind: 'paragraphs'; paragraphs: SourcedText[] }
  | { kind: 'labelled'; label: string; text: string; line?: number }
  | { kind: 'list'; style: 'numbered' | 'starred' | 'bulleted'; items: SourcedText[]; line?: number }
  | { kind: 'rows'; prefix: string; rows: SourcedText[]; minRows: number; line?: number };

export interface PostingView {
  profile: Profile;
  title?: SourcedText;
  subtitle: SourcedText[];
  facts: { label: string; value: string; line?: number }[];
  blocks: ViewBlock[];
  /** The posting's data (for JSON-LD), or an empty record when the text is not a mapping. */
  data: Record<string, unknown>;
  /** The careers site's own text layout (ViewOptions.careersSite) rather than a document to send. */
  careersSite: boolean;
}

/** How a posting is rendered. */
export interface ViewOptions {
  /**
   * The careers site's own text, line for line (labels run into values, `*` notes, `,language` rows, dates as the
   * site prints them): for pasting into the site and for the import round trip. By default an export is a document
   * to send: lists as lists, every language with its level, one date format.
   */
  careersSite?: boolean;
  /** The date pattern of a sendable export (`.postingrc.yaml` `dateFormat`); see formatDate. */
  dateFormat?: string;
}

/** Looks values, titles and source lines up by path. */
export class PostingReader {
  /** The date pattern of a sendable export; undefined for the careers-site text, which keeps the site's dates. */
  readonly datePattern: string | undefined;
  readonly words: (typeof exportWords)['en'];
  /** Where a listed value's shown form comes from: Japanese postings read `x-display-ja`. */
  private readonly displayKey: 'x-display' | 'x-display-ja';

  constructor(
    readonly parsed: ParsedPosting,
    readonly data: Record<string, unknown>,
    readonly schema: SchemaNode,
    readonly options: ViewOptions = {},
  ) {
    const japanese = isJapanesePosting(data);
    this.words = japanese ? exportWords.ja : exportWords.en;
    this.displayKey = japanese ? 'x-display-ja' : 'x-display';
    this.datePattern = options.careersSite ? undefined : japanese ? japaneseDateFormat : (options.dateFormat ?? defaultDateFormat);
  }

  get sendable(): boolean {
    return !this.options.careersSite;
  }

  value(path: readonly (string | number)[]): unknown {
    let current: unknown = this.data;
    for (const key of path) {
      if (Array.isArray(current) && typeof key === 'number') current = current[key];
      else if (isRecord(current) && typeof key === 'string') current = current[key];
      else return undefined;
    }
    return current;
  }

  title(path: readonly (string | number)[]): string {
    return titleOf(this.schemaAt(path), path[path.length - 1]);
  }

  schemaAt(path: readonly (string | number)[]): SchemaNode | undefined {
    try {
      return schemaAtPath(this.schema, path);
    } catch {
      return undefined; // a broken $ref must not stop a rendering
    }
  }

  /** The line of a field's key, or of a list item. */
  line(path: readonly (string | number)[]): number | undefined {
    const document = this.parsed.document as Document | undefined;
    if (!document || !path.length) return undefined;
    const last = path[path.length - 1];
    const node = typeof last === 'string' ? pairAt(document, path)?.key : nodeAt(document, path);
    const offset = node && typeof node === 'object' && 'range' in node ? node.range?.[0] : undefined;
    return offset === undefined ? undefined : this.parsed.lines.positionAt(offset).line;
  }

  /** The line where a paragraph of a block scalar starts, found by its first words after the node. */
  paragraphLine(path: readonly (string | number)[], paragraph: string): number | undefined {
    const document = this.parsed.document as Document | undefined;
    const node = document ? nodeAt(document, path) : undefined;
    const start = node?.range?.[0];
    if (start === undefined || !isScalar(node)) return this.line(path);
    const words = paragraph.split(/\s+/).slice(0, 4).map(escapeRegExp);
    const pattern = new RegExp(words.join('\\s+'), 'g');
    pattern.lastIndex = start;
    const found = pattern.exec(this.parsed.text);
    return found ? this.parsed.lines.positionAt(found.index).line : this.line(path);
  }

  /** A value as the careers site prints it: vocabulary display labels, Yes/No, comma-joined lists. */
  display(path: readonly (string | number)[], join = ', ', lastJoin = join): string {
    const value = this.value(path);
    if (Array.isArray(value)) {
      return joinItems(value.map((item) => scalarText(item)).filter(Boolean), join, lastJoin);
    }
    const text = scalarText(value);
    if (this.datePattern && isIsoDate(value)) return formatDate(text, this.datePattern);
    const labels = this.schemaAt(path)?.schema[this.displayKey];
    if (isRecord(labels) && typeof labels[text] === 'string') return labels[text];
    return text;
  }

  present(path: readonly (string | number)[]): boolean {
    const value = this.value(path);
    return value !== undefined && value !== null && value !== '';
  }

  stringItems(path: readonly (string | number)[]): SourcedText[] {
    const value = this.value(path);
    if (!Array.isArray(value)) return [];
    return value
      .map((item, index) => ({
        text: scalarText(item)
          .replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space))
          .trim(),
        line: this.line([...path, index]),
      }))
      .filter((item) => item.text);
  }

  block(block: LayoutBlock): ViewBlock[] {
    if ('careersSite' in block && block.careersSite !== !!this.options.careersSite) return [];
    if ('field' in block) {
      const path = splitPath(block.field);
      const raw = this.value(path);
      if (!this.present(path) && !Array.isArray(raw)) return [];
      if (this.sendable && Array.isArray(raw) && !this.stringItems(path).length) return [];
      // A sendable export prints a field of several items as a list, never as one run-on line.
      if (this.sendable && Array.isArray(raw) && raw.length > 1) {
        const items = this.stringItems(path);
        const line = this.line(path);
        if (items.length > 1)
          return [
            { kind: 'section', title: this.title(path), colon: true, line, blocks: [{ kind: 'list', style: 'bulleted', items, line }] },
          ];
      }
      const value = block.date === 'long' && !this.datePattern ? longDate(this.display(path)) : this.display(path, block.join);
      const field: ViewBlock = { kind: 'field', label: this.title(path), value, line: this.line(path) };
      // A note that applies only when a field is set (home-based) is left out of a sendable export otherwise.
      if (block.note && (!this.sendable || !block.noteWhen || this.value(splitPath(block.noteWhen)) === true)) field.note = block.note;
      if (block.valueOnOwnLine) field.valueOnOwnLine = true;
      return [field];
    }
    if ('section' in block) {
      const path = splitPath(block.section);
      const blocks = block.blocks.flatMap((child) => this.block(child));
      if (!blocks.length) return [];
      const { runIn, colon, numbering } = block;
      return [{ kind: 'section', title: this.title(path), blocks, line: this.line(path), runIn, colon, numbering }];
    }
    if ('list' in block) {
      const path = splitPath(block.list);
      const items = this.stringItems(path);
      // The careers site's '*' notes are bullets in a document to send.
      const style = this.sendable && block.style === 'starred' ? 'bulleted' : block.style;
      return items.length ? [{ kind: 'list', style, items, line: this.line(path) }] : [];
    }
    if ('languages' in block) {
      const path = splitPath(block.languages);
      const value = this.value(path);
      if (!Array.isArray(value)) return [];
      const items = value.flatMap((entry, index): SourcedText[] => {
        if (!isRecord(entry) || !scalarText(entry.language).trim()) return [];
        const level = scalarText(entry.level).trim();
        const levels: Record<string, string> = this.words.levels;
        const details = [levels[level] ?? level];
        if (typeof entry.required === 'boolean') details.push(entry.required ? this.words.required : this.words.desirable);
        const detail = details.filter(Boolean).join(', ');
        const text = detail ? `${scalarText(entry.language).trim()}: ${detail}` : scalarText(entry.language).trim();
        return [{ text, line: this.line([...path, index]) }];
      });
      return items.length ? [{ kind: 'list', style: 'bulleted', items, line: this.line(path) }] : [];
    }
    if ('paragraphs' in block) {
      const path = splitPath(block.paragraphs);
      const value = this.value(path);
      // A list item of several lines (an imported part kept under notes) prints one paragraph a line.
      const paragraphs = Array.isArray(value)
        ? value.flatMap((item, index) => paragraphsOf(item).map((text) => ({ text, line: this.line([...path, index]) })))
        : paragraphsOf(value).map((text) => ({ text, line: this.paragraphLine(path, text) }));
      return paragraphs.length ? [{ kind: 'paragraphs', paragraphs }] : [];
    }
    if ('labelled' in block) {
      const path = splitPath(block.labelled);
      if (block.unless && this.present(splitPath(block.unless))) return [];
      const text = this.display(path, ', ', block.lastJoin)
        .replace(/\s+/g, (space) => (space.includes('\n') ? ' ' : space))
        .trim();
      if (!text) return [];
      const label = this.title(block.titleFrom ? splitPath(block.titleFrom) : path);
      return [{ kind: 'labelled', label, text, line: this.line(path) }];
    }
    const path = splitPath(block.rows);
    const rows = this.stringItems(path);
    return rows.length ? [{ kind: 'rows', prefix: block.prefix, rows, minRows: block.minRows ?? 0, line: this.line(path) }] : [];
  }

  banner(layout: Layout | undefined): Pick<PostingView, 'title' | 'subtitle' | 'facts'> {
    const banner = layout?.banner ?? { title: 'title', subtitle: ['organization', 'duty_station', 'country'], facts: [] };
    const sourced = (path: string[]): SourcedText | undefined =>
      this.present(path) ? { text: this.display(path), line: this.line(path) } : undefined;
    const title = sourced(splitPath(banner.title));
    const subtitle = banner.subtitle.map((path) => sourced(splitPath(path))).filter((item): item is SourcedText => !!item);
    const facts = banner.facts
      .map(splitPath)
      .filter((path) => this.present(path))
      .map((path) => ({ label: this.title(path), value: this.display(path), line: this.line(path) }));
    return { title, subtitle, facts };
  }
}

/** A posting written in Japanese (its title in kana or kanji): its exports print dates in the Japanese form. */
export function isJapanesePosting(data: Record<string, unknown>): boolean {
  return /[\u3040-\u30ff\u4e00-\u9fff]/.test(scalarText(data.title));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}
