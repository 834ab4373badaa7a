import { parsePosting } from '../document/parse';
import type { Range } from '../text/positions';
import { pairAt, valueOffsets } from '../document/yamlNodes';
import { balanceLensTitle, languageOf, postingBalance } from './';

/** The wording balance as a line above the posting's title (a code lens), in the reader's language. */
export function wordingBalanceLens(text: string, locale?: string): { range: Range; title: string } | undefined {
  const parsed = parsePosting(text);
  const { document, data } = parsed;
  if (!document || document.errors.length || !data || typeof data !== 'object') return undefined;
  const offsets = valueOffsets(pairAt(document, ['title'])?.key) ?? [0, 0];
  const balance = postingBalance(document, text);
  return { range: parsed.lines.range(...offsets), title: balanceLensTitle(balance, languageOf(locale)) };
}
