import { catalogueFor, findCompetency, normalizeCompetency, type Catalogue, type CompetencyMatch } from '../template/catalogues';
import { didYouMean, suggestionFragment } from '../diagnostics/fragments';
import type { EngineSettings } from '../settings/settings';
import { closestMatches } from '../text/similarity';
import type { Path } from '../document/yamlNodes';
import type { Rule, RuleContext } from './rule';
import { isRecord } from '../text/records';
import { organizationFamily } from '../text/organizations';

/** The framework a posting uses; a project's own catalogues (.postingrc.yaml) are searched first. */
export function frameworkFor(
  settings: EngineSettings,
  framework: string | undefined,
  organization: string | undefined,
  profileFramework?: string,
): Catalogue {
  return catalogueFor(framework, organization, profileFramework, settings.catalogues);
}

function groupTitle(catalogue: Catalogue, group: string): string {
  return catalogue.groups[group]?.title ?? group;
}

/**
 * A name's words with a plural 's' dropped and run together ("Client & results orientation" is "Client & Result
 * Orientation"; "Team-work", a PDF's hyphen at a line end, is "Teamwork").
 */
const singular = (name: string) =>
  normalizeCompetency(name)
    .split(' ')
    .map((word) => (word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word))
    .join('');

/** The framework's name that a listed name spells with a plural or singular word of its own. */
function findLoosely(catalogue: Catalogue, name: string): CompetencyMatch | undefined {
  const wanted = singular(name);
  for (const { entries } of Object.values(catalogue.groups)) {
    const entry = entries.find((candidate) => singular(candidate.name) === wanted);
    if (entry) return findCompetency(catalogue, entry.name);
  }
  return undefined;
}

/** The framework's names that a name joins with '&' or 'and', when every part is one of them. */
function joinedNames(catalogue: Catalogue, name: string): CompetencyMatch[] | undefined {
  const parts = name.split(/ (?:&|and) /i).map((part) => part.trim());
  if (parts.length < 2) return undefined;
  const matches = parts.map((part) => findCompetency(catalogue, part) ?? findLoosely(catalogue, part));
  return matches.every((match): match is CompetencyMatch => match !== undefined) ? matches : undefined;
}

function checkKeyCompetencies(context: RuleContext, path: Path): void {
  const section = context.get(path);
  if (!isRecord(section)) return;
  const fields = section;
  const framework = typeof fields.framework === 'string' ? fields.framework : undefined;
  const catalogue = frameworkFor(context.settings, framework, context.text(['organization']), context.profile.competencyFramework);
  const allNames = () => Object.values(catalogue.groups).flatMap((group) => group.entries.map((entry) => entry.name));
  const organization = context.text(['organization'])?.trim();
  const ownFramework =
    !framework &&
    !!organization &&
    !catalogue.organizations.some((name) => name.toLowerCase() === organizationFamily(organization).toLowerCase());
  const listed = new Map<string, string>(); // normalised name → the group it is listed in
  const seen = new Set<string>();

  for (const [group, names] of Object.entries(fields)) {
    if (group === 'framework' || !Array.isArray(names)) continue;
    const groupPath = [...path, group];
    if (!catalogue.groups[group]) {
      // A group of the organisation's own framework, which the product has no catalogue of ('FAO Core Competencies' in
      // a JPO posting for FAO, s19): the profile's framework was not chosen for that organisation, so its names are no
      // measure of the group's.
      if (ownFramework) continue;
      const suggestions = closestMatches(group, Object.keys(catalogue.groups));
      context.report(
        'unknown-competency-group',
        context.keyRange(groupPath),
        { group, framework: catalogue.title, groups: Object.keys(catalogue.groups).join(', ') },
        { path: groupPath, suggestions, replaces: 'key' },
      );
      continue;
    }
    names.forEach((name, index) => {
      if (typeof name !== 'string' || !name.trim()) return;
      const itemPath = [...groupPath, index];
      // Made only for a name reported: most names are right, and a range is a walk of the document to the item.
      const range = () => context.valueRange(itemPath);
      const key = normalizeCompetency(name);
      if (seen.has(key)) {
        context.report('duplicate-competency', range, { name }, { path: itemPath, removable: true, autoFixable: true });
        return;
      }
      seen.add(key);
      const match = findCompetency(catalogue, name) ?? findLoosely(catalogue, name);
      // Two names a careers site joined with '&' ("Accountability & Communication"): each is listed.
      const joined = match ? undefined : joinedNames(catalogue, name);
      if (joined) {
        for (const part of joined) listed.set(normalizeCompetency(part.entry.name), group);
        return;
      }
      // A name of the organisation's own framework (UNOPS's "Partnering" on its jobs site): the profile's catalogue was
      // not chosen for that organisation, so it is no measure of the name either.
      if (!match && ownFramework) return;
      if (!match) {
        const suggestions = closestMatches(name, allNames());
        const { suggestion, suggestion_ja } = suggestions.length
          ? didYouMean(suggestions)
          : suggestionFragment('useNameFromGroup', { group: groupTitle(catalogue, group) });
        context.report(
          'unknown-competency',
          range,
          { name, framework: catalogue.title, suggestion, suggestion_ja },
          // One likely name is safe to apply without review (--fix); several need the author's choice.
          { path: itemPath, suggestions, autoFixable: suggestions.length === 1 },
        );
        return;
      }
      listed.set(normalizeCompetency(match.entry.name), group);
      if (match.group !== group) {
        context.report(
          'competency-wrong-group',
          range,
          { name: match.entry.name, right: groupTitle(catalogue, match.group), wrong: groupTitle(catalogue, group), key: match.group },
          { path: itemPath, moveTo: [...path, match.group], autoFixable: true },
        );
      }
    });
  }

  for (const [group, { title, requireAll, entries }] of Object.entries(catalogue.groups)) {
    // An absent group is the schema's to report (a missing section); a listed one must be complete.
    if (!requireAll || !Array.isArray(fields[group])) continue;
    // Nor is a list of the organisation's own framework incomplete by another framework's names.
    if (ownFramework) continue;
    // A required name listed under another group is already reported as misplaced; its fix moves it here.
    const missing = entries.map((entry) => entry.name).filter((name) => !listed.has(normalizeCompetency(name)));
    if (!missing.length) continue;
    const groupPath = [...path, group];
    context.report(
      'missing-core-competency',
      context.keyRange(groupPath),
      { group: title, count: entries.length, framework: catalogue.title, missing: missing.join(', ') },
      { path: groupPath, append: missing },
    );
  }
}

export const competencyRules: Rule = {
  codes: ['unknown-competency', 'competency-wrong-group', 'duplicate-competency', 'missing-core-competency', 'unknown-competency-group'],
  check(context) {
    for (const path of context.pathsOfKey('key_competencies')) checkKeyCompetencies(context, path);
  },
};
