/**
 * Two floors for our server's CPU per key, not products: language servers built on the same vscode-languageserver as
 * ours that answer each change on their own thread, with no check worker.
 * - `--schema`: our engine's patched parse and the schema's verdict alone, no reviewer rule. No design of ours that
 *   keeps the schema can spend less per key.
 * - `--check`: our whole check (every rule) with the previous parse, as the check worker runs it. What our server
 *   spends above it is the worker: the guard that stops a runaway check without stopping the server.
 * Each is warmed up as our check worker is (lsp/warmUp.ts: 120 keys typed in a posting of its own, the file named by
 * --warm-up=<file>; --warm-up-keys=<n> types more) before it listens, so that V8 has optimised the code before a
 * stream is measured, as it has ours.
 * bench/measure.ts bundles it and starts it (`servers.schemaOnly`, `servers.checkOnThread`).
 */
import { readFileSync } from 'fs';
import { createConnection, TextDocuments, TextDocumentSyncKind } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { checkPosting, parsePosting, type ParsedPosting, type Problem } from '../server/src/engine';
import { selectProfile } from '../server/src/engine/template/profiles';
import { validateAgainstSchema } from '../server/src/engine/schema/validate';
import { toDiagnostic } from '../server/src/lsp/convert';
import { keystrokes, typingOffset } from './typing';

const lastParses = new Map<string, ParsedPosting>();

function schemaProblems(uri: string, text: string): Problem[] {
  const parsed = parsePosting(text, undefined, lastParses.get(uri));
  lastParses.set(uri, parsed);
  // As our check does: until the YAML parses cleanly, the syntax problems alone.
  const clean = parsed.document && !parsed.document.errors.length && parsed.data !== undefined;
  return clean ? [...parsed.problems, ...validateAgainstSchema(parsed, selectProfile(parsed.data))] : parsed.problems;
}

function wholeCheck(uri: string, text: string): Problem[] {
  const result = checkPosting(text, undefined, lastParses.get(uri));
  lastParses.set(uri, result.parsed);
  return result.problems;
}

const problemsOf = process.argv.includes('--check') ? wholeCheck : schemaProblems;
const warmUpFile = process.argv.find((arg) => arg.startsWith('--warm-up='))?.slice('--warm-up='.length);
if (!warmUpFile) throw new Error('oneThreadServer needs --warm-up=<posting file>');
const warmUpText = readFileSync(warmUpFile, 'utf8');
const warmUpKeys = Number(process.argv.find((arg) => arg.startsWith('--warm-up-keys='))?.slice('--warm-up-keys='.length) ?? 120);
for (const text of keystrokes(warmUpText, typingOffset(warmUpText), warmUpKeys).texts) problemsOf('warm-up', text);
lastParses.delete('warm-up');

const connection = createConnection();
const documents = new TextDocuments(TextDocument);
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental } }));
documents.onDidChangeContent(({ document }) =>
  // After this round of I/O, as our server's scheduler runs a check, so edits already read are applied first.
  setImmediate(() =>
    connection.sendDiagnostics({
      uri: document.uri,
      version: document.version,
      diagnostics: problemsOf(document.uri, document.getText()).map((problem) => toDiagnostic(problem, document.uri)),
    }),
  ),
);
documents.onDidClose(({ document }) => lastParses.delete(document.uri));
documents.listen(connection);
connection.listen();
