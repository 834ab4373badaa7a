import accommodation from '../../../../schemas/accommodation-statements.json';
import closing from '../../../../schemas/closing-statements.json';
import { dataPattern } from '../text/patterns';
import { organizationFamily } from '../text/organizations';

/** One standard closing statement of closing-statements.json. */
export type ClosingStatement = (typeof closing.statements)[number];

/** What an organisation's postings carry of one statement: the sentence a fix appends, and its own other wordings. */
export interface StatementCarrier {
  text: string;
  /** The organisation's own wordings that state it too (UNOPS's line inviting female candidates states diversity). */
  alsoPattern?: RegExp;
}

/**
 * How the organisation's postings carry a standard closing statement, or undefined when they do not (no carrier of
 * closing-statements.json names it, so it is not asked for). A UN Secretariat office's are the Secretariat's
 * (organization-families.json).
 */
export function statementCarrier(statement: ClosingStatement, organization: string): StatementCarrier | undefined {
  const family = organizationFamily(organization);
  if ('notOrganizations' in statement && statement.notOrganizations && dataPattern(statement.notOrganizations).test(family))
    return undefined;
  const carrier = statement.carriers.find((c) => dataPattern(c.organizations).test(family));
  if (!carrier) return undefined;
  const text = carrier.text.replace(/\{organization\}/g, organization);
  return 'alsoPattern' in carrier && typeof carrier.alsoPattern === 'string'
    ? { text, alsoPattern: dataPattern(carrier.alsoPattern, 'i') }
    : { text };
}

/**
 * The organisation's standard reasonable-accommodation sentence, or undefined for an organisation without one; a UN
 * Secretariat office's is the Secretariat's (organization-families.json).
 */
export function accommodationSentence(organization: string): string | undefined {
  const family = organizationFamily(organization);
  const statement = accommodation.statements.find((s) => dataPattern(s.organizations).test(family));
  return statement?.text.replace(/\{organization\}/g, organization);
}
