import common from '../../../../schemas/import/common.json';
import { dataPattern } from '../text/patterns';
import { readPeriod } from './dates';
import { inferredField, type ReadText } from './generic';

/**
 * A section whose heading names the assignment's period ("Duration and location", "Timeframe", "Period of
 * performance") states it in its own words: "11.5 months, from 1 March 2026 to 15 February 2027. The consultant will be
 * based in …". Its leading length is the duration and its "from … to …" the start and end, where no label gave them;
 * the section stays where it is (common.json periodSection).
 */
const periodSection = common.periodSection;

export function inferFromPeriodSection(read: ReadText): void {
  const entries = read.entries;
  const has = (concept: string) => entries.some((entry) => entry.concept === concept && (entry.value || entry.lines?.length));
  const heading = dataPattern(periodSection.headingPattern, 'i');
  const length = dataPattern(periodSection.lengthPattern, 'i');
  for (const section of entries.filter((entry) => entry.kind === 'section' && entry.lines?.length && heading.test(entry.label))) {
    if (periodSection.notConcepts.includes(section.concept)) continue;
    const text = (section.lines ?? []).map((line) => line.text).join('\n');
    const stated = length.exec(text);
    if (stated && !has('duration')) entries.push(inferredField('duration', 'Duration', section.line, stated[1]));
    const { start, end } = readPeriod(text);
    if (start && !has('target_start_date')) entries.push(inferredField('target_start_date', 'Start date', section.line, start));
    if (end && !has('contract_end_date')) entries.push(inferredField('contract_end_date', 'End date', section.line, end));
  }
}
