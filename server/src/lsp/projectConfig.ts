import { fileURLToPath } from 'url';
import { LineIndex, localizeProblems, makeProblem, type Problem } from '../engine';
import { relative, dirname } from 'path';
import { isConfigFile, loadConfigTextAsConfigured, settingsForFile } from '../node/configFiles';
import type { ServerSettings } from './settings';
import { SideJobTimeout } from './sideWorker';

export const configFileGlob = '**/.postingrc.{yaml,yml}';

/** The paths of the file URIs named last: a check of a key asks for its document's path four times. */
const pathsByUri = new Map<string, string>();

/** The path of a file: URI (throws as fileURLToPath does for an invalid one), remembered for the last 64 URIs. */
export function pathOfFileUri(uri: string): string {
  let path = pathsByUri.get(uri);
  if (path === undefined) {
    path = fileURLToPath(uri);
    if (pathsByUri.size >= 64) pathsByUri.delete(pathsByUri.keys().next().value as string);
    pathsByUri.set(uri, path);
  }
  return path;
}

function filePath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return pathOfFileUri(uri);
  } catch {
    return undefined;
  }
}

/** The editor's settings for a document with the nearest .postingrc.yaml on top (the project file wins). */
export async function withProjectConfig(uri: string, settings: ServerSettings): Promise<ServerSettings> {
  const path = filePath(uri);
  if (!path) return settings;
  const fromFile = await settingsForFile(path, settings.engine);
  if (fromFile.unreadableConfig) return { ...settings, unreadableConfig: fromFile.unreadableConfig };
  if (!fromFile.config) return settings;
  return { ...settings, includeGlobs: fromFile.includeGlobs ?? settings.includeGlobs, engine: fromFile.engine };
}

/** The problems of an open .postingrc.yaml (its buffer, not the saved file), or undefined for any other document. */
export async function configFileProblems(uri: string, text: string, maxFileSize?: number, locale?: string): Promise<Problem[] | undefined> {
  const path = filePath(uri) ?? (/^[a-z][\w+.-]*:/i.test(uri) ? decodeURIComponent(new URL(uri).pathname) : uri);
  if (!isConfigFile(path)) return undefined;
  try {
    // Made in the reader's language where they are made (a worker: the facts of a problem stay on its thread).
    return localizeProblems((await loadConfigTextAsConfigured(text, path, maxFileSize, locale)).problems, locale);
  } catch (error) {
    // Its load was stopped (over its time budget): one clear diagnostic rather than none, or stale ones.
    if (!(error instanceof SideJobTimeout)) throw error;
    return [makeProblem('check-timeout', new LineIndex(text).lineRange(0), { seconds: String(error.seconds) })];
  }
}

/** Whether a URI names a project configuration file (.postingrc.yaml). */
export function isConfigFileUri(uri: string): boolean {
  const path = filePath(uri);
  return path !== undefined && isConfigFile(path);
}

/**
 * The one problem of a posting whose .postingrc.yaml cannot be read (permission denied, too large, …): shown on the
 * posting's first line, so the author knows its project settings are not applied (not silently ignored).
 */
export function unreadableConfigProblem(uri: string, text: string, settings: ServerSettings): Problem | undefined {
  const unreadable = settings.unreadableConfig;
  if (!unreadable) return undefined;
  const path = filePath(uri);
  const file = path ? relative(dirname(path), unreadable.file) || unreadable.file : unreadable.file;
  const { reason, reason_ja } = unreadable.failure;
  const problem = makeProblem('config-unreadable', new LineIndex(text).lineRange(0), { file, reason, reason_ja });
  return localizeProblems([problem], settings.engine.locale)[0];
}
