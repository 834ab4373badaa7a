import { parsePosting } from '../document/parse';
import type { Range } from '../text/positions';
import { pairAt, valueOffsets } from '../document/yamlNodes';
import lists from '../../../../schemas/wording/gender-coded.json';
import { balanceLensTitle, freeTextOf, languageOf, postingBalance, wordingLabel, type Language, type WordingBalance } from './';
import { headingAt } from '../template/headings';
import { profileSchema, selectProfile } from '../template/profiles';
import { measure, readabilityLensTitle, readabilitySettings, sectionsOf, sentences, type Measures, type Section } from './readability';
import { wordsOf } from './words';

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
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return [...counts]
    .sort((a, b) => b[1] - a[1])
    .map(([word, count]) => (count > 1 ? `${word} (${count})` : word))
    .join(', ');
}

/** What a readability lens knows of its posting: the target (undefined when the project set none) and the profile. */
export interface ReadabilityContext {
  target?: number;
  profileId: string;
}

const fillIn = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/** A sentence short enough to quote on the page: whole up to 300 characters, else its start and an ellipsis. */
const quoted = (sentence: string) => {
  const flat = sentence.replace(/\s+/g, ' ').trim();
  return flat.length > 300 ? `${flat.slice(0, 300).trimEnd()}…` : flat;
};

/**
 * What clicking a section's readability lens shows: its measures, its longest sentence, how it stands against the
 * project's target (and whether it is reported), what to do and where the measures come from, in the reader's language.
 */
export function explainReadability(
  section: Section,
  measures: Measures,
  heading: string,
  context: ReadabilityContext,
  language: Language,
): WordingExplanation {
  const data = readabilitySettings.explanation;
  const texts = data[language];
  const all = sentences(section);
  // The quoted sentence is the author's text: on the Markdown page, its Markdown characters are escaped.
  const paragraphs: (string | { quote: string })[] = [];
  const goal = context.target ?? readabilitySettings.targetGrade;
  const excluded = readabilitySettings.excludedSections.includes(section.path[0]);
  if (measures.language === 'en') {
    const longest = all.reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a));
    const over = Math.round((measures.grade - goal) * 10) / 10;
    const short = measures.words < readabilitySettings.minWords;
    const verdict = excluded
      ? texts.excluded
      : short
        ? fillIn(texts.short, { minWords: readabilitySettings.minWords })
        : context.target === undefined
          ? fillIn(texts.noTarget, { target: goal })
          : fillIn(over > readabilitySettings.margin ? texts.far : over > 0 ? texts.above : texts.within, {
              target: goal,
              over,
              margin: readabilitySettings.margin,
            });
    paragraphs.push(
      fillIn(texts.grade, { grade: measures.grade, ari: measures.ari }),
      fillIn(texts.sentences, {
        sentences: measures.sentences,
        words: measures.words,
        average: measures.averageWords,
        longest: measures.longestWords,
      }),
      { quote: fillIn(texts.longest, { sentence: quoted(longest) }) },
      verdict,
      texts.advice,
      texts.source,
    );
  } else {
    const ja = readabilitySettings.japanese;
    const jaTexts = data.japaneseText[language];
    const length = (sentence: string) => sentence.replace(/\s/g, '').length;
    const longest = all.reduce((a, b) => (length(b) > length(a) ? b : a));
    const far = measures.averageCharacters > ja.maxSentenceCharacters || measures.kanjiPercent > ja.maxKanjiShare * 100;
    const verdict = excluded
      ? texts.excluded
      : ja.exemptProfiles.includes(context.profileId)
        ? jaTexts.exempt
        : measures.characters < ja.minCharacters
          ? fillIn(jaTexts.short, { minCharacters: ja.minCharacters })
          : context.target === undefined
            ? jaTexts.noTarget
            : far
              ? jaTexts.far
              : jaTexts.within;
    paragraphs.push(
      fillIn(jaTexts.sentences, {
        sentences: measures.sentences,
        characters: measures.characters,
        average: measures.averageCharacters,
        max: ja.maxSentenceCharacters,
        longest: measures.longestCharacters,
      }),
      fillIn(jaTexts.kanji, { kanji: measures.kanjiPercent, maxKanji: Math.round(ja.maxKanjiShare * 100) }),
      { quote: fillIn(texts.longest, { sentence: quoted(longest) }) },
      verdict,
      jaTexts.advice,
      jaTexts.source,
    );
  }
  const message = fillIn(texts.title, { section: heading });
  const learnMore = { title: texts.learnMore, url: data.learnMoreUrl[measures.language] };
  const plain = paragraphs.map((p) => (typeof p === 'string' ? p : p.quote));
  const markdown = paragraphs.map((p) => (typeof p === 'string' ? p : p.quote.replace(/[\\`*_[\]<>#|~]/g, '\\$&')));
  return {
    message,
    detail: plain.join('\n\n'),
    learnMore,
    markdown: [`# ${message}`, ...markdown, `[${learnMore.title}](${learnMore.url})`, ''].join('\n\n'),
    page: texts.page,
  };
}

/**
 * One code lens per free-text section: its grade level and sentence lengths (or the Japanese measures), and what
 * clicking it shows. `target` is the project's (parameters.readabilityTargetGrade), undefined when it set none.
 */
export function readabilityLenses(
  text: string,
  locale?: string,
  target?: number,
): { range: Range; title: string; explanation: WordingExplanation }[] {
  const parsed = parsePosting(text);
  const { document, data } = parsed;
  if (!document || document.errors.length || !data || typeof data !== 'object') return [];
  const goal = target ?? readabilitySettings.targetGrade;
  const language = languageOf(locale);
  const profile = selectProfile(data);
  const root = profileSchema(profile);
  const lenses: { range: Range; title: string; explanation: WordingExplanation }[] = [];
  for (const section of sectionsOf(freeTextOf(document, text))) {
    const measures = measure(section);
    const offsets = valueOffsets(pairAt(document, section.path)?.key);
    if (!measures || !offsets) continue;
    const heading = headingAt(root, section.path)[language];
    lenses.push({
      range: parsed.lines.range(...offsets),
      title: readabilityLensTitle(measures, goal, language),
      explanation: explainReadability(section, measures, heading, { target, profileId: profile.id }, language),
    });
  }
  return lenses;
}
