import { importFromText } from '../../server/src/engine';

/** Imported data read deep in tests (`data(text).terms_of_reference.duties[0]`); an assertion fails where a key is missing. */
type Data = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- deep reads of imported data

/** The data `posting-lint --import` makes of a text. */
export const data = (text: string) => importFromText(text).data as Data;

/** The data `posting-lint --import` makes of a text given as its lines, as tests set texts out. */
export const importedLines = (lines: readonly string[]) => data(lines.join('\n'));
