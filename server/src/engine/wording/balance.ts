import lists from '../../../../schemas/wording/gender-coded.json';
import type { CodedTally, CodedWord, Coding } from './genderCoded';

export type BalanceLabel =
  'empty' | 'neutral' | 'feminine-coded' | 'strongly feminine-coded' | 'masculine-coded' | 'strongly masculine-coded';

/** The gender-decoder verdict on a posting: feminine minus masculine words, and the words counted. */
export interface WordingBalance {
  label: BalanceLabel;
  score: number;
  feminine: string[];
  masculine: string[];
}

export function wordingBalance(words: readonly CodedWord[]): WordingBalance {
  const feminine = words.filter((w) => w.coding === 'feminine').map((w) => w.word.toLowerCase());
  const masculine = words.filter((w) => w.coding === 'masculine').map((w) => w.word.toLowerCase());
  return { ...scoreOf(feminine.length, masculine.length), feminine, masculine };
}

/**
 * The balance of counted words (tallyCodedWords): the same verdict as wordingBalance, each side's words grouped by
 * word in the order each first occurs (what the lens and its explanation read), with no object per occurrence.
 */
export function balanceOfTally(tally: CodedTally): WordingBalance {
  // Pushed one by one: flatMap over arrays of 300,000 copies of one word (a runaway duty) took most of the lens's time.
  const spelled = (counts: Map<string, number>) => {
    const words: string[] = [];
    for (const [word, count] of counts) for (let i = 0; i < count; i++) words.push(word);
    return words;
  };
  return {
    ...scoreOf(tally.total.feminine, tally.total.masculine),
    feminine: spelled(tally.feminine),
    masculine: spelled(tally.masculine),
  };
}

/** The score and label of a posting with this many feminine- and masculine-coded words. */
export function scoreOf(feminine: number, masculine: number): { label: BalanceLabel; score: number } {
  const score = feminine - masculine;
  const strong = lists.strongBeyond;
  let label: BalanceLabel;
  if (!feminine && !masculine) label = 'empty';
  else if (score === 0) label = 'neutral';
  else if (score > strong) label = 'strongly feminine-coded';
  else if (score > 0) label = 'feminine-coded';
  else if (score < -strong) label = 'strongly masculine-coded';
  else label = 'masculine-coded';
  return { label, score };
}

/** The side whose words a hint should mark: the one the posting leans to, once it leans beyond the data's threshold. */
export function sideToHint(score: number): Coding | undefined {
  if (Math.abs(score) <= lists.hintsBeyond) return undefined;
  return score > 0 ? 'feminine' : 'masculine';
}

/** The words a hint should mark: those of the side the posting leans to, once it leans beyond the data's threshold. */
export function wordsToHint(words: readonly CodedWord[], balance: WordingBalance): CodedWord[] {
  const side = sideToHint(balance.score);
  return side ? words.filter((w) => w.coding === side) : [];
}
