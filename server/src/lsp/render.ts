import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import {
  assessReadiness,
  checkPosting,
  checkPublishing,
  exportWarnings,
  isRenderFormat,
  readinessHtml,
  renderFormats,
  renderPosting,
  type GateFinding,
  type Problem,
} from '../engine';
import { renderRequest, type PublishFinding } from '../protocol';
import type { SettingsFor } from './postingDocument';
import type { ServerSettings } from './settings';
import { requestType } from './requestType';

/** The problems of a document's text at a version: those of its published check when there is one. */
export type ProblemsFor = (uri: string, version: number, text: string, settings: ServerSettings) => Promise<readonly Problem[]>;

/** `posting/render`: an open document in one of the export formats, from the same engine the CLI uses. */
export function registerRender(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: SettingsFor,
  problemsFor: ProblemsFor = (_uri, _version, text, settings) => Promise.resolve(checkPosting(text, settings.engine).problems),
  /** The problems from a posting's related files (based_on:, translation_of:), for the checklist's reviewer line. */
  relatedProblems: (uri: string, text: string, settings: ServerSettings) => Promise<Problem[]> = () => Promise.resolve([]),
): void {
  connection.onRequest(requestType(renderRequest), async (params) => {
    if (!isRenderFormat(params?.format)) {
      return new ResponseError(ErrorCodes.InvalidParams, `Unknown format ${String(params?.format)}; use ${joinFormats()}`);
    }
    const document = documents.get(params.uri);
    if (!document) return new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not open`);
    const version = document.version;
    try {
      const serverSettings = await settingsFor(params.uri);
      const settings = serverSettings.engine;
      const text = document.getText();
      const today = new Date().toISOString().slice(0, 10);
      if (params.format === 'jsonld' && params.publish) {
        const gate = await checkPublishing(text, { today, force: params.publish.force === true, locale: settings.locale });
        const notes = gate.notes.map(finding);
        if (gate.refused.length) return { content: '', version, refused: gate.refused.map(finding), notes };
        const rendered = await renderPosting(text, 'jsonld', { today });
        return { content: typeof rendered === 'string' ? rendered : '', version, notes };
      }
      const rendered = await renderPosting(text, params.format, {
        standalone: params.standalone === true,
        dateFormat: settings.dateFormat,
      });
      const content = typeof rendered === 'string' ? rendered : Buffer.from(rendered).toString('base64');
      if (params.format === 'html' && params.checklist && !params.standalone) {
        // The preview: the checklist as the header above the posting, from the same engine function as --summary.
        const related = await relatedProblems(params.uri, text, serverSettings);
        const readiness = await assessReadiness(text, { today, settings, related });
        return { content: `${readinessHtml(readiness)}\n${content}`, version };
      }
      if (params.standalone !== true) return { content, version };
      // An export is for sending: the command warns about placeholder text still in it.
      const placeholders = exportWarnings(await problemsFor(params.uri, version, text, serverSettings), settings.locale);
      return placeholders.warnings.length ? { content, version, placeholders } : { content, version };
    } catch (error) {
      return new ResponseError(ErrorCodes.InternalError, `Rendering failed: ${String(error)}`);
    }
  });
}

function finding({ code, message }: GateFinding): PublishFinding {
  return { code, message };
}

/** `html, md, txt, jsonld or docx` */
function joinFormats(): string {
  return `${renderFormats.slice(0, -1).join(', ')} or ${renderFormats[renderFormats.length - 1]}`;
}
