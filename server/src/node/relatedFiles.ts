import { dirname, relative, resolve, sep } from 'path';
import { relatedFiles, type RelatedNames, type RelatedTexts } from '../engine';
import { readRegularFile } from './readFile';

/** A posting's text by its absolute path: an open editor buffer, else undefined (then the file is read from disk). */
export type BufferOf = (path: string) => string | undefined;

/**
 * Reads the files a posting names in `based_on:` and `translation_of:`, relative to the posting's own file, so the
 * engine can compare them (relatedFileProblems). A file that cannot be read comes back with the reason. `translatedBy`
 * are the postings that name this one in their `translation_of:` (absolute paths): they come back named relative to this
 * posting, except the one this posting names itself (its differences are already reported once).
 */
export async function readRelatedFiles(
  postingPath: string,
  text: string | RelatedNames,
  maxChars: number,
  options: { bufferOf?: BufferOf; translatedBy?: { path: string; text: string }[] } = {},
): Promise<RelatedTexts> {
  // The names, when the caller has them from its check's parse; else read from the text.
  const names = typeof text === 'string' ? relatedFiles(text) : text;
  const read = async (file: string | undefined) => {
    if (!file) return undefined;
    const path = resolve(dirname(postingPath), file);
    const buffer = options.bufferOf?.(path);
    if (buffer !== undefined) return { file, text: buffer };
    const result = await readRegularFile(path, maxChars, { checkCharacters: false });
    return 'failure' in result ? { file, reason: result.failure.reason } : { file, text: result.text };
  };
  const named = names.translationOf && resolve(dirname(postingPath), names.translationOf);
  const translatedBy = (options.translatedBy ?? [])
    .filter((source) => source.path !== named && source.path !== resolve(postingPath))
    .map((source) => ({ file: relative(dirname(postingPath), source.path).split(sep).join('/'), text: source.text }));
  return {
    basedOn: await read(names.basedOn),
    translationOf: await read(names.translationOf),
    ...(translatedBy.length ? { translatedBy } : {}),
  };
}

/** The file a posting names in `translation_of:`, as an absolute path (cheap for the many postings without one). */
export function translationTarget(path: string, text: string): string | undefined {
  if (!text.includes('translation_of')) return undefined;
  const name = relatedFiles(text).translationOf;
  return name ? resolve(dirname(path), name) : undefined;
}

/**
 * Which postings name which in `translation_of:`, so that the posting a translation names gets the differences too,
 * although it does not name the translation. Built lazily from a list of posting files (the workspace's, or the files
 * `posting-lint` was given), read once; kept current by `noteText` (an open buffer, a file just read) and `changed`.
 */
export class TranslationIndex {
  private readonly targets = new Map<string, string | undefined>();
  /**
   * The other way round: the postings that name each file. knownTranslationsOf is asked once per posting, and a search
   * of `targets` for each made posting-lint compare every pair of files (a million pairs for 1,000 postings, about a
   * tenth of a second of its main thread; docs/performance-history.md, stop 25). Kept by record and forget alone.
   */
  private readonly sources = new Map<string, Set<string>>();
  /** When each path entered `targets`: sources are answered in that order, as a search of `targets` gave them. */
  private readonly entered = new Map<string, number>();
  private entries = 0;
  private readonly stale = new Set<string>();
  private scan: Promise<void> | undefined;

  constructor(
    private readonly listFiles: () => Promise<string[]>,
    /** A file's text (an open buffer first), or undefined when it cannot be read. */
    private readonly readText: (path: string) => Promise<string | undefined>,
  ) {}

  /** Records a posting's current text; returns the file it names in `translation_of:`. */
  noteText(path: string, text: string): string | undefined {
    const target = translationTarget(path, text);
    this.record(path, target);
    this.stale.delete(path);
    return target;
  }

  /** Records the file a posting names in `translation_of:` (an absolute path), already read from its text. */
  setTarget(path: string, target: string | undefined): void {
    this.record(path, target);
    this.stale.delete(path);
  }

  /** A file changed or was created on disk: it is read again when next needed. */
  changed(path: string): void {
    this.stale.add(path);
  }

  /** Reads a changed file now: returns the file it names in `translation_of:` (undefined if none or unreadable). */
  async refresh(path: string): Promise<string | undefined> {
    this.stale.delete(path);
    const text = await this.readText(path);
    if (text === undefined) {
      this.forget(path);
      return undefined;
    }
    return this.noteText(path, text);
  }

  deleted(path: string): void {
    this.forget(path);
    this.stale.delete(path);
  }

  /** The list of files may have changed (folders, include globs): everything is listed and read again when needed. */
  reset(): void {
    this.scan = undefined;
    this.targets.clear();
    this.sources.clear();
    this.entered.clear();
    this.stale.clear();
  }

  /** The file a posting named in `translation_of:` when it was last read or noted. */
  knownTarget(path: string): string | undefined {
    return this.targets.get(path);
  }

  /** The postings known (without reading anything) to name `path` in `translation_of:`. */
  knownTranslationsOf(path: string): string[] {
    const sources = [...(this.sources.get(path) ?? [])];
    if (sources.length > 1) sources.sort((a, b) => (this.entered.get(a) ?? 0) - (this.entered.get(b) ?? 0));
    return sources;
  }

  /** The postings that name `path` in `translation_of:`, with their texts. */
  async translationsOf(path: string): Promise<{ path: string; text: string }[]> {
    this.scan ??= this.listFiles().then(async (files) => {
      for (const file of files) if (!this.targets.has(file)) this.stale.add(file);
    });
    await this.scan;
    for (const file of [...this.stale]) {
      const text = await this.readText(file);
      if (!this.stale.has(file)) continue; // noted meanwhile
      this.stale.delete(file);
      if (text === undefined) this.forget(file);
      else this.record(file, translationTarget(file, text));
    }
    const found: { path: string; text: string }[] = [];
    for (const source of this.knownTranslationsOf(path)) {
      const text = await this.readText(source);
      if (text !== undefined && translationTarget(source, text) === path) found.push({ path: source, text });
    }
    return found;
  }

  /** `targets` and `sources` (and when the path entered `targets`, as a Map keeps its keys in that order) together. */
  private record(path: string, target: string | undefined): void {
    if (!this.targets.has(path)) this.entered.set(path, this.entries++);
    else if (this.targets.get(path) === target) return;
    else this.dropSource(path);
    this.targets.set(path, target);
    if (target === undefined) return;
    const sources = this.sources.get(target);
    if (sources) sources.add(path);
    else this.sources.set(target, new Set([path]));
  }

  private forget(path: string): void {
    if (!this.targets.has(path)) return;
    this.dropSource(path);
    this.targets.delete(path);
    this.entered.delete(path);
  }

  private dropSource(path: string): void {
    const target = this.targets.get(path);
    const sources = target === undefined ? undefined : this.sources.get(target);
    if (!sources || !target) return;
    sources.delete(path);
    if (!sources.size) this.sources.delete(target);
  }
}
