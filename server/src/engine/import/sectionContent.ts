import common from '../../../../schemas/import/common.json';
import un1999 from '../../../../schemas/catalogues/un-1999.json';
import unValues from '../../../../schemas/catalogues/un-values-behaviours.json';
import unhcr from '../../../../schemas/catalogues/unhcr.json';
import type { Entry, ReadText } from './generic';

/** A competency's name as compared: lower case, "&" as "and", without a level mark or what follows a colon or dash. */
function nameKey(text: string): string {
  return text
    .split(/[:\uff1a]|\s[-\u2013\u2014]\s/)[0]
    .replace(/\s\([A-Z]{1,2}\)$/, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/[.;,]$/, '');
}

/** Every framework's competency and value names the data knows: the catalogues and common.json competencyNames. */
const competencyNames = new Set(
  [
    ...[un1999, unValues, unhcr].flatMap((catalogue) =>
      Object.values(catalogue.groups).flatMap((group) => group.entries.map((entry) => entry.name)),
    ),
    ...common.nameSections.names,
    ...common.competencyNames,
  ].map(nameKey),
);

/** Whether a line names a competency or a value ("Teamwork", "Delivering results", "Integrity (C)", "Teamwork: …"). */
export function isCompetencyName(line: string): boolean {
  return competencyNames.has(nameKey(line));
}

/** A short line that groups names ("Core Competencies – behavioural indicators level 1", "Values:"), not a name itself. */
const groupLine = /^[^.]{0,80}(?:competenc|values\b|behaviou?r)[^.]{0,60}$/i;

/**
 * Sections known by what they hold where their heading is unknown ("Values expected of all IOM staff:" over a list of
 * names): a section of which most lines are competency names is the competencies, whatever agency's framework it
 * lists. A name the reader took for a heading of its own right after ("Accountability" / "Communication") goes back in the
 * list; a line that groups the names stays under notes, as written. In place.
 */
export function sectionsByContent(read: ReadText): void {
  for (let index = 0; index < read.entries.length; index++) {
    const entry = read.entries[index];
    if (entry.kind !== 'section' || entry.concept !== 'unknown' || !entry.lines) continue;
    const named = entry.lines.filter((line) => isCompetencyName(line.text)).length;
    if (named < 2 || named * 3 < entry.lines.length * 2) continue;
    entry.concept = 'competencies';
    // (The heading is the list's own: the names are placed, the heading stays noted.)
    read.lead.push({ text: entry.label, line: entry.line });
    const grouping = entry.lines.filter((line) => !isCompetencyName(line.text) && groupLine.test(line.text));
    for (const line of grouping) read.lead.push({ text: line.text, line: entry.line });
    entry.lines = entry.lines.filter((line) => !grouping.includes(line));
    for (let next: Entry | undefined = read.entries[index + 1]; next; next = read.entries[index + 1]) {
      const names =
        next.kind === 'section' && isCompetencyName(next.label) && (next.lines ?? []).every((line) => isCompetencyName(line.text));
      if (!names) break;
      entry.lines.push({ text: next.label.replace(/[:\uff1a]\s*$/, ''), bullet: false }, ...(next.lines ?? []));
      read.entries.splice(index + 1, 1);
    }
  }
}
