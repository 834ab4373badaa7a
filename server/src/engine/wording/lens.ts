import { parsePosting } from '../document/parse';
import type { Range } from '../text/positions';
import { pairAt, valueOffsets } from '../document/yamlNodes';
import { balanceLensTitle, freeTextOf, languageOf, postingBalance } from './';
import { measure, readabilityLensTitle, readabilitySettings, sectionsOf } from './readability';

/** The wording balance as a line above the posting's title (a code lens), in the reader's language. */
export function wordingBalanceLens(text: string, locale?: string): { range: Range; title: string } | undefined {
  const parsed = parsePosting(text);
  const { document, data } = parsed;
  if (!document || document.errors.length || !data || typeof data !== 'object') return undefined;
  const offsets = valueOffsets(pairAt(document, ['title'])?.key) ?? [0, 0];
  const balance = postingBalance(document, text);
  return { range: parsed.lines.range(...offsets), title: balanceLensTitle(balance, languageOf(locale)) };
}

/** One code lens per free-text section: its grade level and sentence lengths (or the Japanese measures). */
export function readabilityLenses(text: string, locale?: string, target?: number): { range: Range; title: string }[] {
  const parsed = parsePosting(text);
  const { document, data } = parsed;
  if (!document || document.errors.length || !data || typeof data !== 'object') return [];
  const goal = target ?? readabilitySettings.targetGrade;
  const lenses: { range: Range; title: string }[] = [];
  for (const section of sectionsOf(freeTextOf(document, text))) {
    const measures = measure(section);
    const offsets = valueOffsets(pairAt(document, section.path)?.key as never);
    if (!measures || !offsets) continue;
    lenses.push({ range: parsed.lines.range(...offsets), title: readabilityLensTitle(measures, goal, languageOf(locale)) });
  }
  return lenses;
}
