/**
 * `npx tsx scripts/import-snapshots.ts`: writes, next to each text of the import corpus (test/corpus/import), its
 * import as `<name>.posting.yaml` with the diagnostics it raises written inline (`# expect: code`, see
 * test/helpers/expectations.ts). Read every snapshot after writing it: a wrong import is fixed in the importer, a
 * diagnostic a careful reviewer would reject is marked `# expect-fp:` by hand.
 */
import { readdirSync, readFileSync, writeFileSync } from 'fs';
import { join, resolve } from 'path';
import { format, resolveConfig } from 'prettier';
import { parse } from 'yaml';
import { checkPosting, defaultSettings, importFromText, settingsWithConfig, type EngineSettings } from '../server/src/engine';
import { loadConfigFile } from '../server/src/node/configFiles';
import { expectationKeys, expectationsIn } from '../test/helpers/expectations';

const root = resolve(__dirname, '../test/corpus/import');

/** The settings test/unit/corpus.test.ts checks the snapshots with: test/corpus/.postingrc.yaml (a readability target). */
async function corpusSettings(): Promise<EngineSettings> {
  const loaded = await loadConfigFile(resolve(root, '../.postingrc.yaml'));
  if ('failure' in loaded) throw new Error(`test/corpus/.postingrc.yaml: ${loaded.failure.reason}`);
  return settingsWithConfig(defaultSettings, loaded.config, loaded.catalogues);
}

/** The line a diagnostic on `line` is written on: itself, or the header of the block scalar it lies in. */
function anchorOf(lines: readonly string[], line: number): { at: number; offset: number } {
  const indent = (text: string) => text.length - text.trimStart().length;
  const own = lines[line - 1] ?? '';
  for (let index = line - 2; index >= 0; index--) {
    const text = lines[index];
    if (!text.trim()) continue;
    if (indent(text) < indent(own) || (!own.trim() && indent(text) >= 0)) {
      if (/(?:^|\s|-\s)[>|][-+]?\s*$/.test(text) || /:\s*[>|][-+]?\s*$/.test(text)) return { at: index + 1, offset: line - index - 1 };
      break;
    }
  }
  return { at: line, offset: 0 };
}

export function annotate(yaml: string, settings: EngineSettings = defaultSettings): string {
  const lines = yaml.split('\n');
  const byLine = new Map<number, string[]>();
  for (const problem of checkPosting(yaml, settings).problems) {
    const { at, offset } = anchorOf(lines, problem.range.start.line + 1);
    const codes = byLine.get(at) ?? [];
    codes.push(offset ? `${problem.code}@+${offset}` : problem.code);
    byLine.set(at, codes);
  }
  return lines.map((text, index) => (byLine.has(index + 1) ? `${text}  # expect: ${byLine.get(index + 1)!.join(', ')}` : text)).join('\n');
}

async function main(): Promise<void> {
  const settings = await corpusSettings();
  for (const layout of readdirSync(root)) {
    for (const file of readdirSync(join(root, layout)).filter((name) => name.endsWith('.txt'))) {
      const name = file.replace(/\.txt$/, '');
      const target = join(root, layout, `${name}.posting.yaml`);
      const options = { ...(await resolveConfig(target)), filepath: target };
      const yaml = await format(importFromText(readFileSync(join(root, layout, file), 'utf8')).yaml, options);
      const annotated = await format(annotate(yaml, settings), options);
      if (JSON.stringify(parse(annotated)) !== JSON.stringify(parse(yaml)))
        throw new Error(`${layout}/${name}: a comment changed the data`);
      const actual = checkPosting(annotated, settings).problems.map((problem) => ({
        line: problem.range.start.line + 1,
        code: problem.code,
      }));
      if (expectationKeys(actual).join() !== expectationKeys(expectationsIn(annotated)).join())
        throw new Error(`${layout}/${name}: the formatted expectations do not match the diagnostics`);
      writeFileSync(target, annotated);
      console.log(`${layout}/${name}.posting.yaml`);
    }
  }
}

void main();
