import gradeTable from '../../../../schemas/grade-requirements.json';
import { builtPattern, dataPattern } from '../text/patterns';
import { countOf, numberWordAlternation } from '../text/numbers';

const yearsPattern = builtPattern(
  'requirements: years of experience',
  `\\b(\\d{1,2}|${numberWordAlternation})\\b\\s*(?:\\(\\d{1,2}\\)\\s*)?(?:\\+\\s*)?(?:or more\\s+)?years?\\b`,
  'i',
);

/** The years of experience a requirement asks for: "Minimum two years …" → 2, "at least 5 years" → 5. */
export function yearsIn(text: string): number | undefined {
  return yearsPhraseIn(text)?.years;
}

/** The years and the words that say them ("two years"). */
export function yearsPhraseIn(text: string): { years: number; phrase: string } | undefined {
  const match = yearsPattern.exec(text);
  if (!match) return undefined;
  const years = countOf(match[1]);
  return years === undefined ? undefined : { years, phrase: match[0] };
}

export type Degree = keyof typeof gradeTable.degrees;

/** Highest first: a posting asking for a Master's is read as asking for a graduate degree. */
export const degreesHighestFirst = Object.keys(gradeTable.degrees) as Degree[]; // Object.keys types keys as string[]

/** The highest degree an education requirement names, or undefined. */
export function degreeIn(text: string): Degree | undefined {
  return degreesHighestFirst.find((degree) => dataPattern(gradeTable.degrees[degree], 'i').test(text));
}

/** A grade as the grade table spells it: "P-3" → "P3", "GS-6" → "G6", "NO-B" → "NOB". */
export function normalizeGrade(grade: string): string {
  const compact = grade.toUpperCase().replace(/[\s-]+/g, '');
  return compact.replace(/^GS(\d)/, 'G$1').replace(/^NPO/, 'NO');
}
