import { fileURLToPath } from 'url';
import type { Problem } from '../engine';
import { isConfigFile, loadConfigText, settingsForFile } from '../node/configFiles';
import type { ServerSettings } from './settings';

export const configFileGlob = '**/.postingrc.{yaml,yml}';

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** The editor's settings for a document with the nearest .postingrc.yaml on top (the project file wins). */
export async function withProjectConfig(uri: string, settings: ServerSettings): Promise<ServerSettings> {
  const path = filePath(uri);
  if (!path) return settings;
  const fromFile = await settingsForFile(path, settings.engine);
  if (!fromFile.config) return settings;
  return { ...settings, includeGlobs: fromFile.includeGlobs ?? settings.includeGlobs, engine: fromFile.engine };
}

/** The problems of an open .postingrc.yaml (its buffer, not the saved file), or undefined for any other document. */
export async function configFileProblems(uri: string, text: string, maxFileSize?: number): Promise<Problem[] | undefined> {
  const path = filePath(uri) ?? (/^[a-z][\w+.-]*:/i.test(uri) ? decodeURIComponent(new URL(uri).pathname) : uri);
  if (!isConfigFile(path)) return undefined;
  return (await loadConfigText(text, path, maxFileSize)).problems;
}

/** Whether a URI names a project configuration file (.postingrc.yaml). */
export function isConfigFileUri(uri: string): boolean {
  const path = filePath(uri);
  return path !== undefined && isConfigFile(path);
}
