import languageRequirements from '../../../../schemas/language-requirements.json';
import gradeTable from '../../../../schemas/grade-requirements.json';
import { allCatalogues, catalogueFor, type Catalogue } from './catalogues';
import { chooseProfile, profileSchema, programmeSponsored, sponsorDefaults, type Profile, type ProfileChoice } from './profiles';
import type { SchemaNode } from './schemaStore';
import { Structure, unquote } from '../document/structure';
import { dataPattern } from '../text/patterns';

/** What the editor features need to know about a posting, read even from half-typed text. */
export interface PostingFacts {
  profile: Profile;
  /** Why that profile applies (declared, recognised from which field, or the general default). */
  profileChoice: ProfileChoice;
  root: SchemaNode;
  catalogue: Catalogue;
  /** Every framework a posting may name: the project's own, then the built-in ones. */
  catalogues: Catalogue[];
  /** Top-level dates already written (ISO form only). */
  dates: Record<string, string | undefined>;
  /** The languages the post must name (a local post's national language and English), else English. */
  languages: string[];
  /** Top-level values that follow from what the posting already says (the staff category its grade implies). */
  implied: Record<string, string>;
  /**
   * Dotted paths whose schema default is a sponsoring programme's that does not sponsor this post (MOFA's sponsor and
   * Japanese nationality in another donor's JPO post): a skeleton writes no default there.
   */
  withoutDefaults: string[];
}

/** The staff category a grade implies (grade-requirements.json staffCategoryPatterns), if the grade is one of its codes. */
export function categoryOfGrade(grade: string | undefined): string | undefined {
  if (!grade) return undefined;
  const patterns: Record<string, string> = gradeTable.staffCategoryPatterns;
  return Object.keys(patterns).find((category) => dataPattern(patterns[category], 'i').test(grade.trim()));
}

/** `catalogues`: the project's own competency frameworks (EngineSettings.catalogues), as the checks use them. */
export function postingFacts(structure: Structure, catalogues: readonly Catalogue[] = []): PostingFacts {
  const topLevel: Record<string, string> = {};
  for (const entry of structure.entries) {
    if (entry.kind === 'key' && entry.path.length === 1 && entry.inline) topLevel[String(entry.path[0])] = unquote(entry.inline);
  }
  const profileChoice = chooseProfile(topLevel);
  const profile = profileChoice.profile;
  const framework = structure.entries.find((e) => e.path[e.path.length - 1] === 'framework' && e.path.includes('key_competencies'));
  const organization = topLevel.organization;
  // As the competency rules choose: the named framework, else the organisation's, else the profile's.
  const named = framework?.inline ? unquote(framework.inline) : undefined;
  const catalogue = catalogueFor(named, organization, profile.competencyFramework, catalogues);
  const dates: Record<string, string | undefined> = {};
  for (const [key, value] of Object.entries(topLevel)) if (/^\d{4}-\d{2}-\d{2}$/.test(value)) dates[key] = value;
  const local = languageRequirements.localPosts.find(
    (post) => post.country === topLevel.country && dataPattern(post.affiliateTypes).test(topLevel.affiliate_type ?? ''),
  );
  return {
    profile,
    profileChoice,
    root: profileSchema(profile),
    catalogue,
    catalogues: allCatalogues(catalogues),
    dates,
    languages: local ? [...local.languages].reverse() : ['English'],
    implied: impliedValues(topLevel),
    withoutDefaults: programmeSponsored(profile, topLevel.sponsor, () => valuesOf(structure)) ? [] : sponsorDefaults(profile),
  };
}

/** The posting's values as written, line by line, without comments, keys and list dashes. */
function* valuesOf(structure: Structure): Iterable<string> {
  for (let line = 0; line < structure.lines.lineCount; line++) {
    const text = structure.lines.lineText(line).trim();
    if (!text.startsWith('#')) yield text.replace(/^(?:-\s+)*(?:[\w$-]+:(?:\s|$))?/, '');
  }
}

function impliedValues(topLevel: Record<string, string>): Record<string, string> {
  const category = categoryOfGrade(topLevel.grade);
  return category ? { affiliate_type: category } : {};
}
