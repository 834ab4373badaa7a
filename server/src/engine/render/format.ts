/** Small value formatters shared by every rendering. */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-11-08` → `November 8, 2024`, as the careers site prints deadlines; anything else unchanged. */
export function longDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const month = months[Number(match[2]) - 1];
  return month ? `${month} ${Number(match[3])}, ${match[1]}` : value;
}

/** The date format of exports when a project sets none (`.postingrc.yaml` `dateFormat`): 10 February 2025. */
export const defaultDateFormat = 'd MMMM yyyy';

/** The form a Japanese posting prints a date in, whatever the project's format: 2025年2月10日. */
export const japaneseDateFormat = 'yyyy年M月d日';

/**
 * `2025-02-10` in a date pattern: `yyyy` `yy` year, `MMMM` month name, `MMM` its first three letters, `MM` `M` month
 * number, `dd` `d` day; any other text is kept. A value that is not a calendar date is returned unchanged.
 */
export function formatDate(value: string, pattern: string = defaultDateFormat): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const [month, day] = [Number(match[2]), Number(match[3])];
  const name = months[month - 1];
  if (!name || day < 1 || day > 31) return value;
  const tokens: Record<string, string> = {
    yyyy: match[1],
    yy: match[1].slice(2),
    MMMM: name,
    MMM: name.slice(0, 3),
    MM: match[2],
    M: String(month),
    dd: match[3],
    d: String(day),
  };
  return pattern.replace(/yyyy|yy|MMMM|MMM|MM|M|dd|d/g, (token) => tokens[token]);
}

/** Whether a value is a calendar date as YAML and the schema write it (YYYY-MM-DD, or a parsed Date). */
export function isIsoDate(value: unknown): boolean {
  return value instanceof Date || (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value));
}

/** A scalar as text: dates stay ISO, booleans read Yes/No as on the careers site. */
export function scalarText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') return '';
  return String(value);
}

/** Folded YAML text → its paragraphs (a blank line in the source becomes one line break). */
export function paragraphsOf(value: unknown): string[] {
  return scalarText(value)
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean);
}

/** Joins items as a sentence: `a, b, and c` when lastJoin is ', and '. */
export function joinItems(items: string[], join = ', ', lastJoin = join): string {
  if (items.length < 2) return items.join('');
  return `${items.slice(0, -1).join(join)}${lastJoin}${items[items.length - 1]}`;
}

const htmlEscapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => htmlEscapes[c]);
}

/** What an export says when the posting holds no text at all, rather than being an empty file. */
export const emptyExportLine = '(Nothing to export: the posting has no title, fields or sections with text yet.)';
