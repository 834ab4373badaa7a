/** The engine's public face: what the server, the CLI and the tests call. */
export { checkPosting, failedCheck, timedOutCheck, type CheckResult } from './check';
export { parsePosting, defaultLimits, sameLimits, type ParsedPosting, type ParseLimits } from './document/parse';
export {
  diagnosticInfo,
  allDiagnosticCodes,
  formatMessage,
  type Problem,
  type ProblemData,
  type Severity,
  isSeveritySetting,
  type SeveritySetting,
} from './diagnostics/problems';
export { profiles, selectProfile, type Profile } from './template/profiles';
export { isPostingDocument, defaultIncludeGlobs, globOptions, globProblem, safeGlobs } from './document/selection';
export { defaultSettings, mergeSettings, type EngineSettings, type RuleParameters } from './settings/settings';
export {
  catalogueFileProblem,
  configFileNames,
  parseCatalogue,
  parseConfig,
  settingsWithConfig,
  type ParsedConfig,
  type ProjectConfig,
} from './settings/config';
export { LineIndex, type Position, type Range } from './text/positions';
export { localizeProblems, makeProblem } from './diagnostics/problems';
export {
  allCatalogues,
  catalogueFor,
  findCompetency,
  normalizeCompetency,
  type Catalogue,
  type CompetencyEntry,
  type CompetencyGroup,
} from './template/catalogues';
export {
  renderPosting,
  renderPostingText,
  exportWarnings,
  type ExportWarning,
  renderFormats,
  renderExtensions,
  isRenderFormat,
  type RenderFormat,
  type RenderOptions,
  type ViewOptions,
  checkPublishing,
  assessReadiness,
  readinessHtml,
  readinessText,
  type Readiness,
  type ReadinessLine,
  type PublishingCheck,
  type GateFinding,
  type GateOptions,
} from './render';
export * from './authoring';
export { explainBalance, wordingBalanceLens, type WordingExplanation } from './wording/lens';
export { explainReadability, readabilityLenses } from './authoring/readabilityLens';
export { importFromText, type ImportOptions, type ImportResult } from './import/fromText';
export { isRecord } from './text/records';
export { forgetTextMemos, textMemoEntries } from './text/memo';
