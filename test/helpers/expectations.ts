/**
 * Inline expectations for corpus postings, in the manner of markdownlint's test scenarios: a posting carries the
 * diagnostics it should raise beside the lines they mark.
 *
 * - `# expect: code-a, code-b` at the end of a line: these diagnostics start on this line.
 * - `# expect: code@+N` on a block scalar's header line (`duties: |  # expect: gender-coded-word@+2`): the diagnostic
 *   starts N lines below, inside the block, where a comment would be text.
 * - `# expect-fp: code`: the same, for a finding a careful reviewer would reject (a known false alarm). It keeps the
 *   false alarm visible and counts against the rule's precision.
 */
export interface Expectation {
  /** 1-based line of the file. */
  line: number;
  code: string;
  falseAlarm: boolean;
}

// Linear: one comment marker, then a run of non-'#' characters that starts with a non-space.
const marker = /#\s*expect(-fp)?:\s*([^#\s][^#\n]*)$/;

export function expectationsIn(text: string): Expectation[] {
  const expectations: Expectation[] = [];
  text.split(/\r?\n/).forEach((lineText, index) => {
    const match = marker.exec(lineText);
    if (!match) return;
    for (const item of match[2].split(',')) {
      const [code, offset] = item.trim().split('@');
      if (!code) continue;
      const line = index + 1 + (offset ? Number(offset) : 0);
      expectations.push({ line, code, falseAlarm: match[1] === '-fp' });
    }
  });
  return expectations;
}

/** `line:code` keys, sorted, so that a failing test shows both sides as readable lists. */
export function expectationKeys(items: readonly { line: number; code: string }[]): string[] {
  return items.map(({ line, code }) => `${line}:${code}`).sort((a, b) => parseInt(a) - parseInt(b) || a.localeCompare(b));
}
