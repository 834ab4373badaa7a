import type { CodeAction, CodeActionParams, Diagnostic } from 'vscode-languageserver/node';
// The enum from the types package alone, as in symbols.ts (this module runs in the check worker).
import { CodeActionKind } from 'vscode-languageserver-types';
import {
  actionsFor,
  actionTitle,
  fixAllEdits,
  fixAllKind,
  type EngineSettings,
  type PostingAction,
  type Problem,
  type ProblemData,
} from '../engine';

export const codeActionKinds = [CodeActionKind.QuickFix, fixAllKind];

/** The code actions for a request: quick fixes for the diagnostics it carries (from their data), and fix-all. */
export function postingCodeActions(text: string, params: CodeActionParams, settings: EngineSettings): CodeAction[] {
  const { uri } = params.textDocument;
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((requested) => kind === requested || kind.startsWith(`${requested}.`));
  const result: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    const ours = params.context.diagnostics.filter((d) => d.source === 'posting' && typeof d.code === 'string');
    const byProblem = new Map<Problem, Diagnostic>(ours.map((d) => [toProblem(d), d]));
    for (const action of actionsFor(text, [...byProblem.keys()], { locale: settings.locale, catalogues: settings.catalogues }))
      result.push(toCodeAction(uri, action, byProblem));
  }
  if (wants(fixAllKind)) {
    const edits = fixAllEdits(text, settings);
    if (edits.length)
      result.push({ title: actionTitle('fixAll', {}, settings.locale), kind: fixAllKind, edit: { changes: { [uri]: edits } } });
  }
  return result;
}

const severities = { 1: 'error', 2: 'warning', 3: 'information', 4: 'hint' } as const;

function toProblem(diagnostic: Diagnostic): Problem {
  return {
    code: String(diagnostic.code),
    severity: severities[diagnostic.severity ?? 1],
    message: typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value,
    range: diagnostic.range,
    // `data` is what this server published with the diagnostic; LSP hands it back unchanged with the request.
    data: (diagnostic.data ?? undefined) as ProblemData | undefined,
  };
}

function toCodeAction(uri: string, action: PostingAction, byProblem: Map<Problem, Diagnostic>): CodeAction {
  const result: CodeAction = { title: action.title, kind: action.kind, edit: { changes: { [uri]: action.edits } } };
  const diagnostic = action.problem ? byProblem.get(action.problem) : undefined;
  if (diagnostic) result.diagnostics = [diagnostic];
  if (action.isPreferred) result.isPreferred = true;
  return result;
}
