// The engine's did-you-mean helper is pure and generic; the facade does not export it.
import { closestMatches } from '../engine/text/similarity';
// The format list alone (a leaf module): cli.ts parses the options before the engine is loaded.
import { renderFormats } from '../engine/render/formats';

/**
 * posting-lint's options as a table: one row per flag. Adding a flag is adding a row (and reading it in
 * `readOptions`); the parser, `--help` and the usage errors all come from this table.
 */
export interface OptionSpec {
  /** Long name, used as `--name`. */
  name: string;
  /** One-letter alias, used as `-x`. */
  short?: string;
  /** Placeholder shown in --help when the option takes a value; absent for a plain flag. */
  value?: string;
  /** Allowed values, checked while parsing. */
  choices?: readonly string[];
  /** The option may be given more than once (values accumulate). */
  repeatable?: boolean;
  help: string;
}

export const severityOrder = ['hint', 'information', 'warning', 'error'] as const;

export const optionTable: OptionSpec[] = [
  {
    name: 'format',
    short: 'f',
    value: 'name',
    choices: ['stylish', 'json', 'sarif', 'markdown'],
    help: 'output format (default: stylish)',
  },
  {
    name: 'max-severity',
    value: 'level',
    choices: severityOrder,
    help: 'exit with 1 when a problem is at or above this severity (default: error)',
  },
  { name: 'fix', help: 'apply the safe fixes in place (comments are kept)' },
  { name: 'config', short: 'c', value: 'file', help: 'use this .postingrc.yaml instead of the nearest one' },
  { name: 'output', short: 'o', value: 'file', help: 'write the report to a file instead of standard output' },
  { name: 'color', help: 'colour the stylish output even when it is not a terminal' },
  { name: 'no-color', help: 'never colour the output' },
  { name: 'quiet', short: 'q', help: 'report errors only' },
  { name: 'locale', value: 'lang', help: 'language of the messages: en (default) or ja' },
  { name: 'import', value: 'file.txt', help: 'read a careers-site text and print it as posting YAML (with -o: into a file)' },
  { name: 'set', value: 'field=value', repeatable: true, help: 'with --import: a field the text does not state, e.g. duty_station=Tokyo' },
  {
    name: 'export',
    short: 'e',
    value: 'format',
    choices: renderFormats,
    repeatable: true,
    help: 'also write each posting in this format, next to its file (or in --out-dir); repeatable',
  },
  { name: 'out-dir', value: 'dir', help: 'with --export: the folder the renderings are written to' },
  {
    name: 'compare',
    value: 'older.yaml',
    help: 'show what changed from this posting to the one given, section by section (exit 1 when something did)',
  },
  { name: 'summary', help: "print each posting's 'Ready to publish?' checklist (exit 1 when one is not ready)" },
  { name: 'force', help: 'with --export jsonld: export even though the deadline has passed' },
  { name: 'no-error-on-unmatched-pattern', help: 'a glob that matches no file is not an error (e.g. in CI before the first posting)' },
  { name: 'baseline', value: 'file', help: 'report and fail only on problems that are not in this baseline file' },
  { name: 'update-baseline', help: 'with --baseline: record the problems of the files checked (fixed ones are dropped)' },
  { name: 'help', short: 'h', help: 'show this help' },
  { name: 'version', short: 'v', help: 'show the version' },
];

/** What the command line said, before any meaning is given to it. */
export interface ParsedArguments {
  /** Flags seen, and every value given per option name. */
  given: Map<string, string[]>;
  /** Files, globs and `-` (standard input), in order. */
  patterns: string[];
}

/** A mistake on the command line: reported in one line, exit code 2. */
export class UsageError extends Error {}

export function parseArguments(argv: readonly string[], table: readonly OptionSpec[] = optionTable): ParsedArguments {
  const given = new Map<string, string[]>();
  const patterns: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--') {
      patterns.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-' || !arg.startsWith('-')) {
      patterns.push(arg);
      continue;
    }
    const [flag, inline] = splitInline(arg);
    const spec = findSpec(flag, table);
    if (!spec) throw new UsageError(`unknown option ${flag}${suggestion(flag, table)}`);
    const values = given.get(spec.name) ?? [];
    if (values.length && !spec.repeatable) throw new UsageError(`--${spec.name} is given twice`);
    if (spec.value) {
      const value = inline ?? argv[++i];
      if (value === undefined || (inline === undefined && value.startsWith('-') && value !== '-')) {
        throw new UsageError(`--${spec.name} needs a value (${spec.value})`);
      }
      if (spec.choices && !spec.choices.includes(value)) {
        throw new UsageError(`--${spec.name} must be one of ${spec.choices.join(', ')} (got '${value}')`);
      }
      values.push(value);
    } else {
      if (inline !== undefined) throw new UsageError(`--${spec.name} takes no value`);
      values.push('true');
    }
    given.set(spec.name, values);
  }
  return { given, patterns };
}

function splitInline(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return arg.startsWith('--') && equals > 0 ? [arg.slice(0, equals), arg.slice(equals + 1)] : [arg, undefined];
}

function findSpec(flag: string, table: readonly OptionSpec[]): OptionSpec | undefined {
  if (flag.startsWith('--')) return table.find((spec) => spec.name === flag.slice(2));
  return table.find((spec) => spec.short !== undefined && `-${spec.short}` === flag);
}

function suggestion(flag: string, table: readonly OptionSpec[]): string {
  const bare = flag.replace(/^-+/, '');
  const [near] = closestMatches(
    bare,
    table.map((spec) => spec.name),
    1,
  );
  return near ? ` (did you mean --${near}?)` : '; see posting-lint --help';
}

export function helpText(table: readonly OptionSpec[] = optionTable): string {
  const rows = table.map((spec) => {
    const names = `${spec.short ? `-${spec.short}, ` : '    '}--${spec.name}${spec.value ? ` <${spec.value}>` : ''}`;
    const choices = spec.choices ? ` [${spec.choices.join('|')}]` : '';
    return `  ${names.padEnd(28)} ${spec.help}${choices}`;
  });
  return [
    'usage: posting-lint [options] <file | glob | ->...',
    '',
    'Checks job postings (YAML) with the same engine as the editor.',
    'Quote globs so the shell leaves them alone: posting-lint "postings/**/*.yaml"',
    'Use - to read one posting from standard input.',
    '',
    'options:',
    ...rows,
    '',
    'exit codes: 0 clean, 1 a problem at or above --max-severity, 2 a usage or I/O error',
    '',
  ].join('\n');
}
