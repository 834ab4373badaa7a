/**
 * The check worker's warm-up: while the server has just started and nobody types yet, the worker replays typing in a
 * posting of its own (one character at a time inside a paragraph, a whole check after each key), so that V8 compiles
 * the check's hot code (the YAML parser, the rules, the validators) with the optimising compiler then, and not during
 * an author's first minute of typing. Its cost is paid once per worker, in idle time; README › Performance has the
 * figures. A real check always goes first: a warm-up step runs only when the worker has had no real check for a while.
 */
import { checkPosting, defaultSettings, parseCatalogue, parseConfig } from '../engine';

/** What the warm-up types: prose with a coded word, an acronym and a long sentence, as authors write. */
const typed = 'and, with the support of the UNHCR (United Nations High Commissioner for Refugees) office, ';

export interface WarmUpOptions {
  /** Checks in all. */
  checks: number;
  /** When the worker last ran a real check (Date.now()). */
  lastRealCheck: () => number;
  /** A step waits until the worker has had no real check for this long. */
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

/** Starts the warm-up on `text` (a posting with a background paragraph); resolves with the checks run once it is over. */
export function warmUp(text: string, options: WarmUpOptions): Promise<number> {
  const offset = warmUpOffset(text);
  let done = 0;
  let current = text;
  return new Promise((resolve) => {
    const step = () => {
      const quietFor = Date.now() - options.lastRealCheck();
      if (quietFor < options.idleMs) {
        setTimeout(step, options.idleMs - quietFor).unref();
        return;
      }
      const at = offset + (done % typed.length);
      // Back to the original text after each typed sentence, so the text never grows.
      if (done % typed.length === 0) current = text;
      current = current.slice(0, at) + typed[done % typed.length] + current.slice(at);
      checkPosting(current, defaultSettings);
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
