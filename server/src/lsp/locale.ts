import type { ServerSettings } from './settings';

let clientLocale: string | undefined;

/** Remembers the client's display language (InitializeParams.locale, e.g. "ja" or "en-US"). */
export function setClientLocale(locale: string | undefined): void {
  clientLocale = locale;
}

/** The settings with the client's locale, unless the settings already chose one. */
export function withClientLocale(settings: ServerSettings): ServerSettings {
  if (settings.engine.locale || !clientLocale) return settings;
  return { ...settings, engine: { ...settings.engine, locale: clientLocale } };
}
