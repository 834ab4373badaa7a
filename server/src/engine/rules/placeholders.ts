import placeholderData from '../../../../schemas/wording/placeholders.json';
import { headingAt } from '../template/headings';
import { profileSchema } from '../template/profiles';
import { findPlaceholders } from '../wording/placeholders';
import { valuePlacer } from './postingText';
import type { Rule, RuleContext } from './rule';
import type { Path } from '../document/yamlNodes';
import { dataPattern } from '../text/patterns';

const shareButton = dataPattern(placeholderData.shareBar.valuePattern);
const shareSibling = dataPattern(placeholderData.shareBar.siblingPattern, 'i');
const shareLine = dataPattern(placeholderData.shareLinePattern, 'i');

/** Whether a list item is the X network's share button beside another item of a share bar (placeholders.json shareBar). */
function inShareBar(context: RuleContext, path: Path, text: string): boolean {
  const index = path[path.length - 1];
  if (typeof index !== 'number' || !shareButton.test(text.trim())) return false;
  const siblings = context.list(path.slice(0, -1));
  return [index - 3, index - 2, index - 1, index + 1, index + 2, index + 3].some((at) => {
    const sibling = siblings[at];
    return typeof sibling === 'string' && shareSibling.test(sibling.trim());
  });
}

/** Longest placeholder text quoted in a message. */
const quotedLength = 60;

function placeholders(context: RuleContext): void {
  const root = profileSchema(context.profile);
  for (const { path, text } of context.allTexts()) {
    const findings = findPlaceholders(text);
    if (!findings.length || inShareBar(context, path, text) || shareLine.test(text.trim())) continue;
    // Where the text is and its section's heading are worked out once per text, and only for a problem that is made:
    // past the cap (100,000 placeholder values) findings are only counted.
    let placer: { place: ReturnType<typeof valuePlacer> } | undefined;
    let heading: ReturnType<typeof headingAt> | undefined;
    // Notes keep what a paste carried as written: a form's empty row or a rule there is no template left in.
    const pasted = path[0] === 'notes';
    for (const finding of findings) {
      if (pasted && finding.cell) continue;
      context.report(
        'placeholder-text',
        () => {
          placer ??= { place: valuePlacer(context, path, text) };
          return placer.place ? placer.place(finding.start, finding.end) : context.valueRange(path);
        },
        () => {
          heading ??= headingAt(root, path);
          const quoted = text.slice(finding.start, finding.end).replace(/\s+/g, ' ');
          return {
            text: quoted.length > quotedLength ? `${quoted.slice(0, quotedLength - 1)}…` : quoted,
            section: heading.en,
            section_ja: heading.ja,
            kind: finding.label,
            kind_ja: finding.label_ja,
          };
        },
        { path, placeholder: finding.id },
      );
    }
  }
}

/** Template placeholders and guidance text left in a posting: they must never reach a careers page. */
export const placeholderRules: Rule = {
  codes: ['placeholder-text'],
  check: placeholders,
};
