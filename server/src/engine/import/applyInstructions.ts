import common from '../../../../schemas/import/common.json';
import { dataPattern } from '../text/patterns';
import type { ReadText } from './generic';

/**
 * How to apply told in a sentence outside its own section (issue 14): a procurement notice's header ("Proposals should
 * be submitted by e-mail to … no later than …"), a line under "Remarks" ("Please submit a financial proposal … as well
 * as your CV"). Such a sentence, found among the lines before any heading or in a section of closing remarks, is moved
 * to How to apply, after the section the text has or as one of its own (common.json applyInstruction).
 */
const applyInstruction = common.applyInstruction;

/** The emoji a social advert opens a line with (with its variation selector and joiners). */
const pictograph = /^(?:\p{Extended_Pictographic}|\ufe0f|\u200d)+\s*/u;

export function moveApplyInstructions(read: ReadText): void {
  const opening = dataPattern(applyInstruction.openingPattern, 'i');
  const documents = dataPattern(applyInstruction.documentsPattern, 'i');
  const passive = dataPattern(applyInstruction.passivePattern, 'i');
  const asks = (text: string) => passive.test(text) || (opening.test(text) && documents.test(text));
  // "📩 Send your CV to … by 30 April.": after a social advert's envelope, an instruction or "Apply …", in any section.
  const mail = dataPattern(applyInstruction.mailSymbol);
  const mailOpening = dataPattern(applyInstruction.mailOpeningPattern, 'i');
  const mailed = (text: string) => {
    const symbol = mail.exec(text);
    const rest = symbol ? text.slice(symbol[0].length) : '';
    if (symbol) return asks(rest) || mailOpening.test(rest);
    // "\u{1F4C5} Apply by 20 May 2026", "\u{1F517} Apply here: https://…": after any other symbol, a line that opens with Apply.
    const other = pictograph.exec(text);
    return !!other && mailOpening.test(text.slice(other[0].length));
  };
  // "Full job description and application via our careers page: https://…": where to apply and its address, in any section.
  const link = dataPattern(applyInstruction.linkPattern, 'i');
  const pointed = (text: string) => mailed(text) || link.test(text);
  const instruction = { test: (text: string) => asks(text) || pointed(text) };
  const found: { text: string; line: number }[] = [];
  read.lead = read.lead.filter((lead) => {
    if (!instruction.test(lead.text)) return true;
    found.push(lead);
    return false;
  });
  for (const section of read.entries) {
    if (section.kind !== 'section' || !section.lines || section.concept === 'how_to_apply') continue;
    const test = applyInstruction.fromSections.includes(section.concept) ? instruction.test : pointed;
    const had = section.lines.length;
    section.lines = section.lines.filter((line) => {
      if (!test(line.text)) return true;
      found.push({ text: line.text, line: section.line });
      return false;
    });
    // A heading whose every line went to How to apply says nothing more (placed, never noted).
    if (had && !section.lines.length) section.inferred = true;
  }
  if (!found.length) return;
  const lines = found.map((entry) => ({ text: entry.text, bullet: false }));
  const howTo = read.entries.find((entry) => entry.concept === 'how_to_apply' && entry.kind === 'section');
  if (howTo) howTo.lines = [...lines, ...(howTo.lines ?? [])];
  else {
    // In the text's order, where the first sentence stands.
    const after = read.entries.findIndex((entry) => entry.line > found[0].line);
    const entry = { concept: 'how_to_apply', label: 'How to apply', line: found[0].line, kind: 'section' as const, lines, moved: true };
    read.entries.splice(after < 0 ? read.entries.length : after, 0, entry);
  }
}
