import { RequestType } from 'vscode-languageserver/node';
import type { PostingRequest } from '../protocol';

/** The server's typed request for one of the custom requests in protocol.ts. */
export function requestType<Params, Result>(request: PostingRequest<Params, Result>): RequestType<Params, Result, void> {
  return new RequestType<Params, Result, void>(request.method);
}
