import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver/node';
import type { Problem, Severity } from '../engine';

const severities: Record<Severity, DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  information: DiagnosticSeverity.Information,
  hint: DiagnosticSeverity.Hint,
};

export function toDiagnostic(problem: Problem): Diagnostic {
  const diagnostic: Diagnostic = {
    range: problem.range,
    severity: severities[problem.severity],
    code: problem.code,
    source: 'posting',
    message: problem.message,
  };
  if (problem.data) diagnostic.data = problem.data;
  return diagnostic;
}
