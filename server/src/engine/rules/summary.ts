import degreeData from '../../../../schemas/wording/degree-levels.json';
import { dataPattern } from '../text/patterns';
import { namesLanguage } from '../text/languages';
import type { Path } from '../document/yamlNodes';
import { contentRange } from './postingText';
import type { Rule, RuleContext } from './rule';

interface Level {
  rank: number;
  en: string;
  ja: string;
}

const levels: Level[] = degreeData.levels.map((level, rank) => ({ rank, en: level.en, ja: level.ja }));

/**
 * "Completion of secondary education, accompanied by a relevant university degree in Law": two levels asked for together
 * (degree-levels.json togetherPattern between them, no "or" from the lower one to the higher), so only the higher is a
 * minimum. "A bachelor's degree plus five years, or a master's degree plus three" offers either.
 */
function togetherLevels(sentence: string, ranks: readonly number[]): boolean {
  if (ranks.length < 2) return false;
  const at = (rank: number) => sentence.search(dataPattern(degreeData.levels[rank].pattern, 'i'));
  const [low, high] = [at(Math.min(...ranks)), at(Math.max(...ranks))];
  const between = low >= 0 && high > low ? sentence.slice(low, high) : '';
  return (
    dataPattern(degreeData.togetherPattern, 'i').test(between) && !/\bor\b|\u307e\u305f\u306f/i.test(between.replace(/\([^()]*\)/g, ''))
  );
}

/** The levels of education a text names, outside sentences that call them an asset. */
function levelsIn(text: string): Level[] {
  const found = new Set<number>();
  for (const sentence of text.split(/(?<=[.;\u3002])\s*|\n+/)) {
    if (dataPattern(degreeData.assetPattern, 'i').test(sentence)) continue;
    const ranks = degreeData.levels.flatMap((level, rank) => (dataPattern(level.pattern, 'i').test(sentence) ? [rank] : []));
    for (const rank of togetherLevels(sentence, ranks) ? [Math.max(...ranks)] : ranks) found.add(rank);
  }
  return [...found].sort((a, b) => a - b).map((rank) => levels[rank]);
}

/** The first field called `key` outside the careers-site summary, as text. */
function torText(context: RuleContext, key: string): { path: Path; text: string } | undefined {
  for (const path of context.pathsOfKey(key)) {
    if (path[0] === 'careers_site') continue;
    const value = context.get(path);
    if (typeof value === 'string' && value.trim()) return { path, text: value };
    if (value && typeof value === 'object') {
      const text = JSON.stringify(value);
      return { path, text };
    }
  }
  return undefined;
}

function quoted(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 100 ? `${flat.slice(0, 99)}…` : flat;
}

/** A line that states the education a post asks for, under its own label ('Education: Completion of secondary …'). */
const educationLine = /^\s*(?:education|academic qualifications?|educational requirements?)\s*(?::|-|\u2013)/i;

function education(context: RuleContext): void {
  const entries = context.list(['careers_site', 'education']);
  const tor = torText(context, 'education');
  if (!entries.length || !tor || typeof context.get(tor.path) !== 'string') return;
  // An 'Education: …' line the posting keeps elsewhere (an import's notes) states the ToR's education too: the minimum is
  // the lowest level any of them names (s20: the ToR's line under notes said secondary education).
  const stated = [
    tor.text,
    ...context.allTexts().flatMap(({ path, text }) => (path[0] !== 'careers_site' && educationLine.test(text) ? [text] : [])),
  ];
  const torLevels = stated.flatMap(levelsIn).sort((a, b) => a.rank - b.rank);
  if (!torLevels.length) return;
  const torMinimum = torLevels[0];
  // The summary's lowest required level: entries marked preferred or desired do not count.
  let summary: { level: Level; index: number } | undefined;
  entries.forEach((entry, index) => {
    if (typeof entry !== 'string' || /\((?:preferred|desired|desirable)\)/i.test(entry)) return;
    const [level] = levelsIn(entry.replace(/\(required\)/i, ''));
    if (level && (!summary || level.rank < summary.level.rank)) summary = { level, index };
  });
  if (!summary || summary.level.rank === torMinimum.rank) return;
  context.report(
    'summary-education-contradicts-tor',
    context.valueRange(['careers_site', 'education', summary.index]),
    { summary: summary.level.en, summary_ja: summary.level.ja, tor: torMinimum.en, tor_ja: torMinimum.ja },
    { path: ['careers_site', 'education', summary.index] },
  );
  context.problems[context.problems.length - 1].related = [
    { range: contentRange(context, tor.path), message: `Terms of Reference, Education: “${quoted(tor.text)}”` },
  ];
}

function languages(context: RuleContext): void {
  const entries = context.list(['careers_site', 'languages']);
  const tor = torText(context, 'language_skills') ?? torText(context, 'languages');
  if (!entries.length || !tor) return;
  entries.forEach((entry, index) => {
    if (typeof entry !== 'string' || !/^[\p{L} ()-]{2,40}$/u.test(entry.trim())) return;
    const language = entry.trim();
    // "Kiswahili" in the summary is the ToR's "Swahili" (schemas/vocabularies/languages.json aliases).
    if (namesLanguage(tor.text, language)) return;
    const path = ['careers_site', 'languages', index];
    context.report('summary-language-not-in-tor', context.valueRange(path), { language }, { path, removable: true });
    context.problems[context.problems.length - 1].related = [
      {
        range: context.keyRange(tor.path),
        message: `Terms of Reference, language skills: “${quoted(statementOf(context, tor.path) ?? tor.text)}”`,
      },
    ];
  });
}

function statementOf(context: RuleContext, path: Path): string | undefined {
  return context.text([...path, 'statement']) ?? context.text(path);
}

function summaryFields(context: RuleContext): void {
  education(context);
  languages(context);
}

/** The careers-site summary says what the Terms of Reference say: the same education level, only their languages. */
export const summaryRules: Rule = {
  codes: ['summary-education-contradicts-tor', 'summary-language-not-in-tor'],
  check: summaryFields,
};
