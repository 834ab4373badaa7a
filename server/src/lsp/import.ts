import { ErrorCodes, ResponseError, type Connection } from 'vscode-languageserver/node';
import { importRequest } from '../protocol';
import { requestType } from './requestType';

/**
 * `posting/import`: a posting's text (any layout the importer knows) → our YAML, with findings. The importer runs here rather than in the client so
 * the extension's bundle does not carry a YAML library of its own.
 */
export function registerImport(connection: Connection): void {
  connection.onRequest(requestType(importRequest), async (params) => {
    if (typeof params?.text !== 'string') return new ResponseError(ErrorCodes.InvalidParams, 'posting/import needs { text: string }');
    try {
      // Loaded on the first import (importer.ts).
      const { importFromText } = await import('./importer');
      return importFromText(params.text, { fields: params.fields });
    } catch (error) {
      return new ResponseError(ErrorCodes.InternalError, `Import failed: ${String(error)}`);
    }
  });
}
