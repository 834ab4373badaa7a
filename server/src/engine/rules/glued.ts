import { findGluedWords, misspeltAcronyms, siteNamesIn, standaloneAcronyms } from '../wording/glued';
import { valuePlacer } from './postingText';
import type { Rule, RuleContext } from './rule';

/** Fields that hold identifiers, addresses or settings rather than prose. */
const notProse = new Set(['$schema', 'profile', 'job_id', 'email', 'url', 'apply_url', 'website', 'link']);

type ProseTexts = ReturnType<RuleContext['allTexts']>;

function gluedWords(context: RuleContext, texts: ProseTexts, acronyms: ReadonlySet<string>): void {
  // Addresses are read in every field, identifiers included: a page's 'url: https://unjobs.org/…' names the site.
  const siteNames = siteNamesIn(context.allTexts().map(({ text }) => text));
  for (const { path, text } of texts) {
    const found = findGluedWords(text, acronyms, undefined, siteNames);
    if (!found.length) continue;
    const place = valuePlacer(context, path, text);
    if (!place) continue;
    for (const glued of found) {
      const range = place(glued.start, glued.end);
      context.report(
        'glued-words',
        range,
        { text: text.slice(glued.start, glued.end), split: glued.split },
        { path, replacement: glued.split },
      );
    }
  }
}

/** An organisation's acronym a letter away from how the posting spells it elsewhere ('UNCR' for 'UNHCR'). */
function misspeltOrganizationAcronyms(context: RuleContext, texts: ProseTexts, acronyms: ReadonlySet<string>): void {
  for (const { path, text } of texts) {
    const found = misspeltAcronyms(text, acronyms);
    if (!found.length) continue;
    const place = valuePlacer(context, path, text);
    if (!place) continue;
    for (const typo of found) {
      context.report(
        'misspelt-organization-acronym',
        place(typo.start, typo.end),
        { text: text.slice(typo.start, typo.end), acronym: typo.acronym },
        { path, replacement: typo.acronym },
      );
    }
  }
}

/** Words run together by a copy-paste, with a fix that splits them; an organisation's acronym with a letter wrong. */
export const gluedRules: Rule = {
  codes: ['glued-words', 'misspelt-organization-acronym'],
  check(context) {
    // The prose and the acronyms it uses on their own, read once for both checks.
    const texts = context.allTexts().filter(({ path }) => !path.some((key) => typeof key === 'string' && notProse.has(key)));
    const acronyms = standaloneAcronyms(texts.map(({ text }) => text));
    gluedWords(context, texts, acronyms);
    misspeltOrganizationAcronyms(context, texts, acronyms);
  },
};
