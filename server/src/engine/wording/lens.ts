import { parsePosting } from '../document/parse';
import type { Range } from '../text/positions';
import { pairAt, valueOffsets } from '../document/yamlNodes';
import lists from '../../../../schemas/wording/gender-coded.json';
import { balanceLensTitle, languageOf, postingBalance, wordingLabel, type Language, type WordingBalance } from './';

/** What clicking the wording lens shows: a one-line verdict, then the words, the balance, what to do and the source. */
export interface WordingExplanation {
  message: string;
  /** Paragraphs separated by blank lines (a modal dialog's detail, or a message on its own). */
  detail: string;
  learnMore: { title: string; url: string };
  /** The whole explanation as a Markdown page: the verdict as its heading, the paragraphs, then the link. */
  markdown: string;
  /** The name of the page the client shows it on, in the reader's language (the wording page when absent). */
  page?: string;
}

/** The wording balance as a line above the posting's title (a code lens), in the reader's language, and its explanation. */
export function wordingBalanceLens(
  text: string,
  locale?: string,
): { range: Range; title: string; explanation: WordingExplanation } | undefined {
  const parsed = parsePosting(text);
  const { document, data } = parsed;
  if (!document || document.errors.length || !data || typeof data !== 'object') return undefined;
  const offsets = valueOffsets(pairAt(document, ['title'])?.key) ?? [0, 0];
  const balance = postingBalance(document, text);
  const language = languageOf(locale);
  return {
    range: parsed.lines.range(...offsets),
    title: balanceLensTitle(balance, language),
    explanation: explainBalance(balance, language),
  };
}

/** The explanation of a balance: every coded word found with its count, the score, what to do, where the lists come from. */
export function explainBalance(balance: WordingBalance, language: Language): WordingExplanation {
  const texts = lists.explanation[language];
  const fill = (template: string, values: Record<string, string | number>) =>
    template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
  const found = (['masculine', 'feminine'] as const)
    .filter((coding) => balance[coding].length)
    .map((coding) => {
      const label = wordingLabel(coding, language);
      return fill(texts.wordsFound, {
        coding: language === 'en' ? label[0].toUpperCase() + label.slice(1) : label,
        words: counted(balance[coding]),
      });
    });
  const side = balance.score < 0 ? 'masculine' : balance.score > 0 ? 'feminine' : balance.label === 'empty' ? 'empty' : 'neutral';
  const paragraphs = [
    ...(found.length ? found : [texts.noWords]),
    fill(texts.balance, {
      feminine: balance.feminine.length,
      masculine: balance.masculine.length,
      score: balance.score,
      strong: lists.strongBeyond,
    }),
    texts.advice[side],
    texts.notCounted,
    texts.source,
  ];
  const message = fill(texts.title, { label: wordingLabel(balance.label, language) });
  const learnMore = { title: texts.learnMore, url: lists.explanation.learnMoreUrl };
  return {
    message,
    detail: paragraphs.join('\n\n'),
    learnMore,
    markdown: [`# ${message}`, ...paragraphs, `[${learnMore.title}](${learnMore.url})`, ''].join('\n\n'),
  };
}

/** "lead (2), analytical": each word once, with how often it occurs when more than once, most frequent first. */
function counted(words: readonly string[]): string {
  const counts = new Map<string, number>();
  // A run of one word (a balance lists each word's occurrences together) is counted in one map update.
  for (let i = 0; i < words.length;) {
    let end = i + 1;
    while (end < words.length && words[end] === words[i]) end++;
    counts.set(words[i], (counts.get(words[i]) ?? 0) + end - i);
    i = end;
  }
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([word, count]) => (count > 1 ? `${word} (${count})` : word))
    .join(', ');
}
