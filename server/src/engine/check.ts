import { parsePosting, type ParsedPosting } from './document/parse';
import { localizeProblems, makeProblem, withoutSuperseded, type Problem } from './diagnostics/problems';
import { selectProfile, type Profile } from './template/profiles';
import type * as RulesModule from './rules';
import { RuleContext, type Rule } from './rules/rule';
import { defaultSettings, type EngineSettings } from './settings/settings';
import { applySuppressions, suppressionsOf } from './diagnostics/suppressions';
import { validateAgainstSchema } from './schema/validate';
import { capProblems, ProblemBudget } from './diagnostics/cap';
import { LineIndex } from './text/positions';
import { isRecord } from './text/records';

export interface CheckResult {
  parsed: ParsedPosting;
  profile: Profile;
  problems: Problem[];
}

/**
 * The whole check of one posting: parse, schema, reviewer rules, then settings and ignore comments; at most
 * problemCaps problems, with a summary of those left out. It never throws: an internal error is one clear problem
 * (internal-error) rather than no answer, so an editor never keeps the diagnostics of an older text. `previous` is
 * the parse of this document's text before an edit, made with the same limits (see parsePosting).
 */
export function checkPosting(text: string, settings: EngineSettings = defaultSettings, previous?: ParsedPosting): CheckResult {
  try {
    const parsed = parsePosting(text, settings.limits, previous);
    const profile = selectProfile(parsed.data);
    // Without ignore comments, whether a problem is silenced does not depend on its line. The text is read for them
    // once here (each read of a large posting is a scan of 206 KB per key), not again in each suppression step.
    const byLine = parsed.text.includes('posting-disable');
    const silenced = byLine ? suppressionsOf(parsed.lines) : () => false;
    const budget = new ProblemBudget((code, line) => settings.severities[code] === 'off' || silenced(code, line), undefined, byLine);
    const content = contentProblems(parsed, profile, settings, budget);
    const found = localizeProblems(withoutSuperseded([...parsed.problems, ...content]), settings.locale);
    const problems = applySettings(byLine ? applySuppressions(found, parsed.lines, silenced) : found, settings);
    return { parsed, profile, problems: localizeProblems(capProblems(problems, undefined, budget), settings.locale) };
  } catch (error) {
    return failedCheck(text, error, settings);
  }
}

/** The result of a check that failed inside the engine: one internal-error problem on the first line. */
export function failedCheck(text: string, error: unknown, settings: EngineSettings = defaultSettings): CheckResult {
  const lines = new LineIndex(text);
  const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  const problem = makeProblem('internal-error', lines.lineRange(0), { detail: detail.slice(0, 200) });
  const parsed: ParsedPosting = { text, lines, data: undefined, problems: [problem] };
  return { parsed, profile: selectProfile(undefined), problems: localizeProblems([problem], settings.locale) };
}

/**
 * The result of a check stopped after `seconds`: one check-timeout problem on the first line, so the author sees why
 * there are no diagnostics (and none of an older text stay on screen).
 */
export function timedOutCheck(text: string, seconds: number, settings: EngineSettings = defaultSettings): CheckResult {
  const lines = new LineIndex(text);
  const problem = makeProblem('check-timeout', lines.lineRange(0), { seconds: String(seconds) });
  const parsed: ParsedPosting = { text, lines, data: undefined, problems: [problem] };
  return { parsed, profile: selectProfile(undefined), problems: localizeProblems([problem], settings.locale) };
}

/**
 * The reviewer rules, loaded with their word lists and the tables built from them on the first check that reaches
 * them. The server's thread leaves its checks to the check worker and needs them only for a hover, a quick fix or the
 * preview: until then it holds none of that data. (A `require`, so that the bundles initialise these modules on first
 * use; with an import they would be built when the bundle loads.)
 */
let loadedRules: readonly Rule[] | undefined;
function reviewerRules(): readonly Rule[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, see above
  loadedRules ??= (require('./rules') as typeof RulesModule).rules;
  return loadedRules;
}

function contentProblems(parsed: ParsedPosting, profile: Profile, settings: EngineSettings, budget: ProblemBudget): Problem[] {
  const { document, data } = parsed;
  if (data === null && !parsed.problems.length && isBlank(parsed.text)) {
    return [makeProblem('empty-posting', parsed.lines.lineRange(0))];
  }
  // Until the YAML parses cleanly, its data is a guess: report the syntax alone, not a wall of schema errors.
  if (!document || data === undefined || document.errors.length) return [];
  const schemaProblems = validateAgainstSchema(parsed, profile, budget);
  if (!isRecord(data)) return schemaProblems;
  const context = new RuleContext({ ...parsed, document }, data, profile, settings, budget);
  for (const rule of reviewerRules()) {
    try {
      rule.check(context);
    } catch (error) {
      // A rule bug must not take the other checks (or the server) down with it.
      console.error(`posting rule ${rule.codes.join(',')} failed:`, error);
    }
  }
  return [...schemaProblems, ...context.problems];
}

function isBlank(text: string): boolean {
  return text.split(/\r?\n|\r/).every((line) => /^\s*(#.*)?$/.test(line));
}

function applySettings(problems: Problem[], settings: EngineSettings): Problem[] {
  const result: Problem[] = [];
  for (const problem of problems) {
    const setting = settings.severities[problem.code];
    if (setting === 'off') continue;
    result.push(setting ? { ...problem, severity: setting } : problem);
  }
  return result;
}
