import { promises as fs, type Stats } from 'fs';
import { dirname, join, resolve } from 'path';
import {
  catalogueFileProblem,
  configFileNames,
  defaultLimits,
  parseCatalogue,
  parseConfig,
  settingsWithConfig,
  type Catalogue,
  type EngineSettings,
  type Problem,
  type ProjectConfig,
} from '../engine';
import { readRegularFile, type ReadFailure } from './readFile';

/** A .postingrc.yaml read from disk (or from an editor buffer), with its catalogue files loaded. */
export interface LoadedConfig {
  /** Absolute path of the config file. */
  file: string;
  config: ProjectConfig;
  /** Frameworks from the catalogue files it names. */
  catalogues: Catalogue[];
  /** Its own problems and those of its catalogue files, at ranges in the config's text. */
  problems: Problem[];
}

export function isConfigFile(path: string): boolean {
  return configFileNames.some((name) => path === name || path.endsWith(`/${name}`) || path.endsWith(`\\${name}`));
}

/** The nearest .postingrc.yaml in `directory` or above it (only a regular file counts). */
export async function findConfigFile(directory: string): Promise<string | undefined> {
  let current = resolve(directory);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = join(current, name);
      try {
        if ((await fs.stat(candidate)).isFile()) return candidate;
      } catch {
        // none here, or a folder we may not read: as if it had none, keep walking up
      }
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

type CatalogueRead = { catalogue: Catalogue } | { failure: ReadFailure } | { invalid: string[]; invalid_ja: string[] };

/**
 * Catalogues parsed lately, by path, with the stamp of the file they were parsed from: a project's configs (and each
 * edit of a .postingrc.yaml buffer) that name the same 500 KB framework parse it once, not once per load.
 */
const parsedCatalogues = new Map<string, { stamp: string; maxFileSize: number; read: CatalogueRead }>();
const parsedCataloguesKept = 8;

/** What changes when a file is written or replaced: its time, size and inode. */
const statStamp = (stat: Stats) => `${stat.mtimeMs}:${stat.size}:${stat.ino}`;

async function regularFileStamp(path: string): Promise<string | undefined> {
  try {
    const stat = await fs.stat(path);
    return stat.isFile() ? statStamp(stat) : undefined;
  } catch {
    return undefined;
  }
}

async function readCatalogue(absolute: string, maxFileSize: number): Promise<CatalogueRead> {
  // The stamp is taken before the read: a file changed while it is read gets a new stamp, so it is read again.
  const stamp = await regularFileStamp(absolute);
  const kept = parsedCatalogues.get(absolute);
  if (stamp && kept && kept.stamp === stamp && kept.maxFileSize === maxFileSize) return kept.read;
  const read = await readRegularFile(absolute, maxFileSize);
  if ('failure' in read) return read;
  const loaded = parseCatalogue(read.text);
  const result: CatalogueRead = loaded.catalogue
    ? { catalogue: loaded.catalogue }
    : { invalid: loaded.problems, invalid_ja: loaded.problems_ja };
  if (stamp) {
    parsedCatalogues.delete(absolute);
    if (parsedCatalogues.size >= parsedCataloguesKept) parsedCatalogues.delete(parsedCatalogues.keys().next().value ?? '');
    parsedCatalogues.set(absolute, { stamp, maxFileSize, read: result });
  }
  return result;
}

/**
 * Parses a config text and loads the catalogue files it names, relative to the config file. Each distinct file is read
 * and parsed once, however often the config names it; a file that is no regular file, or larger than maxFileSize,
 * is a problem of the config rather than a stall.
 */
export async function loadConfigText(text: string, file: string, maxFileSize = defaultLimits.maxFileSize): Promise<LoadedConfig> {
  const { config, problems, parsed } = parseConfig(text);
  const limit = config.maxFileSize ?? maxFileSize;
  const reads = new Map<string, Promise<CatalogueRead>>();
  const catalogues: Catalogue[] = [];
  const added = new Set<string>();
  for (const { file: catalogueFile, path } of config.catalogueFiles) {
    const absolute = resolve(dirname(file), catalogueFile);
    let read = reads.get(absolute);
    if (!read) reads.set(absolute, (read = readCatalogue(absolute, limit)));
    const result = await read;
    if ('catalogue' in result) {
      if (!added.has(absolute)) catalogues.push(result.catalogue);
      added.add(absolute);
    } else if ('failure' in result) {
      const { reason, reason_ja } = result.failure;
      problems.push(catalogueFileProblem(parsed, path, catalogueFile, { unreadable: reason, unreadable_ja: reason_ja }));
    } else problems.push(catalogueFileProblem(parsed, path, catalogueFile, { invalid: result.invalid, invalid_ja: result.invalid_ja }));
  }
  return { file, config, catalogues, problems };
}

/** `locale`: the language of the problems, when they are to be shown (they are made in that language). */
export type ConfigTextLoader = (text: string, file: string, maxFileSize: number, locale?: string) => Promise<LoadedConfig>;

let configTextLoader: ConfigTextLoader = loadConfigText;

/**
 * Loads config texts with `loader` from now on: the language server parses them (and the catalogues they name, up to
 * maxFileSize each) in a worker thread, so its own thread never spends seconds on a 500 KB framework.
 */
export function useConfigTextLoader(loader: ConfigTextLoader): void {
  configTextLoader = loader;
}

/** A config text loaded as the process loads them (in the language server: off its thread). */
export function loadConfigTextAsConfigured(
  text: string,
  file: string,
  maxFileSize = defaultLimits.maxFileSize,
  locale?: string,
): Promise<LoadedConfig> {
  return configTextLoader(text, file, maxFileSize, locale);
}

interface CacheEntry {
  stamp: string;
  maxFileSize: number;
  loaded: LoadedConfig;
}
const cache = new Map<string, CacheEntry>();

async function stampOf(paths: string[]): Promise<string> {
  const stamps = await Promise.all(
    [...new Set(paths)].map(async (path) => {
      try {
        return statStamp(await fs.stat(path));
      } catch {
        return 'missing';
      }
    }),
  );
  return stamps.join('|');
}

function filesOf(file: string, loaded: LoadedConfig): string[] {
  return [file, ...loaded.config.catalogueFiles.map((c) => resolve(dirname(file), c.file))];
}

/**
 * Reads a config file from disk; re-reads it (and its catalogues) only when one of them changed, so each catalogue
 * is read once per configuration. Undefined when the file cannot be read as a regular file.
 */
export async function loadConfigFile(
  file: string,
  maxFileSize = defaultLimits.maxFileSize,
): Promise<LoadedConfig | { failure: ReadFailure }> {
  const cached = cache.get(file);
  if (cached && cached.maxFileSize === maxFileSize && (await stampOf(filesOf(file, cached.loaded))) === cached.stamp) {
    return cached.loaded;
  }
  const read = await readRegularFile(file, maxFileSize);
  if ('failure' in read) {
    cache.delete(file);
    return read;
  }
  let loaded: LoadedConfig;
  try {
    loaded = await configTextLoader(read.text, file, maxFileSize);
  } catch (error) {
    // The loader gave up (a worker over its time budget): the posting says its project settings are not applied.
    cache.delete(file);
    const detail = error instanceof Error ? error.message : String(error);
    return { failure: { kind: 'other', reason: `cannot be loaded (${detail})`, reason_ja: `読み込めません（${detail}）` } };
  }
  cache.set(file, { stamp: await stampOf(filesOf(file, loaded)), maxFileSize, loaded });
  return loaded;
}

export interface FileSettings {
  engine: EngineSettings;
  /** Include globs from the config, when it sets them. */
  includeGlobs?: string[];
  config?: LoadedConfig;
  /** The config file that applies but could not be read (a FIFO, too large, …): the posting gets the base settings. */
  unreadableConfig?: { file: string; failure: ReadFailure };
}

/**
 * The settings for a posting on disk: `base` (editor settings, CLI defaults) with the nearest
 * .postingrc.yaml on top, or the given config file instead of searching.
 */
export async function settingsForFile(postingPath: string, base: EngineSettings, configPath?: string): Promise<FileSettings> {
  const file = configPath ? resolve(configPath) : await findConfigFile(dirname(resolve(postingPath)));
  if (!file) return { engine: base };
  const config = await loadConfigFile(file, base.limits.maxFileSize);
  if (!config) return { engine: base };
  if ('failure' in config) return { engine: base, unreadableConfig: { file, failure: config.failure } };
  return {
    engine: settingsWithConfig(base, config.config, config.catalogues),
    includeGlobs: config.config.includeGlobs,
    config,
  };
}
