import { agrees, describeEnd, periodIn } from './periods';
import { phraseRange, textsAt } from './postingText';
import type { Rule, RuleContext } from './rule';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

function dateAt(context: RuleContext, key: string): string | undefined {
  const value = context.text([key]);
  return value && isoDate.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** An ISO date moved by a number of days. */
function shiftDays(date: string, days: number): string {
  const moved = new Date(`${date}T00:00:00Z`);
  moved.setUTCDate(moved.getUTCDate() + days);
  return moved.toISOString().slice(0, 10);
}

/** Length of a term whose last day is `end`, in months; a started month counts as a month. */
export function termMonths(start: string, end: string): number {
  const from = new Date(`${start}T00:00:00Z`);
  const after = new Date(`${end}T00:00:00Z`);
  after.setUTCDate(after.getUTCDate() + 1); // the end date is the term's last day
  let months = (after.getUTCFullYear() - from.getUTCFullYear()) * 12 + (after.getUTCMonth() - from.getUTCMonth());
  if (after.getUTCDate() > from.getUTCDate()) months += 1;
  return months;
}

/** A period written in the notes ("from January to October 2025") must agree with the date fields. */
function checkWrittenPeriod(context: RuleContext, start: string | undefined, end: string | undefined): void {
  for (const { path, text } of [...textsAt(context, ['position_notes']), ...textsAt(context, ['notes'])]) {
    const period = periodIn(text);
    if (!period) continue;
    const fields = [
      { date: start, written: period.start, field: 'Target Start Date', key: 'target_start_date' },
      { date: end, written: period.end, field: 'Contract End Date', key: 'contract_end_date' },
    ];
    for (const { date, written, field, key } of fields) {
      if (!date || agrees(written, date)) continue;
      context.report(
        'period-disagrees-with-dates',
        phraseRange(context, path, period.phrase),
        { period: period.phrase, written: describeEnd(written), field, date },
        { path, field: key },
      );
    }
    return; // one written period per posting is enough to compare
  }
}

export const dateRules: Rule = {
  codes: ['deadline-after-start', 'end-before-start', 'term-too-long', 'period-disagrees-with-dates'],
  check(context) {
    const start = dateAt(context, 'target_start_date');
    const deadline = dateAt(context, 'deadline');
    const end = dateAt(context, 'contract_end_date');
    if (start && deadline && deadline >= start) {
      // Either date may be the wrong one: the fixes move the deadline before the start, or the start after the deadline.
      const setValues = [
        { path: ['deadline'], value: shiftDays(start, -1), title: 'moveDeadline' as const },
        { path: ['target_start_date'], value: shiftDays(deadline, 1), title: 'moveStart' as const },
      ];
      context.report('deadline-after-start', context.valueRange(['deadline']), { deadline, start }, { path: ['deadline'], setValues });
    }
    if (start && end && end <= start) {
      context.report('end-before-start', context.valueRange(['contract_end_date']), { end, start }, { path: ['contract_end_date'] });
    }
    const max = context.profile.maxTermMonths;
    if (start && end && end > start && max !== undefined) {
      const months = termMonths(start, end);
      if (months > max) {
        context.report(
          'term-too-long',
          context.valueRange(['contract_end_date']),
          { months, max, profile: context.profile.title },
          { path: ['contract_end_date'] },
        );
      }
    }
    checkWrittenPeriod(context, start, end);
  },
};
