import { decodeHTML, DecodingMode } from 'entities';
import paste from '../../../../schemas/import/paste.json';
import commonData from '../../../../schemas/import/common.json';
import layoutsData from '../../../../schemas/import/layouts.json';
import careersSiteData from '../../../../schemas/import/careers-site.json';
import fieldAliases from '../../../../schemas/field-aliases.json';
import unhcrCatalogue from '../../../../schemas/catalogues/unhcr.json';
import un1999Catalogue from '../../../../schemas/catalogues/un-1999.json';
import { dataPattern } from '../text/patterns';
import { readDate } from './dates';
import { withoutQuotedPrintable } from './quotedPrintable';

/**
 * A paste split into the posting (`body`) and what came with it (`aside`): a forwarded e-mail's envelope, quoting,
 * covering note and signature; a careers page's buttons, breadcrumbs and list of other jobs; a printed page's running
 * header and footer (schemas/import/paste.json). The importer reads the body and keeps the aside lines under notes
 * word for word, so nothing is lost, and a paragraph or list that a page break interrupts reads as one.
 */
export interface PasteParts {
  body: string;
  aside: string[];
}

const footers = paste.footerPatterns.map((source) => dataPattern(source, 'i'));
const chromeLines = paste.chromeLinePatterns.map((source) => dataPattern(source, 'i'));
const forwardMarkers = paste.forwardMarkerPatterns.map((source) => dataPattern(source, 'i'));
const envelopeLabel = dataPattern(paste.envelopeLabelPattern, 'i');
const chromePhrases = new Set(paste.chromePhrases.map((phrase) => phrase.toLowerCase()));
const tailPhrases = new Set(paste.tailPhrases.map((phrase) => phrase.toLowerCase()));
const tailLines = paste.tailPatterns.map((source) => dataPattern(source, 'i'));
const truncation = dataPattern(paste.truncationPattern, 'i');

/** A line's words between symbols, bars and wide spaces: "Apply now   ♡ Save | ⤴ Share" → apply now, save, share. */
function buttonParts(line: string): string[] {
  return line
    .toLowerCase()
    .split(/[^\p{L}\p{N}' -]|\s{2,}/u)
    .map((part) => part.trim())
    .filter(Boolean);
}

/** Only buttons: every part a button phrase, and a lone ASCII word ("Apply", a heading too) only beside a symbol. */
function isChrome(line: string): boolean {
  if (chromeLines.some((pattern) => pattern.test(line))) return true;
  const parts = buttonParts(line);
  if (!parts.length || !parts.every((part) => chromePhrases.has(part))) return false;
  if (parts.length > 1 || /\s/.test(parts[0]) || /[^\x20-\x7e]/.test(parts[0])) return true;
  return /[^\p{L}\p{N}\s]/u.test(line);
}

/** A printed page's running footer or header ("Page 2 of 3", a browser's print header): never part of what it interrupts. */
export const isPageFooter = (line: string) => footers.some((pattern) => pattern.test(line));

const runningFooter = dataPattern(paste.runningFooterPattern, 'i');

/**
 * The trimmed lines that are a running footer a copy repeats with each page's number ("JPO Programme | 1" \u2026
 * "JPO Programme | 2", paste.json runningFooterPattern): the same words at least twice, with different numbers.
 */
export function runningFooters(lines: readonly string[]): Set<string> {
  const numbers = new Map<string, Set<string>>();
  for (const line of lines) {
    const match = runningFooter.exec(line.trim());
    if (!match) continue;
    const words = match[1].toLowerCase();
    numbers.set(words, (numbers.get(words) ?? new Set()).add(match[2]));
  }
  const repeated = new Set([...numbers].filter(([, seen]) => seen.size > 1).map(([words]) => words));
  return new Set(lines.map((line) => line.trim()).filter((line) => repeated.has(runningFooter.exec(line)?.[1].toLowerCase() ?? '\n')));
}

/** The index of the first line from `index` in the direction of `step` (±1) that `skip` does not pass over. */
function lineBeside(trimmed: readonly string[], index: number, step: number, skip: (line: string, at: number) => boolean): number {
  let at = index + step;
  while (at >= 0 && at < trimmed.length && skip(trimmed[at], at)) at += step;
  return at;
}

/** A rule a printed page draws at its break, between its footer and the next page's header. */
const breakRule = /^[_=\-\u2013\u2014.*~]{3,}$/;

/**
 * The lines a printed page repeats beside its page number ("Page 1 of 2" over "UNFPA Zambia \u2013 VA 2026/04", and again at
 * the next page break): a line that stands right before or after a page footer, the same words beside two of them at
 * least, is the page's running header or footer too.
 */
export function pageCompanions(lines: readonly string[]): Set<string> {
  const trimmed = lines.map((line) => line.trim());
  // (Where each such line stands: the same words twice, at two page breaks.)
  const seen = new Map<string, Set<number>>();
  trimmed.forEach((line, index) => {
    if (!line || !isPageFooter(line)) return;
    for (const step of [-1, 1]) {
      // (A rule the page prints between its footer and the next page's header, "_____", stands apart as a blank does.)
      const at = lineBeside(trimmed, index, step, (text) => !text || breakRule.test(text));
      const beside = trimmed[at];
      // (A header's words spread over the width of the page, "VN 2026/041/P \u2013 Officer        Montr\u00e9al", as one line.)
      if (!beside || beside.replace(/\s+/g, ' ').length > 80 || isPageFooter(beside)) continue;
      seen.set(beside, (seen.get(beside) ?? new Set()).add(at));
    }
  });
  return new Set([...seen].filter(([, places]) => places.size > 1).map(([line]) => line));
}

/** A reference number as a page's running header starts with it: letters or digits joined by slashes or hyphens. */
const referenceStart = /^([A-Za-z0-9]+(?:[/-][A-Za-z0-9]+){2,})(?=\s|$)/;

/**
 * The running header a printed page starts with after its break, "WFP/MOZ/VA/2026/017 - Logistics Officer" under
 * "Page 1 of 2": the first line after a page footer (blank lines and the break's rule aside) that starts with a
 * reference number the text stated before. It is printed once per page, so a two-page copy has it once, where
 * pageCompanions needs it twice (t16, t17: it became a duty).
 */
export function referenceHeaders(lines: readonly string[], breakRules: ReadonlySet<number>): Set<number> {
  const headers = new Set<number>();
  const trimmed = lines.map((line) => line.trim());
  trimmed.forEach((line, index) => {
    if (!isPageFooter(line)) return;
    const at = lineBeside(trimmed, index, 1, (beside, place) => !beside || breakRules.has(place));
    const next = trimmed[at] ?? '';
    const reference = referenceStart.exec(next)?.[1];
    if (!reference || next.length > 100 || !/\d/.test(reference)) return;
    if (lines.slice(0, index).some((earlier) => earlier.includes(reference))) headers.add(at);
  });
  return headers;
}

/** A line of rule characters only ("______", "------", "======"). */
const ruleOnly = /^[_\-=~*.\u2013\u2014\u2015\u2026]{4,}$/;

/**
 * The rules a printed page draws at its break, copied with its page footer ("Page 1 of 3" over "________"): a rule
 * line next to a page footer, blank lines aside, is the break, read as a blank line, not a line of the section it
 * falls in (t17: a ToR's rule became one of its duties, and was then reported as a placeholder).
 */
export function pageBreakRules(lines: readonly string[]): Set<number> {
  const trimmed = lines.map((line) => line.trim());
  const rules = new Set<number>();
  trimmed.forEach((line, index) => {
    if (!line || !isPageFooter(line)) return;
    for (const step of [-1, 1]) {
      const at = lineBeside(trimmed, index, step, (beside) => !beside);
      if (at >= 0 && at < trimmed.length && ruleOnly.test(trimmed[at])) rules.add(at);
    }
  });
  return rules;
}

const header = paste.siteHeader;
const skipLinks = header.skipLinkPatterns.map((source) => dataPattern(source, 'i'));
const cookieLine = dataPattern(header.cookiePattern, 'i');
const phraseSet = (phrases: readonly string[]) => new Set(phrases.map((phrase) => phrase.toLowerCase()));
const cookieButtons = phraseSet(header.cookieButtons);
const backPhrases = phraseSet(header.backPhrases);
const menuPhrases = phraseSet(header.menuPhrases);
const languageNames = phraseSet(header.languageNames);
const knownOrganisations = commonData.organizations.flatMap((organization) => organization.patterns.map((source) => dataPattern(source)));
const headerLines = header.linePatterns.map((source) => dataPattern(source, 'i'));
const menuBar = paste.menuBar;
const searchBox = dataPattern(menuBar.searchBoxPattern, 'i');

/**
 * A site's menu copied on one line (paste.json menuBar): 'bar' when it lists at least minimumParts items, a header by
 * itself; 'mark' for two items of a menu ("Job Search > Job Details") or a search box alone ("Search jobs…").
 */
function menuBarKind(text: string): 'bar' | 'mark' | undefined {
  if (searchBox.test(text)) return 'mark';
  const parts = text
    .split(/[ \t\u3000]{2,}|[|\u00b7\u2022\u203a\u00bb>\uff1e]/)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return undefined;
  const short = (part: string) =>
    searchBox.test(part) || (part.length <= menuBar.partLength && part.split(/\s+/).length <= menuBar.partWords && !/[:\uff1a]/.test(part));
  if (!parts.every(short)) return undefined;
  const phrases = parts.filter((part) => menuPhrases.has(part.toLowerCase()) || searchBox.test(part)).length;
  if (parts.length >= menuBar.minimumParts && phrases >= menuBar.minimumPhrases) return 'bar';
  return phrases === parts.length ? 'mark' : undefined;
}

/**
 * How many of the text's first lines are a web page's header (paste.json siteHeader): its skip link, menu, language
 * switch, search box, cookie banner and a breadcrumb one step a line, up to the last of them; 0 when the text opens
 * with no such header. The page's title and facts after the last mark stay, and so do its buttons ("Apply", "Save").
 */
export function siteHeaderLines(lines: readonly string[]): number {
  const at = (index: number) => lines[index].trim();
  const first = lines.findIndex((line) => line.trim());
  if (first < 0) return 0;
  const skip = skipLinks.some((pattern) => pattern.test(at(first)));
  let marks = 0;
  let last = -1;
  let strong = false;
  // The lines in a row since the last mark that are none.
  let gap = 0;
  // A menu bar of a site's sections (menuBarKind 'bar') and the marks right after it, up to the first line that is none:
  // a header by themselves; a mark after the title ("Job details") adds to it only as another header would.
  let barRun = false;
  let barEnd = -1;
  // The kind of the mark before (blank lines between count for nothing): a cookie button follows the banner or
  // another button, a language name another mark.
  let previous: 'cookie' | 'mark' | undefined = skip ? 'mark' : undefined;
  for (let index = skip ? first + 1 : first; index < Math.min(lines.length, first + header.maxLines); index++) {
    const text = at(index);
    if (!text) continue;
    const key = buttonParts(text).join(' ');
    const cookie = cookieLine.test(text) && text.length <= 400;
    const bar = cookie ? undefined : menuBarKind(text);
    // A sentence or a labelled fact ("Posted on: Jan 29, 2027") is the posting's: the header ends before it.
    if (!cookie && !bar && (text.length > header.lineLength || /[.;!?\u3002]$/.test(text) || /^[^:]{2,40}\s?:\s?\S/.test(text))) break;
    let kind: 'cookie' | 'mark' | undefined;
    if (cookie) {
      kind = 'cookie';
      strong = true;
    } else if (bar) {
      kind = 'mark';
      if (bar === 'bar') barRun = true;
    } else if (previous === 'cookie' && (cookieButtons.has(text.toLowerCase()) || cookieButtons.has(key))) kind = 'cookie';
    else if (backPhrases.has(text.toLowerCase()) || backPhrases.has(key)) {
      kind = 'mark';
      if (index - first < header.backWithin) strong = true;
    } else if (headerLines.some((pattern) => pattern.test(text))) kind = 'mark';
    else if (menuPhrases.has(text.toLowerCase()) && !(languageNames.has(text.toLowerCase()) && previous === undefined)) kind = 'mark';
    else if (previous && languageNames.has(text.toLowerCase())) kind = 'mark';
    previous = kind;
    if (kind && barRun) barEnd = index;
    else barRun = false;
    if (!kind) {
      // The title and the facts under it, one a line: a mark after them ("Who we are") heads the posting's section.
      if (last >= 0 && ++gap >= header.maxGap) break;
      continue;
    }
    gap = 0;
    marks++;
    last = index;
  }
  if (last < 0 || !(skip || strong || marks >= header.minimumMarks)) return barEnd >= 0 ? barEnd + 1 : skip ? first + 1 : 0;
  return last + 1;
}

const siteFooter = paste.siteFooter;
const copyrightLine = dataPattern(siteFooter.copyrightPattern, 'i');
const footerMarks = siteFooter.markPatterns.map((source) => dataPattern(source, 'i'));

/**
 * Where a web page's footer starts among the text's last lines (paste.json siteFooter): its "Follow Us", privacy and
 * terms links, social networks and copyright line; -1 when the text ends with no such footer.
 */
export function siteFooterStart(lines: readonly string[]): number {
  let start = -1;
  let marks = 0;
  let copyright = false;
  let gap = 0;
  for (let index = lines.length - 1; index * 2 >= lines.length; index--) {
    const text = lines[index].trim();
    if (!text) continue;
    if (text.length > siteFooter.lineLength) break;
    const isCopyright = copyrightLine.test(text);
    // "Contact us | Terms of use | Privacy": the footer's links on one line, between bars or wide spaces, each a mark.
    const links = text
      .split(/[|\u00b7\u2022]|[ \t]{2,}/)
      .map((part) => part.trim())
      .filter(Boolean);
    const isMark = (part: string) => footerMarks.some((pattern) => pattern.test(part));
    const linked = links.length > 1 && links.every(isMark) ? links.length : 0;
    if (!isCopyright && !linked && !isMark(text)) {
      if (++gap > siteFooter.maxGap) break;
      continue;
    }
    copyright ||= isCopyright;
    marks += Math.max(linked, 1);
    gap = 0;
    start = index;
  }
  return start >= 0 && (copyright || marks >= siteFooter.minimumMarks) ? start : -1;
}

function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index])) return index;
  return -1;
}
const quoted = /^>[ \t]?/;
/** Every level of an e-mail's quoting ("> > "): a posting forwarded twice is quoted twice. */
const quotedLevels = /^(?:>[ \t]?)+/;

/** The lines of a forwarded e-mail's posting, unquoted, and the sender's lines around them; undefined if not an e-mail. */
function fromEmail(lines: string[]): { body: string[]; aside: string[] } | undefined {
  const trimmed = lines.map((line) => line.trim());
  const filled = trimmed.filter(Boolean).length;
  const first = trimmed.findIndex((line) => quoted.test(line));
  const last = lastIndexWhere(trimmed, (line) => quoted.test(line));
  const block = first < 0 ? [] : trimmed.slice(first, last + 1);
  // The posting quoted whole: one block of "> " lines (blank lines between), most of the text.
  if (block.length >= 8 && block.every((line) => !line || quoted.test(line)) && block.filter(Boolean).length * 2 >= filled) {
    // A forwarded posting whose table of facts comes unquoted after the envelope ("-----Original Message-----", From:,
    // Subject:, then "Posting Title: …"), its text quoted below: the table is the posting's too (a covering note is not).
    const marker = lastIndexWhere(trimmed.slice(0, first), (line) => forwardMarkers.some((pattern) => pattern.test(line)));
    let start = marker < 0 ? first : marker + 1;
    while (start < first && (!trimmed[start] || envelopeLabel.test(trimmed[start]))) start++;
    const facts = trimmed.slice(start, first).filter(Boolean);
    if (facts.length < 2 || !facts.every((line) => /^[^:]{2,40}:[ \t]?\S/.test(line))) start = first;
    const aside = [...trimmed.slice(0, start), ...trimmed.slice(last + 1)].filter(Boolean);
    return { body: [...trimmed.slice(start, first), ...block.map((line) => line.replace(quotedLevels, ''))], aside };
  }
  // Forwarded unquoted: the marker line, then the envelope's header lines; before them the covering note.
  const marker = trimmed.findIndex((line, index) => index * 2 < trimmed.length && forwardMarkers.some((pattern) => pattern.test(line)));
  if (marker < 0) return undefined;
  let start = marker + 1;
  while (start < trimmed.length && (!trimmed[start] || envelopeLabel.test(trimmed[start]))) start++;
  const aside = trimmed.slice(0, start).filter(Boolean);
  return { body: lines.slice(start), aside };
}

const entity = /&(?:[a-z]{2,8}\d?|#\d{2,6}|#x[\da-f]{2,5});/gi;

/**
 * A text copied from a page's source or an aggregator's feed carries HTML entities ("&bull; Give …", "Roads &amp;
 * Bridges"): where it holds two or more, they are read as the characters they stand for (only entities ended by ";").
 */
function withoutEntities(text: string): string {
  const found = text.match(entity);
  return found && found.length >= 2 ? decodeHTML(text, DecodingMode.Strict) : text;
}

const characters = new Map(Object.entries(paste.characters));
const characterPattern = new RegExp(`[${[...characters.keys()].join('')}]`, 'g');
const lineHyphen = new RegExp(paste.lineHyphenPattern, 'gm');

// Icon names are lower-case letters and underscores (paste.json), so they need no escaping in a pattern.
const iconName = new RegExp(`(^|[ \\t])(?:${paste.iconNames.join('|')})(?:[ \\t]+|$)`, 'gm');
const iconWord = new RegExp(`^([ \\t]*)(?:${paste.iconWords.join('|')})[ \\t]+(?=[A-Z\\d][^\\n]{0,60}$)`, 'gm');
const iconOnlyLine = new RegExp(
  `^[ \\t]*(?:${paste.iconNames.join('|')})(?:[ \\t]+(?:${paste.iconNames.join('|')}))*[ \\t]*(?:\\r?\\n|$)`,
  'gm',
);

const iconLabels = new Map(Object.entries(paste.iconLabels));
// An icon that stands for a label, then its short value on the same line or the next (paste.json iconLabels).
const iconLabel = new RegExp(`^[ \\t]*(${[...iconLabels.keys()].join('|')})[ \\t]*(?:\\r?\\n[ \\t]*)?([^\\s:][^:\\n]{0,60})$`, 'gm');

/**
 * The text without the names of a page's icons ("bookmark_border Save" reads "Save"); an icon that stands for a label
 * is that label ("location_on" + "Juba, South Sudan" reads "Location: Juba, South Sudan").
 */
function withoutIcons(text: string): string {
  if (!text.includes('_') && !iconWord.test(text)) return text;
  iconWord.lastIndex = 0;
  const labelled = text.replace(iconLabel, (_found, icon: string, value: string) => `${iconLabels.get(icon) ?? icon}: ${value.trimEnd()}`);
  return labelled.replace(iconOnlyLine, '').replace(iconName, '$1').replace(iconWord, '$1');
}

const windows1252 = new Map(Object.entries(paste.mojibake.windows1252));
const signs = Object.keys(paste.mojibake.windows1252).join('');
/** A byte 0x80–0xBF as Windows-1252 shows it: U+0080–U+00BF, or one of its signs for 0x80–0x9F. */
const continuation = `[\\u0080-\\u00bf${signs}]`;
const mojibakeSequence = new RegExp(
  `[\\u00c2-\\u00df]${continuation}|[\\u00e0-\\u00ef]${continuation}{2}|[\\u00f0-\\u00f4]${continuation}{3}`,
  'g',
);
const utf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A text in UTF-8 that something read as Windows-1252 ("MÃ©decins du Monde", "Coordinator â€“ Colombia"), read as
 * the characters it was written in (paste.json mojibake): only where at least `minimumSequences` sequences decode, and
 * only those; a text with one "Ã©" (or none) is left as it is.
 */
export function withoutMojibake(text: string): string {
  const found = text.match(mojibakeSequence);
  if (!found || found.length < paste.mojibake.minimumSequences) return text;
  const decoded = (sequence: string): string | undefined => {
    const bytes = [...sequence].map((char) => windows1252.get(char) ?? char.charCodeAt(0));
    try {
      return utf8.decode(Uint8Array.from(bytes));
    } catch {
      return undefined;
    }
  };
  if (found.filter((sequence) => decoded(sequence) !== undefined).length < paste.mojibake.minimumSequences) return text;
  return text.replace(mojibakeSequence, (sequence) => decoded(sequence) ?? sequence);
}

const ocrSuspects = paste.ocr.suspectPatterns.map((source) => new RegExp(source, 'g'));
const confusions = Object.entries(paste.ocr.confusions);
const confusable = new RegExp(confusions.map(([written]) => written).join('|'), 'g');
let dataWords: Set<string> | undefined;

/** The words of the importer's data (labels, headings, vocabularies, catalogues), in lower case, 3 letters or more. */
function knownWords(): Set<string> {
  if (dataWords) return dataWords;
  const words = new Set<string>();
  const walk = (value: unknown): void => {
    if (typeof value === 'string') for (const word of value.toLowerCase().match(/[a-z]{3,}/g) ?? []) words.add(word);
    else if (Array.isArray(value)) value.forEach(walk);
    else if (value && typeof value === 'object')
      for (const [key, inner] of Object.entries(value)) {
        // ("$comment" keys describe the data, with examples of what it reads: "Farnily" among them.)
        if (key.startsWith('$')) continue;
        walk(key);
        walk(inner);
      }
  };
  [commonData, layoutsData, careersSiteData, fieldAliases, unhcrCatalogue, un1999Catalogue, paste].forEach(walk);
  return (dataWords = words);
}

/**
 * A scan's text read by OCR, its look-alike letters read as printed (paste.json ocr): "Farnily" is "Family",
 * "ReIationships" "Relationships", "0rganizing" "Organizing", where the text or the importer's data knows the word and
 * not the one written. Only a text with at least `minimumSuspects` words of OCR's kind; any other is left as it is.
 */
export function withoutOcrConfusions(text: string): string {
  const suspects = ocrSuspects.reduce((count, pattern) => count + (text.match(pattern)?.length ?? 0), 0);
  if (suspects < paste.ocr.minimumSuspects) return text;
  const known = knownWords();
  const own = new Set(text.toLowerCase().match(/[a-z]{3,}/g));
  const knows = (word: string) => known.has(word) || own.has(word);
  // A word: letters, with ones and zeros among them ("Functiona1", "0rganizing"), not part of a code ("JR2702914").
  return text.replace(/(?<![\p{L}\p{N}])[01]*[a-zA-Z][A-Za-z01]*(?![\p{L}\p{N}])/gu, (word, at: number) => {
    if (word.length < 3 || known.has(word.toLowerCase()) || !/[a-z]/.test(word)) return word;
    const sites = [...word.matchAll(confusable)].map((match) => match.index);
    if (!sites.length || sites.length > 4) return word;
    let best: string | undefined;
    let fewest = Infinity;
    for (let mask = 1; mask < 1 << sites.length; mask++) {
      let read = '';
      let from = 0;
      let changed = 0;
      sites.forEach((site, index) => {
        if (!(mask & (1 << index))) return;
        const [written, printed] = confusions.find(([written]) => word.startsWith(written, site))!;
        // A zero that starts a line or a sentence is a capital O ("0nly shortlisted …"); elsewhere a small one.
        const opens = /(?:^|[\n.!?:][ \t]*)$/.test(text.slice(Math.max(0, at - 4), at));
        const letter = written === '0' && site === 0 && opens ? 'O' : printed;
        read += word.slice(from, site) + letter;
        from = site + written.length;
        changed++;
      });
      read += word.slice(from);
      if (changed < fewest && knows(read.toLowerCase())) {
        best = read;
        fewest = changed;
      }
    }
    if (best) return best;
    // A capital I after a small letter, in a word of small letters ("reconciIiations", "financiaI"), is a small l
    // whatever the word: no word is written so.
    return /^[A-Z0]?[a-zI]+$/.test(word) && /[a-z]I/.test(word) ? word.replace(/(?<=[a-z])I/g, 'l') : word;
  });
}

const checked = new Set(paste.checkboxes.checked);
const boxes = [...paste.checkboxes.checked, ...paste.checkboxes.unchecked].join('');
// A run of boxes and their options, up to a table's bar or the line's end.
const boxRun = new RegExp(`[${boxes}][^|\\n]*`, 'g');
const boxSplit = new RegExp(`(?=[${boxes}])`);

/**
 * A form's row of boxes read as the options ticked (paste.json checkboxes): "Type of engagement: \u2612 Consultant
 * \u2610 Individual Contractor" reads "Type of engagement: Consultant". A row with fewer than two boxes or none ticked
 * stays as written.
 */
export function checkedOptions(text: string): string {
  if (!boxRun.test(text)) return text;
  boxRun.lastIndex = 0;
  return text.replace(boxRun, (run) => {
    const options = run.split(boxSplit).filter((option) => option.trim());
    const ticked = options.filter((option) => checked.has(option[0])).map((option) => option.slice(1).trim());
    if (options.length < 2 || !ticked.length) return run;
    return `${ticked.join(', ')}${/[ \t]$/.test(run) ? ' ' : ''}`;
  });
}

/**
 * The text with a PDF's or page's stray characters made plain (schemas/import/paste.json `characters`: ligatures, soft
 * hyphens, zero-width and no-break spaces), and a word hyphenated at a line's end joined on its first line: "manage-"
 * + "ment of …" reads "management" + "of …"; "long-" + "term …" stays as it is when the text has "term" on its own.
 */
export function plainCharacters(text: string): string {
  const plain = withoutIcons(
    checkedOptions(withoutOcrConfusions(withoutMojibake(text))).replace(characterPattern, (found) => characters.get(found) ?? found),
  );
  if (!/-[ \t]*\r?\n/.test(plain)) return plain;
  const counts = new Map<string, number>();
  for (const word of plain.toLowerCase().match(/[a-z\u00df-\u00ff\u0100-\u017f]+/g) ?? []) counts.set(word, (counts.get(word) ?? 0) + 1);
  return plain.replace(lineHyphen, (found: string, before: string, after: string, stop: string, at: number) => {
    // The second half stands alone once, here: a word the text uses elsewhere too ("term", "and" after "first- and
    // second-tier") may be a word of its own, and the lines stay as they are.
    if ((counts.get(after.toLowerCase()) ?? 0) > 1) return found;
    // The half ends a word: "ment of", not "ment-based".
    const next = plain[at + found.length] ?? '';
    if (next && !/[ \t\r\n]/.test(next)) return found;
    // The rest of the second line stays on a line of its own; a second line that was only the half leaves none.
    const rest = /[ \t]/.test(next) ? '\n' : '';
    return `${before}${after}${stop}${rest}`;
  });
}

/**
 * A list marker a Markdown converter escaped so that it would not start a list ("1\\. Appraises …", "\\- Drive …", as
 * web clippers save a page): the marker as written. Only at a line's start (after any quoting), before a space.
 */
function markdownUnescaped(text: string): string {
  return text.replace(/^([ \t>]*\d{1,3})\\(?=[.)][ \t])/gm, '$1').replace(/^([ \t>]*)\\(?=[-*+][ \t])/gm, '$1');
}

const tableCells = /^[ \t]*\|(.*)\|[ \t]*$/;
const cellLabel = /^(?:\*\*)?[^:|*]{2,40}:(?:\*\*)?[ \t]*\S/;
const ruleRow = /^[ \t]*\|(?:[ \t]*:?-{3,}:?[ \t]*\|)+[ \t]*$/;

/**
 * A Markdown table whose every cell is a label and its value, as Google Docs or Notion exports a form's header ("| Title:
 * International Consultant | Funding Code: SC250318 | Duty Station: Addis Ababa |"): one line a cell, so each label is
 * read with its own value, and the rule row under it dropped. A table of any other cells stays as written.
 */
function labelledTableCells(text: string): string {
  if (!text.includes('|')) return text;
  const lines = text.split('\n');
  const cells = lines.map((line) => {
    const row = tableCells.exec(line);
    const parts = row?.[1].split('|').map((cell) => cell.trim());
    return parts && parts.length >= 2 && parts.every((cell) => !cell || cellLabel.test(cell)) && parts.some(Boolean) ? parts : undefined;
  });
  if (!cells.some(Boolean)) return text;
  const out: string[] = [];
  lines.forEach((line, index) => {
    const row = cells[index];
    if (row) out.push(...row.filter(Boolean));
    // The rule under a row of labelled cells, or above one, goes with it.
    else if (!(ruleRow.test(line) && (cells[index - 1] || cells[index + 1]))) out.push(line);
  });
  return out.join('\n');
}

const signOffs = paste.signOffPatterns.map((source) => dataPattern(source, 'i'));

/**
 * The lines of a sender's sign-off (paste.json signOffPatterns): a closing salutation and the short lines after it up
 * to a blank line ("Best regards," / "Jean-Paul Mukendi" / "Logistics Coordinator"), by their index.
 */
function signOffLines(lines: readonly string[]): Set<number> {
  const found = new Set<number>();
  lines.forEach((line, index) => {
    if (!signOffs.some((pattern) => pattern.test(line.replace(/^[\s>]+/, '').trim()))) return;
    found.add(index);
    for (let next = index + 1; next < lines.length && next <= index + paste.signOffMaxLines; next++) {
      const text = lines[next].replace(/^[\s>]+/, '').trim();
      // A name, a role, an organisation or a device line: short, and no sentence.
      if (!text || text.length > 60 || /[.:;]$/.test(text)) break;
      found.add(next);
    }
  });
  return found;
}

/** A row of a table drawn with bars, from its first bar to its last. */
const tableRow = /^\s*[|\u2502\u2503].*[|\u2502\u2503]\s*$/;

/** A label waiting for its value: "Type of contract:       Fixed-Term Appointment" is one field aligned with spaces, not two columns. */
const labelEnd = /[:\uff1a]$/;
/** A value set after its label's colon aligned with spaces ("Duty Station        : Dire Dawa"): never a column's text. */
const labelStart = /^[:\uff1a]/;

/**
 * Where a line's right column starts: the first text after a gap of six spaces or more, after at least 16 characters
 * that do not end in a label's colon.
 */
function columnStart(line: string): number | undefined {
  // A table row drawn with bars ("| Duty Station   | Port Vila      |"), its cells padded to one width: the bars line
  // up, but the table reader takes its cells, not the column reader.
  if (tableRow.test(line)) return undefined;
  let spaces = 0;
  for (let index = 0; index < Math.min(line.length, 200); index++) {
    if (line[index] === ' ') spaces++;
    else if (spaces >= 6) {
      // A label's gap before its value ("Position Title:       Associate …", or "Position Title      : Associate …"
      // with the colon set before the value): the column starts after the value.
      if (labelEnd.test(line.slice(0, index).trimEnd()) || labelStart.test(line.slice(index))) spaces = 0;
      else return index - spaces >= 16 ? index : undefined;
    } else spaces = 0;
  }
  return undefined;
}

/** A list item's or a labelled field's start ("a. Education", "- Map …", "2. Supervision", "Grade: P2"): never a wrapped line. */
const ownLine = /^(?:[-*\u2022\u25aa\u25b8]|\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s|\p{Lu}[^:,]{0,40}:(?:\s|$))/u;
const numbered = /^\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[.)]\s/i;
const smallWord = /^(?:of|and|the|for|in|at|on|to|a|an|de|la|et)$/;

/** A heading or a letterhead rather than a sentence: numbered, in capitals, or every word capitalised but small ones. */
function headingLike(line: string): boolean {
  const text = line.trim();
  if (numbered.test(text) || !/\p{Ll}/u.test(text)) return true;
  if (/^[-*\u2022\u25aa\u25b8]/u.test(text)) return false;
  return text.split(/\s+/).every((word) => !/^\p{Ll}/u.test(word) || smallWord.test(word));
}

/**
 * A column's lines with its wrapped sentences whole: a line that ends no sentence, clause or label is continued by the
 * next when that one starts in lower case ("… under the supervision of" + "the Senior Education Officer:"), or when the
 * line filled the column and is no heading ("Master's degree in Economics, Agricultural" + "Economics, Development …"),
 * unless the next starts a list item or a labelled field of its own.
 */
function rejoined(lines: readonly string[]): string[] {
  const width = Math.max(0, ...lines.map((line) => line.trim().length));
  const written = lines.filter((line) => line.trim());
  const out: string[] = [];
  // Whether the last line out is a value under a label of its own ("Title of Post:" above "Education Officer").
  let underLabel = false;
  for (const [index, line] of written.entries()) {
    const text = line.trim();
    const previous = out[out.length - 1];
    const open = previous !== undefined && !/[.:;!?]$/.test(previous) && !ownLine.test(text);
    const filled = open && previous.trim().length >= width - 15 && !headingLike(previous);
    // "Nepalgunj Field Office," + "Nepal", "Education Officer" + "(Inclusive Education)" before the next label: a value
    // of a table of stacked labels that its cell wrapped goes on.
    const next = written[index + 1]?.trim();
    const wrappedValue = open && underLabel && (/,$/.test(previous) || next === undefined || labelEnd.test(next));
    if (open && (/^\p{Ll}/u.test(text) || filled || wrappedValue)) out[out.length - 1] = `${previous} ${text}`;
    else {
      underLabel = previous !== undefined && labelEnd.test(previous.trim()) && !labelEnd.test(text);
      out.push(line);
    }
  }
  return out;
}

/** A label and the wide gap after it that sets where its value starts: "Unit:                 Information …". */
const alignedLabel = /^([ \t]*[^:\s][^:]{0,40}:[ \t]{2,})\S/;

/**
 * A column's labelled values with their wrapped lines joined: a line that starts where the value above it starts, under
 * the label's gap ("Unit:        Information Management and" + "              Analysis Unit"), goes on that value.
 */
function hangingJoined(lines: readonly string[]): string[] {
  const out: string[] = [];
  let valueAt = -1;
  for (const line of lines) {
    const indent = line.search(/\S/);
    if (indent >= 0 && indent === valueAt && out.length) {
      out[out.length - 1] = `${out[out.length - 1].trimEnd()} ${line.trim()}`;
      continue;
    }
    valueAt = indent < 0 ? -1 : (alignedLabel.exec(line)?.[1].length ?? -1);
    out.push(line);
  }
  return out;
}

/**
 * A two-column PDF page copied as text puts each left line and the right line beside it on one line, apart by a wide
 * gap ("Title: Associate Education Officer          Sponsor: Government of Japan"). A run of lines that share where
 * that gap ends, at least two of them with text on both sides, is read column by column: its left halves, then its
 * right halves. A line that runs across the column (a full-width sentence, a blank line) ends the run.
 */
export function columnsUnfolded(lines: readonly string[]): string[] {
  const starts = new Map<number, number>();
  for (const line of lines) {
    const start = columnStart(line);
    if (start !== undefined) starts.set(start, (starts.get(start) ?? 0) + 1);
  }
  const column = [...starts.entries()].filter(([, count]) => count >= 2).sort((a, b) => b[1] - a[1])[0]?.[0];
  if (column === undefined) return [...lines];
  // A line belongs to the two columns if it stops before the column or has a space before it.
  const split = (line: string) => line.length > column && line.slice(column - 2, column) === '  ';
  const fits = (line: string) => line.trimEnd().length <= column - 2 || split(line);
  const out: string[] = [];
  for (let index = 0; index < lines.length;) {
    let end = index;
    while (end < lines.length && lines[end].trim() && fits(lines[end])) end++;
    const run = lines.slice(index, end);
    const paired = run.filter((line) => columnStart(line) === column);
    if (run.length >= 2 && paired.length >= 2) {
      out.push(...rejoined(hangingJoined(run.map((line) => (split(line) ? line.slice(0, column).trimEnd() : line.trimEnd())))));
      out.push(...rejoined(hangingJoined(run.filter(split).map((line) => line.slice(column).trimEnd())).map((line) => line.trim())));
      index = end;
    } else {
      out.push(...lines.slice(index, Math.max(end, index + 1)));
      index = Math.max(end, index + 1);
    }
  }
  return out;
}

const oneWord = /^[\p{Script=Latin}\d(][\p{Script=Latin}\d'\u2019.,;:()/&-]{0,30}$/u;
const wordListMark = /^(?:[-*\u2022\u25aa\u25b8]|\(?(?:[a-z]|\d{1,2})[.)])$/;

/**
 * A phone's copy of a page that broke every word onto a line of its own ("IOM" / "South" / "Sudan" / "supports" / …):
 * a run of at least six one-word lines, at least a third of them in lower case (a list of competencies is capitalised),
 * is read as the lines it was, a list mark ("1.", "•") starting a new one.
 */
export function wordsRejoined(lines: readonly string[]): string[] {
  const out: string[] = [];
  for (let index = 0; index < lines.length;) {
    let end = index;
    while (end < lines.length && oneWord.test(lines[end].trim())) end++;
    const run = lines.slice(index, end).map((line) => line.trim());
    if (run.length >= 6 && run.filter((word) => /^\p{Ll}/u.test(word)).length * 3 >= run.length) {
      const joined: string[] = [];
      for (const word of run) {
        // A word goes on the line before it, unless it is a list mark: a mark starts a line, and takes the next word.
        const last = joined.length - 1;
        if (last >= 0 && (wordListMark.test(joined[last]) || !wordListMark.test(word))) joined[last] += ` ${word}`;
        else joined.push(word);
      }
      out.push(...joined);
      index = end;
    } else {
      out.push(...lines.slice(index, Math.max(end, index + 1)));
      index = Math.max(end, index + 1);
    }
  }
  return out;
}

const formQuestion = dataPattern(paste.formQuestionPattern, 'i');
const formAnswer = dataPattern(paste.formAnswerPattern, 'i');
const formHint = dataPattern(paste.formHintPattern);

/**
 * A form's export of its responses ("3. Question: Sponsoring donor country" + "Answer: Japan", paste.json
 * `formAnswers`): each pair read as "Sponsoring donor country: Japan", so the labels are read as a posting's are. A
 * question's hint to the respondent ("Supervisor (title)") is dropped; an empty answer keeps the lines after it (a list).
 * Undefined when the text has fewer pairs than `formMinimumPairs`: one "Q:" line is no form.
 */
export function formAnswersRead(lines: readonly string[]): string[] | undefined {
  const answerAt = new Map<number, number>();
  for (const [index, line] of lines.entries()) {
    if (!formQuestion.test(line.trim())) continue;
    let next = index + 1;
    while (next < lines.length && !lines[next].trim()) next++;
    if (next < lines.length && formAnswer.test(lines[next].trim())) answerAt.set(index, next);
  }
  if (answerAt.size < paste.formMinimumPairs) return undefined;
  const read: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const answer = answerAt.get(index);
    const question = answer === undefined ? null : formQuestion.exec(lines[index].trim());
    const value = answer === undefined ? null : formAnswer.exec(lines[answer].trim());
    if (answer === undefined || !question || !value) {
      read.push(lines[index]);
      continue;
    }
    const label = question[1].trim().replace(/\?$/, '').replace(formHint, '').trim();
    read.push(`${label}: ${value[1].trim()}`.trimEnd());
    index = answer;
  }
  return read;
}

const reader = paste.screenReader;
const readerHeading = dataPattern(reader.headingPattern, 'i');
const readerItem = dataPattern(reader.itemPattern, 'i');
const readerRow = dataPattern(reader.rowPattern, 'i');
const readerCell = dataPattern(reader.cellPattern, 'i');
const readerAnnouncements = reader.announcementPatterns.map((source) => dataPattern(source, 'i'));

/**
 * A page as a screen reader reads it aloud (paste.json `screenReader`): headings, list items and table rows without
 * their announcements ("heading level 2 Education" is the heading Education, "row 3 column 1 Grade column 2 NOB" the
 * row "Grade<tab>NOB"), and the lines that only announce (a list's start and end, landmarks, links, buttons) aside.
 * Undefined when the text has fewer announcement lines than `minimumLines`: one "bullet" line is no screen reader.
 */
export function screenReaderRead(lines: readonly string[]): { body: string[]; aside: string[] } | undefined {
  const announces = (line: string) => readerAnnouncements.some((pattern) => pattern.test(line));
  const marked = lines.filter((line) => {
    const trimmed = line.trim();
    return readerHeading.test(trimmed) || readerRow.test(trimmed) || announces(trimmed);
  });
  if (marked.length < reader.minimumLines || !lines.some((line) => readerHeading.test(line.trim()) || readerRow.test(line.trim())))
    return undefined;
  const body: string[] = [];
  const aside: string[] = [];
  for (const line of lines) {
    const trimmed = line.trim();
    const row = readerRow.exec(trimmed);
    const heading = readerHeading.exec(trimmed);
    const item = readerItem.exec(trimmed);
    if (row)
      body.push(
        row[1]
          .split(readerCell)
          .map((cell) => cell.trim())
          .join('\t'),
      );
    else if (heading) body.push('', heading[1], '');
    else if (item) body.push(`\u2022 ${item[1]}`);
    else if (trimmed && announces(trimmed)) aside.push(trimmed);
    else body.push(line);
  }
  return { body, aside };
}

/** The records of a CSV text: fields between commas, a quoted field ("…") may hold commas, line breaks and "". */
function csvRecords(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  for (let at = 0; at < text.length; at++) {
    const char = text[at];
    if (quoted) {
      if (char !== '"') field += char;
      else if (text[at + 1] === '"') {
        field += '"';
        at++;
      } else quoted = false;
    } else if (char === '"' && !field) quoted = true;
    else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[at + 1] === '\n') at++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
    } else field += char;
  }
  if (field || record.length) records.push([...record, field]);
  return records;
}

/**
 * A record exported from a spreadsheet or an HR tracker as CSV, one field a row ("Field,Value" / "Duty
 * station,\"Nairobi, Kenya\"", paste.json `csv`): each row a label and its value, a value of several lines or a long
 * one under its label as a section. Undefined unless at least `minimumRows` rows, and nearly all, are a short label
 * and a value; the header row ("Field,Value") goes aside.
 */
export function csvRead(text: string): { body: string[]; aside: string[] } | undefined {
  if (!text.includes(',')) return undefined;
  const records = csvRecords(text.trim()).filter((record) => record.some((field) => field.trim()));
  const pairs = records.filter(
    (record) => record.length === 2 && record[0].trim().length <= 60 && record[0].trim().split(/\s+/).length <= 8,
  );
  if (pairs.length < paste.csv.minimumRows || pairs.length < records.length * paste.csv.minimumShare) return undefined;
  const aside: string[] = [];
  const body: string[] = [];
  for (const [index, record] of records.entries()) {
    if (index === 0 && paste.csv.headers.includes(record.map((field) => field.trim().toLowerCase()).join(','))) {
      aside.push(record.join(','));
      continue;
    }
    if (record.length !== 2) {
      body.push(record.join('\t'));
      continue;
    }
    const [label, value] = record.map((field) => field.trim());
    if (value.includes('\n') || value.length > paste.csv.sectionLength) body.push('', label, ...value.split(/\r?\n/), '');
    else body.push(`${label}\t${value}`);
  }
  return { body, aside };
}

const jsonLabels = new Map(Object.entries(paste.json.labels));
const jsonAside = new Set(paste.json.aside);

/**
 * A record of a job feed or an API pasted as JSON (paste.json `json`): its fields as labelled lines ("jobReqId" is
 * "Job Requisition ID: JR2504417"; a value that is an object of one value, { "descriptor": "Nigeria" }, is that value),
 * a list of texts as the posting's own lines, and any other key with its value, other jobs and the feed's metadata aside.
 * Undefined when the text is no JSON object or array.
 */
export function jsonRead(text: string): { body: string[]; aside: string[] } | undefined {
  const trimmed = text.trim();
  if (!/^[[{]/.test(trimmed) || !/[\]}]$/.test(trimmed)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(trimmed);
  } catch {
    return undefined;
  }
  const body: string[] = [];
  const aside: string[] = [];
  const scalar = (item: unknown): item is string | number | boolean => ['string', 'number', 'boolean'].includes(typeof item);
  const walk = (item: unknown, key: string | undefined, out: string[]): void => {
    const label = key === undefined ? undefined : jsonLabels.get(key.toLowerCase());
    if (key !== undefined && jsonAside.has(key.toLowerCase())) out = aside;
    if (scalar(item)) {
      const long = typeof item === 'string' && (item.includes('\n') || item.length > 200);
      if (label) out.push(`${label}: ${String(item)}`);
      else if (key === undefined || long) out.push(...String(item).split('\n'));
      else aside.push(`${key}: ${String(item)}`);
    } else if (Array.isArray(item)) {
      if (label && item.every(scalar)) out.push(`${label}: ${item.join(', ')}`);
      else for (const element of item) walk(element, scalar(element) ? undefined : key, out);
    } else if (item && typeof item === 'object') {
      const entries = Object.entries(item);
      if (label && entries.length === 1 && scalar(entries[0][1])) out.push(`${label}: ${String(entries[0][1])}`);
      else for (const [inner, element] of entries) walk(element, inner, out);
    }
  };
  walk(value, undefined, body);
  return { body, aside };
}

/**
 * The cells of tab-separated rows as a spreadsheet copies them: a cell that holds line breaks, tabs or quotes is quoted
 * ("…"), a quote inside it doubled. Undefined when a quoted cell is never closed.
 */
function sheetRows(text: string): string[][] | undefined {
  const rows: string[][] = [[]];
  let at = 0;
  while (at <= text.length) {
    let cell = '';
    if (text[at] === '"') {
      let end = at + 1;
      for (;;) {
        const quote = text.indexOf('"', end);
        if (quote < 0) return undefined;
        if (text[quote + 1] === '"') {
          cell += text.slice(end, quote + 1);
          end = quote + 2;
          continue;
        }
        cell += text.slice(end, quote);
        at = quote + 1;
        break;
      }
    } else {
      let end = at;
      while (end < text.length && text[end] !== '\t' && text[end] !== '\n') end++;
      cell = text.slice(at, end);
      at = end;
    }
    rows[rows.length - 1].push(cell.trim());
    if (at >= text.length) break;
    // After a quoted cell, only a tab or a line break may follow.
    if (text[at] === '\t') at++;
    else if (text[at] === '\n') {
      at++;
      rows.push([]);
    } else return undefined;
  }
  return rows.filter((row) => row.some((cell) => cell));
}

/** A spreadsheet's row of column names: short names, no sentence. */
const columnName = /^[^\t.;!?]{1,40}$/;

/**
 * A row of a spreadsheet copied with its row of column names ("Ref  Title  Agency  Location  Deadline …" over one
 * row of values whose long cells are quoted, as a consultancy tracker is copied): each column read as its name and
 * value ("Deadline: 2025-02-10"), a value of several lines under its name as a heading, so the names are read as a
 * posting's labels and headings are. Only one row of values with as many cells as names, at least four; several rows
 * (a list of postings) or ragged rows are left as they are.
 */
export function sheetRowRead(lines: readonly string[]): string[] | undefined {
  const first = lines.findIndex((line) => line.trim());
  if (first < 0) return undefined;
  const names = lines[first].split('\t').map((name) => name.trim());
  if (names.length < 4 || !names.every((name) => columnName.test(name))) return undefined;
  const rows = sheetRows(
    lines
      .slice(first + 1)
      .join('\n')
      .trim(),
  );
  if (!rows || rows.length !== 1) return undefined;
  const values = rows[0];
  while (values.length > names.length && !values[values.length - 1]) values.pop();
  if (values.length !== names.length) return undefined;
  const read: string[] = [];
  for (const [index, name] of names.entries()) {
    const value = values[index];
    if (!value) continue;
    if (value.includes('\n')) read.push(name, ...value.split('\n'), '');
    else read.push(`${name}: ${value}`, '');
  }
  return read;
}

const linkListHeading = dataPattern(paste.linkListHeadingPattern, 'i');
const linkListItem = dataPattern(paste.linkListItemPattern, 'i');

/**
 * A text browser's dump (paste.json linkList…): the closing list of the page's links goes aside, and so does a line
 * made only of links (a menu's "* [4]Home", a button's "[6]Apply", a footer's "[7]Follow Us  [8]\u00a9 2025 …"); in
 * other lines the numbers that mark links are dropped. Undefined unless the text ends with such a list.
 */
export function linkListRead(lines: readonly string[]): { body: string[]; aside: string[] } | undefined {
  let heading = lines.length - 1;
  while (heading >= 0 && !linkListHeading.test(lines[heading].trim())) heading--;
  if (heading < 0) return undefined;
  const listed = lines.slice(heading + 1).filter((line) => line.trim());
  if (listed.length < paste.linkListMinimumItems || !listed.every((line) => linkListItem.test(line.trim()))) return undefined;
  const body: string[] = [];
  const aside: string[] = [];
  let linksOnly = true;
  for (const line of lines.slice(0, heading)) {
    const unmarked = line.replace(/\[\d{1,4}\]/g, '');
    // A line that opens with a link is one of links where it stands alone, not where a paragraph goes on into it
    // ("… via" / "[9]PRISM, IOM e-Recruitment system, by …").
    const opensWithLink = /^[ \t]*(?:[*\u2022+#-][ \t]*)?\[\d{1,4}\]/.test(line);
    linksOnly = opensWithLink && (linksOnly || !body.length || !body[body.length - 1].trim());
    if (linksOnly) aside.push(unmarked.trim());
    else body.push(unmarked);
  }
  return { body, aside: [...aside, lines[heading].trim(), ...listed.map((line) => line.trim())] };
}

const threadHandle = dataPattern(paste.threadHandlePattern);
const threadAuthor = dataPattern(paste.threadAuthorPattern);
const threadNumber = dataPattern(paste.threadNumberPattern);
const threadDate = dataPattern(paste.threadDatePattern);

/** A post's number in its thread, "(3/7)" or "2/8", at the end of a line: where it starts, or -1. */
function postNumberAt(line: string): number {
  const number = threadNumber.exec(line);
  return number && Number(number[2]) > 1 && Number(number[1]) >= 1 && Number(number[1]) <= Number(number[2]) ? number.index : -1;
}

/**
 * A social-media thread read as one text (paste.json threadHandlePattern …): each post's author lines and its number
 * in the thread are the site's, kept apart, so the posts read as one posting; the first post's date, before the
 * second post, is the date posted ("Date posted: 2025-01-13" opens the text). Undefined for any other text.
 */
export function threadRead(lines: readonly string[]): { body: string[]; aside: string[] } | undefined {
  const marks = lines.filter((line) => threadHandle.test(line.trim()) || threadAuthor.test(line.trim()) || postNumberAt(line.trim()) >= 0);
  if (marks.length < paste.threadMinimumPosts * 2) return undefined;
  const body: string[] = [];
  const aside: string[] = [];
  let posted: string | undefined;
  let posts = 0;
  // A header every post repeats ("IOM SS JOB ALERT (3/8)"), its number apart.
  const seen = new Map<string, number>();
  for (const line of lines) {
    const at = postNumberAt(line.trim());
    const text = (at >= 0 ? line.trim().slice(0, at) : line).trim();
    if (text) seen.set(text, (seen.get(text) ?? 0) + 1);
  }
  const time = dataPattern(paste.threadTimePattern, 'i');
  for (const line of lines) {
    const trimmed = line.trim();
    if (time.test(trimmed)) {
      aside.push(trimmed);
      continue;
    }
    if (threadHandle.test(trimmed) || threadAuthor.test(trimmed)) {
      // "Sawa Legal Aid" above "@SawaLegalAid": the author's name goes with the handle.
      const above = body.length ? body[body.length - 1].trim() : '';
      if (threadHandle.test(trimmed) && above && above.length <= 60 && !/[.:!?]$/.test(above)) aside.push(body.pop()!.trim());
      aside.push(trimmed);
      posts++;
      continue;
    }
    const number = postNumberAt(trimmed);
    if (number >= 0) {
      const text = trimmed.slice(0, number).trim();
      if (text && (seen.get(text) ?? 0) >= paste.threadMinimumPosts) aside.push(trimmed);
      else {
        if (text) body.push(text);
        aside.push(trimmed.slice(number).trim());
      }
      continue;
    }
    if (!posted && posts <= 1 && threadDate.test(trimmed)) {
      const date = readDate(trimmed);
      if (date && 'iso' in date) {
        posted = date.iso;
        aside.push(trimmed);
        continue;
      }
    }
    body.push(line);
  }
  if (posted) body.unshift(`Date posted: ${posted}`, '');
  // The one author of every post is the organisation that posts ("UNHCR Careers" is UNHCR).
  const authors = new Set(
    aside.filter(
      (line) =>
        !threadHandle.test(line) &&
        !threadAuthor.test(line) &&
        postNumberAt(line) < 0 &&
        line !== aside.find((other) => threadDate.test(other)),
    ),
  );
  const author = authors.size === 1 ? [...authors][0].replace(dataPattern(paste.threadAccountWords, 'i'), '').trim() : undefined;
  if (author) body.unshift(`Organization: ${author}`);
  return { body, aside };
}

const markupTag = /<\/?[A-Za-z][\w:-]{0,30}(?:\s[^<>]{0,500})?\/?>/g;
const blockTag =
  /<\/?(?:p|div|h[1-6]|ul|ol|li|tr|td|th|table|item|entry|title|summary|content|description|guid|id|category|updated|link|section|article|header|footer|main|dc:creator|content:encoded)\b[^<>]{0,500}>/g;

/**
 * A page's or feed's source read as the text it shows (paste.json `markup`): block elements and line breaks are
 * lines, a list item a bullet, a bold label opening a paragraph "Label: value", a feed item's date "Date posted: …"
 * and a link's address a line; what a feed says before its first item goes aside. Undefined for a text with fewer
 * tags than `markupMinimumTags`.
 */
export function markupRead(text: string): { body: string; aside: string[] } | undefined {
  const tags = text.match(markupTag);
  if (!tags || tags.length < paste.markupMinimumTags) return undefined;
  let source = text.replace(/<\?xml[^<>]{0,200}\?>/g, '').replace(/<!\[CDATA\[|\]\]>/g, '\n');
  const aside: string[] = [];
  const item = /<(?:item|entry)[\s>]/.exec(source);
  if (item) {
    const feed = source.slice(0, item.index).replace(blockTag, '\n').replace(markupTag, '');
    aside.push(
      ...feed
        .split('\n')
        .map((line) => line.trim())
        .filter(Boolean),
    );
    source = source.slice(item.index);
  }
  source = source
    .replace(
      /<(pubDate|published)>([^<]{4,60})<\/(?:pubDate|published)>/g,
      (_, _tag: string, date: string) => `\nDate posted: ${date.trim()}\n`,
    )
    .replace(/<link\b[^<>]{0,500}?\bhref="([^"<>]{1,500})"[^<>]{0,500}>/g, '\n$1\n')
    .replace(
      /<(p|li|div|td)>[ \t]*<(?:b|strong)>([^<]{1,60})<\/(?:b|strong)>[ \t]*([^<\s][^<]{0,2000})<\/(?:p|li|div|td)>/g,
      (_, _tag: string, label: string, value: string) => `\n${label.trim().replace(/[:\uff1a]$/, '')}: ${value.trim()}\n`,
    )
    .replace(/<li\b[^<>]{0,500}>/g, '\n- ')
    .replace(/<br\s?\/?>/g, '\n')
    .replace(blockTag, '\n')
    .replace(markupTag, '');
  // (The entities the markup writes, "Regular &gt; Regular Assignment", are the characters they stand for.)
  const lines = decodeHTML(source, DecodingMode.Strict)
    .split('\n')
    .map((line) => line.trim());
  const body = lines.filter((line, index) => line || (index > 0 && lines[index - 1]));
  return { body: body.join('\n').trim(), aside };
}

/**
 * The width of a newspaper's or a leaflet's narrow column (a classified advertisement set 30 to 45 characters wide,
 * whatever the page's header around it): most lines of the text are that short, and at least 15 of them; undefined
 * for any other text.
 */
export function narrowColumn(lines: readonly string[]): number | undefined {
  const lengths = lines
    .map((line) => line.trim().length)
    .filter(Boolean)
    .sort((a, b) => a - b);
  const short = lengths.filter((length) => length >= 20 && length <= 45);
  if (short.length < 15 || short.length < lengths.length * 0.6) return undefined;
  return short[Math.floor(short.length * 0.9)];
}

/**
 * A boxed advertisement cut from a newspaper page with what was around it: a narrow column (narrowColumn) with two
 * rule lines ("-------") around most of its lines. The page's header and the other advertisements before and after
 * the box are the page's, not the posting's. Undefined for any other text.
 */
function boxedAdvert(lines: readonly string[]): { body: string[]; aside: string[] } | undefined {
  if (narrowColumn(lines) === undefined) return undefined;
  const rules = lines.flatMap((line, index) => (/^\s*[-=_*~]{10,}\s*$/.test(line) ? [index] : []));
  if (rules.length !== 2) return undefined;
  const [first, last] = rules;
  const filled = (part: readonly string[]) => part.filter((line) => line.trim()).length;
  const outside = [...lines.slice(0, first), ...lines.slice(last + 1)];
  if (!filled(outside) || filled(lines.slice(first + 1, last)) < filled(lines) * 0.6) return undefined;
  return { body: lines.slice(first + 1, last), aside: outside.map((line) => line.trim()).filter(Boolean) };
}

const boardCount = dataPattern(paste.boardCountPattern, 'i');

/**
 * A job board's card atop its posting with the organisation above the title (LinkedIn's "Mercy Corps" / "Consultant –
 * Final Evaluation" / "Niamey, Niger · Reposted 1 week ago · 87 applicants"): the organisation is moved into the line of
 * facts under the title ("Mercy Corps · Niamey, Niger · …"), as the boards that write it there do, so the title is the
 * card's first line. Only where that line's cells include a board's count and none of them names the organisation.
 */
export function boardCardRead(lines: readonly string[]): string[] {
  const at = lines.findIndex((line, index) => {
    const cells = line.trim().split(' \u00b7 ');
    return index >= 2 && index < 40 && cells.length >= 2 && cells.some((cell) => boardCount.test(cell.trim()));
  });
  if (at < 0) return [...lines];
  const [name, title, facts] = [lines[at - 2].trim(), lines[at - 1].trim(), lines[at].trim()];
  const organisation = /^\p{Lu}[\p{L}'\u2019&.\s-]{1,60}$/u.test(name) && name.split(/\s+/).length <= 6;
  if (!organisation || !title || title.length > 120 || title.includes(' \u00b7 ') || facts.startsWith(name)) return [...lines];
  return [...lines.slice(0, at - 2), title, `${name} \u00b7 ${facts}`, ...lines.slice(at + 1)];
}

/** The posting in a paste, and the lines that came with it (see PasteParts). */
export function pasteParts(pasted: string): PasteParts {
  // An e-mail copied in quoted-printable is decoded before anything reads its characters.
  const plain = labelledTableCells(markdownUnescaped(withoutEntities(plainCharacters(withoutQuotedPrintable(pasted)))));
  // (A JSON record's texts may hold markup of their own: it is read as JSON first.)
  const markup = jsonRead(plain) ? undefined : markupRead(plain);
  const text = markup?.body ?? plain;
  let lines = text.split(/\r\n|\r|\n/);
  const aside: string[] = [...(markup?.aside ?? [])];
  const email = fromEmail(lines);
  if (email) {
    aside.push(...email.aside);
    lines = email.body;
    // The signature after "-- ": the sender's, not the posting's.
    const signature = lastIndexWhere(lines, (line) => /^--\s*$/.test(line));
    if (signature >= 0 && lines.length - signature <= 10) {
      aside.push(...lines.slice(signature).filter((line) => line.trim()));
      lines = lines.slice(0, signature);
    }
  }
  // A reader that knows the paste's shape keeps its own lines aside and hands on the posting's.
  const setAside = <Read extends { body: string[]; aside: string[] }>(read: Read | undefined): Read | undefined => {
    if (read) {
      aside.push(...read.aside);
      lines = read.body;
    }
    return read;
  };
  const json = setAside(jsonRead(text) ?? csvRead(text));
  const linked = setAside(linkListRead(lines));
  const thread = setAside(threadRead(lines));
  setAside(boxedAdvert(lines));
  const spoken = screenReaderRead(lines);
  if (spoken) aside.push(...spoken.aside);
  const form = sheetRowRead(spoken?.body ?? lines) ?? formAnswersRead(spoken?.body ?? lines);
  const unfolded = boardCardRead(wordsRejoined(columnsUnfolded(form ?? spoken?.body ?? lines)));
  const columns = !!json || !!form || !!spoken || unfolded.length !== lines.length || unfolded.some((line, index) => line !== lines[index]);
  lines = unfolded;
  const tail = lines.findIndex(
    (line, index) =>
      index * 2 >= lines.length && (tailPhrases.has(buttonParts(line).join(' ')) || tailLines.some((pattern) => pattern.test(line.trim()))),
  );
  const signedOff = signOffLines(lines);
  const running = new Set([...runningFooters(lines), ...pageCompanions(lines)]);
  const breakRules = pageBreakRules(lines);
  const pageHeaders = referenceHeaders(lines, breakRules);
  const headerEnd = siteHeaderLines(lines);
  const footerStart = siteFooterStart(lines);
  // The site's name atop its header that names an organisation the data knows ("UNICEF Careers") says whose posting
  // it is: it stays with the posting.
  const siteName = lines.findIndex((line) => line.trim() && !skipLinks.some((pattern) => pattern.test(line.trim())));
  const ownSite =
    siteName >= 0 && siteName < headerEnd && knownOrganisations.some((pattern) => pattern.test(lines[siteName])) ? siteName : -1;
  const body: string[] = [];
  for (const [index, line] of lines.entries()) {
    const trimmed = line.trim();
    const footer = isPageFooter(trimmed) || running.has(trimmed) || pageHeaders.has(index);
    const site = (index < headerEnd && index !== ownSite) || (tail >= 0 && index >= tail) || (footerStart >= 0 && index >= footerStart);
    // "Only shortlisted candidates will be contacted. \u2026see more": the post's link to its rest is no part of the line,
    // which is read without it and stays under notes as written.
    const cut = site || footer ? null : truncation.exec(line.trimEnd());
    // The page break's rule still ends the paragraph before it, as the page did.
    if (breakRules.has(index)) body.push('');
    else if (trimmed && (site || signedOff.has(index) || footer || isChrome(trimmed))) aside.push(trimmed);
    else if (cut && cut.index > 0) {
      body.push(line.slice(0, cut.index));
      aside.push(trimmed);
    } else body.push(line);
  }
  if (!aside.length) return { body: email || thread || linked || columns ? body.join('\n') : text, aside };
  // A rule or a signature's "--" says nothing: only lines with words or numbers go under notes.
  return { body: body.join('\n'), aside: aside.filter((line) => /[\p{L}\p{N}]/u.test(line)) };
}

const inlineMarker = /\(?([a-z]|\d{1,2})\)[ \t]/g;

/** The next marker of a run: b after a, 3 after 2. */
const follows = (previous: string, next: string) =>
  /\d/.test(previous) ? Number(next) === Number(previous) + 1 : next.charCodeAt(0) === previous.charCodeAt(0) + 1;

/**
 * A list that a PDF or Word copy ran into one paragraph, "… in particular: a) map the services …; b) support …; c) …",
 * opened into its lead and one line an item, as the list was written. Only a run of at least three markers in order
 * from a) or 1), each after a space, colon or semicolon, is a list; "(see b) above)" alone is not.
 */
export function openInlineLists(text: string): string {
  if (!text.includes(') ')) return text;
  return text
    .split('\n')
    .map((line) => {
      if (line.length < 80 || !line.includes(') ')) return line;
      const run: { index: number; label: string }[] = [];
      for (const match of line.matchAll(inlineMarker)) {
        const before = line[match.index - 1];
        if (match.index > 0 && !/[\s:;,.]/.test(before)) continue;
        const label = match[1];
        if (run.length && follows(run[run.length - 1].label, label)) run.push({ index: match.index, label });
        else if (run.length < 3 && (label === 'a' || label === '1')) run.splice(0, run.length, { index: match.index, label });
      }
      if (run.length < 3) return line;
      const indent = /^\s*/.exec(line)?.[0] ?? '';
      const lead = line.slice(0, run[0].index).trim();
      // "Send (1) CV in English, (2) a cover letter, and (3) …": items numbered in one sentence, parted by commas only
      // and not announced by a colon, are the sentence's own words: it stays as written.
      const parted = run.slice(1).map(({ index }) => line.slice(0, index).trimEnd());
      if (lead && !lead.endsWith(':') && parted.every((before) => /,(?:\s*(?:and|or))?$/.test(before))) return line;
      const items = run.map(({ index }, at) =>
        line
          .slice(index, run[at + 1]?.index ?? line.length)
          .trim()
          .replace(/[;,]\s*(?:and|or)?$/, ''),
      );
      return [...(lead ? [indent + lead] : []), ...items.map((item) => indent + item)].join('\n');
    })
    .join('\n');
}
