// The transport floor of (b) and (c): a language server over stdio, built on the same vscode-languageserver as ours,
// that keeps the documents and answers every change with an empty diagnostics list, checking nothing. Its time from
// didChange to publishDiagnostics is what any server pays to receive a change and send a reply.
const { createConnection, TextDocuments, TextDocumentSyncKind } = require('vscode-languageserver/node');
const { TextDocument } = require('vscode-languageserver-textdocument');

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent(({ document }) =>
  setImmediate(() => connection.sendDiagnostics({ uri: document.uri, version: document.version, diagnostics: [] })),
);
documents.listen(connection);
connection.listen();
