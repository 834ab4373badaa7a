/**
 * A header table that a PDF copy laid out with runs of spaces, two label/value pairs a row, as agencies' notices print
 * their facts:
 *
 *     Title of Post           Finance Associate            Category/grade:    G6
 *     Type of contract        Fixed-Term (FT), one year,   Duty Station:      Aden, Yemen
 *                             renewable
 *
 * Each row becomes one "Label<TAB>value" line a pair, and a line that only goes on a value (indented to where that value
 * starts) joins it. Any label the data knows counts, with or without its colon: the table is found by its shape, not by
 * an agency's wording.
 */

/** A cell of a row: its text and the column it starts at. */
interface Cell {
  text: string;
  at: number;
}

/** The cells of a line parted by runs of three spaces or more (or tabs), with their columns. */
function cellsOf(line: string): Cell[] {
  const cells: Cell[] = [];
  for (const match of line.matchAll(/\S+(?: {1,2}\S+)*/g)) cells.push({ text: match[0], at: match.index });
  return cells;
}

/** A pair read from a row: the label as written, its value, and the column the value starts at. */
interface Pair {
  label: string;
  value: string;
  valueAt: number;
}

/**
 * The pairs of a row when every cell is a label followed by its value, or a "Label: value" cell; else undefined.
 * `isLabel` says whether a text (without its colon) is a label the data knows.
 */
function pairsOf(cells: readonly Cell[], isLabel: (text: string) => boolean): Pair[] | undefined {
  const pairs: Pair[] = [];
  for (let index = 0; index < cells.length;) {
    const cell = cells[index];
    const next = cells[index + 1];
    if (isLabel(cell.text) && next && !isLabel(next.text)) {
      pairs.push({ label: cell.text.replace(/:$/, '').trimEnd(), value: next.text, valueAt: next.at });
      index += 2;
      continue;
    }
    // "Duty Station: Aden, Yemen": a cell that holds its label and value with one space between.
    const inline = /^([^:\s](?:[^:]{0,38}[^:\s])?) ?: (\S.*)$/.exec(cell.text);
    if (inline && isLabel(inline[1])) {
      pairs.push({ label: inline[1], value: inline[2], valueAt: cell.at + cell.text.indexOf(inline[2]) });
      index += 1;
      continue;
    }
    return undefined;
  }
  return pairs;
}

/**
 * Whether a row of one pair starts a table of such rows whose value goes on under itself: this row, a line that only
 * goes on its value (indented to where the value starts), and a row of one pair whose value starts in that column
 * ("Category/grade      National Officer" / "                    NO-B" / "Type of contract    Fixed-Term"). A column
 * of pairs whose values all fit on their lines is read as plain spaced labels.
 */
function alignedColumn(raw: readonly string[], index: number, first: Pair | undefined, isLabel: (text: string) => boolean): boolean {
  if (!first) return false;
  let goesOn = false;
  for (let next = index + 1; next < raw.length && raw[next].trim(); next++) {
    const cells = cellsOf(raw[next]);
    if (cells.length === 1 && Math.abs(cells[0].at - first.valueAt) <= 1 && !isLabel(cells[0].text)) {
      goesOn = true;
      continue;
    }
    const pairs = pairsOf(cells, isLabel);
    return goesOn && pairs?.length === 1 && Math.abs(pairs[0].valueAt - first.valueAt) <= 1;
  }
  return false;
}

/**
 * The rows of spaced header tables in `raw`, by line index, each as its "Label<TAB>value" lines; the lines that only
 * went on a value are left empty (in place). A table needs one row of two pairs at least, or rows of one pair whose
 * value goes on under itself (alignedColumn): one pair alone on a line is a plain spaced label, which readLabel reads
 * as it is.
 */
function spacedTableRows(raw: string[], isLabel: (text: string) => boolean): Map<number, string[]> {
  const rows = new Map<number, string[]>();
  for (let index = 0; index < raw.length; index++) {
    const pairs = pairsOf(cellsOf(raw[index]), isLabel);
    if (!pairs || (pairs.length < 2 && !alignedColumn(raw, index, pairs[0], isLabel))) continue;
    const block: { index: number; pairs: Pair[] }[] = [{ index, pairs }];
    // The table's rows after this one (pairs of one or more), and the lines that go on a value of the row above.
    for (let next = index + 1; next < raw.length && raw[next].trim(); next++) {
      const cells = cellsOf(raw[next]);
      const more = pairsOf(cells, isLabel);
      if (more?.length) {
        block.push({ index: next, pairs: more });
        continue;
      }
      // "                        renewable": every cell starts where a value of the row above starts.
      const above = block[block.length - 1].pairs;
      const goesOn = cells.map((cell) => above.findIndex((pair) => Math.abs(pair.valueAt - cell.at) <= 1));
      if (goesOn.some((at) => at < 0)) break;
      goesOn.forEach((at, cell) => (above[at].value = `${above[at].value} ${cells[cell].text}`));
      raw[next] = '';
    }
    for (const entry of block)
      rows.set(
        entry.index,
        entry.pairs.map((pair) => `${pair.label}\t${pair.value}`),
      );
    index = Math.max(index, ...block.map((entry) => entry.index));
  }
  return rows;
}

/**
 * A header table that puts each row's labels on one line and their values on the next, in the same columns:
 *
 *     Vacancy Notice No.         Title of Post
 *     TL/SC/2026/014             Logistics Associate
 *
 * Each such pair of lines becomes one "Label<TAB>value" line a column, a value going on under its own column on the
 * lines below; those lines are left empty (in place). Every cell of the first line must be a label the data knows,
 * and the values must start where the labels do.
 */
function stackedRows(raw: string[], isLabel: (text: string) => boolean, rows: Map<number, string[]>): void {
  for (let index = 0; index + 1 < raw.length; index++) {
    if (rows.has(index)) continue;
    const labels = cellsOf(raw[index]);
    if (labels.length < 2 || !labels.every((cell) => isLabel(cell.text))) continue;
    const values = cellsOf(raw[index + 1]);
    // "ポスト番号<TAB>機関名称<TAB>ポスト名称<TAB>勤務地" over "A-3<TAB>…": cells a copy parted with tabs are paired by their
    // order, since a tab's width does not keep the columns.
    const tabbed = raw[index].includes('\t') && raw[index + 1].includes('\t');
    const misplaced = (cell: Cell, at: number) => !tabbed && Math.abs(cell.at - labels[at].at) > 2;
    if (values.length !== labels.length || values.some((cell, at) => misplaced(cell, at) || isLabel(cell.text))) continue;
    const texts = values.map((cell) => cell.text);
    // "(Community Engagement)" under "Associate Field Officer": a value that goes on under its own column.
    let next = index + 2;
    for (; next < raw.length && raw[next].trim() && !tabbed; next++) {
      const more = cellsOf(raw[next]);
      const columns = more.map((cell) => labels.findIndex((label) => Math.abs(label.at - cell.at) <= 2));
      // (A labelled line, "Hardship level / Family type:  D / Non Family", is a field of its own.)
      if (more.some((cell, at) => columns[at] < 0 || isLabel(cell.text) || /^[^:]{1,40}:/.test(cell.text))) break;
      more.forEach((cell, at) => (texts[columns[at]] = `${texts[columns[at]]} ${cell.text}`));
      raw[next] = '';
    }
    rows.set(
      index,
      labels.map((label, at) => `${label.text.replace(/:$/, '').trimEnd()}\t${texts[at]}`),
    );
    raw[index + 1] = '';
    index = next - 1;
  }
}

/**
 * A ToR's schedule laid out in columns with runs of spaces, its first row the columns' names:
 *
 *      No.   Deliverable                                 Deadline          Payment
 *      1     Inception report with methodology           30 April 2026     15%
 *
 * Each row becomes one line of cells parted by tabs, as a pipe table's rows are read, so that the rows are not
 * unwrapped into one another; a line whose cells all start under columns of the row above goes on that row's cells
 * (a deliverable wrapped in its cell), and is left empty (in place). `isSchedule` says whether the names are a
 * schedule's columns; any other spaced text is left as it is.
 */
function scheduleRows(raw: string[], isSchedule: (names: string[]) => boolean, rows: Map<number, string[]>): void {
  for (let index = 0; index + 1 < raw.length; index++) {
    if (rows.has(index)) continue;
    const names = cellsOf(raw[index]);
    if (names.length < 3 || !isSchedule(names.map((cell) => cell.text))) continue;
    const block: { index: number; cells: string[] }[] = [];
    let next = index + 1;
    for (; next < raw.length && raw[next].trim() && !rows.has(next); next++) {
      const cells = cellsOf(raw[next]);
      const columns = cells.map((cell) => names.findIndex((name) => Math.abs(name.at - cell.at) <= 2));
      if (cells.length === names.length && Math.abs(cells[0].at - names[0].at) <= 2) {
        block.push({ index: next, cells: cells.map((cell) => cell.text) });
        continue;
      }
      const above = block[block.length - 1]?.cells;
      if (!above || columns.some((column) => column < 0)) break;
      cells.forEach((cell, at) => (above[columns[at]] = `${above[columns[at]]} ${cell.text}`));
      raw[next] = '';
    }
    if (!block.length) continue;
    rows.set(index, [names.map((cell) => cell.text).join('\t')]);
    for (const row of block) rows.set(row.index, [row.cells.join('\t')]);
    index = next - 1;
  }
}

/**
 * A ToR's schedule whose cells a copy parted with bars but without the table's outer bars (a web page's table pasted
 * as text, a deliverables table typed in an e-mail):
 *
 *     Deliverable | Duration (working days) | Deadline
 *     1. Inception report with indicator list and workplan | 8 days | 30 October 2026
 *
 * When the first row's cells name a schedule's columns (`isSchedule`), it and each row under it with as many cells
 * become one line of cells parted by tabs, as a spaced schedule's rows do; the table ends at the first other line.
 * (A row drawn with outer bars is read as a pipe table's row already; a line of facts parted by bars atop a job
 * board's page names no schedule's columns.)
 */
function barScheduleRows(raw: string[], isSchedule: (names: string[]) => boolean, rows: Map<number, string[]>): void {
  const barCells = (line: string) => (/^\s*\|/.test(line) || !line.includes(' | ') ? [] : line.split(' | ').map((cell) => cell.trim()));
  for (let index = 0; index + 1 < raw.length; index++) {
    if (rows.has(index)) continue;
    const names = barCells(raw[index]);
    if (names.length < 2 || names.some((name) => !name) || !isSchedule(names)) continue;
    let next = index + 1;
    const block: number[] = [];
    for (; next < raw.length && !rows.has(next); next++) {
      const cells = barCells(raw[next]);
      if (cells.length !== names.length) break;
      block.push(next);
    }
    if (!block.length) continue;
    rows.set(index, [names.join('\t')]);
    for (const row of block) rows.set(row, [barCells(raw[row]).join('\t')]);
    index = next - 1;
  }
}

/**
 * The text with its spaced header tables opened, one "Label<TAB>value" line a pair, and its spaced schedules one line
 * of tab-parted cells a row (before a hard-wrapped copy is unwrapped: a line with a tab is never joined to another).
 */
export function openSpacedTables(
  text: string,
  isLabel: (text: string) => boolean,
  isSchedule: (names: string[]) => boolean = () => false,
): string {
  const written = text.split(/\r\n|\r|\n/);
  const raw = [...written];
  const rows = spacedTableRows(raw, isLabel);
  stackedRows(raw, isLabel, rows);
  scheduleRows(raw, isSchedule, rows);
  barScheduleRows(raw, isSchedule, rows);
  if (!rows.size) return text;
  // (A line that only went on a value, left empty, goes.)
  return raw.flatMap((line, index) => rows.get(index) ?? (line || !written[index] ? [line] : [])).join('\n');
}
