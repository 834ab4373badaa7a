import { existsSync, statSync } from 'fs';
import { dirname, resolve } from 'path';
import { defaultSettings, type EngineSettings, type Problem } from '../engine';
import { settingsForFile, type FileSettings, type LoadedConfig } from '../node/configFiles';
import { InputError } from './errors';

/** The engine settings for one file: the nearest .postingrc.yaml (or --config's), else the defaults. */
export interface SettingsResolver {
  settingsFor(file: string): Promise<EngineSettings>;
  /** Each config file used so far, once, with its own problems (for the report). */
  configsWithProblems(): LoadedConfig[];
  /** Config files that applied but could not be read (a FIFO, too large, …), once each. */
  unreadableConfigs(): { file: string; reason: string }[];
}

export function settingsResolver(configPath: string | undefined, cwd: string, locale?: string): SettingsResolver {
  const explicit = configPath ? resolve(cwd, configPath) : undefined;
  if (explicit && !existsSync(explicit)) throw new InputError(`--config ${configPath}: no such file`);
  if (explicit && !statSync(explicit).isFile()) throw new InputError(`--config ${configPath}: not a regular file`);
  const used = new Map<string, LoadedConfig>();
  const unreadable = new Map<string, string>();
  const byFolder = new Map<string, Promise<FileSettings>>();
  return {
    async settingsFor(file) {
      // Standard input has no folder of its own: its config is found from the working folder.
      const posting = file === '-' ? resolve(cwd, 'stdin.posting.yaml') : resolve(cwd, file);
      // One run reads each folder's config once: the postings of a folder share it (a thousand files, one search).
      const folder = explicit ?? dirname(posting);
      let found = byFolder.get(folder);
      if (!found) byFolder.set(folder, (found = settingsForFile(posting, defaultSettings, explicit)));
      const { engine, config, unreadableConfig } = await found;
      if (config) used.set(config.file, config);
      if (unreadableConfig) unreadable.set(unreadableConfig.file, unreadableConfig.failure.reason);
      return locale ? { ...engine, locale } : engine;
    },
    configsWithProblems: () => [...used.values()].filter((config) => config.problems.length),
    unreadableConfigs: () => [...unreadable].map(([file, reason]) => ({ file, reason })),
  };
}

export function isBlocking(problem: Problem): boolean {
  return problem.severity === 'error';
}
