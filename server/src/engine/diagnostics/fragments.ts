import fragments from '../../../../schemas/l10n/fragments.json';
import { formatMessage } from './problems';

export type FragmentName = Exclude<keyof typeof fragments, '$comment'>;

/**
 * A piece several messages share (schemas/l10n/fragments.json), filled in, as the `suggestion` / `suggestion_ja`
 * parameters of a diagnostic; both empty when there is nothing to add.
 */
export function suggestionFragment(
  name: FragmentName | undefined,
  params: Record<string, string> = {},
): { suggestion: string; suggestion_ja: string } {
  if (!name) return { suggestion: '', suggestion_ja: '' };
  const fragment = fragments[name];
  return { suggestion: formatMessage(fragment.en, params), suggestion_ja: formatMessage(fragment.ja, params) };
}

/** "; did you mean 'x'?" for the first of the suggestions, or nothing. */
export function didYouMean(suggestions: readonly string[], fragment: 'didYouMean' | 'didYouMeanPlace' = 'didYouMean') {
  return suggestionFragment(suggestions.length ? fragment : undefined, { name: suggestions[0] ?? '' });
}
