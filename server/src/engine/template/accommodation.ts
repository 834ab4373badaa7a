import accommodation from '../../../../schemas/accommodation-statements.json';
import { dataPattern } from '../text/patterns';

/** The organisation's standard reasonable-accommodation sentence, or undefined for an organisation without one. */
export function accommodationSentence(organization: string): string | undefined {
  const statement = accommodation.statements.find((s) => dataPattern(s.organizations).test(organization));
  return statement?.text.replace(/\{organization\}/g, organization);
}
