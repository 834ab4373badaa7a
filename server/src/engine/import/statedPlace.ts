import { countryCode } from '../text/countries';
import { untilDate } from './dates';

/**
 * The country an office's or mission's own name ends with ("United Nations Multidimensional Integrated Stabilization
 * Mission in the Central African Republic", "UNICEF Office for Yemen", "Regional Bureau for Asia" names none): the
 * country after the last "in" or "for", when those words are a country's name (ISO 3166 names).
 */
export function countryInName(name: string): string | undefined {
  const tail =
    /\b(?:in|for) (?:the )?((?:[A-Z][\p{L}'\u2019.-]*|and|of|the)(?: (?:[A-Z][\p{L}'\u2019.-]*|and|of|the)){0,4})(?: \([A-Z]{2,12}\))?$/u.exec(
      name.trim(),
    );
  const country = tail?.[1].replace(/ (?:and|of|the)$/, '');
  return country && countryCode(country) ? country : undefined;
}

/**
 * The country of an office's line atop a text ("UNICEF C\u00f4te d'Ivoire", "UNDP Georgia", "IOM Niger Country Office"):
 * one of `organizations` (names, compared without case), then a country's name (ISO 3166 names), alone on one of the
 * text's first `lines` lines.
 */
export function officeLineCountry(text: string, organizations: readonly string[], lines = 8): string | undefined {
  const names = new Set(organizations.map((name) => name.trim().toLowerCase()).filter(Boolean));
  for (const line of text.split(/\r\n|\r|\n/).slice(0, lines)) {
    const words = line
      .trim()
      .replace(/ (?:Country |Field |Sub-)?Office$/, '')
      .split(/\s+/);
    if (words.length < 2 || words.length > 10) continue;
    for (let at = 1; at < words.length; at++) {
      const country = words.slice(at).join(' ');
      if (names.has(words.slice(0, at).join(' ').toLowerCase()) && countryCode(country)) return country;
    }
  }
  return undefined;
}

/**
 * The day a contract runs until, as a sentence on the opening states it ("This temporary job opening is for an
 * initial period of six months, until 31 May 2026, subject to …", "This position is temporarily available until 31 December
 * 2026."), in ISO form.
 */
export function contractEndStated(text: string): string | undefined {
  const sentence =
    /\b(?:job opening|appointment|assignment|contract|position|post)s? (?:is|will be|runs) (?:for|from|(?:temporarily )?available)\b[^.\n]{0,80}?\buntil\b[^.\n]{0,30}/i.exec(
      text,
    );
  return sentence ? untilDate(sentence[0]) : undefined;
}
