import general from '../../../../schemas/diagnostics.json';
import closing from '../../../../schemas/rules/closing.json';
import competencies from '../../../../schemas/rules/competencies.json';
import config from '../../../../schemas/rules/config.json';
import contract from '../../../../schemas/rules/contract.json';
import country from '../../../../schemas/rules/country.json';
import dates from '../../../../schemas/rules/dates.json';
import duties from '../../../../schemas/rules/duties.json';
import eligibility from '../../../../schemas/rules/eligibility.json';
import glued from '../../../../schemas/rules/glued.json';
import inclusion from '../../../../schemas/rules/inclusion.json';
import languages from '../../../../schemas/rules/languages.json';
import publishing from '../../../../schemas/rules/publishing.json';
import versions from '../../../../schemas/rules/versions.json';
import readability from '../../../../schemas/rules/readability.json';
import summary from '../../../../schemas/rules/summary.json';
import wording from '../../../../schemas/rules/wording.json';

export type Severity = 'error' | 'warning' | 'information' | 'hint';

export interface DiagnosticInfo {
  severity: Severity;
  message: string;
  help: string;
  /** Japanese texts, next to the English ones; English is used where they are missing. */
  message_ja?: string;
  help_ja?: string;
  /**
   * Codes that say the same thing more precisely: where one of them marks an overlapping range, this problem is not
   * reported as well (one problem, one diagnostic).
   */
  supersededBy?: string[];
}

/**
 * The files that define diagnostic codes: the engine's own (parse, schema, structure) and one per rule family in
 * schemas/rules/. A new rule family adds its file here (the order is the order of the codes in SARIF output); test/unit/catalogue.test.ts fails if one is left out.
 */
export const catalogueFiles: Readonly<Record<string, Record<string, unknown>>> = {
  'diagnostics.json': general,
  'rules/dates.json': dates,
  'rules/competencies.json': competencies,
  'rules/contract.json': contract,
  'rules/country.json': country,
  'rules/duties.json': duties,
  'rules/eligibility.json': eligibility,
  'rules/languages.json': languages,
  'rules/closing.json': closing,
  'rules/summary.json': summary,
  'rules/wording.json': wording,
  'rules/glued.json': glued,
  'rules/inclusion.json': inclusion,
  'rules/readability.json': readability,
  'rules/config.json': config,
  'rules/publishing.json': publishing,
  'rules/versions.json': versions,
};

/** Every diagnostic code with its severity, messages and help, built once from the files above. */
export const catalogue: ReadonlyMap<string, DiagnosticInfo> = new Map(
  Object.values(catalogueFiles).flatMap((entries) =>
    Object.entries(entries)
      .filter(([code]) => !code.startsWith('$'))
      // The files' shape is checked by test/unit/catalogue.test.ts; JSON imports are typed only by their content.
      .map(([code, info]) => [code, info as DiagnosticInfo] as const),
  ),
);
