import accommodation from '../../../../schemas/accommodation-statements.json';
import { dataPattern } from '../text/patterns';
import { organizationFamily } from '../text/organizations';

/**
 * The organisation's standard reasonable-accommodation sentence, or undefined for an organisation without one; a UN
 * Secretariat office's is the Secretariat's (organization-families.json).
 */
export function accommodationSentence(organization: string): string | undefined {
  const family = organizationFamily(organization);
  const statement = accommodation.statements.find((s) => dataPattern(s.organizations).test(family));
  return statement?.text.replace(/\{organization\}/g, organization);
}
