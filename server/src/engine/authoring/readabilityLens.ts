import { parsePosting } from '../document/parse';
import { pairAt, valueOffsets } from '../document/yamlNodes';
import { readabilityChecks, targetGrade } from '../rules/readability';
import { defaultSettings, type EngineSettings } from '../settings/settings';
import { headingAt } from '../template/headings';
import { profileSchema, selectProfile } from '../template/profiles';
import type { Range } from '../text/positions';
import { freeTextOf, languageOf, type Language } from '../wording';
import type { WordingExplanation } from '../wording/lens';
import {
  measure,
  readabilityLensTitle,
  readabilitySettings,
  sectionsOf,
  sentences,
  type Measures,
  type Section,
} from '../wording/readability';
import { forEachWord } from '../wording/words';

/** What a readability lens knows of its posting: the target, whether each code reports, and the profile. */
export interface ReadabilityContext {
  target: number;
  /** Whether the code reports at all (rules/readability.ts readabilityChecks): a project sets a target or turns it on. */
  checked: (code: 'readability-grade' | 'readability-japanese') => boolean;
  profileId: string;
}

const fillIn = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));

/**
 * A sentence short enough to quote on the page: whole up to 300 characters, else its start and an ellipsis. Only a
 * start of the sentence is flattened, long enough to tell (a runaway duty is one sentence of 1.5 MB): a flattened
 * start is the whole's flattened start, but for a last space the whole may continue.
 */
const quotedLength = 300;
const quoted = (sentence: string) => {
  for (let reach = 4 * quotedLength; ; reach *= 4) {
    const whole = reach >= sentence.length;
    const flat = (whole ? sentence : sentence.slice(0, reach)).replace(/\s+/g, ' ').trim();
    if (flat.length > quotedLength + 1 || whole) return flat.length > quotedLength ? `${flat.slice(0, quotedLength).trimEnd()}…` : flat;
  }
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
  const goal = context.target;
  const excluded = readabilitySettings.excludedSections.includes(section.path[0]);
  if (measures.language === 'en') {
    // The first sentence of the most words (each sentence's words counted once).
    const wordCounts = all.map((sentence) => forEachWord(sentence));
    const longest = all[wordCounts.reduce((a, count, i) => (count > wordCounts[a] ? i : a), 0)];
    const over = Math.round((measures.grade - goal) * 10) / 10;
    const short = measures.words < readabilitySettings.minWords;
    const verdict = excluded
      ? texts.excluded
      : short
        ? fillIn(texts.short, { minWords: readabilitySettings.minWords })
        : !context.checked('readability-grade')
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
          : !context.checked('readability-japanese')
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
 * clicking it shows. `settings` are the posting's (its project's target and rule severities).
 */
export function readabilityLenses(
  text: string,
  locale?: string,
  settings: Pick<EngineSettings, 'parameters' | 'severities'> = defaultSettings,
): { range: Range; title: string; explanation: WordingExplanation }[] {
  const parsed = parsePosting(text);
  const { document, data } = parsed;
  if (!document || document.errors.length || !data || typeof data !== 'object') return [];
  const goal = targetGrade(settings.parameters);
  const checked = readabilityChecks(settings);
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
      explanation: explainReadability(section, measures, heading, { target: goal, checked, profileId: profile.id }, language),
    });
  }
  return lenses;
}
