import { checkPosting } from '../check';
import { postingFacts } from '../template/postingFacts';
import type { Problem } from '../diagnostics/problems';
import { schemaAtPath, titleOf } from '../template/schemaStore';
import { defaultSettings, type EngineSettings } from '../settings/settings';
import { todayIso, yamlScalar } from '../template/skeleton';
import { Structure, unquote } from '../document/structure';
import { StructureEditor } from './structureEdits';
import { applyEdits, diffEdit, type TextEdit } from '../text/textEdits';

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
}

/** The quick fixes for the given problems, read from each problem's data alone, then the ignore comments. */
export function actionsFor(text: string, problems: readonly Problem[], options: ActionOptions = {}): PostingAction[] {
  const editor = editorFor(text, options);
  const actions: PostingAction[] = [];
  for (const problem of problems) {
    const fixes = fixesFor(editor, problem, options);
    fixes.forEach((fix, i) => actions.push({ ...fix, kind: 'quickfix', problem, isPreferred: i === 0 && fixes.length === 1 }));
    actions.push(...ignoreActions(editor, problem));
  }
  return actions;
}

/** Applies every auto-fixable fix, one at a time and re-checking after each, as one minimal edit. */
export function fixAllEdits(text: string, settings: EngineSettings = defaultSettings, options: ActionOptions = {}): TextEdit[] {
  let current = text;
  const tried = new Set<string>();
  for (let round = 0; round < 100; round++) {
    const problems = checkPosting(current, settings).problems.filter((p) => p.data?.autoFixable);
    const editor = editorFor(current, options);
    let applied = false;
    for (const problem of problems) {
      const identity = `${problem.code}|${problem.message}|${current.length}`;
      if (tried.has(identity)) continue;
      tried.add(identity);
      const [fix] = fixesFor(editor, problem, options);
      if (!fix?.edits.length) continue;
      current = applyEdits(current, fix.edits);
      applied = true;
      break;
    }
    if (!applied) break;
  }
  const edit = diffEdit(text, current);
  return edit ? [edit] : [];
}

function editorFor(text: string, options: ActionOptions): StructureEditor {
  const structure = new Structure(text);
  const facts = postingFacts(structure);
  return new StructureEditor(structure, facts.root, facts.catalogue, options.today ?? todayIso(), facts.dates, facts.languages);
}

/** Every fix a problem's data describes, the safest first. */
function fixesFor(editor: StructureEditor, problem: Problem, options: ActionOptions = {}): Omit<PostingAction, 'kind'>[] {
  const data = problem.data;
  const path = data?.path;
  if (!data || !path) return [];
  const fixes: Omit<PostingAction, 'kind'>[] = [];
  const titleAt = (p: readonly (string | number)[]) => titleOf(schemaAtPath(editor.root, p), p[p.length - 1]);

  if (data.append?.length) {
    const values = data.append.map(yamlScalar);
    const shown = data.append.length > 3 ? `${data.append.length} items` : data.append.map((v) => `'${v}'`).join(', ');
    fixes.push({ title: `Add ${shown} to ${titleAt(path)}`, edits: editor.appendItems(path, values) });
  }
  if (data.moveTo) {
    const raw = editor.rawValue(path);
    if (raw !== undefined) {
      fixes.push({
        title: `Move '${unquote(raw)}' to ${titleAt(data.moveTo)}`,
        edits: [...editor.remove(path), ...editor.appendItems(data.moveTo, [raw])],
      });
    }
  }
  if (data.moveField) {
    const target = data.moveField;
    const key = String(target[target.length - 1]);
    fixes.push({
      title: `Move to ${titleAt(target.slice(0, -1))}${key === String(path[path.length - 1]) ? '' : ` as '${key}'`}`,
      edits: editor.moveField(path, target),
    });
  }
  if (data.removable) {
    const raw = editor.rawValue(path);
    fixes.push({ title: raw ? `Remove '${unquote(raw)}'` : `Remove ${titleAt(path)}`, edits: editor.remove(path) });
  }
  if (data.missingFields?.length) {
    // One skeleton after another, each placed in the text the previous ones made, then one minimal edit for them all.
    const original = editor.structure.lines.text;
    let current = original;
    for (const { parent, key } of data.missingFields) current = applyEdits(current, editorFor(current, options).insertField(parent, key));
    const edit = diffEdit(original, current);
    const titles = data.missingFields.map(({ parent, key }) => titleAt([...parent, key]));
    if (edit) fixes.push({ title: `Insert ${titles.length} sections: ${titles.join(', ')}`, edits: [edit] });
  }
  if (data.missingKey) {
    const parent = path[path.length - 1] === data.missingKey ? path.slice(0, -1) : path;
    fixes.push({
      title: `Insert section: ${titleAt([...parent, data.missingKey])}`,
      edits: editor.insertField(parent, data.missingKey),
    });
  }
  if (data.replacement !== undefined) {
    const { start, end } = problem.range;
    const lines = editor.structure.lines;
    const original = lines.text.slice(lines.offsetAt(start), lines.offsetAt(end));
    fixes.push({ title: `Replace '${original}' with '${data.replacement}'`, edits: [{ range: problem.range, newText: data.replacement }] });
  }
  for (const suggestion of data.suggestions ?? []) {
    const key = data.replaces === 'key';
    fixes.push({
      title: key ? `Rename to '${suggestion}'` : `Replace with '${suggestion}'`,
      edits: key ? editor.replaceKey(path, suggestion) : editor.replaceValue(path, suggestion),
    });
  }
  return fixes.filter((fix) => fix.edits.length);
}

function ignoreActions(editor: StructureEditor, problem: Problem): PostingAction[] {
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
      title: `Ignore ${problem.code} for this line`,
      kind: 'quickfix',
      problem,
      edits: [{ range: at(line, 0), newText: `${indent}# posting-disable-next-line ${problem.code}${editor.eol}` }],
    });
  }
  const fileLine = first.startsWith('#') ? 1 : 0;
  const atEnd = fileLine >= lines.lineCount;
  actions.push({
    title: `Ignore ${problem.code} in this file`,
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
