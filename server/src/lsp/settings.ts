import { defaultIncludeGlobs, defaultLimits, defaultSettings, type EngineSettings, type SeveritySetting } from '../engine';

/** The `postingStudio` section of the editor's settings, as the client sends it. */
export interface ClientSettings {
  files?: { include?: string[] };
  maxFileSize?: number;
  rules?: Record<string, SeveritySetting>;
  /** Keep every posting of the workspace checked, open or not (the Problems panel shows them all). */
  checkWorkspace?: boolean;
}

export interface ServerSettings {
  includeGlobs: string[];
  checkWorkspace: boolean;
  engine: EngineSettings;
}

export function toServerSettings(client: ClientSettings | null | undefined): ServerSettings {
  const include = Array.isArray(client?.files?.include) ? client.files.include.filter((g) => typeof g === 'string') : defaultIncludeGlobs;
  const maxFileSize = typeof client?.maxFileSize === 'number' && client.maxFileSize > 0 ? client.maxFileSize : defaultLimits.maxFileSize;
  const severities: Record<string, SeveritySetting> = {};
  for (const [code, value] of Object.entries(client?.rules ?? {})) {
    if (['error', 'warning', 'information', 'hint', 'off'].includes(value)) severities[code] = value;
  }
  return {
    includeGlobs: include,
    checkWorkspace: client?.checkWorkspace === true,
    engine: { ...defaultSettings, limits: { ...defaultLimits, maxFileSize }, severities },
  };
}
