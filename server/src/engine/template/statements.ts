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
  const carrier = firstFor(statement.carriers, family);
  if (!carrier) return undefined;
  const text = filledIn(carrier.text, organization);
  return 'alsoPattern' in carrier && typeof carrier.alsoPattern === 'string'
    ? { text, alsoPattern: dataPattern(carrier.alsoPattern, 'i') }
    : { text };
}

/**
 * The organisation's standard reasonable-accommodation sentence, or undefined for an organisation without one; a UN
 * Secretariat office's is the Secretariat's (organization-families.json).
 */
export function accommodationSentence(organization: string): string | undefined {
  const statement = firstFor(accommodation.statements, organizationFamily(organization));
  return statement && filledIn(statement.text, organization);
}

/** The first entry whose `organizations` pattern matches an organisation's family. */
function firstFor<T extends { organizations: string }>(entries: readonly T[], family: string): T | undefined {
  return entries.find((entry) => dataPattern(entry.organizations).test(family));
}

/** A statement's sentence in the organisation's name. */
function filledIn(text: string, organization: string): string {
  return text.replace(/\{organization\}/g, organization);
}
