import type { Document } from 'yaml';
import { parsePosting, type ParsedPosting } from './document/parse';
import { localizeProblems, makeProblem, withoutSuperseded, type Problem } from './diagnostics/problems';
import { selectProfile, type Profile } from './template/profiles';
import { rules } from './rules';
import { RuleContext, type PostingData } from './rules/rule';
import { defaultSettings, type EngineSettings } from './settings/settings';
import { applySuppressions } from './diagnostics/suppressions';
import { validateAgainstSchema } from './schema/validate';

export interface CheckResult {
  parsed: ParsedPosting;
  profile: Profile;
  problems: Problem[];
}

/** The whole check of one posting: parse, schema, reviewer rules, then settings and ignore comments. */
export function checkPosting(text: string, settings: EngineSettings = defaultSettings): CheckResult {
  const parsed = parsePosting(text, settings.limits);
  const profile = selectProfile(parsed.data);
  const found = localizeProblems(withoutSuperseded([...parsed.problems, ...contentProblems(parsed, profile, settings)]), settings.locale);
  return { parsed, profile, problems: applySettings(applySuppressions(found, parsed.lines), settings) };
}

function contentProblems(parsed: ParsedPosting, profile: Profile, settings: EngineSettings): Problem[] {
  const { document, data } = parsed;
  if (data === null && !parsed.problems.length && isBlank(parsed.text)) {
    return [makeProblem('empty-posting', parsed.lines.lineRange(0))];
  }
  // Until the YAML parses cleanly, its data is a guess: report the syntax alone, not a wall of schema errors.
  if (!document || data === undefined || document.errors.length) return [];
  const schemaProblems = validateAgainstSchema(parsed, profile);
  if (data === null || typeof data !== 'object' || Array.isArray(data)) return schemaProblems;
  const context = new RuleContext(parsed as ParsedPosting & { document: Document }, data as PostingData, profile, settings);
  for (const rule of rules) {
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
