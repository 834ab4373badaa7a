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
  if (family) return family.name;
  // "UNHCR（国連難民高等弁務官事務所）", "国連児童基金（UNICEF）": an acronym glossed in brackets, or in brackets after its gloss.
  const glossed =
    /^([A-Z][A-Za-z-]{1,10})\s?[(\uff08][^()\uff08\uff09]{1,80}[)\uff09]$/.exec(name) ??
    /^[^()\uff08\uff09]{1,80}[(\uff08]([A-Z][A-Za-z-]{1,10})[)\uff09]$/.exec(name);
  const known = glossed ? organizationFamily(glossed[1]) : undefined;
  return known && families.families.some((entry) => entry.name === known) ? known : name;
}
