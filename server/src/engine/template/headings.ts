import sectionTitlesJa from '../../../../schemas/l10n/sections.ja.json';
import { schemaAtPath, titleOf, type SchemaNode } from './schemaStore';

// A JSON import is typed by its literal keys; looked up by any field name, it is a string-to-string table.
const japaneseTitles: Readonly<Record<string, string | undefined>> = sectionTitlesJa;

/** A field's Japanese heading (schemas/l10n/sections.ja.json), where one exists. */
export function japaneseHeading(key: string): string | undefined {
  return japaneseTitles[key];
}

/** A field's heading in both languages: the template's title, and its Japanese heading where one exists. */
export interface Heading {
  en: string;
  ja: string;
}

/**
 * The heading a reader knows a value by: the field's title, and for a list item the list's title with the
 * item's number ("Duties, item 2" / "職務 2番目").
 */
export function headingAt(root: SchemaNode, path: readonly (string | number)[]): Heading {
  let end = path.length;
  while (end && typeof path[end - 1] === 'number') end--;
  const fieldPath = path.slice(0, end);
  const items = path.slice(end).filter((segment): segment is number => typeof segment === 'number');
  const key = fieldPath[fieldPath.length - 1];
  const en = fieldPath.length ? titleOf(schemaAtPath(root, fieldPath), key) : 'The posting';
  const ja = (typeof key === 'string' && japaneseTitles[key]) || en;
  if (!items.length) return { en, ja };
  const item = items[items.length - 1] + 1;
  return { en: `${en}, item ${item}`, ja: `${ja} ${item}番目` };
}
