import { readFileSync, statSync } from 'fs';
import { dirname, join, resolve } from 'path';
import {
  catalogueFileProblem,
  configFileNames,
  parseCatalogue,
  parseConfig,
  settingsWithConfig,
  type Catalogue,
  type EngineSettings,
  type Problem,
  type ProjectConfig,
} from '../engine';

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

/** The nearest .postingrc.yaml in `directory` or above it. */
export function findConfigFile(directory: string): string | undefined {
  let current = resolve(directory);
  for (;;) {
    for (const name of configFileNames) {
      const candidate = join(current, name);
      try {
        // Most folders have none: a miss without an exception is about three times cheaper, and this runs on every check.
        if (statSync(candidate, { throwIfNoEntry: false })?.isFile()) return candidate;
      } catch {
        // a folder we may not read: as if it had none, keep walking up
      }
    }
    const parent = dirname(current);
    if (parent === current) return undefined;
    current = parent;
  }
}

/** Parses a config text and loads the catalogue files it names, relative to the config file. */
export function loadConfigText(text: string, file: string): LoadedConfig {
  const { config, problems, parsed } = parseConfig(text);
  const catalogues: Catalogue[] = [];
  for (const { file: catalogueFile, path } of config.catalogueFiles) {
    const absolute = resolve(dirname(file), catalogueFile);
    let source: string;
    try {
      source = readFileSync(absolute, 'utf8');
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String((error as Error).message);
      problems.push(catalogueFileProblem(parsed, path, catalogueFile, { unreadable: reason }));
      continue;
    }
    const loaded = parseCatalogue(source);
    if (loaded.catalogue) catalogues.push(loaded.catalogue);
    else problems.push(catalogueFileProblem(parsed, path, catalogueFile, { invalid: loaded.problems }));
  }
  return { file, config, catalogues, problems };
}

interface CacheEntry {
  stamp: string;
  loaded: LoadedConfig;
}
const cache = new Map<string, CacheEntry>();

function stampOf(paths: string[]): string {
  return paths
    .map((path) => {
      try {
        const stat = statSync(path);
        return `${stat.mtimeMs}:${stat.size}`;
      } catch {
        return 'missing';
      }
    })
    .join('|');
}

/** Reads a config file from disk; re-reads it (and its catalogues) only when one of them changed. */
export function loadConfigFile(file: string): LoadedConfig | undefined {
  const cached = cache.get(file);
  if (cached) {
    const files = [file, ...cached.loaded.config.catalogueFiles.map((c) => resolve(dirname(file), c.file))];
    if (stampOf(files) === cached.stamp) return cached.loaded;
  }
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    cache.delete(file);
    return undefined;
  }
  const loaded = loadConfigText(text, file);
  const files = [file, ...loaded.config.catalogueFiles.map((c) => resolve(dirname(file), c.file))];
  cache.set(file, { stamp: stampOf(files), loaded });
  return loaded;
}

export interface FileSettings {
  engine: EngineSettings;
  /** Include globs from the config, when it sets them. */
  includeGlobs?: string[];
  config?: LoadedConfig;
}

/**
 * The settings for a posting on disk: `base` (editor settings, CLI defaults) with the nearest
 * .postingrc.yaml on top, or the given config file instead of searching.
 */
export function settingsForFile(postingPath: string, base: EngineSettings, configPath?: string): FileSettings {
  const file = configPath ? resolve(configPath) : findConfigFile(dirname(resolve(postingPath)));
  const config = file ? loadConfigFile(file) : undefined;
  if (!config) return { engine: base };
  return {
    engine: settingsWithConfig(base, config.config, config.catalogues),
    includeGlobs: config.config.includeGlobs,
    config,
  };
}
