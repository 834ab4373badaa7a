/** Positions and ranges in the LSP's shape (0-based line, UTF-16 character), as plain data. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** Converts between string offsets and line/character positions of one text. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];

  constructor(readonly text: string) {
    if (!text.includes('\r')) {
      // The common case, found by the engine's own search rather than a loop over every character.
      for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) this.lineStarts.push(i + 1);
      return;
    }
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      // A lone \r ends a line too, as it does for VS Code and the LSP.
      if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) this.lineStarts.push(i + 1);
    }
  }

  /**
   * The index of `text`, made from the index of the text before a change that added and removed no line break: the
   * lines starting at or after `end` (where the removed characters ended) move by `delta`.
   */
  static afterChange(previous: LineIndex, text: string, end: number, delta: number): LineIndex {
    const index: LineIndex = Object.create(LineIndex.prototype) as LineIndex;
    const lineStarts = previous.lineStarts.slice();
    for (let line = lineStarts.length - 1; line > 0 && lineStarts[line] >= end; line--) lineStarts[line] += delta;
    Object.assign(index, { text, lineStarts });
    return index;
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid] <= clamped) low = mid;
      else high = mid - 1;
    }
    // An offset between \r and \n belongs to the line break: it maps to the end of the line's content.
    return { line: low, character: Math.min(clamped, this.lineEnd(low)) - this.lineStarts[low] };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.lineStarts.length) return this.text.length;
    return Math.min(this.lineStarts[position.line] + Math.max(0, position.character), this.lineEnd(position.line));
  }

  range(start: number, end: number): Range {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }

  /** Offset of the end of a line's content, before its line break. */
  lineEnd(line: number): number {
    let end = line + 1 < this.lineStarts.length ? this.lineStarts[line + 1] : this.text.length;
    while (end > this.lineStarts[line] && (this.text[end - 1] === '\n' || this.text[end - 1] === '\r')) end--;
    return end;
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }

  /** The range of a whole line's content. */
  lineRange(line: number): Range {
    return this.range(this.lineStart(line), this.lineEnd(line));
  }
}
