import languageRules from '../../../../schemas/language-requirements.json';
import type { Rule, RuleContext } from './rule';
import type { Path } from '../document/yamlNodes';
import { dataPattern } from '../text/patterns';
import { isRecord } from '../text/records';

function languagesNamed(context: RuleContext, path: Path): string[] {
  return context
    .list([...path, 'languages'])
    .map((entry) => (isRecord(entry) ? entry.language : undefined))
    .filter((name): name is string => typeof name === 'string')
    .map((name) => name.trim().toLowerCase());
}

/** A post that must name certain languages: a local post in Japan names its Japanese and English levels. */
function localRequirement(context: RuleContext): { country: string; languages: string[] } | undefined {
  const country = context.text(['country']);
  const affiliateType = context.text(['affiliate_type']) ?? '';
  return languageRules.localPosts.find(
    (rule) => rule.country.toLowerCase() === country?.trim().toLowerCase() && dataPattern(rule.affiliateTypes).test(affiliateType),
  );
}

function checkLanguageSkills(context: RuleContext, path: Path): void {
  const section = context.get(path);
  if (!section || typeof section !== 'object' || Array.isArray(section)) return;
  const named = languagesNamed(context, path);
  if (!named.length) {
    // A statement in the organisation's standard wording sets the levels itself, and one in the posting's own words
    // may give them ('TOEIC 860点以上', 'fluency in English'): language-requirements.json.
    const statement = context.text([...path, 'statement']) ?? '';
    const stated = [...languageRules.standardStatements, ...languageRules.levelStatements];
    if (!stated.some((source) => dataPattern(source, 'i').test(statement)))
      context.report('language-levels-missing', context.keyRange(path), {}, { path: [...path, 'languages'], missingKey: 'languages' });
    return;
  }
  const local = localRequirement(context);
  const missing = local?.languages.filter((language) => !named.includes(language.toLowerCase())) ?? [];
  if (local && missing.length) {
    context.report(
      'japan-language-levels',
      context.keyRange([...path, 'languages']),
      { country: local.country, languages: local.languages.join(' and '), missing: missing.join(' and ') },
      { path: [...path, 'languages'], missingLanguages: missing },
    );
  }
}

export const languageRulesFamily: Rule = {
  codes: ['language-levels-missing', 'japan-language-levels'],
  check(context) {
    for (const path of context.pathsOfKey('language_skills')) checkLanguageSkills(context, path);
  },
};
