import type { TextDocument } from 'vscode-languageserver-textdocument';
import { ErrorCodes, ResponseError, type Connection, type TextDocuments } from 'vscode-languageserver/node';
import { assessReadiness, checkPublishing, isRenderFormat, readinessHtml, renderFormats, renderPosting, type GateFinding } from '../engine';
import { renderRequest, type PublishFinding } from '../protocol';
import type { SettingsFor } from './postingDocument';
import { requestType } from './requestType';

/** `posting/render`: an open document in one of the export formats, from the same engine the CLI uses. */
export function registerRender(connection: Connection, documents: TextDocuments<TextDocument>, settingsFor: SettingsFor): void {
  connection.onRequest(requestType(renderRequest), async (params) => {
    if (!isRenderFormat(params?.format)) {
      return new ResponseError(ErrorCodes.InvalidParams, `Unknown format ${String(params?.format)}; use ${joinFormats()}`);
    }
    const document = documents.get(params.uri);
    if (!document) return new ResponseError(ErrorCodes.InvalidParams, `${params.uri} is not open`);
    const version = document.version;
    try {
      if (params.format === 'jsonld' && params.publish) {
        const { locale } = (await settingsFor(params.uri)).engine;
        const today = new Date().toISOString().slice(0, 10);
        const gate = await checkPublishing(document.getText(), { today, force: params.publish.force === true, locale });
        const notes = gate.notes.map(finding);
        if (gate.refused.length) return { content: '', version, refused: gate.refused.map(finding), notes };
        const rendered = await renderPosting(document.getText(), 'jsonld', { today });
        return { content: typeof rendered === 'string' ? rendered : '', version, notes };
      }
      if (params.format === 'html' && params.checklist && !params.standalone) {
        // The preview: the checklist as the header above the posting, from the same engine function as --summary.
        const settings = (await settingsFor(params.uri)).engine;
        const today = new Date().toISOString().slice(0, 10);
        const readiness = await assessReadiness(document.getText(), { today, settings });
        return { content: `${readinessHtml(readiness)}\n${await renderPosting(document.getText(), 'html')}`, version };
      }
      const rendered = await renderPosting(document.getText(), params.format, { standalone: params.standalone === true });
      const content = typeof rendered === 'string' ? rendered : Buffer.from(rendered).toString('base64');
      return { content, version };
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
