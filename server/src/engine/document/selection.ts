import picomatch from 'picomatch';

export const defaultIncludeGlobs = ['**/*.posting.yaml', '**/*.posting.yml', '**/*.tor.yaml'];

/**
 * Limits on an include glob (from `.postingrc.yaml` or the editor's settings, so possibly from a cloned repository).
 * picomatch turns each `*` into a lazy `[^/]*?` and each `**` into a lazy run over whole path segments, so k of them
 * that can meet on one stretch of a path backtrack about n^k times on a path that almost matches: six `*` in one
 * segment took 48 s on a 60-character file name. Two per segment and two globstars per glob cover every real layout
 * (the defaults below, a `postings` folder, `*posting*.yaml` names). Extended globs (`+(…)`) nest
 * quantifiers, so they are read as plain characters (picomatch's `noextglob`).
 */
export const globLimits = { maxLength: 256, maxStarsPerSegment: 2, maxGlobstars: 2 };
export const globOptions = { dot: true, noextglob: true } as const;

/** Why an include glob is refused (too slow to match safely), or undefined when it is fine. */
export function globProblem(glob: string): string | undefined {
  if (glob.length > globLimits.maxLength) return `is longer than ${globLimits.maxLength} characters`;
  const segments = glob.split('/');
  if (segments.filter((segment) => segment === '**').length > globLimits.maxGlobstars) {
    return `has more than ${globLimits.maxGlobstars} '**' (a pattern that slow to match could stall the editor)`;
  }
  if (segments.some((segment) => segment !== '**' && segment.split('*').length - 1 > globLimits.maxStarsPerSegment)) {
    return `has more than ${globLimits.maxStarsPerSegment} '*' in one folder or file name (a pattern that slow to match could stall the editor)`;
  }
  return undefined;
}

/** The include globs that are safe to match; the others are reported by the config check and left out. */
export function safeGlobs(globs: readonly string[]): string[] {
  return globs.filter((glob) => globProblem(glob) === undefined);
}

const modeline = /^#\s*posting\b/;
const schemaMention = /posting\.schema\.json/;

/**
 * Whether a YAML document is a posting: its path matches an include glob, or its first line
 * declares it (`# posting`), or it names our schema (`$schema:` or a yaml-language-server modeline).
 * Every other YAML file is left alone.
 */
export function isPostingDocument(uri: string, text: string, includeGlobs: readonly string[] = defaultIncludeGlobs): boolean {
  if (matcherOf(includeGlobs)(uriPath(uri))) return true;
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

/**
 * The compiled matcher of a list of include globs. picomatch compiles its globs to regular expressions on every
 * isMatch call; a document is asked about on every check, so each distinct list is compiled once (a few lists exist:
 * the editor's and those of the project files; the map is emptied past a bound all the same).
 */
const matchers = new Map<string, (path: string) => boolean>();

function matcherOf(includeGlobs: readonly string[]): (path: string) => boolean {
  const key = JSON.stringify(includeGlobs);
  let matcher = matchers.get(key);
  if (!matcher) {
    const globs = safeGlobs(includeGlobs);
    matcher = globs.length ? picomatch(globs, globOptions) : () => false;
    if (matchers.size >= 64) matchers.clear();
    matchers.set(key, matcher);
  }
  return matcher;
}

function uriPath(uri: string): string {
  if (!/^[a-z][\w+.-]*:/i.test(uri)) return uri;
  try {
    return decodeURIComponent(new URL(uri).pathname);
  } catch {
    return uri;
  }
}
