import { RequestType } from 'vscode-languageclient/node';
import type { PostingRequest } from '../../server/src/protocol';

/** The client's typed request for one of the custom requests in the shared protocol module. */
export function requestType<Params, Result>(request: PostingRequest<Params, Result>): RequestType<Params, Result, void> {
  return new RequestType<Params, Result, void>(request.method);
}
