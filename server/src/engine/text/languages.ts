import languageNames from '../../../../schemas/vocabularies/languages.json';
import { escapeRegExp } from './patterns';

/** Each alias (lower case) → the language's English name (schemas/vocabularies/languages.json aliases). */
const canonical = new Map<string, string>();
for (const group of languageNames.aliases) for (const name of group) canonical.set(name.toLowerCase(), group[0]);

/** The English name of a language however a text writes it ("Kiswahili" → "Swahili", "英語" → "English"); else as given. */
export function languageName(name: string): string {
  const trimmed = name.trim();
  return canonical.get(trimmed.toLowerCase()) ?? trimmed;
}

/** Every name of the language `name` names, itself included. */
export function namesOf(name: string): string[] {
  const group = languageNames.aliases.find((names) => names[0] === languageName(name));
  return group ? [...group] : [name.trim()];
}

/** A pattern for one name as a word: no letter just before or after it (a Japanese name stands as written). */
function wordPattern(name: string): RegExp {
  return /^[\p{Script=Latin}\s]+$/u.test(name)
    ? new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'iu')
    : new RegExp(escapeRegExp(name), 'u');
}

/** Whether `text` names the language `name` under any of its names ("Swahili" is named by "Kiswahili is an asset"). */
export function namesLanguage(text: string, name: string): boolean {
  return namesOf(name).some((alias) => wordPattern(alias).test(text));
}

/** The languages `text` names under any alias, by English name, in text order, each with where it is first named. */
export function languagesNamedIn(text: string): { language: string; at: number }[] {
  const found = new Map<string, number>();
  for (const group of languageNames.aliases)
    for (const alias of group) {
      const at = text.search(wordPattern(alias));
      if (at >= 0 && (found.get(group[0]) ?? Infinity) > at) found.set(group[0], at);
    }
  return [...found].map(([language, at]) => ({ language, at })).sort((a, b) => a.at - b.at);
}
