/**
 * The check worker's warm-up: while the server has just started and nobody types yet, the worker replays typing in a
 * posting of its own (one character at a time inside a paragraph, a whole check after each key), so that V8 compiles
 * the check's hot code (the YAML parser, the rules, the validators) with the optimising compiler then, and not during
 * an author's first minute of typing. Its cost is paid once per worker, in idle time; README › Performance has the
 * figures. A real check always goes first: a step runs between real checks (one waits at most one step), and only when
 * the worker has checked no edit for a while, so typing never shares the worker with it. The checks of postings being
 * opened do not hold it back: with many opened at once (a restored workspace) it runs among them and is over with
 * them, so the collection that follows such a burst (CheckPool's collectAfterMany) also takes what it left.
 */
import { checkPosting, defaultSettings, parseCatalogue, parseConfig, type ParsedPosting } from '../engine';

/** What the warm-up types: prose with a coded word, an acronym and a long sentence, as authors write. */
const typed = 'and, with the support of the UNHCR (United Nations High Commissioner for Refugees) office, ';

export interface WarmUpOptions {
  /** Checks in all. */
  checks: number;
  /** When the worker last checked an edit (Date.now()): a check of a document being typed in. */
  lastEditCheck: () => number;
  /** A step waits until the worker has checked no edit for this long. */
  idleMs: number;
}

/** Where the warm-up types: the middle of the first paragraph of the background. */
export function warmUpOffset(text: string): number {
  const background = text.indexOf('\n  background: >');
  const line = text.indexOf('\n', background + 1) + 1;
  const end = text.indexOf('\n', line);
  const space = text.indexOf(' ', line + Math.floor((end - line) / 2));
  return background < 0 || space < 0 || space >= end ? text.length : space + 1;
}

/**
 * `text` with the first paragraph of its background repeated `times` times, each line of a copy ending with the copy's
 * number (so no two sentences are the same text, as in a long posting): typing in it runs the code a long value takes
 * (pieces kept by position, the search around the change, the loops over hundreds of pieces) often enough for V8 to
 * optimise it. A posting whose own text has none of that code hot otherwise compiles it on its first keys.
 */
export function lengthened(text: string, times: number): string {
  const start = text.indexOf('\n', text.indexOf('\n  background: >') + 1) + 1;
  const end = text.indexOf('\n\n', start);
  if (start <= 0 || end < 0) return text;
  const lines = text.slice(start, end).split('\n');
  const copies = Array.from({ length: times }, (_, copy) => lines.map((line) => `${line} ${copy + 1}`).join('\n'));
  return `${text.slice(0, start)}${copies.join('\n')}${text.slice(end)}`;
}

/** How many copies of its first background paragraph the warm-up's long posting has (about 25 KB of prose). */
const longCopies = 24;
/** The warm-up types this many keys in one of its two postings, then as many in the other. */
const keysPerPosting = 8;

/**
 * Starts the warm-up on `text` (a posting with a background paragraph); resolves with the checks run once it is over.
 * It types in two postings in turn: `text`, and `text` with a long background (lengthened), each check patching the
 * parse of that posting's text before, as the worker's checks of a document being typed in do (checkWorker.ts). Each
 * turn in `text` starts with a whole parse, as an opened posting does; the long posting is parsed whole only once, so
 * that no step keeps a real check waiting for long (a step runs between real checks, and a whole parse of the long
 * posting costs several times a patched one).
 */
export function warmUp(text: string, options: WarmUpOptions): Promise<number> {
  const postings = [text, lengthened(text, longCopies)].map((original) => ({
    original,
    offset: warmUpOffset(original),
    typedKeys: 0,
    current: original,
    previous: undefined as ParsedPosting | undefined,
  }));
  let done = 0;
  return new Promise((resolve) => {
    const step = () => {
      const quietFor = Date.now() - options.lastEditCheck();
      if (quietFor < options.idleMs) {
        setTimeout(step, options.idleMs - quietFor).unref();
        return;
      }
      const posting = postings[Math.floor(done / keysPerPosting) % postings.length];
      // A turn in the seed starts with a whole parse (the other posting was checked last, as when an author switches).
      if (done % keysPerPosting === 0 && posting === postings[0]) posting.previous = undefined;
      const typedKeys = posting.typedKeys++;
      const at = posting.offset + (typedKeys % typed.length);
      // Back to the original text after each typed sentence, so the text never grows.
      if (typedKeys % typed.length === 0) posting.current = posting.original;
      posting.current = posting.current.slice(0, at) + typed[typedKeys % typed.length] + posting.current.slice(at);
      posting.previous = checkPosting(posting.current, defaultSettings, posting.previous).parsed;
      done++;
      if (done >= options.checks) resolve(done);
      else setImmediate(step);
    };
    setImmediate(step);
  });
}

/**
 * The config worker's warm-up (sideWorker.ts, job `warmUp`): a .postingrc.yaml and a catalogue of its own parsed a
 * few times as the worker starts, so that the schemas' validators are compiled and V8 has optimised the YAML parser
 * before a project's first posting is opened; its 500 KB framework then parses warm (about half the time cold).
 */
export function warmUpConfigLoads(rounds = 4): number {
  const config = 'parameters:\n  readabilityTargetGrade: 12\nrules:\n  long-sentence: hint\ncatalogues:\n  - competencies.yaml\n';
  const entries = Array.from(
    { length: 200 },
    (_, i) =>
      `      - name: "Competency ${i}: working with others"\n        definition: Works with others towards shared goals, ${i} times over.`,
  );
  const catalogue = [
    'id: warm-up',
    'title: A framework of the warm-up',
    'groups:',
    '  core:',
    '    title: Core',
    '    entries:',
    ...entries,
    '',
  ].join('\n');
  let parsed = 0;
  for (let round = 0; round < rounds; round++) {
    parseConfig(config);
    if (parseCatalogue(catalogue).catalogue) parsed++;
  }
  return parsed;
}
