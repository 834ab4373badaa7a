import { LineIndex, type Position } from '../text/positions';
import type { Path } from './yamlNodes';

/**
 * A line-by-line reading of a posting's block structure (keys and list items by indentation).
 * Unlike the YAML parser it never gives up on half-typed text, which is what completion and
 * quick fixes see most of the time.
 */
export interface StructureEntry {
  kind: 'key' | 'item';
  line: number;
  /** Column of the key, or of the item's dash. */
  indent: number;
  /** Full data path of this field or list item. */
  path: Path;
  /** The text after `key:` or `- ` on the same line (without a trailing comment), '' when none. */
  inline: string;
  /** Column where `inline` starts. */
  inlineStart: number;
  /** Last line of this entry's content (its value's lines, without trailing blank or comment lines). */
  lastLine: number;
}

interface Frame {
  kind: 'key' | 'item';
  indent: number;
  segment: string | number;
  entry: StructureEntry;
}

// A plain key ends in a character other than a space or tab, so the spaces before its colon are the pattern's alone:
// a key body and the spaces after it that could share characters backtracked quadratically on a long line.
const keyPattern = /^((?:"[^"]*"|'[^']*'|[^\s#'"\-?:,[\]{}](?:[^:#]*[^:# \t])?|-[^\s:#](?:[^:#]*[^:# \t])?))[ \t]*:(?:[ \t]+|$)/;

export class Structure {
  readonly entries: StructureEntry[] = [];
  readonly lines: LineIndex;

  constructor(readonly text: string) {
    this.lines = new LineIndex(text);
    this.scan();
  }

  private open: Frame[] = [];

  private scan(): void {
    const stack: Frame[] = (this.open = []);
    let blockIndent: number | undefined; // lines deeper than this belong to a block or multi-line scalar
    for (let line = 0; line < this.lines.lineCount; line++) {
      const content = this.lines.lineText(line);
      const indent = content.length - content.trimStart().length;
      const trimmed = content.trim();
      if (!trimmed || trimmed.startsWith('#')) continue;
      if (blockIndent !== undefined && indent > blockIndent) {
        this.extend(stack, line);
        continue;
      }
      blockIndent = undefined;
      this.readLine(stack, line, content, indent, (column) => (blockIndent = column));
    }
  }

  /** Pushes the line's items and key onto the stack; calls `openBlock` when a value continues below. */
  private readLine(stack: Frame[], line: number, content: string, indent: number, openBlock: (column: number) => void): void {
    let column = indent;
    while (content.startsWith('-', column) && /^-(\s|$)/.test(content.slice(column))) {
      const index = this.popTo(stack, column, 'item');
      const parentPath = stack.length ? stack[stack.length - 1].entry.path : [];
      const after = column + 1 + (content.slice(column + 1).length - content.slice(column + 1).trimStart().length);
      const entry = this.add('item', line, column, [...parentPath, index], content, after);
      stack.push({ kind: 'item', indent: column, segment: index, entry });
      if (after >= content.length) return;
      column = after;
    }
    const match = keyPattern.exec(content.slice(column));
    if (!match) {
      // A scalar: an item's text, or a plain scalar running on from the line above.
      if (stack.length) this.extend(stack, line);
      openBlock(stack.length ? stack[stack.length - 1].indent : column);
      return;
    }
    this.popTo(stack, column, 'key');
    const key = unquote(match[1]);
    const parentPath = stack.length ? stack[stack.length - 1].entry.path : [];
    const entry = this.add('key', line, column, [...parentPath, key], content, column + match[0].length);
    stack.push({ kind: 'key', indent: column, segment: key, entry });
    // Deeper lines after an inline value (block scalar, plain or flow continuation) are that value's text.
    if (entry.inline) openBlock(column);
  }

  /** Pops frames the new node at `column` closes; returns the list index a new item there gets. */
  private popTo(stack: Frame[], column: number, kind: 'key' | 'item'): number {
    let nextIndex = 0;
    while (stack.length) {
      const top = stack[stack.length - 1];
      if (top.indent > column || (top.indent === column && (kind === 'key' || top.kind === 'item'))) {
        stack.pop();
        if (top.indent === column && top.kind === 'item' && typeof top.segment === 'number') nextIndex = top.segment + 1;
        continue;
      }
      break;
    }
    return nextIndex;
  }

  private add(kind: 'key' | 'item', line: number, indent: number, path: Path, content: string, inlineStart: number): StructureEntry {
    const inline = stripComment(content.slice(inlineStart)).trim();
    const entry: StructureEntry = { kind, line, indent, path, inline, inlineStart, lastLine: line };
    this.entries.push(entry);
    this.extend(this.open, line);
    return entry;
  }

  private extend(stack: Frame[], line: number): void {
    for (const frame of stack) frame.entry.lastLine = Math.max(frame.entry.lastLine, line);
  }

  entryAt(path: Path): StructureEntry | undefined {
    return this.entries.find((entry) => samePath(entry.path, path));
  }

  /** The direct children (fields or items) of the node at `path`. */
  childrenOf(path: Path): StructureEntry[] {
    return this.entries.filter((entry) => entry.path.length === path.length + 1 && samePath(entry.path.slice(0, -1), path));
  }

  /** The innermost entry whose lines contain `line`. */
  entryOnLine(line: number): StructureEntry | undefined {
    let found: StructureEntry | undefined;
    for (const entry of this.entries) {
      if (entry.line <= line && entry.lastLine >= line && (!found || entry.path.length >= found.path.length)) found = entry;
    }
    return found;
  }
}

export function samePath(a: Path, b: Path): boolean {
  return a.length === b.length && a.every((segment, i) => String(segment) === String(b[i]));
}

export function stripComment(text: string): string {
  let quote: string | undefined;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      if (c === quote) quote = undefined;
    } else if (c === '"' || c === "'") {
      if (i === 0 || /\s/.test(text[i - 1])) quote = c;
    } else if (c === '#' && (i === 0 || /\s/.test(text[i - 1]))) return text.slice(0, i);
  }
  return text;
}

export function unquote(text: string): string {
  const t = text.trim();
  if (t.length >= 2 && ((t.startsWith('"') && t.endsWith('"')) || (t.startsWith("'") && t.endsWith("'")))) return t.slice(1, -1);
  return t;
}

/** Where the cursor is, in the posting's structure. */
export interface CursorContext {
  /** `key`: a field name is being typed; `value`: the value of `path`; `item`: a list item of the list at `parentPath`. */
  kind: 'key' | 'value' | 'item';
  /** The map (for a key) or list (for an item) the cursor is in; for a value, the field's parent. */
  parentPath: Path;
  /** For a value or item: the data path of the value being typed. */
  path: Path;
  /** The word typed so far, and where it starts on the cursor's line. */
  typed: string;
  typedStart: number;
  /** Column of the key being typed (its indentation). */
  indent: number;
}

/** The structural context at a position, read from the lines above it and the cursor's line up to the cursor. */
export function cursorContext(text: string, position: Position): CursorContext {
  const lines = new LineIndex(text);
  const lineText = lines.lineText(position.line);
  const prefix = lineText.slice(0, Math.min(position.character, lineText.length));
  const above = new Structure(text.slice(0, lines.lineStart(position.line)));
  const stack = openFrames(above, prefix);

  const indent = prefix.length - prefix.trimStart().length;
  let column = indent;
  let itemPath: Path | undefined;
  const parentAt = (col: number, kind: 'key' | 'item'): Path => {
    const open = stack.filter((e) => e.indent < col || (e.indent === col && kind === 'item' && e.kind === 'key'));
    return open.length ? open[open.length - 1].path : [];
  };
  // Items opened on this line: "- " or "- - ".
  while (/^-(\s|$)/.test(prefix.slice(column)) && column < prefix.length) {
    const parent = itemPath ?? parentAt(column, 'item');
    const siblings = itemPath ? [] : above.childrenOf(parent).filter((e) => e.kind === 'item' && e.indent === column);
    itemPath = [...parent, siblings.length];
    const rest = prefix.slice(column + 1);
    column = column + 1 + (rest.length - rest.trimStart().length);
    if (column >= prefix.length) break;
  }
  const rest = prefix.slice(column);
  const keyMatch = keyPattern.exec(rest);
  if (keyMatch) {
    const key = unquote(keyMatch[1]);
    const parentPath = itemPath ?? parentAt(column, 'key');
    const typedStart = column + keyMatch[0].length;
    return { kind: 'value', parentPath, path: [...parentPath, key], typed: prefix.slice(typedStart), typedStart, indent: column };
  }
  if (itemPath) {
    // After "- ": either a scalar item or the first key of a map item; the caller decides by the list's schema.
    return { kind: 'item', parentPath: itemPath.slice(0, -1), path: itemPath, typed: rest, typedStart: column, indent: column };
  }
  return { kind: 'key', parentPath: parentAt(column, 'key'), path: [], typed: rest, typedStart: column, indent: column };
}

/** The entries still open at the start of the cursor's line (ancestors by indentation). */
function openFrames(above: Structure, prefix: string): StructureEntry[] {
  const open: StructureEntry[] = [];
  const cursorIndent = prefix.length - prefix.trimStart().length;
  for (const entry of above.entries) {
    while (open.length && open[open.length - 1].path.length >= entry.path.length) open.pop();
    open.push(entry);
  }
  // Drop what the cursor's indentation closes; keep a key at the same column only as a list's parent.
  while (open.length && open[open.length - 1].indent > cursorIndent) open.pop();
  return open;
}
