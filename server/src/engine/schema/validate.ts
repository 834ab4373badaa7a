import { headingAt } from '../template/headings';
import { didYouMean, suggestionFragment } from '../diagnostics/fragments';
import type { DefinedError, ValidateFunction } from 'ajv';
import type { Document } from 'yaml';
import fieldAliases from '../../../../schemas/field-aliases.json';
import type { ParsedPosting } from '../document/parse';
import { makeProblem, refineProblem, type Problem } from '../diagnostics/problems';
import { ProblemBudget } from '../diagnostics/cap';
import type { Profile } from '../template/profiles';
import { definedErrors, validatorOf } from '../template/schemaCompiler';
import { schemaAtPath, titleOf, type SchemaNode } from '../template/schemaStore';
import { isRecord } from '../text/records';
import { closestMatches } from '../text/similarity';
import type { LineIndex } from '../text/positions';
import { fieldRange, valueRange } from '../document/ranges';
import type { Path } from '../document/yamlNodes';

const validators = new Map<string, ValidateFunction>();

function validatorFor(profile: Profile): ValidateFunction {
  let validator = validators.get(profile.id);
  if (!validator) {
    const found = validatorOf(profile.schema);
    if (!found) throw new Error(`Profile ${profile.id} names unknown schema ${profile.schema}`);
    validator = found;
    validators.set(profile.id, validator);
  }
  return validator;
}

/** Checks the data against the profile's schema and maps each error to the YAML node it is about. */
export function validateAgainstSchema(parsed: ParsedPosting, profile: Profile, budget = new ProblemBudget()): Problem[] {
  const { document, data, lines } = parsed;
  if (!document) return [];
  const root: SchemaNode = { schema: { $ref: profile.schema }, file: 'posting.schema.json' };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    const actual = describe(data);
    return [
      makeProblem('not-a-mapping', valueRange(document, lines, []), {
        section: 'The posting',
        section_ja: 'ポスティング',
        actual: actual.en,
        actual_ja: actual.ja,
      }),
    ];
  }
  const validate = validatorFor(profile);
  if (validate(data)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of relevantErrors(definedErrors(validate.errors))) {
    if (error.keyword === 'additionalProperties') {
      // An unknown key's range is a lookup; its did-you-mean is a search: made only within the budget (8,000 unknown
      // keys searched one by one took seconds, for a problem list that shows 100).
      const key = error.params.additionalProperty;
      const path = [...pointerToPath(error.instancePath), key];
      if (!budget.rangeToMake('unknown-field', () => fieldRange(document, lines, path))) continue;
    }
    const problem = toProblem(error, document, lines, root);
    if (!problem) continue;
    if (error.keyword !== 'additionalProperties' && !budget.take(problem.code, problem.range)) continue;
    const identity = `${problem.code}|${problem.range.start.line}:${problem.range.start.character}|${problem.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    problems.push(problem);
  }
  return withMissingSectionsTogether(withoutMisspeltSections(withMisplacedSections(problems, root, data)), root);
}

const pathText = (path: readonly (string | number)[]) => path.join('\u0000');

/** More missing sections than this are one problem that lists them, with one fix that inserts them all. */
const separateMissingSections = 3;

/**
 * A posting that lacks more than three required sections (a text pasted from elsewhere, a half-written draft) gets one
 * problem that names them all, at the first one's place, rather than an error per section; its fix inserts every
 * skeleton. Three or fewer stay one problem each, each with its own fix.
 */
function withMissingSectionsTogether(problems: Problem[], root: SchemaNode): Problem[] {
  const missing: Problem[] = [];
  const sections: { path: Path; key: string }[] = [];
  for (const problem of problems) {
    const { code, data } = problem;
    if (code !== 'missing-section' || !data?.path || !data.missingKey) continue;
    missing.push(problem);
    sections.push({ path: [...data.path], key: data.missingKey });
  }
  if (missing.length <= separateMissingSections) return problems;
  const headings = sections.map(({ path }) => headingAt(root, path));
  const together = makeProblem(
    'missing-sections',
    missing[0].range,
    {
      count: sections.length,
      sections: headings.map((heading) => heading.en).join(', '),
      sections_ja: headings.map((heading) => heading.ja).join('、'),
    },
    { path: sections[0].path, missingFields: sections.map(({ path, key }) => ({ parent: path.slice(0, -1), key })) },
  );
  const first = problems.indexOf(missing[0]);
  return [...problems.slice(0, first), together, ...problems.slice(first + 1).filter((problem) => !missing.includes(problem))];
}

/** The template field an author's name stands for (schemas/field-aliases.json): "location" → duty_station. */
const fieldOfAlias = new Map(
  Object.entries(fieldAliases).flatMap(([field, aliases]) =>
    Array.isArray(aliases) ? aliases.map((alias) => [alias, field] as const) : [],
  ),
);
const aliasedField = (key: string) => fieldOfAlias.get(key.toLowerCase().replace(/[\s-]+/g, '_'));

/**
 * A misspelt key is one problem, not two: "Unknown field 'backgroud'; did you mean 'background'?" says it, and its
 * quick fix renames the key, so the section it stands for is not reported missing as well. The same holds for a
 * section written at the wrong level, which names (and moves to) the place the template has for it.
 */
function withoutMisspeltSections(problems: Problem[]): Problem[] {
  const meant = new Set(
    problems.flatMap(({ code, data }) => {
      if (code !== 'unknown-field' || !data?.path) return [];
      if (data.moveField) return [pathText(data.moveField)];
      return data.suggestions?.length ? [pathText([...data.path.slice(0, -1), data.suggestions[0]])] : [];
    }),
  );
  return problems.filter(({ code, data }) => !(code === 'missing-section' && data?.path && meant.has(pathText(data.path))));
}

/**
 * An unknown field with no likely spelling among its siblings may be a section at the wrong level: "competencies"
 * under the Terms of Reference when the template has Key Competencies under Qualifications and Experience. When its
 * name matches a section reported missing elsewhere, or is the very key an existing section of the posting has room
 * for, the problem says where it belongs, and its fix moves it there.
 */
function withMisplacedSections(problems: Problem[], root: SchemaNode, data: unknown): Problem[] {
  const missing = problems.flatMap(({ code, data }) =>
    code === 'missing-section' && data?.path && data.missingKey ? [{ path: data.path, key: data.missingKey }] : [],
  );
  const claimed = new Set<string>();
  let places: Map<string, Path[]> | undefined;
  return problems.map((problem) => {
    const { code, data: facts } = problem;
    if (code !== 'unknown-field' || !facts?.path || facts.suggestions?.length) return problem;
    const key = String(facts.path[facts.path.length - 1]);
    const parent = pathText(facts.path.slice(0, -1));
    const candidates = missing.filter((m) => pathText(m.path.slice(0, -1)) !== parent && !claimed.has(pathText(m.path)));
    const meant = aliasedField(key) ?? key;
    const [similar] = closestMatches(
      key,
      candidates.map((m) => m.key),
    );
    const missingTarget = candidates.find((m) => m.key === (similar ?? meant))?.path;
    const place = missingTarget ? undefined : (places ??= placesByKey(data, root)).get(meant)?.find((path) => pathText(path) !== parent);
    const target = missingTarget ?? (place && [...place, meant]);
    if (!target) return problem;
    claimed.add(pathText(target));
    const targetParent = target.slice(0, -1);
    const targetKey = String(target[target.length - 1]);
    const where = titleOf(schemaAtPath(root, targetParent), targetParent[targetParent.length - 1]);
    const renamed = targetKey !== key;
    const where_ja = headingAt(root, targetParent).ja;
    const fragment = suggestionFragment(renamed ? 'belongsInAs' : 'belongsIn', { section: where, key: targetKey });
    const fragment_ja = suggestionFragment(renamed ? 'belongsInAs' : 'belongsIn', { section: where_ja, key: targetKey });
    return refineProblem(
      problem,
      { suggestion: fragment.suggestion, suggestion_ja: fragment_ja.suggestion_ja },
      { ...facts, moveField: target },
    );
  });
}

/**
 * For each field name, the paths of the posting's sections (mappings, not list items) that lack it though their
 * template has it. One walk of the data serves every unknown field (a walk per field was quadratic: 8,000 unknown keys
 * took seconds); it is made only when some unknown field needs it.
 */
function placesByKey(data: unknown, root: SchemaNode): Map<string, Path[]> {
  const places = new Map<string, Path[]>();
  const visit = (value: unknown, path: Path, schema: SchemaNode | undefined) => {
    if (!isRecord(value) || path.length > 4) return;
    const record = value;
    for (const key of Object.keys(schema?.schema.properties ?? {})) {
      if (key in record) continue;
      let list = places.get(key);
      if (!list) places.set(key, (list = []));
      list.push(path);
    }
    // Only mappings can hold a place: scalars are skipped before a schema is looked up (or an entry array made) for
    // them, as a posting with 100,000 keys of its own is walked here too.
    for (const child in record) {
      const inner = record[child];
      if (inner !== null && typeof inner === 'object' && !Array.isArray(inner))
        visit(inner, [...path, child], schemaAtPath(root, [...path, child]));
    }
  };
  visit(data, [], schemaAtPath(root, []));
  return places;
}

/** Drops the summary errors of if/then and keeps one error per failing value. */
function relevantErrors(errors: DefinedError[]): DefinedError[] {
  const kept = errors.filter((error) => error.keyword !== 'if');
  // A wrong type makes the value's other errors (format, enum, length) noise.
  const wrongType = new Set(kept.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return kept.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath) || e.keyword === 'required');
}

function toProblem(error: DefinedError, document: Document, lines: LineIndex, root: SchemaNode): Problem | undefined {
  const path = pointerToPath(error.instancePath);
  const fieldSchema = schemaAtPath(root, path);
  const section = titleOf(fieldSchema, path[path.length - 1]);
  const section_ja = path.length ? headingAt(root, path).ja : 'ポスティング';
  switch (error.keyword) {
    case 'required': {
      const missing = error.params.missingProperty;
      const missingTitle = titleOf(fieldSchema ? schemaAtPath(fieldSchema, [missing]) : undefined, missing);
      return makeProblem(
        'missing-section',
        fieldRange(document, lines, path),
        { section: missingTitle, section_ja: headingAt(root, [...path, missing]).ja },
        // Inserting the template's skeleton (placeholders included, which are then reported) is safe for --fix.
        { path: [...path, missing], missingKey: missing, autoFixable: true },
      );
    }
    case 'additionalProperties': {
      const key = error.params.additionalProperty;
      const known = Object.keys(fieldSchema?.schema.properties ?? {}).filter((name) => !name.startsWith('$'));
      const alias = aliasedField(key);
      // The field an alias names (schemas/field-aliases.json) is what the author meant: it comes first.
      const aliased = !!alias && known.includes(alias);
      const suggestions = aliased ? [alias, ...closestMatches(key, known).filter((name) => name !== alias)] : closestMatches(key, known);
      const range = fieldRange(document, lines, [...path, key]);
      const { suggestion, suggestion_ja } = didYouMean(suggestions);
      return makeProblem(
        'unknown-field',
        range,
        {
          key,
          section: path.length ? section : 'the posting',
          section_ja,
          suggestion,
          suggestion_ja,
        },
        // One likely spelling (or the field an alias names) is safe to rename to without review.
        { path: [...path, key], suggestions, replaces: 'key', autoFixable: aliased || suggestions.length === 1 },
      );
    }
    case 'type': {
      const expected = describeType(error.params.type);
      const wanted = { section, section_ja, expected: expected.en, expected_ja: expected.ja };
      if (error.data === null) {
        // `- ` and `- ""` are the same mistake: one wording ("write some text") for both.
        const empty = expected.en === 'text' ? { ...wanted, expected: 'some text', expected_ja: '文字' } : wanted;
        return makeProblem('empty-value', valueRange(document, lines, path), empty, { path });
      }
      const actual = describe(error.data);
      return makeProblem('wrong-type', valueRange(document, lines, path), { ...wanted, actual: actual.en, actual_ja: actual.ja }, { path });
    }
    case 'enum': {
      const allowed = error.params.allowedValues.map(String);
      const suggestions = closestMatches(String(error.data), allowed);
      const short = allowed.length <= 12;
      const list = short ? allowed.join(', ') : `the listed values${suggestions.length ? ` (closest: ${suggestions[0]})` : ''}`;
      const list_ja = short ? list : `一覧の値${suggestions.length ? `（最も近いもの: ${suggestions[0]}）` : ''}`;
      return makeProblem(
        'not-in-list',
        valueRange(document, lines, path),
        { section, section_ja, allowed: list, allowed_ja: list_ja },
        {
          path,
          suggestions: suggestions.length ? suggestions : allowed.slice(0, 12),
        },
      );
    }
    case 'format':
      return makeProblem('invalid-date', valueRange(document, lines, path), { section, section_ja }, { path });
    case 'minLength':
      return makeProblem(
        'empty-value',
        valueRange(document, lines, path),
        { section, section_ja, expected: 'some text', expected_ja: '文字' },
        { path },
      );
    case 'minItems':
      return makeProblem(
        'empty-value',
        valueRange(document, lines, path),
        {
          section,
          section_ja,
          expected: 'at least one item (a line starting with "- ")',
          expected_ja: '1つ以上の項目（「- 」で始まる行）',
        },
        { path },
      );
    case 'pattern': {
      const example = fieldSchema?.schema.examples?.[0];
      const detail = example ? `write it like ${String(example)}` : 'the value does not have the expected form';
      const detail_ja = example ? `${String(example)} のように書いてください` : '値の形が正しくありません';
      return makeProblem('invalid-value', valueRange(document, lines, path), { section, section_ja, detail, detail_ja }, { path });
    }
    default:
      return makeProblem(
        'invalid-value',
        valueRange(document, lines, path),
        { section, section_ja, detail: error.message ?? 'invalid value' },
        { path },
      );
  }
}

function pointerToPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((part) => (/^\d+$/.test(part) ? Number(part) : part));
}

/** A description for the message in each language. */
interface Wording {
  en: string;
  ja: string;
}

const typeNames: Record<string, Wording> = {
  string: { en: 'text', ja: '文字列' },
  array: { en: 'a list (lines starting with "- ")', ja: 'リスト（「- 」で始まる行）' },
  object: { en: 'a set of fields', ja: 'フィールドの集まり' },
  boolean: { en: 'true or false', ja: 'true か false' },
  number: { en: 'a number', ja: '数値' },
  integer: { en: 'a whole number', ja: '整数' },
};

function describeType(type: string | string[]): Wording {
  const names = (Array.isArray(type) ? type : [type]).map((t) => typeNames[t] ?? { en: t, ja: t });
  return { en: joinOr(names.map((n) => n.en)), ja: names.map((n) => n.ja).join('または') };
}

function describe(value: unknown): Wording {
  if (value === null || value === undefined) return { en: 'empty', ja: '空' };
  if (Array.isArray(value)) return { en: 'a list', ja: 'リスト' };
  if (typeof value === 'object') return typeNames.object;
  if (typeof value === 'string') return typeNames.string;
  if (typeof value === 'boolean') return { en: `${value}`, ja: `${value}` };
  return { en: `the number ${String(value)}`, ja: `数値 ${String(value)}` };
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
