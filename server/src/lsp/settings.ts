import { defaultIncludeGlobs, defaultLimits, defaultSettings, type EngineSettings, type SeveritySetting } from '../engine';

/** The `postingStudio` section of the editor's settings, as the client sends it. */
export interface ClientSettings {
  files?: { include?: string[] };
  maxFileSize?: number;
  /** Seconds a document's check may take before it is stopped (one check-timeout diagnostic instead). */
  checkTimeout?: number;
  rules?: Record<string, SeveritySetting>;
  /** Keep every posting of the workspace checked, open or not (the Problems panel shows them all). */
  checkWorkspace?: boolean;
}

export interface ServerSettings {
  includeGlobs: string[];
  checkWorkspace: boolean;
  engine: EngineSettings;
  /** The time budget of one check, in milliseconds. */
  checkTimeoutMs: number;
  /** The .postingrc.yaml that applies to the document but could not be read: the document says so. */
  unreadableConfig?: { file: string; failure: { reason: string; reason_ja: string } };
}

/** The default time budget of a check: a posting of a few kilobytes takes well under a tenth of it. */
export const defaultCheckTimeoutSeconds = 5;

export function toServerSettings(client: ClientSettings | null | undefined): ServerSettings {
  const include = Array.isArray(client?.files?.include) ? client.files.include.filter((g) => typeof g === 'string') : defaultIncludeGlobs;
  const maxFileSize = typeof client?.maxFileSize === 'number' && client.maxFileSize > 0 ? client.maxFileSize : defaultLimits.maxFileSize;
  const timeout = client?.checkTimeout;
  const checkTimeoutSeconds = typeof timeout === 'number' && timeout > 0 && Number.isFinite(timeout) ? timeout : defaultCheckTimeoutSeconds;
  const severities: Record<string, SeveritySetting> = {};
  for (const [code, value] of Object.entries(client?.rules ?? {})) {
    if (['error', 'warning', 'information', 'hint', 'off'].includes(value)) severities[code] = value;
  }
  return {
    includeGlobs: include,
    checkWorkspace: client?.checkWorkspace === true,
    checkTimeoutMs: Math.round(checkTimeoutSeconds * 1000),
    engine: { ...defaultSettings, limits: { ...defaultLimits, maxFileSize }, severities },
  };
}
