/** Levenshtein distance, with an early exit once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
      rowMin = Math.min(rowMin, current[j]);
    }
    if (rowMin > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length];
}

/** Candidates close enough to be what the author meant, closest first: by spelling, or by the words they share. */
export function closestMatches(input: string, candidates: readonly string[], max = 3): string[] {
  const needle = input.toLowerCase();
  const limit = Math.max(2, Math.floor(needle.length / 3));
  const needleWords = keyWords(input);
  return candidates
    .map((candidate) => {
      const hay = candidate.toLowerCase();
      const contains = needle.length >= 3 && (hay.includes(needle) || needle.includes(hay));
      const spelling = contains ? 1 : editDistance(needle, hay, limit);
      return { candidate, distance: Math.min(spelling, wordDistance(needleWords, keyWords(candidate))) };
    })
    .filter(({ distance }) => distance <= limit)
    .sort((a, b) => a.distance - b.distance)
    .slice(0, max)
    .map(({ candidate }) => candidate);
}

const minorWords = new Set(['and', 'of', 'the', 'to', 'for', 'in', 'a', 'an']);

/** The words of a name that carry its meaning: lower case, without "&", minor words or a plural s. */
function keyWords(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word && !minorWords.has(word))
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word));
}

/**
 * How far apart two names are by their words, on the scale of editDistance: 0 for the same words in any order or
 * spacing ("Client Orientation & Results" ~ "Client & Result Orientation", "Team work" ~ "Teamwork"), 1 when one
 * starts the other ("Teamwork" ~ "Teamwork & Collaboration"), 1 to 1.5 when at least half the words are shared.
 */
function wordDistance(a: readonly string[], b: readonly string[]): number {
  if (!a.length || !b.length) return Infinity;
  const joinedA = a.join('');
  const joinedB = b.join('');
  if (joinedA === joinedB || (a.length === b.length && a.every((word) => b.includes(word)))) return 0;
  if (Math.min(joinedA.length, joinedB.length) >= 5 && (joinedA.startsWith(joinedB) || joinedB.startsWith(joinedA))) return 1;
  const shared = a.filter((word) => b.includes(word)).length / Math.max(a.length, b.length);
  return shared >= 0.5 ? 2 - shared : Infinity;
}
