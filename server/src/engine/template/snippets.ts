import closing from '../../../../schemas/closing-statements.json';
import { accommodationSentence } from './accommodation';
import sectionTitlesJa from '../../../../schemas/l10n/sections.ja.json';
import { catalogueFor } from './catalogues';
import { profiles, profileSchema, type Profile } from './profiles';
import { childSchema, deref, schemaAtPath, titleOf } from './schemaStore';
import { SkeletonWriter, todayIso } from './skeleton';
import { dataPattern } from '../text/patterns';

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
 * and is one the statements apply to; none (the section is left out) otherwise.
 */
function closingStatementsOf(profile: Profile): string[] {
  const organization = schemaAtPath(profileSchema(profile), ['organization'])?.schema.default;
  if (typeof organization !== 'string' || !dataPattern(closing.organizations).test(organization)) return [];
  const statements = closing.statements.map((statement) => statement.text.replace(/\{organization\}/g, organization));
  const accommodation = accommodationSentence(organization);
  return accommodation ? [...statements, accommodation] : statements;
}

/**
 * Every snippet: a whole posting per profile, then each section of the default template on its own. Each is a
 * blank form: placeholders that say what to write, the organisation's fixed wording, nothing of any posting.
 */
export function allSnippets(today = todayIso()): Record<string, Snippet> {
  const result: Record<string, Snippet> = {};
  for (const profile of profiles) {
    const name = profile.snippet ?? `posting-${profile.id}`;
    result[`Posting: ${profile.title}`] = {
      prefix: name,
      description: bilingual(
        `A whole posting from the ${profile.title} template`,
        profile.title_ja && `${profile.title_ja}のテンプレートによる求人全体`,
      ),
      body: postingTemplate(profile, { snippet: true, today }).replace(/\n$/, '').split('\n'),
    };
  }
  const profile = profiles[0];
  const catalogue = catalogueFor(profile.competencyFramework, undefined);
  for (const parentPath of sectionParents) {
    // sectionParents are paths every profile schema has, and each key below is one of the parent's properties.
    const parent = schemaAtPath(profileSchema(profile), parentPath);
    for (const key of Object.keys(deref(parent!).schema.properties ?? {})) {
      if (key.startsWith('$') || key === 'profile') continue;
      const node = childSchema(parent!, key)!;
      const writer = new SkeletonWriter({
        snippet: true,
        fields: 'template',
        today,
        catalogue,
        languages: ['English'],
        fixedLists: { closing_statements: closingStatementsOf(profile) },
      });
      const title = titleOf(node, key);
      result[`Posting section: ${title}${parentPath.length ? ` (${titleOf(parent, parentPath[parentPath.length - 1])})` : ''}`] = {
        prefix: `posting-${key.replace(/_/g, '-')}`,
        description: bilingual(
          `${title}: ${(node.schema.markdownDescription ?? '').replace(/[*`]/g, '')}`.trim(),
          key in sectionTitlesJa && `「${(sectionTitlesJa as Record<string, string>)[key]}」セクション`, // a table of strings by field name
        ),
        body: writer.field(key, node, [...parentPath, key]),
      };
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
