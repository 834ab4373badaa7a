/** Small value formatters shared by every rendering. */

const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** `2024-11-08` → `November 8, 2024`, as the careers site prints deadlines; anything else unchanged. */
export function longDate(value: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return value;
  const month = months[Number(match[2]) - 1];
  return month ? `${month} ${Number(match[3])}, ${match[1]}` : value;
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
