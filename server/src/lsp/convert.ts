import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Problem, Severity } from '../engine';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

/**
 * The LSP diagnostic of a problem; `uri` locates its related information: the same document, or a file named relative
 * to it (the other language version, the job description).
 */
export function toDiagnostic(problem: Problem, uri?: string): Diagnostic {
  const diagnostic: Diagnostic = {
    range: problem.range,
    severity: severities[problem.severity],
    code: problem.code,
    source: 'posting',
    message: problem.message,
  };
  if (problem.data) diagnostic.data = problem.data;
  if (uri && problem.related?.length)
    diagnostic.relatedInformation = problem.related.map(({ range, message, file }) => ({
      location: { uri: file ? relatedUri(uri, file) : uri, range },
      message,
    }));
  return diagnostic;
}

/** The URI of a file named relative to a document (`based_on: ../jd/x.posting.yaml`). */
function relatedUri(uri: string, file: string): string {
  try {
    return new URL(file.split(/[\\/]/).map(encodeURIComponent).join('/'), uri).toString();
  } catch {
    return uri;
  }
}
