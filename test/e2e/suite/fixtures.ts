import { readFileSync } from 'fs';
import { join } from 'path';

/**
 * The files of the e2e workspace, made from the template seed by the runner (Node 20) before code-server starts.
 * The suite (in the extension host) only opens them, so it needs no path to this repository.
 */
const seedPath = join(__dirname, '../../../seeds/unhcr-japan-protection-associate-lica6.posting.yaml');

/** The seed's title, which the preview must show. */
export const previewTitle = 'Protection Associate';

/** The suite logs this line when the screen is worth a screenshot; the runner then writes `screenshotPath`. */
export const screenshotMarker = 'posting-e2e: screenshot now';
export const screenshotPath = 'test/artifacts/vscode-e2e.png';

/** The suite logs this line (then the file name) before it saves an untitled posting; the runner answers the dialog. */
export const saveDialogMarker = 'posting-e2e: save dialog for';
export const savedName = 'islamabad-protection-assistant.posting.yaml';

/** The suite logs this line when it has clicked the wording code lens; the runner reads the explanation's preview. */
export const explainDialogMarker = 'posting-e2e: wording explanation shown';
/** Where the runner writes the text the explanation's preview shows, for the suite to check. */
export const explanationTextPath = 'test/artifacts/wording-explanation.txt';

/** In the Japanese pass, the suite logs this line when the runner should read our commands in the command palette. */
export const paletteMarker = 'posting-e2e: command palette now';
/** Where the runner writes the palette's rows, for the suite to check. */
export const paletteTextPath = 'test/artifacts/palette-ja.txt';

/** The template's deadline, long passed: the publishing gate's dialog names it. */
export const expiredDeadline = '2024-11-08';

/** A misspelt section key: one unknown-field diagnostic, with a "did you mean" quick fix that renames it. */
export const typo = { wrong: '  backgroud: >', right: '  background: >' };

export function fixtures(): Record<string, string> {
  const seed = readFileSync(seedPath, 'utf8');
  const head =
    'organization: UNHCR\nterms_of_reference:\n  qualifications_and_experience:\n    key_competencies:\n      framework: unhcr\n';
  return {
    'template.posting.yaml': seed,
    'broken.posting.yaml': seed.replace(typo.right, typo.wrong),
    'quickfix.posting.yaml': seed.replace(typo.right, typo.wrong),
    'crash.posting.yaml': seed,
    'competencies.posting.yaml': `${head}      core:\n        - \n`,
    'new.posting.yaml': '',
    // Versions: a posting based on a job description (its education raised), and a Japanese version of the template
    // with one duty more (it names the English file; the English file names nothing).
    'versions/jd.posting.yaml': seed,
    'versions/posting.posting.yaml': `based_on: jd.posting.yaml\n${seed.replace('Completion of Bachelor’s degree.', 'Completion of Master’s degree.')}`,
    'versions/other.posting.yaml': seed,
    'versions/en.posting.yaml': seed,
    'versions/ja.posting.yaml': `translation_of: en.posting.yaml\n${seed.replace('    duties:\n', '    duties:\n      - Draft the quarterly protection report.\n')}`,
    // Never opened by the suite: only the workspace check can show its problems.
    'unopened/never-opened.posting.yaml': seed.replace(typo.right, typo.wrong),
  };
}
