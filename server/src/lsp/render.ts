import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { checkPosting, exportWarnings, isRenderFormat, renderFormats, renderPosting } from '../engine';
import { renderRequest } from '../protocol';
import { requestType } from './requestType';
import type { ServerSettings } from './settings';

/** `posting/render`: an open document in one of the export formats, from the same engine the CLI uses. */
export function registerRender(
  connection: Connection,
  documents: TextDocuments<TextDocument>,
  settingsFor: (uri: string) => Promise<ServerSettings>,
): void {
  connection.onRequest(requestType(renderRequest), async (params) => {
    if (!isRenderFormat(params?.format)) {
      return new ResponseError(ErrorCodes.InvalidParams, `Unknown format ${String(params?.format)}; use ${joinFormats()}`);
    }
    const document = documents.get(params.uri);
    if (!document) return new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not open`);
    const version = document.version;
    try {
      const settings = (await settingsFor(params.uri)).engine;
      const text = document.getText();
      const rendered = await renderPosting(text, params.format, {
        standalone: params.standalone === true,
        dateFormat: settings.dateFormat,
      });
      const content = typeof rendered === 'string' ? rendered : Buffer.from(rendered).toString('base64');
      if (params.standalone !== true) return { content, version };
      // An export is for sending: the command warns about placeholder text still in it.
      const placeholders = exportWarnings(checkPosting(text, settings).problems, settings.locale);
      return placeholders.warnings.length ? { content, version, placeholders } : { content, version };
    } catch (error) {
      return new ResponseError(ErrorCodes.InternalError, `Rendering failed: ${String(error)}`);
    }
  });
}

/** `html, md, txt, jsonld or docx` */
function joinFormats(): string {
  return `${renderFormats.slice(0, -1).join(', ')} or ${renderFormats[renderFormats.length - 1]}`;
}
