import type { Document } from 'yaml';
import type { Problem } from '../diagnostics/problems';
import type { LineIndex } from '../text/positions';

// The shapes of a parse of a posting: parse.ts makes one, incremental.ts patches one (apart, so neither imports the other).

/** The limits a posting is parsed within. */
export interface ParseLimits {
  /** Largest text, in characters, that is checked at all. */
  maxFileSize: number;
  /** Most alias expansions allowed when converting to data (guards against "billion laughs"). */
  maxAliasCount: number;
  /** Deepest nesting of collections that is checked. */
  maxDepth: number;
}

export interface ParsedPosting {
  text: string;
  lines: LineIndex;
  /** The first YAML document, or undefined when the text was not parsed (too large). */
  document?: Document.Parsed;
  /** Plain data of the first document; undefined when it could not be built safely. */
  data: unknown;
  problems: Problem[];
}
