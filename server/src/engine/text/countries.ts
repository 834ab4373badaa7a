// The library's entry without its locales: `i18n-iso-countries` itself loads all 80 of them.
import * as isoCountries from 'i18n-iso-countries/index';
import en from 'i18n-iso-countries/langs/en.json';
import ja from 'i18n-iso-countries/langs/ja.json';
import extraNames from '../../../../schemas/vocabularies/country-names.json';

isoCountries.registerLocale(en);
isoCountries.registerLocale(ja);

/** A name as it is compared: lower case, without accents, "the", full stops or extra spaces, with plain apostrophes. */
function nameKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[.\u3002]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/^the /, '')
    .trim();
}

interface CountryTables {
  byName: Map<string, string>;
  /** One English name per country, for a did-you-mean. */
  englishNames: string[];
  japaneseNames: string[];
}

let tables: CountryTables | undefined;

function countryTables(): CountryTables {
  if (tables) return tables;
  const byName = new Map<string, string>();
  const englishNames: string[] = [];
  const japaneseNames: string[] = [];
  const add = (code: string, names: readonly string[], into?: string[]) => {
    for (const name of names) {
      byName.set(nameKey(name), code);
      into?.push(name);
    }
  };
  for (const [code, names] of Object.entries(isoCountries.getNames('en', { select: 'all' }))) add(code, names, englishNames);
  for (const [code, names] of Object.entries(isoCountries.getNames('ja', { select: 'all' }))) add(code, names, japaneseNames);
  for (const [code, names] of Object.entries(extraNames)) if (Array.isArray(names)) add(code, names);
  return (tables = { byName, englishNames, japaneseNames });
}

/**
 * The ISO 3166-1 alpha-2 code of a country written as its English or Japanese name (any of the names ISO and the
 * UN use) or as its alpha-2 or alpha-3 code in capitals; undefined for anything else.
 */
export function countryCode(text: string): string | undefined {
  const trimmed = text.trim();
  if (/^[A-Z]{2}$/.test(trimmed) && isoCountries.isValid(trimmed)) return trimmed;
  if (/^[A-Z]{3}$/.test(trimmed)) {
    const code = isoCountries.alpha3ToAlpha2(trimmed);
    if (code) return code;
  }
  const { byName } = countryTables();
  const code = byName.get(nameKey(trimmed));
  if (code) return code;
  // ISO 3166's own order, as ReliefWeb and UN lists print it: "Lao People's Democratic Republic (the)", "Congo (the
  // Democratic Republic of the)", "Korea (the Republic of)".
  const iso = isoOrder.exec(trimmed);
  if (!iso) return undefined;
  const [, name, article] = iso;
  return byName.get(nameKey(name)) ?? (article ? byName.get(nameKey(`${article} ${name}`)) : undefined);
}

/** A name with its article or its leading words after it in brackets (group 2: the words, without "the"). */
const isoOrder = /^([^()]{2,60}?) \(the(?: ([^()]{1,60}))?\)$/;

/**
 * The codes of a field that names one country or several ("Jordan and Lebanon", "Kenya / Somalia"); undefined
 * unless every part is a country.
 */
export function countryCodes(text: string): string[] | undefined {
  const whole = countryCode(text);
  if (whole) return [whole];
  // Split on the separators alone and trim each part: a `\s*` around them would rescan a long run of spaces from
  // every start position (quadratic on a hostile line).
  const parts = text
    .split(/,|\/|;|\u3001|\u30fb|\band\b|&/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const codes = parts.map(countryCode);
  return codes.every((code): code is string => !!code) ? codes : undefined;
}

/** The country's English short name (ISO's first English name). */
export function countryName(code: string, language: 'en' | 'ja' = 'en'): string | undefined {
  return isoCountries.getName(code, language);
}

/** Every country's names in a language (each country's first name), for completion and a did-you-mean. */
export function countryNames(language: 'en' | 'ja'): readonly string[] {
  const { englishNames, japaneseNames } = countryTables();
  return language === 'ja' ? japaneseNames : englishNames;
}

/** Every name of every country, each with its alpha-2 code: the names a sentence may mention. */
export function allCountryNames(): ReadonlyMap<string, string> {
  return countryTables().byName;
}
