import un1999 from '../../../../schemas/catalogues/un-1999.json';
import unValuesBehaviours from '../../../../schemas/catalogues/un-values-behaviours.json';
import unhcr from '../../../../schemas/catalogues/unhcr.json';
import { organizationFamily } from '../text/organizations';

/** A competency framework: named groups of competencies, as data in schemas/catalogues/. */
export interface Catalogue {
  id: string;
  title: string;
  /** Organisations that use this framework; the first catalogue naming a posting's organisation applies. */
  organizations: string[];
  groups: Record<string, CompetencyGroup>;
}

export interface CompetencyGroup {
  title: string;
  /** Every entry of the group must be listed (UNHCR's six core competencies). */
  requireAll?: boolean;
  entries: CompetencyEntry[];
}

export interface CompetencyEntry {
  name: string;
  code?: string;
  definition: string;
}

export interface CompetencyMatch {
  catalogue: Catalogue;
  group: string;
  entry: CompetencyEntry;
}

const builtIn: Catalogue[] = [unhcr, unValuesBehaviours, un1999].map(({ id, title, organizations, groups }) => ({
  id,
  title,
  organizations,
  groups,
}));
export const defaultCatalogueId = 'unhcr';

/**
 * All catalogues: a project's own (`.postingrc.yaml` catalogues, EngineSettings.catalogues) first, then the
 * built-in ones; a project's framework with a built-in id replaces it.
 */
export function allCatalogues(own: readonly Catalogue[] = []): Catalogue[] {
  const ids = new Set(own.map((c) => c.id));
  return [...own, ...builtIn.filter((c) => !ids.has(c.id))];
}

export function catalogueById(id: string, own: readonly Catalogue[] = []): Catalogue | undefined {
  return allCatalogues(own).find((catalogue) => catalogue.id === id);
}

/**
 * The framework a posting uses: the one it names, else its organisation's, else its profile's (else UNHCR's). The one
 * choice every feature makes — the checks, completion, hover and quick fixes — with the project's own catalogues.
 */
export function catalogueFor(
  framework: string | undefined,
  organization: string | undefined,
  profileFramework?: string,
  own: readonly Catalogue[] = [],
): Catalogue {
  if (framework) {
    const named = catalogueById(framework, own);
    if (named) return named;
  }
  // A UN Secretariat office ("OHCHR") uses the Secretariat's framework (organization-families.json).
  const org = organization ? organizationFamily(organization).toLowerCase() : undefined;
  const byOrganization = org ? allCatalogues(own).find((c) => c.organizations.some((o) => o.toLowerCase() === org)) : undefined;
  return byOrganization ?? (profileFramework ? catalogueById(profileFramework, own) : undefined) ?? catalogueById(defaultCatalogueId)!; // the default framework is in the data (tests load it)
}

/** The spelling-insensitive form of a name: "&" reads as "and", case and spacing are ignored. */
// findCompetency normalizes every catalogue entry on every lookup: remember the few hundred names instead.
const normalized = new Map<string, string>();

export function normalizeCompetency(name: string): string {
  let result = normalized.get(name);
  if (result === undefined) {
    result = name
      .toLowerCase()
      .replace(/&/g, ' and ')
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (normalized.size >= 10_000) normalized.clear();
    normalized.set(name, result);
  }
  return result;
}

/** Finds a name in a catalogue, in any group. */
export function findCompetency(catalogue: Catalogue, name: string): CompetencyMatch | undefined {
  return competencyIndex(catalogue).get(normalizeCompetency(name));
}

/**
 * Each catalogue's names by their normalised form, made once per catalogue (a posting lists a dozen names, each
 * compared before with every entry): the first entry of the first group that has the name, as a search in order finds it.
 */
const competencyIndexes = new WeakMap<Catalogue, Map<string, CompetencyMatch>>();

function competencyIndex(catalogue: Catalogue): Map<string, CompetencyMatch> {
  let index = competencyIndexes.get(catalogue);
  if (!index) {
    index = new Map();
    for (const [group, { entries }] of Object.entries(catalogue.groups)) {
      for (const entry of entries) {
        const key = normalizeCompetency(entry.name);
        if (!index.has(key)) index.set(key, { catalogue, group, entry });
      }
    }
    competencyIndexes.set(catalogue, index);
  }
  return index;
}
