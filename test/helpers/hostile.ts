import fc from 'fast-check';
import { stringify } from 'yaml';
import type { Range } from '../../server/src/engine';

/** Hostile inputs shared by the engine and the LSP property tests. */

/** Characters that matter to YAML, plus line breaks, tabs, NUL, a lone surrogate and non-Latin text. */
const yamlishChar = fc.constantFrom(
  ...[':', '-', ' ', ' ', '\n', '\r\n', '\r', '\t', '#', '&', '*', '!', '|', '>', '[', ']', '{', '}', ',', '?'],
  ...['"', "'", '%', '@', '`', '\\', '\0', '\uFEFF', '\uD800', '\uFFFD', 'a', 'k', '1', 'é', '日', '😀', '---', '...'],
);

/** Arbitrary text: raw code units (any UTF-16, lone surrogates included) or YAML-flavoured noise. */
export const arbitraryText = fc.oneof(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: yamlishChar, maxLength: 200 }));

const key = fc.oneof(
  fc.constantFrom('title', 'posting', 'terms_of_reference', 'duties', 'competencies', 'dates', 'contract', '<<', ''),
  fc.string({ maxLength: 12 }),
);
const scalar = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

/** Arbitrary YAML: nested maps, lists and scalars, serialised with the `yaml` library (block and flow styles). */
export const arbitraryYaml = fc
  .tuple(
    fc.letrec<{ node: unknown }>((tie) => ({
      node: fc.oneof(
        { depthSize: 'small', withCrossShrink: true },
        scalar,
        fc.array(tie('node'), { maxLength: 5 }),
        fc.dictionary(key, tie('node'), { maxKeys: 5 }),
      ),
    })).node,
    fc.boolean(),
  )
  .map(([value, flow]) => stringify(value, { collectionStyle: flow ? 'flow' : 'any' }));

type Mutation = (lines: string[]) => void;

const pick = (lines: string[], n: number) => n % Math.max(1, lines.length);

/** One random edit of a line-split text: delete, duplicate, swap, insert characters, or change indentation. */
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map(
    (n): Mutation =>
      (lines) =>
        void lines.splice(pick(lines, n), 1),
  ),
  fc.nat().map(
    (n): Mutation =>
      (lines) =>
        void lines.splice(pick(lines, n), 0, lines[pick(lines, n)] ?? ''),
  ),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (lines) => {
    const [i, j] = [pick(lines, a), pick(lines, b)];
    [lines[i], lines[j]] = [lines[j], lines[i]];
  }),
  fc
    .tuple(fc.nat(), fc.nat(), fc.string({ unit: yamlishChar, minLength: 1, maxLength: 4 }))
    .map(([n, column, chars]): Mutation => (lines) => {
      const i = pick(lines, n);
      const line = lines[i] ?? '';
      const at = column % (line.length + 1);
      lines[i] = line.slice(0, at) + chars + line.slice(at);
    }),
  fc.tuple(fc.nat(), fc.integer({ min: -4, max: 4 }), fc.boolean()).map(([n, shift, tab]): Mutation => (lines) => {
    const i = pick(lines, n);
    const line = lines[i] ?? '';
    lines[i] = shift >= 0 ? (tab ? '\t' : ' ').repeat(shift) + line : line.replace(new RegExp(`^ {0,${-shift}}`), '');
  }),
);

/** A seed text with 1–6 random line edits applied. */
export function mutatedSeed(seeds: string[]): fc.Arbitrary<string> {
  return fc.tuple(fc.constantFrom(...seeds), fc.array(mutation, { minLength: 1, maxLength: 6 })).map(([seed, edits]) => {
    const lines = seed.split('\n');
    for (const edit of edits) edit(lines);
    return lines.join('\n');
  });
}

/** Lines as an editor sees them: \r\n, \r and \n all end a line. */
export function editorLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/**
 * Why a range is not a valid range of the text (outside it, or end before start), or undefined when it is valid. A
 * caller checking many ranges of one text passes its editorLines once (splitting a megabyte per range cost the LSP
 * fuzz more than its server did).
 */
export function rangeFault(text: string | readonly string[], range: Range): string | undefined {
  const lines = typeof text === 'string' ? editorLines(text) : text;
  for (const [name, p] of [
    ['start', range.start],
    ['end', range.end],
  ] as const) {
    if (!Number.isInteger(p.line) || !Number.isInteger(p.character)) return `${name} is not integral`;
    if (p.line < 0 || p.line >= lines.length) return `${name} line ${p.line} outside 0..${lines.length - 1}`;
    if (p.character < 0 || p.character > lines[p.line].length) {
      return `${name} character ${p.character} outside line ${p.line} (length ${lines[p.line].length})`;
    }
  }
  const ordered =
    range.start.line < range.end.line || (range.start.line === range.end.line && range.start.character <= range.end.character);
  return ordered ? undefined : 'end before start';
}

/** "Billion laughs": nine levels of nine aliases each, 9^9 strings if expanded. */
export function aliasBomb(): string {
  const names = 'abcdefghi';
  const lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]'];
  for (let i = 1; i < names.length; i++) {
    const previous = `*${names[i - 1]}`;
    lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(previous).join(', ')}]`);
  }
  return lines.join('\n') + '\n';
}

/** 1,000 levels of flow sequences: [[[[…]]]]. */
export function deepFlow(depth = 1000): string {
  return `title: ${'['.repeat(depth)}x${']'.repeat(depth)}\n`;
}

/** 1,000 levels of block mappings, each indented one step further. */
export function deepBlock(depth = 1000): string {
  let text = '';
  for (let i = 0; i < depth; i++) text += `${' '.repeat(i)}level${i}:\n`;
  return text + `${' '.repeat(depth)}end\n`;
}

/**
 * Shapes the `yaml` parser recurses on, repeated up to a few thousand times: flow and block collections, compact block
 * nesting, explicit keys and implicit keys inside flow collections (`x: [a: a: a: …]`), mixed and interrupted at random.
 * Every one must end in an answer (a diagnostic such as too-deep), never a stack overflow.
 */
const shapePiece = fc.constantFrom(
  ...['[', '{', ']', '}', 'a: ', '"a":', "'a': ", 'a:', '? ', '- ', '- ? ', ', ', 'x', ' ', '\n', '\n  ', '&a ', '!t ', '*a ', '# c\n'],
  ...['key:\n', '  ', '|\n', '>\n', '"', "'"],
);
export const hostileShape = fc
  .tuple(
    fc.constantFrom('', 'x: ', 'title: ', '- ', 'x:\n  '),
    fc.array(fc.tuple(fc.array(shapePiece, { minLength: 1, maxLength: 3 }), fc.integer({ min: 1, max: 3000 })), {
      minLength: 1,
      maxLength: 3,
    }),
  )
  .map(([prefix, parts]) => prefix + parts.map(([pieces, times]) => pieces.join('').repeat(times)).join('') + '\n');

/** `x: [` + 2,000 implicit keys `a: ` + `]`: 6 KB that overflowed the parser's stack. */
export function implicitKeys(count = 2000, open = '[', close = ']', key = 'a: '): string {
  return `x: ${open}${key.repeat(count)}${close}\n`;
}

/**
 * The other runaway inputs of issue 15, sized up to where each one used to stall: unknown top-level keys (quadratic
 * `placesFor`), long runs of one flagged word or phrase (no diagnostics cap), the acronym definition with a long gap
 * (ReDoS), thousands of distinct acronyms, and characters XML 1.0 forbids (U+FFFE, U+FFFF, control characters).
 * Each is placed in a real posting (`seed`) so every rule sees it.
 */
export function issueShape(seed: string): fc.Arbitrary<string> {
  const duty = '      - Perform other duties as required.';
  const inDuty = (run: string) => seed.replace(duty, `      - ${run}`);
  // Mostly small, one case in ten up to the sizes that stalled (each named size has its own regression test).
  const count = fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 500 }) }, fc.integer({ min: 1, max: 20_000 }));
  return fc.oneof(
    count.map((n) => Array.from({ length: n }, (_, i) => `unknown_${i}: ${i}\n`).join('')),
    count.map((n) => seed + Array.from({ length: n }, (_, i) => `k${i.toString(36)}: x\n`).join('')),
    fc
      .tuple(fc.constantFrom('lead ', 'age 12 ', 'ninja ', 'he ', 'TBD ', '[insert] ', 'aggressive, ', 'UN '), count)
      .map(([word, n]) => inDuty(word.repeat(n))),
    fc
      .tuple(
        fc.constantFrom(' ', '\t', 'a', 'a ', '( ', 'A'),
        fc.oneof({ weight: 9, arbitrary: fc.integer({ min: 1, max: 1000 }) }, fc.integer({ min: 1, max: 100_000 })),
      )
      .map(([gap, n]) => seed.replace('  background: >', `  background: "The ISA (Abc${gap.repeat(n)}x) works."\n  background_old: >`)),
    count.map((n) => inDuty(Array.from({ length: n }, (_, i) => `X${i.toString(36).toUpperCase()}Q`).join(' '))),
    fc
      .tuple(fc.constantFrom('\uFFFE', '\uFFFF', '\u0001', '\u000B', '\u001F', '\uDFFF', '\u0085'), fc.nat(), count)
      .map(([char, at, n]) => {
        const i = at % seed.length;
        return seed.slice(0, i) + char.repeat(1 + (n % 50)) + seed.slice(i);
      }),
  );
}

/**
 * A .postingrc.yaml that names the hostile catalogues (a FIFO, a link to /dev/zero, one big file; `folder` is where
 * they are, relative to the config) up to 2,000 times, with other settings and a hostile shape as noise.
 */
export function hostileConfig(folder = ''): fc.Arbitrary<string> {
  const file = fc.constantFrom('fifo.yaml', 'zero.yaml', 'big.yaml', 'missing.yaml', '.', '', 'big.yaml#').map((name) => folder + name);
  return fc
    .tuple(
      fc.array(fc.tuple(file, fc.oneof({ weight: 4, arbitrary: fc.integer({ min: 1, max: 20 }) }, fc.integer({ min: 1, max: 2000 }))), {
        minLength: 1,
        maxLength: 3,
      }),
      fc.constantFrom(
        '',
        'maxFileSize: 1000\n',
        'maxFileSize: -1\n',
        'rules:\n  gender-coded-word: off\n',
        'files:\n  include: ["**/*"]\n',
      ),
      fc.oneof(
        fc.constant(''),
        hostileShape.map((s) => `parameters: ${s}`),
      ),
    )
    .map(([refs, extra, tail]) => `${extra}catalogues:\n${refs.map(([name, n]) => `  - ${name}\n`.repeat(n)).join('')}${tail}`);
}

/** A framework catalogue of `entries` competencies (about 60 bytes each). */
export function framework(entries: number): string {
  return [
    'id: big',
    'title: A big framework',
    'groups:',
    '  core:',
    '    title: Core',
    '    entries:',
    ...Array.from({ length: entries }, (_, i) => `      - name: Competency number ${i} with a long descriptive name`),
    '',
  ].join('\n');
}
