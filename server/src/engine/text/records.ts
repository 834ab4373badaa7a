/** A mapping (a plain object, not a list): what YAML and JSON data are checked against before reading a field. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
