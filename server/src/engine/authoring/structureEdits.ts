import type { Catalogue } from '../template/catalogues';
import { childSchema, schemaAtPath, type SchemaNode } from '../template/schemaStore';
import { SkeletonWriter, yamlScalar } from '../template/skeleton';
import { stripComment, type Structure, type StructureEntry } from '../document/structure';
import { applyEdits, diffEdit, type TextEdit } from '../text/textEdits';
import type { Path } from '../document/yamlNodes';

/**
 * Minimal edits to a posting's text, by data path: insert a field where the template places it,
 * add list items, remove an item, replace a value or key. Every comment stays where it is.
 */
export class StructureEditor {
  readonly eol: string;

  constructor(
    readonly structure: Structure,
    readonly root: SchemaNode,
    readonly catalogue: Catalogue,
    readonly today: string,
    readonly dates: Record<string, string | undefined> = {},
    readonly languages: string[] = ['English'],
    readonly implied: Record<string, string> = {},
    readonly withoutDefaults: readonly string[] = [],
  ) {
    this.eol = structure.text.includes('\r\n') ? '\r\n' : '\n';
  }

  /** Inserts a missing field's skeleton (or the given block lines) among its siblings, in template order. */
  insertField(parentPath: Path, key: string, valueLines?: string[]): TextEdit[] {
    const parentSchema = schemaAtPath(this.root, parentPath);
    const node = parentSchema ? childSchema(parentSchema, key) : undefined;
    let lines: string[];
    if (valueLines) lines = [`${yamlScalar(key)}:`, ...valueLines.map((line) => `  ${line}`)];
    else if (node) {
      const writer = new SkeletonWriter({
        snippet: false,
        fields: 'template',
        today: this.today,
        catalogue: this.catalogue,
        dates: this.dates,
        languages: this.languages,
        implied: this.implied,
        withoutDefaults: this.withoutDefaults,
      });
      lines = writer.field(key, node, [...parentPath, key]);
    } else lines = [`${yamlScalar(key)}:`];
    return [this.insertBlock(parentPath, key, lines)];
  }

  /** Moves the field at `path`, its value and the comments inside it, to `target` (the new parent's path, then key). */
  moveField(path: Path, target: Path): TextEdit[] {
    const entry = this.structure.entryAt(path);
    const key = target[target.length - 1];
    const inside = path.every((segment, i) => target[i] === segment);
    if (!entry || entry.kind !== 'key' || typeof key !== 'string' || inside) return [];
    const { lines, text } = this.structure;
    const keyLine = lines.lineText(entry.line);
    const colon = keyLine.indexOf(':', entry.indent);
    if (colon < 0) return [];
    // The block keeps its lines as written, with the comments above and inside it, re-indented to its new place.
    const first = this.firstLineOfLeadingComments(entry);
    const block: string[] = [];
    for (let line = first; line <= entry.lastLine; line++) {
      const lineText = lines.lineText(line);
      const own = lineText.length - lineText.trimStart().length;
      block.push(line === entry.line ? `${yamlScalar(key)}${keyLine.slice(colon)}` : lineText.slice(Math.min(entry.indent, own)));
    }
    const end =
      entry.lastLine + 1 < lines.lineCount
        ? { line: entry.lastLine + 1, character: 0 }
        : { line: entry.lastLine, character: lines.lineText(entry.lastLine).length };
    const cut: TextEdit = { range: { start: { line: first, character: 0 }, end }, newText: '' };
    const insertion = this.insertBlock(target.slice(0, -1), key, block);
    const at = insertion.range.start.line;
    if (at > first && at < end.line) return []; // it would land inside what it moves: no fix rather than a wrong one
    // Insertion first: where both start on one line, the cut applies first and the block lands where the cut was.
    const edit = diffEdit(text, applyEdits(text, [insertion, cut]));
    return edit ? [edit] : [];
  }

  /** Inserts a field's lines (indented relative to the field) among its siblings, in template order. */
  private insertBlock(parentPath: Path, key: string, lines: string[]): TextEdit {
    const parentSchema = schemaAtPath(this.root, parentPath);
    const order = Object.keys(parentSchema?.schema.properties ?? {});
    const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
    const siblings = this.structure.childrenOf(parentPath).filter((entry) => entry.kind === 'key');
    const own = rank(key);
    const before = siblings.filter((s) => rank(lastKey(s)) < own).sort((a, b) => rank(lastKey(b)) - rank(lastKey(a)) || b.line - a.line)[0];
    const after = siblings.filter((s) => rank(lastKey(s)) >= own).sort((a, b) => rank(lastKey(a)) - rank(lastKey(b)) || a.line - b.line)[0];
    const parent = parentPath.length ? this.structure.entryAt(parentPath) : undefined;
    const indent = siblings[0]?.indent ?? (parent ? parent.indent + 2 : 0);

    let line: number;
    if (before) line = before.lastLine + 1;
    else if (after) line = this.firstLineOfLeadingComments(after);
    else if (parent) line = parent.lastLine + 1;
    else line = this.structure.lines.lineCount;
    return this.insertLines(
      line,
      lines.map((text) => (text ? ' '.repeat(indent) + text : text)),
    );
  }

  /** Appends values to the list at `listPath`, creating the list (or turning `[]` into a block list) as needed. */
  appendItems(listPath: Path, rawValues: string[]): TextEdit[] {
    const list = this.structure.entryAt(listPath);
    if (!list) {
      return this.insertField(
        listPath.slice(0, -1),
        String(listPath[listPath.length - 1]),
        rawValues.map((value) => `- ${value}`),
      );
    }
    const items = this.structure.childrenOf(listPath).filter((entry) => entry.kind === 'item');
    const indent = items.length ? items[items.length - 1].indent : list.indent + 2;
    const lines = rawValues.map((value) => `${' '.repeat(indent)}- ${value}`);
    if (items.length) return [this.insertLines(items[items.length - 1].lastLine + 1, lines)];
    const edits: TextEdit[] = [];
    if (list.inline) {
      // `key: []`: the empty flow list gives way to the block items below.
      const at = this.structure.lines.lineText(list.line);
      const inlineEnd = list.inlineStart + list.inline.length;
      edits.push({
        range: span(list.line, list.inlineStart - (at[list.inlineStart - 1] === ' ' ? 1 : 0), list.line, inlineEnd),
        newText: '',
      });
    }
    edits.push(this.insertLines(list.lastLine + 1, lines));
    return edits;
  }

  /** Removes a list item or field with its value's lines; a comment on its line is kept as a comment line. */
  remove(path: Path): TextEdit[] {
    const entry = this.structure.entryAt(path);
    if (!entry) return [];
    const edits: TextEdit[] = [];
    const { lines } = this.structure;
    for (let line = entry.line; line <= entry.lastLine; line++) {
      const text = lines.lineText(line);
      if (/^\s*#/.test(text)) continue; // a comment line inside the value stays
      const code = stripComment(text);
      const comment = text.slice(code.length).trim();
      const next = { line: line + 1, character: 0 };
      const whole = line + 1 < lines.lineCount ? { start: { line, character: 0 }, end: next } : span(line, 0, line, text.length);
      edits.push({
        range: whole,
        newText: comment ? `${' '.repeat(entry.indent)}${comment}${line + 1 < lines.lineCount ? this.eol : ''}` : '',
      });
    }
    return mergeAdjacent(edits);
  }

  /** Replaces the value at `path` (a field's value or a list item) with a scalar. */
  replaceValue(path: Path, value: string): TextEdit[] {
    const entry = this.structure.entryAt(path);
    if (!entry) return [];
    const endLine = entry.lastLine;
    const end = endLine > entry.line ? this.structure.lines.lineText(endLine).length : entry.inlineStart + entry.inline.length;
    return [{ range: span(entry.line, entry.inlineStart, endLine, end), newText: yamlScalar(value) }];
  }

  /** Renames the key of the field at `path`. */
  replaceKey(path: Path, key: string): TextEdit[] {
    const entry = this.structure.entryAt(path);
    if (!entry || entry.kind !== 'key') return [];
    const text = this.structure.lines.lineText(entry.line);
    const colon = text.indexOf(':', entry.indent);
    return [{ range: span(entry.line, entry.indent, entry.line, colon < 0 ? text.length : colon), newText: yamlScalar(key) }];
  }

  /** The raw text of a list item or a field's inline value. */
  rawValue(path: Path): string | undefined {
    return this.structure.entryAt(path)?.inline;
  }

  private firstLineOfLeadingComments(entry: StructureEntry): number {
    let line = entry.line;
    while (line > 0 && /^\s*#/.test(this.structure.lines.lineText(line - 1))) line--;
    return line;
  }

  /** Inserts whole lines before `line` (or at the end of the text). */
  private insertLines(line: number, texts: string[]): TextEdit {
    const { lines } = this.structure;
    const block = texts.join(this.eol);
    if (line < lines.lineCount) {
      return { range: span(line, 0, line, 0), newText: block + this.eol };
    }
    const last = lines.lineCount - 1;
    const lastText = lines.lineText(last);
    // At the end: after the last line's content, starting a new line unless the text already ends with one.
    const position = { line: last, character: lastText.length };
    return { range: { start: position, end: position }, newText: (lastText.length ? this.eol : '') + block + this.eol };
  }
}

function lastKey(entry: StructureEntry): string {
  return String(entry.path[entry.path.length - 1]);
}

function span(startLine: number, startCharacter: number, endLine: number, endCharacter: number) {
  return { start: { line: startLine, character: startCharacter }, end: { line: endLine, character: endCharacter } };
}

/** Joins deletions of consecutive whole lines into one edit. */
function mergeAdjacent(edits: TextEdit[]): TextEdit[] {
  const merged: TextEdit[] = [];
  for (const edit of edits) {
    const last = merged[merged.length - 1];
    if (last && !last.newText && !edit.newText && last.range.end.line === edit.range.start.line && last.range.end.character === 0) {
      last.range = { start: last.range.start, end: edit.range.end };
    } else merged.push({ ...edit });
  }
  return merged;
}
