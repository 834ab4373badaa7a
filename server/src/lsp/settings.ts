import {
  defaultIncludeGlobs,
  defaultLimits,
  defaultSettings,
  isRecord,
  isSeveritySetting,
  type EngineSettings,
  type SeveritySetting,
} from '../engine';

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

/** The client's `postingStudio` settings as they arrive (any JSON): each value is checked, a wrong one is ignored. */
export function toServerSettings(client: unknown): ServerSettings {
  const given = isRecord(client) ? client : {};
  const files = isRecord(given.files) ? given.files : {};
  const include = Array.isArray(files.include) ? files.include.filter((glob) => typeof glob === 'string') : defaultIncludeGlobs;
  const maxFileSize = positiveNumber(given.maxFileSize) ?? defaultLimits.maxFileSize;
  const checkTimeoutSeconds = positiveNumber(given.checkTimeout) ?? defaultCheckTimeoutSeconds;
  const severities: Record<string, SeveritySetting> = {};
  for (const [code, value] of Object.entries(isRecord(given.rules) ? given.rules : {})) {
    if (isSeveritySetting(value)) severities[code] = value;
  }
  return {
    includeGlobs: include,
    checkWorkspace: given.checkWorkspace === true,
    checkTimeoutMs: Math.round(checkTimeoutSeconds * 1000),
    engine: { ...defaultSettings, limits: { ...defaultLimits, maxFileSize }, severities },
  };
}

function positiveNumber(value: unknown): number | undefined {
  return typeof value === 'number' && value > 0 && Number.isFinite(value) ? value : undefined;
}
