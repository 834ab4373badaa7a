import closing from '../../../../schemas/closing-statements.json';
import type { Rule, RuleContext } from './rule';
import { dataPattern } from '../text/patterns';

/** The strings of a field that holds one text or a list of them (closing statements, notes). */
export function stringsOf(value: unknown): string[] {
  return (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === 'string');
}

/**
 * The texts that state a posting's standard statements: its closing statements, and the text of the fields the
 * posting publishes as written (closing-statements.json alsoIn, e.g. notes), less those that only list values or
 * competencies (notStatement). Both the closing-statement and the reasonable-accommodation checks read these.
 */
export function statementTexts(context: RuleContext): string[] {
  const listsValues = dataPattern(closing.notStatement, 'i');
  return [
    ...stringsOf(context.get(['closing_statements'])),
    ...closing.alsoIn.flatMap((key) => stringsOf(context.get([key]))).filter((text) => !listsValues.test(text.trim())),
  ];
}

/**
 * Checks the standard closing statements of a UN posting. It runs only once a posting has a
 * `closing_statements` section: the careers site adds these sentences itself, so a ToR without the
 * section (like the source postings) is not missing anything the author wrote.
 */
export const closingRules: Rule = {
  codes: ['closing-statement-missing'],
  check(context) {
    const organization = context.text(['organization'])?.trim();
    if (!organization || !dataPattern(closing.organizations).test(organization)) return;
    const value = context.get(['closing_statements']);
    if (value === undefined) return;
    const texts = statementTexts(context);
    for (const statement of closing.statements) {
      const patterns = [statement.pattern].flat().map((source) => dataPattern(source, 'i'));
      if (texts.some((text) => patterns.some((pattern) => pattern.test(text)))) continue;
      const sentence = statement.text.replace(/\{organization\}/g, organization);
      context.report(
        'closing-statement-missing',
        context.keyRange(['closing_statements']),
        { statement: statement.title, text: sentence },
        { path: ['closing_statements'], append: [sentence], statement: statement.id },
      );
    }
  },
};
