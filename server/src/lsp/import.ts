import { ErrorCodes, RequestType, ResponseError, type Connection } from 'vscode-languageserver/node';
import { importFromText, type ImportResult } from '../engine/import/fromText';

export interface ImportParams {
  /** The plain text of a posting in the careers-site layout. */
  text: string;
  /** Values the author typed for header fields the text does not state. */
  fields?: Record<string, string>;
}

export type { ImportResult };

export const importRequest = new RequestType<ImportParams, ImportResult, void>('posting/import');

/**
 * `posting/import`: careers-site text → our YAML. The importer runs here rather than in the client so
 * the extension's bundle does not carry a YAML library of its own.
 */
export function registerImport(connection: Connection): void {
  connection.onRequest(importRequest, (params) => {
    if (typeof params?.text !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'posting/import needs { text: string }');
    try {
      return importFromText(params.text, { fields: params.fields });
    } catch (error) {
      return new ResponseError(ErrorCodes.InternalError, `Import failed: ${String(error)}`);
    }
  });
}
