import type { Position, Range, TextDocument } from 'vscode-languageserver-textdocument';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver/node';

/**
 * An open document that applies the editor's incremental changes without copying its whole text on each key.
 *
 * The library's document (vscode-languageserver-textdocument) makes a new string per change and reads a character of
 * it at once, which makes V8 copy the whole text into a flat string: 206 KB per key on a large posting, and as much
 * garbage. Here the text is a `base` (the text as it was when the author started typing at this place) and one edit
 * of it (`start`..`end` of the base replaced by `inserted`): the keys typed at one place are folded into that edit, so
 * each costs the length of what was typed, not of the document. The whole text is joined only when someone reads it
 * (`getText`), and a check sends the worker only the edit of a base it already holds (checkPool.ts).
 *
 * Line offsets are kept up to date as the library keeps them; positions, offsets and the text read are the library's
 * for every stream of changes (test/unit/editedDocument.test.ts compares both on random edit streams).
 */
export interface BaseEdit {
  /** Identifies the base text: a new one each time the document starts from another base. */
  baseId: number;
  base: string;
  /** Offsets in the base; undefined when the text is the base. */
  edit?: { start: number; end: number; inserted: string };
}

/** An edit longer than this starts a new base (the worker would otherwise be sent a long insertion with each check). */
const maxInsertedChars = 4096;

const lineFeed = 10;
const carriageReturn = 13;
let lastBaseId = 0;

function isEol(code: number): boolean {
  return code === carriageReturn || code === lineFeed;
}

/** The offsets where lines start in `text` (the first line's only if `atLineStart`), shifted by `offset`. */
function lineOffsetsOf(text: string, atLineStart: boolean, offset = 0): number[] {
  const result = atLineStart ? [offset] : [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (isEol(code)) {
      if (code === carriageReturn && i + 1 < text.length && text.charCodeAt(i + 1) === lineFeed) i++;
      result.push(offset + i + 1);
    }
  }
  return result;
}

function wellFormed(range: Range): Range {
  const { start, end } = range;
  return start.line > end.line || (start.line === end.line && start.character > end.character) ? { start: end, end: start } : range;
}

/** A character beyond Latin-1: V8 holds a string with one at two bytes per character. */
const beyondLatin1 = /[\u0100-\uffff]/;
/** No lone surrogate, which UTF-8 cannot hold (String.prototype.isWellFormed: Node 20 has it, the ES2022 typings not). */
const isWellFormed = (text: string): boolean => (text as string & { isWellFormed(): boolean }).isWellFormed();

export class EditedDocument implements TextDocument {
  /** The base text; undefined while it is kept packed (compact). */
  private baseText: string | undefined;
  /** The base's UTF-8 bytes, one Latin-1 character each, while the document is compact. */
  private packedBase: string | undefined;
  private baseLength: number;
  private baseId: number;
  /** Base offsets: base[start, end) reads `inserted` in the text. */
  private start = 0;
  private end = 0;
  private inserted = '';
  private edited = false;
  private joined: string | undefined;
  private lineOffsets: number[] | undefined;

  constructor(
    readonly uri: string,
    readonly languageId: string,
    private currentVersion: number,
    content: string,
  ) {
    this.baseText = content;
    this.baseLength = content.length;
    this.baseId = ++lastBaseId;
  }

  private get base(): string {
    if (this.baseText === undefined) {
      this.baseText = Buffer.from(this.packedBase ?? '', 'latin1').toString('utf8');
      this.packedBase = undefined;
    }
    return this.baseText;
  }

  /**
   * Keeps the text in about half the memory until it is read again, when that is so: a text with a character beyond
   * Latin-1 (a dash, a curly quote) is held by V8 at two bytes per character, and as UTF-8 such a text in a Western
   * language takes little more than one. The server compacts its open documents when it is idle (compactTexts): with
   * 200 postings open, most are not read again until they are edited, and the next read decodes the text once (a few
   * microseconds for a posting of seed size). A document being edited keeps its text. `scratch` holds the UTF-8 bytes
   * on their way (three bytes a character at most).
   */
  compact(scratch: Buffer): void {
    const text = this.baseText;
    if (this.edited || text === undefined || !beyondLatin1.test(text) || !isWellFormed(text) || scratch.length < 3 * text.length) return;
    const bytes = scratch.write(text, 'utf8');
    // Japanese, for one, takes three bytes a character in UTF-8: such a text stays as it is.
    if (bytes > text.length * 1.5) return;
    this.packedBase = scratch.toString('latin1', 0, bytes);
    this.baseText = undefined;
    this.joined = undefined;
  }

  /** The characters of the text as it stands (what compact needs room for). */
  get baseCharacters(): number {
    return this.baseText?.length ?? 0;
  }

  get version(): number {
    return this.currentVersion;
  }

  get lineCount(): number {
    return this.getLineOffsets().length;
  }

  /** The text's length, without joining it. */
  get length(): number {
    return this.baseLength - (this.end - this.start) + this.inserted.length;
  }

  /** The base and the edit of it that make the text now (what a check sends to a worker that holds the base). */
  baseEdit(): BaseEdit {
    return this.edited
      ? { baseId: this.baseId, base: this.base, edit: { start: this.start, end: this.end, inserted: this.inserted } }
      : { baseId: this.baseId, base: this.base };
  }

  getText(range?: Range): string {
    if (this.joined === undefined) {
      this.joined = this.edited ? this.base.slice(0, this.start) + this.inserted + this.base.slice(this.end) : this.base;
    }
    if (!range) return this.joined;
    return this.joined.substring(this.offsetAt(range.start), this.offsetAt(range.end));
  }

  /** The character code at `offset` of the text, read from the base or the edit (nothing joined). */
  private codeAt(offset: number): number {
    if (offset < 0 || offset >= this.length) return NaN;
    if (!this.edited || offset < this.start) return this.base.charCodeAt(offset);
    const afterStart = offset - this.start;
    if (afterStart < this.inserted.length) return this.inserted.charCodeAt(afterStart);
    return this.base.charCodeAt(this.end + afterStart - this.inserted.length);
  }

  /** The text between two offsets (near the edit: a few characters), read without joining the whole text. */
  private slice(from: number, to: number): string {
    if (from >= to) return '';
    const insertedEnd = this.start + this.inserted.length;
    if (!this.edited || to <= this.start) return this.base.slice(from, to);
    if (from >= insertedEnd) return this.base.slice(this.end + from - insertedEnd, this.end + to - insertedEnd);
    const head = from < this.start ? this.base.slice(from, this.start) : '';
    const middle = this.inserted.slice(Math.max(0, from - this.start), Math.min(this.inserted.length, to - this.start));
    const tail = to > insertedEnd ? this.base.slice(this.end, this.end + to - insertedEnd) : '';
    return head + middle + tail;
  }

  private getLineOffsets(): number[] {
    this.lineOffsets ??= lineOffsetsOf(this.getText(), true);
    return this.lineOffsets;
  }

  positionAt(offset: number): Position {
    offset = Math.max(Math.min(offset, this.length), 0);
    const lineOffsets = this.getLineOffsets();
    let low = 0;
    let high = lineOffsets.length;
    if (high === 0) return { line: 0, character: offset };
    while (low < high) {
      const middle = Math.floor((low + high) / 2);
      if (lineOffsets[middle] > offset) high = middle;
      else low = middle + 1;
    }
    const line = low - 1;
    offset = this.beforeEol(offset, lineOffsets[line]);
    return { line, character: offset - lineOffsets[line] };
  }

  offsetAt(position: Position): number {
    const lineOffsets = this.getLineOffsets();
    if (position.line >= lineOffsets.length) return this.length;
    if (position.line < 0) return 0;
    const lineOffset = lineOffsets[position.line];
    if (position.character <= 0) return lineOffset;
    const nextLineOffset = position.line + 1 < lineOffsets.length ? lineOffsets[position.line + 1] : this.length;
    const offset = Math.min(lineOffset + position.character, nextLineOffset);
    return this.beforeEol(offset, lineOffset);
  }

  getLineRange(line: number): Range {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length) {
      const lastLine = lineOffsets.length - 1;
      return { start: { line: lastLine, character: 0 }, end: { line: lastLine, character: this.length - lineOffsets[lastLine] } };
    }
    if (line < 0) return { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
    const startOffset = lineOffsets[line];
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    const endOffset = this.beforeEol(nextLineOffset, startOffset);
    return { start: { line, character: 0 }, end: { line, character: endOffset - startOffset } };
  }

  getEOLCharacters(line: number): string {
    const lineOffsets = this.getLineOffsets();
    if (line >= lineOffsets.length || line < 0) return '';
    const nextLineOffset = line + 1 < lineOffsets.length ? lineOffsets[line + 1] : this.length;
    return this.slice(this.beforeEol(nextLineOffset, lineOffsets[line]), nextLineOffset);
  }

  private beforeEol(offset: number, lineOffset: number): number {
    while (offset > lineOffset && isEol(this.codeAt(offset - 1))) offset--;
    return offset;
  }

  update(changes: readonly TextDocumentContentChangeEvent[], version: number): void {
    for (const change of changes) {
      if ('range' in change && change.range) this.applyIncremental(wellFormed(change.range), change.text);
      else this.reset(change.text);
    }
    this.currentVersion = version;
  }

  private reset(text: string): void {
    this.newBase(text);
    this.lineOffsets = undefined;
  }

  private applyIncremental(range: Range, text: string): void {
    const from = this.offsetAt(range.start);
    const to = this.offsetAt(range.end);
    this.joined = undefined;
    this.replace(from, to, text);
    const insertedEnd = from + text.length;
    const crlfAtStart = this.codeAt(from - 1) === carriageReturn && this.codeAt(from) === lineFeed;
    const crlfAtEnd = this.codeAt(insertedEnd - 1) === carriageReturn && this.codeAt(insertedEnd) === lineFeed;
    if (crlfAtStart || crlfAtEnd) {
      // A CRLF pair across an edit boundary is not in the inserted text's line offsets: they are read again.
      this.lineOffsets = undefined;
      return;
    }
    const lineOffsets = this.lineOffsets;
    if (!lineOffsets) return;
    const startLine = Math.max(range.start.line, 0);
    const endLine = Math.max(range.end.line, 0);
    const added = lineOffsetsOf(text, false, from);
    if (endLine - startLine === added.length) {
      for (let i = 0; i < added.length; i++) lineOffsets[i + startLine + 1] = added[i];
    } else {
      this.lineOffsets = [...lineOffsets.slice(0, startLine + 1), ...added, ...lineOffsets.slice(endLine + 1)];
    }
    const diff = text.length - (to - from);
    const offsets = this.lineOffsets;
    if (diff !== 0 && offsets) {
      for (let i = startLine + 1 + added.length; i < offsets.length; i++) offsets[i] += diff;
    }
  }

  /**
   * Replaces the text's [from, to) by `text`: folded into the edit when it touches it (typing, deleting at one place),
   * else the text is joined once and becomes a new base with this change as its edit.
   */
  private replace(from: number, to: number, text: string): void {
    if (!this.edited) {
      this.setEdit(from, to, text);
      return;
    }
    const insertedEnd = this.start + this.inserted.length;
    if (from <= insertedEnd && to >= this.start && this.inserted.length + text.length <= maxInsertedChars) {
      // In the text's offsets the edit spans [start, insertedEnd); the change widens it to [low, high).
      const low = Math.min(from, this.start);
      const high = Math.max(to, insertedEnd);
      const inserted = this.slice(low, from) + text + this.slice(to, high);
      this.end += high - insertedEnd;
      this.start = low;
      this.inserted = inserted;
      return;
    }
    this.newBase(this.getText());
    this.setEdit(from, to, text);
  }

  private setEdit(from: number, to: number, text: string): void {
    this.edited = true;
    this.start = from;
    this.end = to;
    this.inserted = text;
    this.joined = undefined;
    // A long insertion (a paste) is joined into a base of its own at once.
    if (text.length > maxInsertedChars) this.newBase(this.getText());
  }

  private newBase(text: string): void {
    this.baseText = text;
    this.packedBase = undefined;
    this.baseLength = text.length;
    this.baseId = ++lastBaseId;
    this.edited = false;
    this.start = this.end = 0;
    this.inserted = '';
    this.joined = undefined;
  }
}

/**
 * Compacts the texts of `documents` (EditedDocument.compact). Their bytes pass through one buffer, which is dropped
 * afterwards: a buffer per text would leave as many freed blocks in malloc's heap, which it keeps.
 */
export function compactTexts(documents: readonly EditedDocument[]): void {
  const longest = documents.reduce((most, document) => Math.max(most, document.baseCharacters), 0);
  if (!longest) return;
  const scratch = Buffer.allocUnsafeSlow(3 * longest);
  for (const document of documents) document.compact(scratch);
}

/** For `new TextDocuments(editedDocuments)`: documents that are EditedDocument. */
export const editedDocuments = {
  create: (uri: string, languageId: string, version: number, content: string): EditedDocument =>
    new EditedDocument(uri, languageId, version, content),
  update(document: EditedDocument, changes: TextDocumentContentChangeEvent[], version: number): EditedDocument {
    document.update(changes, version);
    return document;
  },
};
