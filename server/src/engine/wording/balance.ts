import lists from '../../../../schemas/wording/gender-coded.json';
import type { CodedWord } from './genderCoded';

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
  const score = feminine.length - masculine.length;
  const strong = lists.strongBeyond;
  let label: BalanceLabel;
  if (!feminine.length && !masculine.length) label = 'empty';
  else if (score === 0) label = 'neutral';
  else if (score > strong) label = 'strongly feminine-coded';
  else if (score > 0) label = 'feminine-coded';
  else if (score < -strong) label = 'strongly masculine-coded';
  else label = 'masculine-coded';
  return { label, score, feminine, masculine };
}

/** The words a hint should mark: those of the side the posting leans to, once it leans beyond the data's threshold. */
export function wordsToHint(words: readonly CodedWord[], balance: WordingBalance): CodedWord[] {
  if (Math.abs(balance.score) <= lists.hintsBeyond) return [];
  const side = balance.score > 0 ? 'feminine' : 'masculine';
  return words.filter((w) => w.coding === side);
}
