import type { Document } from 'yaml';
import lists from '../../../../schemas/wording/gender-coded.json';
import { balanceOfTally, type BalanceLabel, type WordingBalance } from './balance';
import { freeTextOf } from './freeText';
import { tallyCodedWords } from './genderCoded';

export { wordingBalance, wordsToHint, scoreOf, sideToHint, type WordingBalance, type BalanceLabel } from './balance';
export { codedWords, tallyCodedWords, type CodedTally, type CodedWord, type Coding } from './genderCoded';
export { freeTextOf, freeTextsByKind, spanOf, type FreeText, type FreeTextKind } from './freeText';

export type Language = 'en' | 'ja';

/** 'ja' for a Japanese locale (ja, ja-JP), else English. */
export function languageOf(locale: string | undefined): Language {
  return locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
}

/** A label of the balance or a coding, in the language given. */
export function wordingLabel(key: BalanceLabel | 'feminine' | 'masculine', language: Language): string {
  return lists.labels[key][language];
}

/** The posting's gender-coded balance over its free text. */
export function postingBalance(document: Document, sourceText: string): WordingBalance {
  return balanceOfTally(tallyCodedWords(freeTextOf(document, sourceText)));
}

/** The code-lens line for a balance, e.g. "Wording: masculine-coded (lead, analytical)". */
export function balanceLensTitle(balance: WordingBalance, language: Language, maxWords = 6): string {
  const label = wordingLabel(balance.label, language);
  const side = balance.score > 0 ? balance.feminine : balance.score < 0 ? balance.masculine : [];
  // Each word once, in order (a run of one word is passed over without a look-up per occurrence).
  const words = [...new Set(side.filter((word, i) => word !== side[i - 1]))];
  if (!words.length) return lists.labels.lens[language].replace('{label}', label);
  const shown = words.length > maxWords ? [...words.slice(0, maxWords), '…'] : words;
  return lists.labels.lensWords[language].replace('{label}', label).replace('{words}', shown.join(', '));
}
