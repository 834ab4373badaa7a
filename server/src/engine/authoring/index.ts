/** The authoring services (completion, hover, outline, quick fixes), re-exported by the engine's facade. */
export { completePosting, completeBlankFile, type Completion, type CompleteOptions } from './complete';
export { hoverPosting, type HoverInfo } from './hover';
export { SkeletonWriter, todayIso, type SkeletonOptions } from '../template/skeleton';
export { postingFolding, postingSelectionRanges, postingSymbols, type FoldingRegion, type PostingSymbol } from './symbols';
export { actionsFor, actionTitle, fixAll, fixAllEdits, fixAllKind, type FixAllResult, type PostingAction } from './actions';
export { applyEdits, type TextEdit } from '../text/textEdits';
export {
  comparePostings,
  comparisonText,
  relatedFileProblems,
  relatedFiles,
  relatedFilesOf,
  type FieldChange,
  type RelatedNames,
  type RelatedTexts,
} from './compare';
