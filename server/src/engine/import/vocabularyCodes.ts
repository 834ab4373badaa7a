import common from '../../../../schemas/import/common.json';
import { isRecord } from '../text/records';
import { profileSchema, type Profile } from '../template/profiles';
import { schemaAtPath } from '../template/schemaStore';

/**
 * A code a text writes in other words than the profile's vocabulary, as that vocabulary's value: "Regular Assignment"
 * is `Regular > Regular Assignment` (Workday's reason, written without its group), "Non-family" is `Non Family`. A value
 * is changed only where the data names the code it stands for (common.json codeSynonyms: "National Officer") or exactly
 * one code of the field's vocabulary reads the same once case, hyphens and spaces are set aside, or once the group
 * before " > " is; any other value stays as written, for the schema to report. In a field without a vocabulary only a
 * category's trailing word goes (categoryCode).
 */
export function vocabularyCodes(fields: Record<string, unknown>, profile: Profile, keep: ReadonlySet<string> = new Set()): void {
  const root = profileSchema(profile);
  const visit = (node: Record<string, unknown>, path: string[]) => {
    for (const [key, value] of Object.entries(node)) {
      if (!path.length && keep.has(key)) continue;
      if (isRecord(value)) visit(value, [...path, key]);
      else if (typeof value === 'string') node[key] = coded(value, schemaAtPath(root, [...path, key])?.schema.enum);
      else if (Array.isArray(value)) {
        const codes = schemaAtPath(root, [...path, key, 0])?.schema.enum;
        if (codes) node[key] = value.map((item: unknown) => (typeof item === 'string' ? coded(item, codes) : item));
      }
    }
  };
  visit(fields, []);
}

function coded(value: string, codes: readonly unknown[] | undefined): string {
  if (!codes) return categoryCode(value) ?? value;
  return codes.includes(value) ? value : (codeFor(value, codes) ?? value);
}

/**
 * A field without a vocabulary (the general profile's affiliate type) still loses the word a category's name ends
 * with ("General Service Staff", IOM's classification: "General Service"; "Professional and Higher Categories"): the
 * synonym whose code begins the value. Other synonyms ("National Officer") stay as written there.
 */
function categoryCode(value: string): string | undefined {
  const named = synonyms[value.trim()];
  return named && squashed(value).startsWith(squashed(named)) ? named : undefined;
}

const squashed = (text: string) => text.toLowerCase().replace(/[\s-]+/g, '');

const synonyms: Record<string, string> = common.codeSynonyms;

function codeFor(value: string, codes: readonly unknown[]): string | undefined {
  const named = synonyms[value.trim()];
  if (named && codes.includes(named)) return named;
  const written = squashed(value);
  const same = codes.filter(
    (code): code is string => typeof code === 'string' && (squashed(code) === written || squashed(code.split(' > ').pop()!) === written),
  );
  return same.length === 1 ? same[0] : undefined;
}
