import common from '../../../../schemas/import/common.json';
import { dataPattern } from '../text/patterns';
import type { ReadText } from './generic';

const aboutAssignment = dataPattern(common.scopeAssignmentPattern, 'i');

/**
 * A scope of work that opens with what the assignment is for and then leads into its tasks ("The consultant will assess
 * … and will propose a scorecard …" / "Specifically, the consultant will:" / a) … b) …): the paragraphs before the
 * lead-in line are the objectives, in a text with no section of its own for them. The lead-in and the tasks stay the
 * duties. Paragraphs that speak only of the office and its work ("The Chemicals and Health Branch … works with
 * governments …"), never of the assignment (common.json scopeAssignmentPattern), are its background instead, where the
 * text has none.
 */
export function objectivesBeforeTasks(read: ReadText, targets: Record<string, string>): void {
  const has = (concept: string) => read.entries.some((entry) => entry.concept === concept && (entry.value || entry.lines?.length));
  const duties = read.entries.find((entry) => entry.kind === 'section' && entry.concept === 'duties' && entry.lines?.length);
  const lines = duties?.lines ?? [];
  const leadIn = lines.findIndex((line) => /[:\uff1a]$/.test(line.text));
  if (!duties || leadIn < 1 || lines.length - leadIn < 3) return;
  const before = lines.slice(0, leadIn);
  if (before.some((line) => line.bullet || line.text.length < 60 || !/[.\u3002]$/.test(line.text))) return;
  const office = targets.background && !has('background') && !before.some((line) => aboutAssignment.test(line.text));
  const concept = office ? 'background' : 'objectives';
  if (!targets[concept] || has(concept)) return;
  duties.lines = lines.slice(leadIn);
  const at = read.entries.indexOf(duties);
  read.entries.splice(at, 0, {
    concept,
    label: duties.label,
    line: duties.line,
    kind: 'section',
    lines: before,
    moved: true,
  });
}
