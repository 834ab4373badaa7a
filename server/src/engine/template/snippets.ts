import { japaneseHeading } from './headings';
import closing from '../../../../schemas/closing-statements.json';
import { accommodationSentence, statementCarrier } from './statements';
import { catalogueFor, type Catalogue } from './catalogues';
import { profiles, profileSchema, type Profile } from './profiles';
import { childSchema, deref, schemaAtPath, titleOf } from './schemaStore';
import { SkeletonWriter, todayIso } from './skeleton';

/** A VS Code snippet (the shape of a `.code-snippets` entry). */
export interface Snippet {
  prefix: string;
  description: string;
  body: string[];
}

export interface TemplateOptions {
  /** Tab stops and choices (a snippet), or plain valid placeholder values. */
  snippet: boolean;
  today?: string;
}

/** A whole new posting for a profile: the `# posting` line, then every section of its template. */
export function postingTemplate(profile: Profile, options: TemplateOptions): string {
  const writer = new SkeletonWriter({
    snippet: options.snippet,
    fields: 'template',
    today: options.today ?? todayIso(),
    catalogue: catalogueFor(profile.competencyFramework, undefined),
    profile: profile.id,
    languages: ['English'],
    fixedLists: { closing_statements: closingStatementsOf(profile) },
  });
  const { block } = writer.value(profileSchema(profile), []);
  return ['# posting', `# ${profile.title}`, ...block, ''].join('\n');
}

/** Where section snippets come from: the default profile's sections, two levels down. */
const sectionParents: readonly (readonly string[])[] = [
  [],
  ['terms_of_reference'],
  ['terms_of_reference', 'qualifications_and_experience'],
];

/**
 * The standard closing statements in the organisation's fixed wording, where the profile's organisation is fixed
 * and carries them (closing-statements.json carriers); none (the section is left out) otherwise.
 */
function closingStatementsOf(profile: Profile): string[] {
  const organization = schemaAtPath(profileSchema(profile), ['organization'])?.schema.default;
  if (typeof organization !== 'string') return [];
  const statements = closing.statements.flatMap((statement) => statementCarrier(statement, organization)?.text ?? []);
  const accommodation = accommodationSentence(organization);
  return accommodation ? [...statements, accommodation] : statements;
}

/** The whole-posting snippet of each profile: a blank form of its template. */
export function wholePostingSnippets(today = todayIso()): Record<string, Snippet> {
  const result: Record<string, Snippet> = {};
  for (const profile of profiles) result[`Posting: ${profile.title}`] = wholePostingSnippet(profile, today);
  return result;
}

/** A profile's whole-posting snippet. */
export function wholePostingSnippet(profile: Profile, today = todayIso()): Snippet {
  return {
    prefix: wholePostingPrefix(profile),
    description: bilingual(
      `A whole posting from the ${profile.title} template`,
      profile.title_ja && `${profile.title_ja}のテンプレートによる求人全体`,
    ),
    body: postingTemplate(profile, { snippet: true, today }).replace(/\n$/, '').split('\n'),
  };
}

/** The prefix a profile's whole-posting snippet is typed with, e.g. `posting-unops-ica`. */
export function wholePostingPrefix(profile: Profile): string {
  return profile.snippet ?? `posting-${profile.id}`;
}

/** The parents a section snippet may be written under (the top level, the ToR, its qualifications). */
export function isSectionParent(path: readonly (string | number)[]): path is readonly string[] {
  return sectionParents.some((parent) => parent.length === path.length && parent.every((key, i) => key === path[i]));
}

/** The prefix a section's snippet is typed with, e.g. `posting-key-competencies`. */
export function sectionPrefix(key: string): string {
  return `posting-${key.replace(/_/g, '-')}`;
}

/**
 * The section snippets that may go under `parentPath` in a posting of `profile`: one per field of the parent, a blank
 * form of that section (the same one the snippet file has for the default profile). Keys in `present` are left out.
 */
export function sectionSnippets(
  profile: Profile,
  parentPath: readonly string[],
  options: { today?: string; catalogue?: Catalogue; present?: ReadonlySet<string> } = {},
): Record<string, Snippet & { key: string; title: string }> {
  const result: Record<string, Snippet & { key: string; title: string }> = {};
  const parent = schemaAtPath(profileSchema(profile), [...parentPath]);
  if (!parent) return result;
  const catalogue = options.catalogue ?? catalogueFor(profile.competencyFramework, undefined);
  const today = options.today ?? todayIso();
  for (const key of Object.keys(deref(parent).schema.properties ?? {})) {
    if (key.startsWith('$') || key === 'profile' || options.present?.has(key)) continue;
    const node = childSchema(parent, key)!; // key is one of the parent's properties, so it has a schema
    const writer = new SkeletonWriter({
      snippet: true,
      fields: 'template',
      today,
      catalogue,
      profile: profile.id,
      languages: ['English'],
      fixedLists: { closing_statements: closingStatementsOf(profile) },
    });
    const title = titleOf(node, key);
    const name = `Posting section: ${title}${parentPath.length ? ` (${titleOf(parent, parentPath[parentPath.length - 1])})` : ''}`;
    result[name] = {
      key,
      title,
      prefix: sectionPrefix(key),
      description: bilingual(
        `${title}: ${(node.schema.markdownDescription ?? '').replace(/[*`]/g, '')}`.trim(),
        japaneseHeading(key) && `「${japaneseHeading(key)}」セクション`,
      ),
      body: writer.field(key, node, [...parentPath, key]),
    };
  }
  return result;
}

/**
 * Every snippet: a whole posting per profile, then each section of the default template on its own. Each is a
 * blank form: placeholders that say what to write, the organisation's fixed wording, nothing of any posting.
 */
export function allSnippets(today = todayIso()): Record<string, Snippet> {
  const result: Record<string, Snippet> = wholePostingSnippets(today);
  for (const parentPath of sectionParents) {
    for (const [name, { prefix, description, body }] of Object.entries(sectionSnippets(profiles[0], parentPath, { today }))) {
      result[name] = { prefix, description, body };
    }
  }
  return result;
}

/** VS Code shows one snippet file whatever the display language, so a description carries both languages. */
function bilingual(english: string, japanese: string | false | undefined): string {
  return japanese ? `${english} — ${japanese}` : english;
}

/** The path of the section a section snippet writes, by its prefix (for tests and the generator). */
export function sectionPathOf(prefix: string): string[] | undefined {
  const key = prefix.replace(/^posting-/, '').replace(/-/g, '_');
  const root = profileSchema(profiles[0]);
  for (const parentPath of sectionParents) {
    const parent = schemaAtPath(root, parentPath);
    if (parent && deref(parent).schema.properties?.[key]) return [...parentPath, key];
  }
  return undefined;
}
