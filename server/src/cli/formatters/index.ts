import { json } from './json';
import { markdown } from './markdown';
import type { FormatterFactory } from './report';
import { sarif } from './sarif';
import { stylish } from './stylish';

export type { FileReport, FormatContext, Formatter } from './report';

/** Output formats by the name `--format` takes. */
export const formatters: Record<string, FormatterFactory> = { stylish, json, sarif, markdown };
