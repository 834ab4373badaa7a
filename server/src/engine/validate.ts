import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { Document } from 'yaml';
import type { ParsedPosting } from './parse';
import { makeProblem, refineProblem, type Problem } from './problems';
import type { Profile } from './profiles';
import { schemaAtPath, schemaFiles, titleOf, type SchemaNode } from './schemaStore';
import { closestMatches } from './similarity';
import type { LineIndex, Range } from './text';
import { nodeAt, pairAt, valueOffsets, type Path } from './yamlNodes';

let ajv: Ajv | undefined;
const validators = new Map<string, ValidateFunction>();

/** Ajv's messages go to stderr (stdout may be the LSP channel), without its notice on the unicode option. */
const ajvLogger = {
  log: (...args: unknown[]) => console.error(...args),
  warn: (...args: unknown[]) => {
    if (!(typeof args[0] === 'string' && args[0].includes('option unicode'))) console.warn(...args);
  },
  error: (...args: unknown[]) => console.error(...args),
};

function compiler(): Ajv {
  if (ajv) return ajv;
  // unicode: false measures string length in UTF-16 units instead of walking every character to count code points
  // (most of the schema's time on long postings). The only length rule in our schemas is minLength: 1, "not
  // empty", where both counts agree; a test keeps it that way. Ajv calls the option deprecated but honours it.
  ajv = new Ajv({
    allErrors: true,
    verbose: true,
    strict: true,
    strictRequired: false,
    strictTypes: false,
    unicode: false,
    logger: ajvLogger,
  });
  // Editor annotations and our own display data, declared so strict mode accepts them.
  ajv.addVocabulary(['markdownDescription', 'markdownEnumDescriptions', 'x-display']);
  addFormats(ajv, ['date']);
  for (const [file, schema] of Object.entries(schemaFiles)) ajv.addSchema(schema, file);
  return ajv;
}

function validatorFor(profile: Profile): ValidateFunction {
  let validator = validators.get(profile.id);
  if (!validator) {
    const found = compiler().getSchema(profile.schema);
    if (!found) throw new Error(`Profile ${profile.id} names unknown schema ${profile.schema}`);
    validator = found;
    validators.set(profile.id, validator);
  }
  return validator;
}

/** Checks the data against the profile's schema and maps each error to the YAML node it is about. */
export function validateAgainstSchema(parsed: ParsedPosting, profile: Profile): Problem[] {
  const { document, data, lines } = parsed;
  if (!document) return [];
  const root: SchemaNode = { schema: { $ref: profile.schema }, file: 'posting.schema.json' };
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return [makeProblem('not-a-mapping', rangeOfValue(document, lines, []), { section: 'The posting', actual: describe(data) })];
  }
  const validate = validatorFor(profile);
  if (validate(data)) return [];
  const problems: Problem[] = [];
  const seen = new Set<string>();
  for (const error of relevantErrors(validate.errors ?? [])) {
    const problem = toProblem(error, document, lines, root);
    if (!problem) continue;
    const identity = `${problem.code}|${problem.range.start.line}:${problem.range.start.character}|${problem.message}`;
    if (seen.has(identity)) continue;
    seen.add(identity);
    problems.push(problem);
  }
  return withoutMisspeltSections(withMisplacedSections(problems, root));
}

const pathText = (path: readonly (string | number)[]) => path.join('\u0000');

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
 * name matches a section reported missing elsewhere, the problem says where that section belongs, and its fix moves it.
 */
function withMisplacedSections(problems: Problem[], root: SchemaNode): Problem[] {
  const missing = problems.flatMap(({ code, data }) =>
    code === 'missing-section' && data?.path && data.missingKey ? [{ path: data.path, key: data.missingKey }] : [],
  );
  if (!missing.length) return problems;
  const claimed = new Set<string>();
  return problems.map((problem) => {
    const { code, data } = problem;
    if (code !== 'unknown-field' || !data?.path || data.suggestions?.length) return problem;
    const key = String(data.path[data.path.length - 1]);
    const parent = pathText(data.path.slice(0, -1));
    const candidates = missing.filter((m) => pathText(m.path.slice(0, -1)) !== parent && !claimed.has(pathText(m.path)));
    const [match] = closestMatches(
      key,
      candidates.map((m) => m.key),
    );
    const target = candidates.find((m) => m.key === match)?.path;
    if (!target) return problem;
    claimed.add(pathText(target));
    const targetParent = target.slice(0, -1);
    const where = titleOf(schemaAtPath(root, targetParent), targetParent[targetParent.length - 1]);
    const suggestion = `; it belongs in ${where} as '${match}'`;
    const suggestion_ja = `（${where}の「${match}」に置く項目です）`;
    return refineProblem(problem, { suggestion, suggestion_ja }, { ...data, moveField: target });
  });
}

/** Drops the summary errors of if/then and keeps one error per failing value. */
function relevantErrors(errors: ErrorObject[]): ErrorObject[] {
  const kept = errors.filter((error) => error.keyword !== 'if');
  // A wrong type makes the value's other errors (format, enum, length) noise.
  const wrongType = new Set(kept.filter((e) => e.keyword === 'type').map((e) => e.instancePath));
  return kept.filter((e) => e.keyword === 'type' || !wrongType.has(e.instancePath) || e.keyword === 'required');
}

function toProblem(error: ErrorObject, document: Document, lines: LineIndex, root: SchemaNode): Problem | undefined {
  const path = pointerToPath(error.instancePath);
  const fieldSchema = schemaAtPath(root, path);
  const section = titleOf(fieldSchema, path[path.length - 1]);
  switch (error.keyword) {
    case 'required': {
      const missing = String((error.params as { missingProperty: string }).missingProperty);
      const missingTitle = titleOf(fieldSchema ? schemaAtPath(fieldSchema, [missing]) : undefined, missing);
      return makeProblem(
        'missing-section',
        rangeOfParent(document, lines, path),
        { section: missingTitle },
        {
          path: [...path, missing],
          missingKey: missing,
        },
      );
    }
    case 'additionalProperties': {
      const key = String((error.params as { additionalProperty: string }).additionalProperty);
      const known = Object.keys(fieldSchema?.schema.properties ?? {}).filter((name) => !name.startsWith('$'));
      const suggestions = closestMatches(key, known);
      const pair = pairAt(document, [...path, key]);
      const offsets = valueOffsets(pair?.key as never);
      const range = offsets ? lines.range(...offsets) : rangeOfParent(document, lines, path);
      const suggestion = suggestions.length ? `; did you mean '${suggestions[0]}'?` : '';
      const suggestion_ja = suggestions.length ? `（「${suggestions[0]}」の誤りではありませんか）` : '';
      return makeProblem(
        'unknown-field',
        range,
        { key, section: path.length ? section : 'the posting', suggestion, suggestion_ja },
        { path: [...path, key], suggestions, replaces: 'key' },
      );
    }
    case 'type': {
      const expected = describeType((error.params as { type: string | string[] }).type);
      if (error.data === null) {
        return makeProblem('empty-value', rangeOfValue(document, lines, path), { section, expected }, { path });
      }
      return makeProblem('wrong-type', rangeOfValue(document, lines, path), { section, expected, actual: describe(error.data) }, { path });
    }
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues.map(String);
      const suggestions = closestMatches(String(error.data), allowed);
      const list =
        allowed.length <= 12 ? allowed.join(', ') : `the listed values${suggestions.length ? ` (closest: ${suggestions[0]})` : ''}`;
      return makeProblem(
        'not-in-list',
        rangeOfValue(document, lines, path),
        { section, allowed: list },
        {
          path,
          suggestions: suggestions.length ? suggestions : allowed.slice(0, 12),
        },
      );
    }
    case 'format':
      return makeProblem('invalid-date', rangeOfValue(document, lines, path), { section }, { path });
    case 'minLength':
      return makeProblem('empty-value', rangeOfValue(document, lines, path), { section, expected: 'some text' }, { path });
    case 'minItems':
      return makeProblem(
        'empty-value',
        rangeOfValue(document, lines, path),
        { section, expected: 'at least one item (a line starting with "- ")' },
        { path },
      );
    case 'pattern': {
      const example = fieldSchema?.schema.examples?.[0];
      const detail = example ? `write it like ${String(example)}` : 'the value does not have the expected form';
      return makeProblem('invalid-value', rangeOfValue(document, lines, path), { section, detail }, { path });
    }
    default:
      return makeProblem(
        'invalid-value',
        rangeOfValue(document, lines, path),
        { section, detail: error.message ?? 'invalid value' },
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

/** Where a missing child is reported: the parent's key, or the first line for the top level. */
function rangeOfParent(document: Document, lines: LineIndex, path: Path): Range {
  if (!path.length) return lines.lineRange(0);
  const pair = pairAt(document, path);
  const keyOffsets = valueOffsets(pair?.key as never);
  if (keyOffsets) return lines.range(...keyOffsets);
  const node = nodeAt(document, path);
  const offsets = valueOffsets(node);
  return offsets ? lines.lineRange(lines.positionAt(offsets[0]).line) : lines.lineRange(0);
}

/** Where a bad value is reported: the value itself, or its key when the value is empty. */
function rangeOfValue(document: Document, lines: LineIndex, path: Path): Range {
  const offsets = valueOffsets(path.length ? nodeAt(document, path) : (document.contents as never));
  if (offsets) {
    // A block value spanning lines is marked on its first line only, never as a whole-document range.
    const start = lines.positionAt(offsets[0]);
    const end = lines.positionAt(offsets[1]);
    if (end.line > start.line) return { start, end: lines.positionAt(lines.lineEnd(start.line)) };
    return { start, end };
  }
  return rangeOfParent(document, lines, path);
}

function describeType(type: string | string[]): string {
  const names: Record<string, string> = {
    string: 'text',
    array: 'a list (lines starting with "- ")',
    object: 'a set of fields',
    boolean: 'true or false',
    number: 'a number',
    integer: 'a whole number',
  };
  const types = Array.isArray(type) ? type : [type];
  return joinOr(types.map((t) => names[t] ?? t));
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a set of fields';
  if (typeof value === 'string') return 'text';
  if (typeof value === 'boolean') return `${value}`;
  return `the number ${String(value)}`;
}

function joinOr(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
