/**
 * The custom requests between the extension and the language server: each one's method name with its parameter and
 * result types, and the export formats. Both sides import them from here (as yaml-language-server's requestTypes.ts),
 * so a name or a format is written once. This module carries no code of the engine: it imports only types and the
 * engine's format list, which imports nothing.
 */
import type { ImportResult } from './engine/import/fromText';
import type { ExportWarning } from './engine/render';
import type { WordingExplanation } from './engine/wording/lens';
export type { WordingExplanation };
export { exportFormats, type RenderFormat } from './engine/render/formats';
import type { RenderFormat } from './engine/render/formats';

/** A request's method name, typed with its parameters and result (each side wraps it in its own RequestType). */
export interface PostingRequest<Params, Result> {
  readonly method: string;
  /** Never set: it carries the types. */
  readonly types?: { params: Params; result: Result };
}

function request<Params, Result>(method: string): PostingRequest<Params, Result> {
  return { method };
}

export interface RenderParams {
  uri: string;
  format: RenderFormat;
  /** For `html`: a whole page (the export) rather than the body fragment the preview swaps in. */
  standalone?: boolean;
  /**
   * For `jsonld`: an export for publishing, through the publishing gate (Google's JobPosting rules, the deadline).
   * `force` exports even though the deadline has passed (the author confirmed).
   */
  publish?: { force?: boolean };
  /** For the preview (`html`, not standalone): the "Ready to publish?" checklist as its header. */
  checklist?: boolean;
}

/** One finding of the publishing gate: its stable code and its message in the client's language. */
export interface PublishFinding {
  code: string;
  message: string;
}

export interface RenderResult {
  /** The rendering; base64 for a binary format (`docx`). Empty when the publishing gate refused it. */
  content: string;
  /** The document version rendered, so a client can drop stale answers. */
  version: number;
  /** For an export (standalone): placeholder text still in the posting, which the export command warns about. */
  placeholders?: { headline: string; warnings: ExportWarning[] };
  /** With `publish`: why the JSON-LD may not be published (nothing to write then). */
  refused?: PublishFinding[];
  /** With `publish`: recommended properties it lacks (written anyway). */
  notes?: PublishFinding[];
}

/** `posting/render`: an open document in one of the export formats, from the same engine the CLI uses. */
export const renderRequest = request<RenderParams, RenderResult>('posting/render');

/** The answer to `posting/info`. */
export interface PostingInfo {
  isPosting: boolean;
  profile?: { id: string; title: string };
  problemCount?: number;
  /** How many of the problems are errors: the status bar shows the error icon for them. */
  errorCount?: number;
}

/** `posting/info`, the status bar's question: is this a posting, of which profile, with how many problems? */
export const infoRequest = request<{ uri: string }, PostingInfo>('posting/info');

export interface ImportParams {
  /** The plain text of a posting in the careers-site layout. */
  text: string;
  /** Values the author typed for header fields the text does not state. */
  fields?: Record<string, string>;
}

export type { ImportResult };

/** `posting/import`: careers-site text → our YAML. */
export const importRequest = request<ImportParams, ImportResult>('posting/import');

/** `posting/pid`: the server's process id (the crash-recovery test kills it and watches the client restart it). */
export const pidRequest = request<null, number>('posting/pid');

/** The answer to `posting/checkWorkspace`: what one pass over the workspace's postings found. */
export interface WorkspaceCheckResult {
  /** Postings checked (open ones are the editor's and are not counted). */
  files: number;
  filesWithProblems: number;
  problems: number;
  /** Files that matched the include globs but were not checked, with the reason (too large, unreadable). */
  skipped: { uri: string; reason: string }[];
  /** The workspace has more candidate files than one pass checks. */
  truncated: boolean;
}

/** `posting/checkWorkspace`: check every posting in the workspace folders and publish their problems. */
export const checkWorkspaceRequest = request<null, WorkspaceCheckResult>('posting/checkWorkspace');

export interface CompareParams {
  /** The open posting (the newer version). */
  uri: string;
  /** The posting to compare it with (the older version, or the job description it is based on): a file URI. */
  otherUri: string;
}

export interface CompareResult {
  /** The differences section by section, as Markdown in the client's language. */
  markdown: string;
  /** How many fields changed (0: the same). */
  changes: number;
}

/** `posting/compare`: "Posting: Compare with…", from the same engine function as posting-lint --compare. */
export const compareRequest = request<CompareParams, CompareResult>('posting/compare');

/**
 * The command the wording and readability code lenses run: the client shows the explanation (its one argument, a
 * `WordingExplanation` in the reader's language, on the page it names) with a "Learn more" link.
 */
export const explainWordingCommand = 'postingStudio.explainWording';

/** Why a posting is offered to compare with: the file this one names, one that names it, or another in the workspace. */
export type CompareCandidateReason = 'based_on' | 'translation_of' | 'translated_by' | 'workspace';

export interface CompareCandidate {
  uri: string;
  /** The file's path relative to its workspace folder (or its name). */
  label: string;
  reason: CompareCandidateReason;
}

/**
 * `posting/compareCandidates`: the pick list of "Posting: Compare with…": the job description in `based_on:` first,
 * then the other language version (`translation_of:`, either way round), then the workspace's other postings.
 */
export const compareCandidatesRequest = request<{ uri: string }, CompareCandidate[]>('posting/compareCandidates');
