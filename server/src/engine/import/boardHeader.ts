import common from '../../../../schemas/import/common.json';
import { countryCode } from '../text/countries';
import { dataPattern } from '../text/patterns';
import { inferredField, type ReadText } from './generic';

/**
 * An applicant-tracking page's header of cells under the title (Workable, Lever, Greenhouse and the boards that copy
 * them): "Amman, Amman Governorate, Jordan" / "Programmes" / "Full time" / "On-site". The cell of words between the
 * place and the working time is the team or department (the unit); a cell that names the workplace says whether the
 * work may be remote. Read where no field gives them; the lines stay in notes as written (common.json boardHeader).
 */
const boardHeader = common.boardHeader;

/** A board's place cell's first part: a name of capitalised words ("Berlin", "Cox's Bazar", "Port-au-Prince"). */
const boardPlace = /^\p{Lu}[\p{L}'\u2019-]*(?: \p{Lu}[\p{L}'\u2019-]*){0,3}$/u;

/** "Amman, Amman Governorate, Jordan", "Nairobi, Kenya": a place whose last part is a country. */
function isPlaceCell(line: string): boolean {
  const parts = line.split(',').map((part) => part.trim());
  return parts.length >= 2 && parts.length <= 4 && countryCode(parts[parts.length - 1]) !== undefined;
}

export function readBoardHeader(read: ReadText, text: string): void {
  const has = (concept: string) => read.entries.some((entry) => entry.concept === concept && (entry.value || entry.lines?.length));
  const lines = text.split(/\r\n|\r|\n/).map((line) => line.trim());
  const filled = (from: number, step: number) => {
    for (let at = from; at >= 0 && at < lines.length; at += step) if (lines[at]) return lines[at];
    return '';
  };
  const remote = dataPattern(boardHeader.remotePattern, 'i');
  const onSite = dataPattern(boardHeader.onSitePattern, 'i');
  const workingTime = dataPattern(boardHeader.workingTimePattern, 'i');
  const team = dataPattern(boardHeader.teamPattern);
  const unitLine = dataPattern(boardHeader.unitLinePattern);
  const workMode = dataPattern(boardHeader.workModeLabelPattern, 'i');
  // "Work Pattern: On-site": the value of a label of work mode, anywhere in the text, read as a field or kept as a line.
  const labelled = [
    ...read.entries
      .filter((entry) => entry.kind === 'field')
      .map((entry) => ({ label: entry.label, value: entry.value ?? '', line: entry.line })),
    ...read.lead.flatMap((lead) => {
      const cells = /^([^:\uff1a]{3,30})[:\uff1a]\s*(\S.*)$/.exec(lead.text.trim());
      return cells ? [{ label: cells[1], value: cells[2], line: lead.line }] : [];
    }),
  ];
  for (const { label, value, line } of labelled) {
    const mode = workMode.test(label.trim()) ? value.trim() : '';
    if (!has('remote_work_accepted') && mode && (remote.test(mode) || onSite.test(mode)))
      read.entries.push(inferredField('remote_work_accepted', label.trim(), line, remote.test(mode) ? 'Yes' : 'No'));
  }
  // "Location: Tokyo (office in Shinjuku-ku); hybrid, up to 2 days a week remote work": a part of the place's value that
  // names the workplace (the place read from it, its line kept under notes as written).
  for (const entry of read.entries) {
    if (entry.kind !== 'field' || entry.concept !== 'duty_station' || has('remote_work_accepted')) continue;
    const written = read.lead.filter((lead) => lead.line === entry.line).map((lead) => lead.text);
    const mode = [entry.value ?? '', ...written]
      .flatMap((value) => value.split(/[;,]/))
      .map((part) => part.trim())
      .find((part) => remote.test(part) || onSite.test(part));
    if (mode) read.entries.push(inferredField('remote_work_accepted', entry.label, entry.line, remote.test(mode) ? 'Yes' : 'No'));
  }
  for (const lead of read.lead.filter((line) => line.line <= boardHeader.withinLines)) {
    const cell = lead.text.trim();
    // "Berlin / Fundraising / Full-time / Hybrid", "Nairobi, Kenya · Programmes · Full time": the same cells on one line.
    const cells = cell.split(/\s[/\u00b7|\u2022]\s/).map((part) => part.trim());
    if (cells.length >= 3 && cells.length <= 5 && cells.some((part) => workingTime.test(part) || remote.test(part) || onSite.test(part))) {
      const [place, second] = cells;
      const parts = place.split(',').map((part) => part.trim());
      const named = boardPlace.test(parts[0]) && !workingTime.test(place) && !remote.test(place) && !onSite.test(place);
      if (named && !has('duty_station') && !countryCode(parts[0]))
        read.entries.push(inferredField('duty_station', 'Location', lead.line, parts[0]));
      if (named && parts.length > 1 && !has('country') && countryCode(parts[parts.length - 1]))
        read.entries.push(inferredField('country', 'Country', lead.line, parts[parts.length - 1]));
      if (named && !has('unit') && team.test(second) && !workingTime.test(second) && !remote.test(second) && !onSite.test(second))
        read.entries.push(inferredField('unit', 'Department', lead.line, second));
      const mode = cells.find((part) => remote.test(part) || onSite.test(part));
      if (mode && !has('remote_work_accepted'))
        read.entries.push(inferredField('remote_work_accepted', 'Workplace', lead.line, remote.test(mode) ? 'Yes' : 'No'));
      continue;
    }
    if (!has('remote_work_accepted') && (remote.test(cell) || onSite.test(cell)))
      read.entries.push(inferredField('remote_work_accepted', 'Workplace', lead.line, remote.test(cell) ? 'Yes' : 'No'));
    // (The text's lines are 1-based: the cells around this one are at line - 2 and line.)
    const before = filled(lead.line - 2, -1);
    const after = filled(lead.line, 1);
    if (!has('unit') && team.test(cell) && !countryCode(cell) && isPlaceCell(before) && workingTime.test(after))
      read.entries.push(inferredField('unit', 'Department', lead.line, cell));
    if (!has('unit') && unitLine.test(cell)) read.entries.push(inferredField('unit', 'Unit', lead.line, cell));
  }
}
