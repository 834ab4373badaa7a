import accommodation from '../../../../schemas/accommodation-statements.json';
import { accommodationSentence } from '../template/statements';
import { inclusionCodes, inclusionFindings } from '../wording/inclusion';
import { spanOf } from '../wording/freeText';
import { dataPattern } from '../text/patterns';
import { sponsorsNotice, statementTexts } from './closing';
import type { Rule, RuleContext } from './rule';

function inclusiveWording(context: RuleContext): void {
  const title = context.text(['title']) ?? '';
  for (const finding of inclusionFindings(context.freeTexts('freeText'), context.profile.id, title)) {
    context.report(
      finding.code,
      context.lines.range(...spanOf(finding.text, finding.start, finding.end)),
      { text: finding.text.value.slice(finding.start, finding.end), instead: finding.instead },
      { path: finding.text.path, category: finding.category },
    );
  }
}

/** Whether statement texts (closing.ts statementTexts) hold a reasonable-accommodation sentence in any wording. */
export function hasAccommodationStatement(texts: readonly string[]): boolean {
  const pattern = dataPattern(accommodation.pattern, 'i');
  return texts.some((text) => pattern.test(text));
}

/**
 * Like the other closing statements (closing.ts), checked only once a posting has a `closing_statements` section of
 * an organisation with a standard sentence, and read from the same statement texts (a sentence kept under notes counts).
 */
function accommodationStatement(context: RuleContext): void {
  const organization = context.text(['organization'])?.trim();
  const value = context.get(['closing_statements']);
  if (!organization || value === undefined || sponsorsNotice(context)) return;
  const sentence = accommodationSentence(organization);
  if (!sentence || hasAccommodationStatement(statementTexts(context))) return;
  context.report(
    'accommodation-statement-missing',
    context.keyRange(['closing_statements']),
    { text: sentence },
    { path: ['closing_statements'], append: [sentence], statement: 'reasonable-accommodation' },
  );
}

/** Inclusive wording beyond gender, and the reasonable-accommodation statement. */
export const inclusionRules: Rule = {
  codes: [...inclusionCodes, 'accommodation-statement-missing'],
  check(context) {
    inclusiveWording(context);
    accommodationStatement(context);
  },
};
