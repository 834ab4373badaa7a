// yaml-language-server with its fixed 200 ms validation debounce (SettingsState.validationDelayMs) set to 0,
// so the benchmark compares checking work, not a timer. The constructor assigns the field, so a prototype
// accessor intercepts it.
import { SettingsState } from '../node_modules/yaml-language-server/out/src/yamlSettings.js';

Object.defineProperty(SettingsState.prototype, 'validationDelayMs', { get: () => 0, set: () => undefined, configurable: true });
await import('../node_modules/yaml-language-server/bin/yaml-language-server');
