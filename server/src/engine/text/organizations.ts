import families from '../../../../schemas/organization-families.json';
import { dataPattern } from './patterns';

/**
 * The organisation whose rules a posting's organisation follows (schemas/organization-families.json): a UN Secretariat
 * department, office, regional commission or mission ("Office of the High Commissioner for Human Rights", "UNMISS") is
 * the UN Secretariat; any other name is itself.
 */
export function organizationFamily(organization: string): string {
  const name = organization.trim();
  const family = families.families.find((entry) => entry.memberPatterns.some((source) => dataPattern(source, 'i').test(name)));
  return family?.name ?? name;
}
