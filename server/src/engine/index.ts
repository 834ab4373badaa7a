/** The engine's public face: what the server, the CLI and the tests call. */
export { checkPosting, type CheckResult } from './check';
export { parsePosting, defaultLimits, type ParsedPosting, type ParseLimits } from './parse';
export { diagnosticInfo, allDiagnosticCodes, type Problem, type ProblemData, type Severity, type SeveritySetting } from './problems';
export { profiles, selectProfile, type Profile } from './profiles';
export { isPostingDocument, defaultIncludeGlobs } from './selection';
export { defaultSettings, mergeSettings, type EngineSettings, type RuleParameters } from './settings';
export {
  catalogueFileProblem,
  configFileNames,
  parseCatalogue,
  parseConfig,
  settingsWithConfig,
  type ParsedConfig,
  type ProjectConfig,
} from './config';
export { LineIndex, type Position, type Range } from './text';
export {
  allCatalogues,
  catalogueFor,
  findCompetency,
  normalizeCompetency,
  type Catalogue,
  type CompetencyEntry,
  type CompetencyGroup,
} from './catalogues';
export {
  renderPosting,
  renderPostingText,
  renderFormats,
  renderExtensions,
  isRenderFormat,
  type RenderFormat,
  type RenderOptions,
} from './render';
export * from './authoring';
export { wordingBalanceLens } from './wording/lens';
export { importFromText, type ImportOptions, type ImportResult } from './import/fromText';
