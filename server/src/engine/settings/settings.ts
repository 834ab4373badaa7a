import type { Catalogue } from '../template/catalogues';
import type { SeveritySetting } from '../diagnostics/problems';
import { defaultLimits, type ParseLimits } from '../document/parse';

/** Parameters of reviewer checks that change by year or by office (.postingrc.yaml `parameters`). */
export interface RuleParameters {
  /** The JPO age limit is counted on this date (YYYY-MM-DD); MOFA moves it each year. */
  jpoAgeReferenceDate?: string;
  /** Oldest age a JPO applicant may be on the reference date. */
  jpoMaxAge?: number;
  /** ICA level → staff grade for the grade checks, e.g. { LICA8: 'NOB' }; overrides schemas/grade-requirements.json. */
  icaGrades?: Record<string, string>;
  /** The Flesch-Kincaid grade postings aim at (schemas/wording/readability.json by default). */
  readabilityTargetGrade?: number;
  [name: string]: unknown;
}

/** Everything a caller may tune: the editor's settings, a .postingrc.yaml, or CLI flags. */
export interface EngineSettings {
  limits: ParseLimits;
  /** Severity per diagnostic code; 'off' silences it. */
  severities: Record<string, SeveritySetting>;
  /** Competency frameworks a project adds; they come before the built-in ones and win on the same id. */
  catalogues: Catalogue[];
  parameters: RuleParameters;
  /** The reader's locale (the LSP client's, or LANG for the CLI): 'ja' picks the Japanese messages. */
  locale?: string;
  /** How exports print dates (`.postingrc.yaml` `dateFormat`); render/format.ts defaultDateFormat when unset. */
  dateFormat?: string;
}

export const defaultSettings: EngineSettings = { limits: defaultLimits, severities: {}, catalogues: [], parameters: {} };

export function mergeSettings(base: EngineSettings, override: Partial<EngineSettings> | undefined): EngineSettings {
  if (!override) return base;
  return {
    limits: { ...base.limits, ...override.limits },
    severities: { ...base.severities, ...override.severities },
    catalogues: [...(override.catalogues ?? []), ...base.catalogues],
    parameters: { ...base.parameters, ...override.parameters },
    locale: override.locale ?? base.locale,
    dateFormat: override.dateFormat ?? base.dateFormat,
  };
}
