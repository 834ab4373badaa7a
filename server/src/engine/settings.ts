import type { SeveritySetting } from './problems';
import { defaultLimits, type ParseLimits } from './parse';

/** Everything a caller may tune: the editor's settings, a .postingrc.yaml, or CLI flags. */
export interface EngineSettings {
  limits: ParseLimits;
  /** Severity per diagnostic code; 'off' silences it. */
  severities: Record<string, SeveritySetting>;
}

export const defaultSettings: EngineSettings = { limits: defaultLimits, severities: {} };

export function mergeSettings(base: EngineSettings, override: Partial<EngineSettings> | undefined): EngineSettings {
  if (!override) return base;
  return {
    limits: { ...base.limits, ...override.limits },
    severities: { ...base.severities, ...override.severities },
  };
}
