/**
 * `npx tsx scripts/alarms.ts <dir> [<dir> …]`: what a user sees after importing real postings and filling in only
 * what each text lacks (issue 14 §4). For every `<layout>/<name>.txt` (or `<name>.txt`) under each directory it
 * imports the text (the engine call behind `posting-lint --import`), inserts each required section the check reports
 * missing with the quick fix the editor offers, replaces any template guidance that insertion left with a neutral
 * one-line value, checks the result and prints each remaining diagnostic with its line and the text it points at.
 * Judge each line as a careful reviewer would; the counts per code at the end are the findings to judge.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { join, relative } from 'path';
import { actionsFor, checkPosting, importFromText, type Problem } from '../server/src/engine';
import { applyEdits } from '../server/src/engine/text/textEdits';
import { parse } from 'yaml';
import en from 'i18n-iso-countries/langs/en.json';
import ja from 'i18n-iso-countries/langs/ja.json';

/** Every .txt under `dir`, at any depth. */
function textsIn(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return textsIn(path);
      return name.endsWith('.txt') ? [path] : [];
    });
}

const missing = (problem: Problem) => problem.code === 'missing-section' || problem.code === 'missing-sections';

/**
 * Duty stations whose country a user knows but a text may not name (the test sets' cities). A text that names a
 * country (in English or Japanese) gets that one; otherwise the first of these its duty station names.
 */
const knownStations: Record<string, string> = {
  Pemba: 'Mozambique',
  Suva: 'Fiji',
  Cotabato: 'Philippines',
  Santiago: 'Chile',
  Bangkok: 'Thailand',
  浜松: 'Japan',
  焼津: 'Japan',
  Kananga: 'Democratic Republic of the Congo',
  Windhoek: 'Namibia',
};

/** Where `name` first stands in `text` as a whole word, or -1. */
function wordAt(text: string, name: string): number {
  for (let from = text.indexOf(name); from >= 0; from = text.indexOf(name, from + 1)) {
    if (!/\w/.test(text[from - 1] ?? '') && !/\w/.test(text[from + name.length] ?? '')) return from;
  }
  return -1;
}

/** The country a user would write for this posting: one the source text names, or its duty station's. */
function countryFor(source: string, yaml: string): string {
  const station = /^duty_station:(.*)$/m.exec(yaml)?.[1]?.trim() ?? '';
  for (const [city, country] of Object.entries(knownStations)) if (station.includes(city)) return country;
  const names = [...Object.values(en.countries), ...Object.values(ja.countries)].flat();
  // A name as a whole word: "Japan" inside "Japanese nationals only" (a sponsor's rule) names no duty station.
  const at = (name: string) => (/^[ -~]+$/.test(name) ? wordAt(source, name) : source.indexOf(name));
  const named = names.filter((name) => name.length > 3 && at(name) >= 0).sort((a, b) => at(a) - at(b));
  if (named.length) return named[0];
  return /[\u3040-\u30ff]/.test(source) ? 'Japan' : 'Kenya';
}

/** The organisation a user would write: the acronym the text gives a council, fund or agency, or a neutral NGO. */
function organizationFor(source: string): string {
  return (
    /(?:Council|Committee|Organi[sz]ation|Programme|Fund|Agency|Office)\s+\(([A-Z]{2,6})\)/.exec(source)?.[1] ?? 'Horizon Relief Alliance'
  );
}

/** Neutral values for the template guidance an inserted skeleton carries, by what it asks for. */
const neutralItems: [RegExp, string][] = [
  [/monitoring/, 'Monthly progress reports, accepted by the supervisor.'],
  [/field\(s\) of education/, 'Public administration'],
  [/certificates/, 'None'],
  [/tests/, 'TOEFL iBT or IELTS (Academic)'],
  [/skills/, 'Project management'],
  [/education/, "Bachelor's degree"],
  [/certifications/, 'None'],
  [/work experience/, 'Engineering'],
  [/languages/, 'English'],
  [/other information/, 'Only shortlisted candidates will be contacted.'],
  [/statement/, 'The assignment is for two years.'],
];

/**
 * What a user writes in the careers-site summary's education: what the ToR's education states (its required level
 * and the one accepted in lieu), not a level of the harness's own, which contradicts the ToR where the text never
 * does. Undefined where the posting has no ToR education.
 */
function torEducation(text: string): string | undefined {
  const found: string[] = [];
  const visit = (node: unknown, under: string[]): void => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if (key === 'education' && typeof value === 'string' && under[0] !== 'careers_site' && !/^Write /.test(value)) found.push(value);
      else visit(value, [...under, key]);
    }
  };
  try {
    visit(parse(text), []);
  } catch {
    return undefined;
  }
  return found.length ? found[0].replace(/\s+/g, ' ').trim() : undefined;
}

/**
 * The contract a user writes for a UNOPS contractor when the inserted skeleton's example is not the text's: the
 * level the text states ("IICA-3", "LICA 6"), in the vocabulary's form.
 */
function unopsContract(source: string): string | undefined {
  const level = /\b([LI])ICA[- ]?(\d{1,2})\b/.exec(source);
  return level ? `UNOPS ${level[1]}ICA${level[2]}` : undefined;
}

/** The posting with every missing required section inserted and its guidance replaced by a neutral value. */
export function filledIn(yaml: string, source: string): { text: string; filled: string[] } {
  let text = yaml;
  const filled: string[] = [];
  for (let round = 0; round < 5; round++) {
    const gaps = checkPosting(text).problems.filter(missing);
    if (!gaps.length) break;
    const insert = actionsFor(text, gaps).find((action) => action.edits?.length && !/^Ignore|^Disable/i.test(action.title));
    if (!insert?.edits) break;
    filled.push(...gaps.map((gap) => gap.message));
    text = applyEdits(text, insert.edits);
  }
  // Guidance the skeletons carry ("Write one item … here: …") is what a user replaces with the post's own words.
  const guidance = checkPosting(text).problems.filter((problem) => problem.code === 'placeholder-text');
  const lines = text.split('\n');
  // A skeleton's example contract ("UNOPS LICA6") stands where the text states another level: the user writes the text's.
  const contract = unopsContract(source);
  const inserted = lines.findIndex((line) => /^affiliate_type: UNOPS [LI]ICA\d+$/.test(line));
  if (contract && inserted >= 0 && !/^affiliate_type:/m.test(yaml)) lines[inserted] = `affiliate_type: ${contract}`;
  const education = torEducation(text);
  for (const problem of guidance) {
    const line = problem.range.start.line;
    const match = /^(\s*(?:-\s+)?(?:(\w+):\s+)?)'?Write (?:one item of )?the ([\w ()/,-]+?) here/.exec(lines[line] ?? '');
    if (!match) continue;
    const [, head, key, asked] = match;
    const value =
      key === 'country'
        ? countryFor(source, text)
        : key === 'organization'
          ? organizationFor(source)
          : asked === 'education' && education
            ? education
            : (neutralItems.find(([pattern]) => pattern.test(asked))?.[1] ?? 'As set out in the Terms of Reference.');
    lines[line] = `${head}${JSON.stringify(value)}`;
  }
  return { text: lines.join('\n'), filled };
}

function main(): void {
  const dirs = process.argv.slice(2);
  const byCode = new Map<string, number>();
  let total = 0;
  for (const dir of dirs) {
    for (const path of textsIn(dir)) {
      const source = readFileSync(path, 'utf8');
      const { text, filled } = filledIn(importFromText(source).yaml, source);
      const lines = text.split('\n');
      console.log(`== ${relative(dir, path)} (profile ${/^profile:\s*(\S+)/m.exec(text)?.[1] ?? '?'}, filled in ${filled.length})`);
      for (const problem of checkPosting(text).problems) {
        const line = problem.range.start.line;
        const at = lines[line]?.slice(
          problem.range.start.character,
          problem.range.start.line === problem.range.end.line ? problem.range.end.character : undefined,
        );
        console.log(`  ${line + 1} ${problem.code}: ${problem.message.slice(0, 160)}`);
        console.log(`      | ${(at || lines[line] || '').trim().slice(0, 160)}`);
        byCode.set(problem.code, (byCode.get(problem.code) ?? 0) + 1);
        total++;
      }
    }
  }
  console.log(`\n${total} diagnostics`);
  for (const [code, count] of [...byCode].sort((a, b) => b[1] - a[1])) console.log(`  ${count}\t${code}`);
}

main();
