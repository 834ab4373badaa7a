/**
 * The export formats: one entry each. The engine renders them (render/index.ts), the CLI offers them to `--export`,
 * and the extension shows one export command each (through server/src/protocol.ts). This module imports nothing, so
 * the client can share it without carrying the engine.
 */
export const exportFormats = [
  { format: 'html', extension: 'html', title: 'HTML', binary: false },
  { format: 'md', extension: 'md', title: 'Markdown', binary: false },
  { format: 'txt', extension: 'txt', title: 'Plain text', binary: false },
  { format: 'jsonld', extension: 'jsonld', title: 'JSON-LD', binary: false },
  { format: 'docx', extension: 'docx', title: 'Word document', binary: true },
] as const satisfies readonly ExportFormat<string>[];

export interface ExportFormat<Id extends string> {
  format: Id;
  /** The file extension of an export, without the dot. */
  extension: string;
  /** The format's name for people (a save dialog's filter). */
  title: string;
  /** The rendering is bytes (base64 over LSP), not text. */
  binary: boolean;
}

export type RenderFormat = (typeof exportFormats)[number]['format'];

export const renderFormats: readonly RenderFormat[] = exportFormats.map((entry) => entry.format);

/** File extension of each export. */
export const renderExtensions = Object.fromEntries(exportFormats.map((entry) => [entry.format, entry.extension])) as Record<
  RenderFormat,
  string
>;

export function isRenderFormat(value: unknown): value is RenderFormat {
  return renderFormats.some((format) => format === value);
}
