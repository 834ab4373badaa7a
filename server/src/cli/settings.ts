import { defaultSettings, type EngineSettings } from '../engine';

/** The engine settings for one file: from the nearest .postingrc.yaml, or --config, else the defaults. */
export type SettingsForFile = (file: string) => EngineSettings;

export function settingsResolver(_configPath: string | undefined, _cwd: string): SettingsForFile {
  return () => defaultSettings;
}
