import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ErrorCodes, RequestType, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { isRenderFormat, renderPosting, type RenderFormat } from '../engine';

export interface RenderParams {
  uri: string;
  format: RenderFormat;
  /** For `html`: a whole page (the export) rather than the body fragment the preview swaps in. */
  standalone?: boolean;
}

export interface RenderResult {
  /** The rendering; base64 for `docx`. */
  content: string;
  /** The document version rendered, so a client can drop stale answers. */
  version: number;
}

export const renderRequest = new RequestType<RenderParams, RenderResult, void>('posting/render');

/** `posting/render`: an open document in one of the export formats, from the same engine the CLI uses. */
export function registerRender(connection: Connection, documents: TextDocuments<TextDocument>): void {
  connection.onRequest(renderRequest, async (params) => {
    if (!isRenderFormat(params?.format)) {
      return new ResponseError(ErrorCodes.InvalidParams, `Unknown format ${String(params?.format)}; use html, md, txt, jsonld or docx`);
    }
    const document = documents.get(params.uri);
    if (!document) return new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not open`);
    const version = document.version;
    try {
      const rendered = await renderPosting(document.getText(), params.format, { standalone: params.standalone === true });
      const content = typeof rendered === 'string' ? rendered : Buffer.from(rendered).toString('base64');
      return { content, version };
    } catch (error) {
      return new ResponseError(ErrorCodes.InternalError, `Rendering failed: ${String(error)}`);
    }
  });
}
