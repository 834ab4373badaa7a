import picomatch from 'picomatch';

export const defaultIncludeGlobs = ['**/*.posting.yaml', '**/*.posting.yml', '**/*.tor.yaml'];

const modeline = /^#\s*posting\b/;
const schemaMention = /posting\.schema\.json/;

/**
 * Whether a YAML document is a posting: its path matches an include glob, or its first line
 * declares it (`# posting`), or it names our schema (`$schema:` or a yaml-language-server modeline).
 * Every other YAML file is left alone.
 */
export function isPostingDocument(uri: string, text: string, includeGlobs: readonly string[] = defaultIncludeGlobs): boolean {
  const path = uriPath(uri);
  // picomatch's types ask for a mutable array; it does not change it.
  if (includeGlobs.length && picomatch.isMatch(path, includeGlobs as string[], { dot: true })) return true;
  const head = text.slice(0, 2000);
  const firstLine = head.split(/\r?\n/, 1)[0];
  if (modeline.test(firstLine)) return true;
  if (/^#.*\$schema=/.test(firstLine) && schemaMention.test(firstLine)) return true;
  return /^\$schema:.*posting\.schema\.json/m.test(head);
}

/** Whether the text's first line is the `# posting` line that declares a posting. */
export function startsWithPostingModeline(text: string): boolean {
  return modeline.test(text.slice(0, 200).split(/\r?\n/, 1)[0]);
}

function uriPath(uri: string): string {
  if (!/^[a-z][\w+.-]*:/i.test(uri)) return uri;
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
