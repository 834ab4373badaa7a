import { checkPosting } from '../check';
import { postingFacts } from '../template/postingFacts';
import type { Problem } from '../diagnostics/problems';
import { schemaAtPath, titleOf } from '../template/schemaStore';
import { defaultSettings, type EngineSettings } from '../settings/settings';
import { todayIso, yamlScalar } from '../template/skeleton';
import { Structure, unquote } from '../document/structure';
import { StructureEditor } from './structureEdits';
import { applyEdits, diffEdit, type TextEdit } from '../text/textEdits';
import actionTitles from '../../../../schemas/l10n/actions.json';
import { headingAt } from '../template/headings';
import { formatMessage } from '../diagnostics/problems';
import type { Catalogue } from '../template/catalogues';

export const fixAllKind = 'source.fixAll.posting';

/** A code action as plain data: its title, the LSP kind, the edits, and the problem it fixes. */
export interface PostingAction {
  title: string;
  kind: 'quickfix' | typeof fixAllKind;
  edits: TextEdit[];
  problem?: Problem;
  isPreferred?: boolean;
}

export interface ActionOptions {
  today?: string;
  /** The reader's locale: 'ja' gives the Japanese titles (schemas/l10n/actions.json). */
  locale?: string;
  /** The project's own competency frameworks (EngineSettings.catalogues), as the checks use them. */
  catalogues?: readonly Catalogue[];
}

type TitleKey = keyof (typeof actionTitles)['en'];

/** A quick fix's title in the reader's language. */
export function actionTitle(key: TitleKey, params: Record<string, string | number>, locale?: string): string {
  const titles = locale?.toLowerCase().startsWith('ja') ? actionTitles.ja : actionTitles.en;
  return formatMessage(titles[key], params);
}

/** The quick fixes for the given problems, read from each problem's data alone, then the ignore comments. */
export function actionsFor(text: string, problems: readonly Problem[], options: ActionOptions = {}): PostingAction[] {
  const editor = editorFor(text, options);
  const actions: PostingAction[] = [];
  const ignores: PostingAction[] = [];
  for (const problem of problems) {
    const fixes = fixesFor(editor, problem, options);
    // A real fix comes first and is preferred: the only one, or the safest one of an error (never an Ignore).
    const preferred = fixes.length === 1 || (fixes.length > 0 && (problem.severity === 'error' || !!problem.data?.autoFixable));
    fixes.forEach((fix, i) => actions.push({ ...fix, kind: 'quickfix', problem, isPreferred: i === 0 && preferred }));
    ignores.push(...ignoreActions(editor, problem, options.locale));
  }
  // Ignore options come last, after every real fix.
  return [...actions, ...ignores];
}

/** Applies every auto-fixable fix, one at a time and re-checking after each, as one minimal edit. */
export function fixAllEdits(text: string, settings: EngineSettings = defaultSettings, options: ActionOptions = {}): TextEdit[] {
  return fixAll(text, settings, options).edits;
}

/** What fix-all did: the one minimal edit, and each fix applied (its title and the 0-based line of its problem). */
export interface FixAllResult {
  edits: TextEdit[];
  applied: { title: string; line: number; code: string }[];
}

/** Applies every auto-fixable fix, one at a time and re-checking after each; says which fixes it applied. */
export function fixAll(text: string, settings: EngineSettings = defaultSettings, options: ActionOptions = {}): FixAllResult {
  let current = text;
  const tried = new Set<string>();
  const applied: FixAllResult['applied'] = [];
  for (let round = 0; round < 100; round++) {
    const problems = checkPosting(current, settings).problems.filter((p) => p.data?.autoFixable);
    const editor = editorFor(current, { ...options, catalogues: options.catalogues ?? settings.catalogues });
    let changed = false;
    for (const problem of problems) {
      const identity = `${problem.code}|${problem.message}|${current.length}`;
      if (tried.has(identity)) continue;
      tried.add(identity);
      const [fix] = fixesFor(editor, problem, { ...options, locale: options.locale ?? settings.locale });
      if (!fix?.edits.length) continue;
      current = applyEdits(current, fix.edits);
      applied.push({ title: fix.title, line: problem.range.start.line, code: problem.code });
      changed = true;
      break;
    }
    if (!changed) break;
  }
  const edit = diffEdit(text, current);
  return edit ? { edits: [edit], applied } : { edits: [], applied: [] };
}

function editorFor(text: string, options: ActionOptions): StructureEditor {
  const structure = new Structure(text);
  const facts = postingFacts(structure, options.catalogues);
  return new StructureEditor(
    structure,
    facts.root,
    facts.catalogue,
    options.today ?? todayIso(),
    facts.dates,
    facts.languages,
    facts.implied,
    facts.withoutDefaults,
  );
}

/** Every fix a problem's data describes, the safest first. */
function fixesFor(editor: StructureEditor, problem: Problem, options: ActionOptions = {}): Omit<PostingAction, 'kind'>[] {
  const { locale } = options;
  const data = problem.data;
  const path = data?.path;
  if (!data || !path) return [];
  const fixes: Omit<PostingAction, 'kind'>[] = [];
  const japanese = !!locale?.toLowerCase().startsWith('ja');
  const titleAt = (p: readonly (string | number)[]) =>
    japanese ? headingAt(editor.root, p).ja : titleOf(schemaAtPath(editor.root, p), p[p.length - 1]);
  const title = (key: TitleKey, params: Record<string, string | number>) => actionTitle(key, params, locale);

  for (const set of data.setValues ?? []) {
    fixes.push({ title: title(set.title, { date: set.value, value: set.value }), edits: editor.replaceValue(set.path, set.value) });
  }
  if (data.append?.length) {
    const values = data.append.map(yamlScalar);
    fixes.push({
      title:
        data.append.length > 3
          ? title('addCount', { count: data.append.length, section: titleAt(path) })
          : title('add', {
              items: data.append.map((v) => (japanese ? `「${v}」` : `'${v}'`)).join(japanese ? '、' : ', '),
              section: titleAt(path),
            }),
      edits: editor.appendItems(path, values),
    });
  }
  if (data.moveTo) {
    const raw = editor.rawValue(path);
    if (raw !== undefined) {
      fixes.push({
        title: title('moveItem', { value: unquote(raw), section: titleAt(data.moveTo) }),
        edits: [...editor.remove(path), ...editor.appendItems(data.moveTo, [raw])],
      });
    }
  }
  if (data.moveField) {
    const target = data.moveField;
    const key = String(target[target.length - 1]);
    const section = titleAt(target.slice(0, -1));
    fixes.push({
      title: key === String(path[path.length - 1]) ? title('moveField', { section }) : title('moveFieldAs', { section, key }),
      edits: editor.moveField(path, target),
    });
  }
  const last = path[path.length - 1];
  if (typeof data.joinNext === 'string' && typeof last === 'number') {
    // One item again, as a page or an e-mail broke it: the next item's comments stay as comment lines.
    const edits = [...editor.replaceValue(path, data.joinNext), ...editor.remove([...path.slice(0, -1), last + 1])];
    if (edits.length >= 2) fixes.push({ title: title('joinNext', {}), edits });
  }
  if (data.removable) {
    const raw = editor.rawValue(path);
    fixes.push({
      title: raw ? title('removeValue', { value: unquote(raw) }) : title('removeField', { section: titleAt(path) }),
      edits: editor.remove(path),
    });
  }
  if (data.missingFields?.length) {
    // One skeleton after another, each placed in the text the previous ones made, then one minimal edit for them all.
    const original = editor.structure.lines.text;
    let current = original;
    for (const { parent, key } of data.missingFields) current = applyEdits(current, editorFor(current, options).insertField(parent, key));
    const edit = diffEdit(original, current);
    const titles = data.missingFields.map(({ parent, key }) => titleAt([...parent, key]));
    if (edit)
      fixes.push({
        title: title('insertSections', { count: titles.length, sections: titles.join(japanese ? '、' : ', ') }),
        edits: [edit],
      });
  }
  if (data.missingKey) {
    const parent = path[path.length - 1] === data.missingKey ? path.slice(0, -1) : path;
    fixes.push({
      title: title('insertSection', { section: titleAt([...parent, data.missingKey]) }),
      edits: editor.insertField(parent, data.missingKey),
    });
  }
  if (data.replacement !== undefined) {
    const { start, end } = problem.range;
    const lines = editor.structure.lines;
    const original = lines.text.slice(lines.offsetAt(start), lines.offsetAt(end));
    fixes.push({
      title: title('replaceText', { original, value: data.replacement }),
      edits: [{ range: problem.range, newText: data.replacement }],
    });
  }
  for (const suggestion of data.suggestions ?? []) {
    const key = data.replaces === 'key';
    fixes.push({
      title: title(key ? 'renameKey' : 'replaceValue', { value: suggestion }),
      edits: key ? editor.replaceKey(path, suggestion) : editor.replaceValue(path, suggestion),
    });
  }
  return fixes.filter((fix) => fix.edits.length);
}

function ignoreActions(editor: StructureEditor, problem: Problem, locale?: string): PostingAction[] {
  const { lines } = editor.structure;
  const line = problem.range.start.line;
  const actions: PostingAction[] = [];
  const first = lines.lineText(0);
  const modeline = /^#\s*posting\b/.test(first);
  // Above line 1 the modeline must stay first, so only the file-wide comment is offered there.
  if (!(line === 0 && modeline)) {
    const text = lines.lineText(line);
    const indent = text.slice(0, text.length - text.trimStart().length);
    actions.push({
      title: actionTitle('ignoreLine', { code: problem.code }, locale),
      kind: 'quickfix',
      problem,
      edits: [{ range: at(line, 0), newText: `${indent}# posting-disable-next-line ${problem.code}${editor.eol}` }],
    });
  }
  const fileLine = first.startsWith('#') ? 1 : 0;
  const atEnd = fileLine >= lines.lineCount;
  actions.push({
    title: actionTitle('ignoreFile', { code: problem.code }, locale),
    kind: 'quickfix',
    problem,
    edits: [
      atEnd
        ? { range: at(0, first.length), newText: `${editor.eol}# posting-disable ${problem.code}` }
        : { range: at(fileLine, 0), newText: `# posting-disable ${problem.code}${editor.eol}` },
    ],
  });
  return actions;
}

function at(line: number, character: number) {
  return { start: { line, character }, end: { line, character } };
}
