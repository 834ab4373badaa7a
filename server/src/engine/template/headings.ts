import sectionTitlesJa from '../../../../schemas/l10n/sections.ja.json';
import { schemaAtPath, titleOf, type SchemaNode } from './schemaStore';

const japaneseTitles = sectionTitlesJa as Record<string, string>;

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
  const fieldPath = [...path];
  const items: number[] = [];
  while (fieldPath.length && typeof fieldPath[fieldPath.length - 1] === 'number') items.unshift(fieldPath.pop() as number);
  const key = fieldPath[fieldPath.length - 1];
  const en = fieldPath.length ? titleOf(schemaAtPath(root, fieldPath), key) : 'The posting';
  const ja = (typeof key === 'string' && japaneseTitles[key]) || en;
  if (!items.length) return { en, ja };
  const item = items[items.length - 1] + 1;
  return { en: `${en}, item ${item}`, ja: `${ja} ${item}番目` };
}
