import { schemaFileData } from './schemaFileData';
import { isRecord } from '../text/records';

/** A JSON Schema object as read from our data files. */
export interface JsonSchema {
  $ref?: string;
  title?: string;
  description?: string;
  markdownDescription?: string;
  /** Our extension: the description in Japanese (hover in a Japanese editor). */
  'x-description-ja'?: string;
  type?: string;
  enum?: unknown[];
  markdownEnumDescriptions?: string[];
  /** Our extension: the meanings of the listed values in Japanese. */
  'x-enum-descriptions-ja'?: string[];
  /** Our extension: how a listed value is shown in completion ("A (least hardship)"). */
  'x-display'?: Record<string, string>;
  /** The same in Japanese, for Japanese editors. */
  'x-display-ja'?: Record<string, string>;
  examples?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  definitions?: Record<string, JsonSchema>;
  [keyword: string]: unknown;
}

/** Every schema file under schemas/, by its path relative to that folder (the name $refs use). */
export const schemaFiles: Record<string, JsonSchema> = schemaFileData;

/** A subschema with the file it lives in, so its relative $refs resolve. */
export interface SchemaNode {
  schema: JsonSchema;
  file: string;
}

const annotationKeys = ['title', 'description', 'markdownDescription', 'x-description-ja', 'default'] as const;

/** One keyword copied by name (generic, so the value's type follows the key's). */
function copyKeyword<K extends keyof JsonSchema>(to: JsonSchema, from: JsonSchema, key: K): void {
  to[key] = from[key];
}

/** Follows $ref chains; annotations and `required` written beside a $ref win over the target's. */
export function deref(node: SchemaNode): SchemaNode {
  let current = node;
  const overlays: JsonSchema[] = [];
  for (let hops = 0; current.schema.$ref && hops < 16; hops++) {
    overlays.push(current.schema);
    current = resolveRef(current.file, current.schema.$ref);
  }
  if (!overlays.length) return current;
  const merged: JsonSchema = { ...current.schema };
  for (const overlay of overlays.reverse()) {
    for (const key of annotationKeys) if (overlay[key] !== undefined) copyKeyword(merged, overlay, key);
    if (overlay.required) merged.required = [...new Set([...(merged.required ?? []), ...overlay.required])];
  }
  delete merged.$ref;
  return { schema: merged, file: current.file };
}

function resolveRef(file: string, ref: string): SchemaNode {
  const [target, pointer = ''] = ref.split('#');
  const targetFile = target ? joinPath(file, target) : file;
  const root = schemaFiles[targetFile];
  if (!root) throw new Error(`Schema ${file} refers to unknown file ${target}`);
  let schema: unknown = root;
  for (const part of pointer.split('/').filter(Boolean)) {
    schema = isRecord(schema) ? schema[part.replace(/~1/g, '/').replace(/~0/g, '~')] : undefined;
  }
  if (!schema || typeof schema !== 'object') throw new Error(`Schema ref ${ref} in ${file} points nowhere`);
  // The schema files are JSON Schema by construction (test/unit/schemas.test.ts compiles each one with Ajv).
  return { schema: schema as JsonSchema, file: targetFile };
}

function joinPath(from: string, relative: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of relative.split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** The schema of a property (string key) or list item (number) below a node, dereferenced. */
export function childSchema(node: SchemaNode, key: string | number): SchemaNode | undefined {
  const parent = deref(node);
  if (typeof key === 'number') {
    return parent.schema.items ? deref({ schema: parent.schema.items, file: parent.file }) : undefined;
  }
  const property = parent.schema.properties?.[key];
  return property ? deref({ schema: property, file: parent.file }) : undefined;
}

export function schemaAtPath(root: SchemaNode, path: readonly (string | number)[]): SchemaNode | undefined {
  let node: SchemaNode | undefined = deref(root);
  for (const key of path) {
    if (!node) return undefined;
    node = childSchema(node, key);
  }
  return node;
}

/** The author-facing name of a field: its template heading, or its key made readable. */
export function titleOf(node: SchemaNode | undefined, key?: string | number): string {
  if (node?.schema.title) return node.schema.title;
  if (typeof key === 'string') return humanize(key);
  if (typeof key === 'number') return `Item ${key + 1}`;
  return 'The posting';
}

export function humanize(key: string): string {
  const words = key.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
