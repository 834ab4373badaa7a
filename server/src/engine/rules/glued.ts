import { findGluedWords, siteNamesIn, standaloneAcronyms } from '../wording/glued';
import { valuePlacer } from './postingText';
import type { Rule, RuleContext } from './rule';

/** Fields that hold identifiers, addresses or settings rather than prose. */
const notProse = new Set(['$schema', 'profile', 'job_id', 'email', 'url', 'apply_url', 'website', 'link']);

function gluedWords(context: RuleContext): void {
  const texts = context.allTexts().filter(({ path }) => !path.some((key) => typeof key === 'string' && notProse.has(key)));
  const acronyms = standaloneAcronyms(texts.map(({ text }) => text));
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

/** Words run together by a copy-paste, with a fix that splits them. */
export const gluedRules: Rule = {
  codes: ['glued-words'],
  check: gluedWords,
};
