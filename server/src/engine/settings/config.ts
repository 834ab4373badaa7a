import type { DefinedError, ErrorObject, ValidateFunction } from 'ajv';
import { didYouMean } from '../diagnostics/fragments';
import { parse as parseYaml } from 'yaml';
import { definedErrors, validatorOf } from '../template/schemaCompiler';
import { isRecord } from '../text/records';
import configWords from '../../../../schemas/l10n/config.json';
import type { Catalogue, CompetencyEntry, CompetencyGroup } from '../template/catalogues';
import { parsePosting, type ParsedPosting } from '../document/parse';
import { globProblem } from '../document/selection';
import { allDiagnosticCodes, isSeveritySetting, makeProblem, type Problem, type SeveritySetting } from '../diagnostics/problems';
import { mergeSettings, type EngineSettings, type RuleParameters } from './settings';
import { closestMatches } from '../text/similarity';
import type { Range } from '../text/positions';
import { fieldRange, valueRange } from '../document/ranges';
import type { Path } from '../document/yamlNodes';

export const configFileNames = ['.postingrc.yaml', '.postingrc.yml'];

/** What a .postingrc.yaml sets; only the settings that are valid are kept. */
export interface ProjectConfig {
  severities: Record<string, SeveritySetting>;
  /** Frameworks written out in the file. */
  catalogues: Catalogue[];
  /** Framework files to load, relative to the config file, with where the file names them. */
  catalogueFiles: { file: string; path: Path }[];
  parameters: RuleParameters;
  includeGlobs?: string[];
  maxFileSize?: number;
  /** How exports print dates (render/format.ts formatDate). */
  dateFormat?: string;
}

export interface ParsedConfig {
  config: ProjectConfig;
  problems: Problem[];
  parsed: ParsedPosting;
}

/** A framework as the schema (postingrc.schema.json#/definitions/catalogue) accepts it: definitions may be left out. */
interface CatalogueData {
  id: string;
  title: string;
  organizations?: string[];
  groups: Record<string, Omit<CompetencyGroup, 'entries'> & { entries: (Omit<CompetencyEntry, 'definition'> & { definition?: string })[] }>;
}

function validators(): { config: ValidateFunction; catalogue: ValidateFunction<CatalogueData> } {
  const config = validatorOf('postingrc.schema.json');
  const catalogue = validatorOf<CatalogueData>('postingrc.schema.json#/definitions/catalogue');
  if (!config || !catalogue) throw new Error('schemas/postingrc.schema.json lacks its catalogue definition');
  return { config, catalogue };
}

function pointerToPath(pointer: string): Path {
  return pointer
    .split('/')
    .slice(1)
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** Ranges in the config text: a value, else its key, else the first line (document/ranges.ts). */
class ConfigRanges {
  constructor(private readonly parsed: ParsedPosting) {}

  value(path: Path): Range {
    return valueRange(this.parsed.document, this.parsed.lines, path);
  }

  key(path: Path): Range {
    return fieldRange(this.parsed.document, this.parsed.lines, path);
  }
}

/** Closest names first; a name that differs only in case beats one that merely contains it. */
function suggestionsFor(input: string, known: readonly string[]): string[] {
  const sameLetters = known.filter((name) => name.toLowerCase() === input.toLowerCase());
  return [...new Set([...sameLetters, ...closestMatches(input, known)])].slice(0, 3);
}

/** The `title` of the schema an error was found against (Ajv's `verbose` option keeps it; it is `any` there). */
function schemaTitle(error: DefinedError): string | undefined {
  const schema: unknown = error.parentSchema;
  return isRecord(schema) && typeof schema.title === 'string' ? schema.title : undefined;
}

function schemaPropertyNames(error: DefinedError): string[] {
  const schema: unknown = error.parentSchema;
  return isRecord(schema) && isRecord(schema.properties) ? Object.keys(schema.properties) : [];
}

type Words = (typeof configWords)['en'];
type ProblemKey = keyof Words['problems'];

/** A description in both languages: the `{setting}` and `{problem}` of config-invalid-value and their `_ja` forms. */
interface Bilingual {
  en: string;
  ja: string;
}

function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

function bothLanguages(describe: (words: Words, language: 'en' | 'ja') => string): Bilingual {
  return { en: describe(configWords.en, 'en'), ja: describe(configWords.ja, 'ja') };
}

function problemText(key: ProblemKey, values: Record<string, string | number> = {}): Bilingual {
  return bothLanguages((words) => fill(words.problems[key], values));
}

/** A schema title in the language given (schemas/l10n/config.json's `titles`), else as the schema writes it. */
function titleIn(title: string, language: 'en' | 'ja'): string {
  const titles: Record<string, string> = language === 'ja' ? configWords.ja.titles : {};
  return titles[title] ?? title;
}

function settingName(error: DefinedError, path: Path): Bilingual {
  const title = schemaTitle(error);
  return bothLanguages((words, language) =>
    title
      ? fill(words.setting, { title: titleIn(title, language), path: path.join('.') })
      : path.length
        ? path.join('.')
        : words.theConfiguration,
  );
}

function describeError(error: DefinedError): Bilingual {
  switch (error.keyword) {
    case 'enum':
      return problemText('enum', { values: error.params.allowedValues.join(', ') });
    case 'type': {
      const type = String(error.params.type);
      return bothLanguages((words) => {
        const types: Readonly<Record<string, string | undefined>> = words.types;
        return fill(words.problems.type, { type: types[type] ?? type });
      });
    }
    case 'minimum':
      return problemText('minimum', { limit: error.params.limit });
    case 'maximum':
      return problemText('maximum', { limit: error.params.limit });
    case 'minLength':
      return problemText('minLength');
    case 'minProperties':
      return problemText('minProperties');
    case 'format':
      return problemText('format');
    case 'pattern':
      return problemText('pattern', { pattern: error.params.pattern });
    default:
      // A keyword the schema does not use today: Ajv's own (English) message, else a plain "is not valid".
      return error.message ? { en: error.message, ja: problemText('invalid').ja } : problemText('invalid');
  }
}

/** config-invalid-value's parameters: the setting and the problem, each in English and in Japanese. */
function invalidValue(setting: Bilingual, problem: Bilingual): Record<string, string> {
  return { setting: setting.en, setting_ja: setting.ja, problem: problem.en, problem_ja: problem.ja };
}

/** Maps schema errors to problems at the config's nodes; `prefix` places a nested document (a catalogue). */
function schemaProblems(errors: readonly ErrorObject[], ranges: ConfigRanges, prefix: Path = []): Problem[] {
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of definedErrors(errors)) {
    const path = [...prefix, ...pointerToPath(error.instancePath)];
    if (error.keyword === 'anyOf' || error.keyword === 'if') continue;
    // A key that breaks `propertyNames` is reported once, by the propertyNames error, at the key.
    if (error.propertyName !== undefined) continue;
    // Rule codes get their own check (did-you-mean over every known code).
    if (error.keyword === 'propertyNames' && path[0] === 'rules' && path.length === 1) continue;
    let problem: Problem;
    if (error.keyword === 'additionalProperties') {
      const key = error.params.additionalProperty;
      const known = schemaPropertyNames(error).filter((k) => !k.startsWith('$'));
      const suggestions = suggestionsFor(key, known);
      problem = makeProblem(
        'config-unknown-setting',
        ranges.key([...path, key]),
        {
          key,
          section: path.length ? path.join('.') : '.postingrc.yaml',
          ...didYouMean(suggestions),
        },
        { path: [...path, key], suggestions, replaces: 'key' },
      );
    } else if (error.keyword === 'propertyNames') {
      const key = error.params.propertyName;
      problem = makeProblem(
        'config-invalid-value',
        ranges.key([...path, key]),
        invalidValue(
          bothLanguages((words) => fill(words.keyIn, { key, path: path.join('.') })),
          problemText('notAKey'),
        ),
        { path: [...path, key] },
      );
    } else if (error.keyword === 'required') {
      const missing = error.params.missingProperty;
      problem = makeProblem(
        'config-invalid-value',
        ranges.key(path),
        invalidValue(
          bothLanguages((words) => path.join('.') || words.theConfiguration),
          problemText('required', { missing }),
        ),
        { path, missingKey: missing },
      );
    } else {
      problem = makeProblem('config-invalid-value', ranges.value(path), invalidValue(settingName(error, path), describeError(error)), {
        path,
      });
    }
    const identity = `${problem.message}|${problem.range.start.line}:${problem.range.start.character}`;
    if (!seen.has(identity)) problems.push(problem);
    seen.add(identity);
  }
  return problems;
}

/** Reads a framework (JSON or YAML text); returns the reasons when it is not one, in English and in Japanese. */
export function parseCatalogue(text: string): { catalogue?: Catalogue; problems: string[]; problems_ja: string[] } {
  let data: unknown;
  try {
    data = parseYaml(text, { maxAliasCount: 100 });
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    const problem = problemText('doesNotParse', { reason });
    return { problems: [problem.en], problems_ja: [problem.ja] };
  }
  const validate = validators().catalogue;
  if (!validate(data)) {
    const described = definedErrors(validate.errors).map((e) => {
      const where = e.instancePath ? `${e.instancePath.slice(1).replace(/\//g, '.')}` : '';
      const problem = e.keyword === 'required' ? problemText('required', { missing: e.params.missingProperty }) : describeError(e);
      // English reads "needs 'groups'" after the message's colon; Japanese needs the subject ("カタログには…").
      return { en: where ? `${where} ${problem.en}` : problem.en, ja: `${where || configWords.ja.theCatalogue}${problem.ja}` };
    });
    return { problems: described.map((d) => d.en), problems_ja: described.map((d) => d.ja) };
  }
  return { catalogue: toCatalogue(data), problems: [], problems_ja: [] };
}

function toCatalogue(raw: CatalogueData): Catalogue {
  const groups: Catalogue['groups'] = {};
  for (const [key, group] of Object.entries(raw.groups)) {
    groups[key] = { ...group, entries: group.entries.map((entry) => ({ ...entry, definition: entry.definition ?? '' })) };
  }
  return { id: raw.id, title: raw.title, organizations: raw.organizations ?? [], groups };
}

/** Parses and validates a .postingrc.yaml: its settings, and its problems with ranges in its own text. */
export function parseConfig(text: string): ParsedConfig {
  const parsed = parsePosting(text);
  const config: ProjectConfig = { severities: {}, catalogues: [], catalogueFiles: [], parameters: {} };
  const problems = [...parsed.problems];
  if (problems.length || !parsed.document || parsed.document.errors.length || parsed.data === null || parsed.data === undefined) {
    return { config, problems, parsed };
  }
  const ranges = new ConfigRanges(parsed);
  const validate = validators().config;
  if (!validate(parsed.data)) {
    const errors = (validate.errors ?? []).filter((e) => !/^\/catalogues\/\d+/.test(e.instancePath));
    problems.push(...schemaProblems(errors, ranges));
  }
  if (!isRecord(parsed.data)) return { config, problems, parsed };
  const data = parsed.data;
  readRules(data.rules, config, problems, ranges);
  readCatalogues(data.catalogues, config, problems, ranges);
  readParameters(data.parameters, config, problems);
  const include: unknown = isRecord(data.files) ? data.files.include : undefined;
  if (Array.isArray(include) && include.every((glob) => typeof glob === 'string')) {
    config.includeGlobs = include.filter((glob): glob is string => typeof glob === 'string');
    config.includeGlobs.forEach((glob, index) => {
      const problem = globProblem(glob);
      const path = ['files', 'include', index];
      if (problem)
        problems.push(
          makeProblem('config-invalid-value', ranges.value(path), { setting: `Include (files.include.${index})`, problem }, { path }),
        );
    });
  }
  if (typeof data.dateFormat === 'string' && !problems.some((p) => p.data?.path?.[0] === 'dateFormat')) config.dateFormat = data.dateFormat;
  if (typeof data.maxFileSize === 'number' && Number.isInteger(data.maxFileSize) && data.maxFileSize > 0)
    config.maxFileSize = data.maxFileSize;
  return { config, problems, parsed };
}

function readRules(rules: unknown, config: ProjectConfig, problems: Problem[], ranges: ConfigRanges): void {
  if (!isRecord(rules)) return;
  const known = allDiagnosticCodes();
  for (const [code, severity] of Object.entries(rules)) {
    if (!known.includes(code)) {
      const suggestions = suggestionsFor(code, known);
      problems.push(
        makeProblem(
          'config-unknown-rule',
          ranges.key(['rules', code]),
          {
            code,
            ...didYouMean(suggestions),
          },
          { path: ['rules', code], suggestions, replaces: 'key' },
        ),
      );
      continue;
    }
    if (isSeveritySetting(severity)) config.severities[code] = severity;
  }
}

function readCatalogues(catalogues: unknown, config: ProjectConfig, problems: Problem[], ranges: ConfigRanges): void {
  if (!Array.isArray(catalogues)) return;
  const validate = validators().catalogue;
  catalogues.forEach((item: unknown, index) => {
    const path = ['catalogues', index];
    if (typeof item === 'string') {
      if (/\.(?:json|ya?ml)$/i.test(item)) config.catalogueFiles.push({ file: item, path });
      else
        problems.push(
          makeProblem(
            'config-invalid-value',
            ranges.value(path),
            invalidValue(
              bothLanguages((words) => fill(words.setting, { title: words.catalogueFile, path: path.join('.') })),
              problemText('catalogueFile'),
            ),
            { path },
          ),
        );
      return;
    }
    if (validate(item)) config.catalogues.push(toCatalogue(item));
    else problems.push(...schemaProblems(validate.errors ?? [], ranges, path));
  });
}

function readParameters(parameters: unknown, config: ProjectConfig, problems: Problem[]): void {
  if (!isRecord(parameters)) return;
  // Only the parameters that passed the schema are used; a wrong one is already reported.
  const wrong = new Set(problems.map((p) => (p.data?.path ?? []).join('.')));
  for (const [name, value] of Object.entries(parameters)) {
    if (![...wrong].some((path) => path === `parameters.${name}` || path.startsWith(`parameters.${name}.`)))
      config.parameters[name] = value;
  }
}

/** The engine settings for a posting under this config: the base (editor) settings, then the file's. */
export function settingsWithConfig(base: EngineSettings, config: ProjectConfig, loadedCatalogues: Catalogue[] = []): EngineSettings {
  return mergeSettings(base, {
    limits: config.maxFileSize ? { ...base.limits, maxFileSize: config.maxFileSize } : base.limits,
    severities: config.severities,
    catalogues: [...config.catalogues, ...loadedCatalogues],
    parameters: config.parameters,
    dateFormat: config.dateFormat,
  });
}

/** A catalogue file a config names could not be used: reported on the config, at the file's name. */
export function catalogueFileProblem(
  parsed: ParsedPosting,
  path: Path,
  file: string,
  failure: { unreadable: string; unreadable_ja?: string } | { invalid: string[]; invalid_ja?: string[] },
): Problem {
  const range = new ConfigRanges(parsed).value(path);
  return 'unreadable' in failure
    ? makeProblem(
        'config-catalogue-unreadable',
        range,
        { file, reason: failure.unreadable, reason_ja: failure.unreadable_ja ?? failure.unreadable },
        { path },
      )
    : makeProblem(
        'config-invalid-catalogue',
        range,
        { file, detail: failure.invalid.slice(0, 3).join('; '), detail_ja: (failure.invalid_ja ?? failure.invalid).slice(0, 3).join('、') },
        { path },
      );
}
