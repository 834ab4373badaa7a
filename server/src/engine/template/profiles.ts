import profileTable from '../../../../schemas/profiles.json';
import type { SchemaNode } from './schemaStore';
import { dataPattern } from '../text/patterns';
import { isRecord } from '../text/records';

/** One way a profile is recognised: every field pattern must match; `because` says so to the user ({field} is its value). */
export interface Recognition {
  when: Record<string, string>;
  because: string;
  because_ja?: string;
}

export interface Profile {
  id: string;
  title: string;
  /** The title in Japanese, for Japanese users' pickers and the snippet descriptions. */
  title_ja?: string;
  schema: string;
  recognisedBy: Recognition[];
  competencyFramework: string;
  maxTermMonths?: number;
  snippet?: string;
  /** The profile's eligibility limits as data (schemas/profiles.json); rules/eligibility.ts reads them. */
  eligibility?: Record<string, unknown>;
  /**
   * Whether the duties end with the catch-all "Perform other duties as required.": `always`, `un-staff` (a UN
   * organisation's staff post, not a consultancy; schemas/other-duties.json) or `never` (absent: `always`).
   */
  otherDutiesLine?: string;
}

/** The profile of a posting that declares none and matches none: the general one, never a UNOPS template. */
export const defaultProfileId = 'general';

export const profiles: Profile[] = Object.entries(profileTable)
  .filter(([id]) => !id.startsWith('$'))
  // profiles.json's shape is checked against Profile by test/unit/profiles.test.ts; JSON imports type it by its literals.
  .map(([id, entry]) => ({ id, ...(entry as Omit<Profile, 'id'>) }));

const recognitionOrder: Profile[] = profileTable.$recognitionOrder
  .map((id) => profiles.find((profile) => profile.id === id))
  .filter((profile): profile is Profile => !!profile);

export function profileById(id: string): Profile | undefined {
  return profiles.find((profile) => profile.id === id);
}

/** Which profile applies and why, in English and Japanese. */
export interface ProfileChoice {
  profile: Profile;
  how: 'declared' | 'recognised' | 'default';
  because: string;
  because_ja: string;
}

/** The profile a posting declares with `profile:`, else the first one its fields are recognised as, else `general`. */
export function chooseProfile(data: unknown): ProfileChoice {
  const record = isRecord(data) ? data : {};
  if (typeof record.profile === 'string') {
    const declared = profileById(record.profile);
    if (declared)
      return {
        profile: declared,
        how: 'declared',
        because: `the posting declares \`profile: ${declared.id}\``,
        because_ja: `求人に \`profile: ${declared.id}\` と書かれているため`,
      };
  }
  for (const profile of recognitionOrder) {
    for (const recognition of profile.recognisedBy) {
      const matches = Object.entries(recognition.when).every(([field, pattern]) => {
        const value = record[field];
        return typeof value === 'string' && dataPattern(pattern).test(value);
      });
      if (!matches) continue;
      const fill = (text: string) => text.replace(/\{(\w+)\}/g, (_, field: string) => String(record[field] ?? ''));
      return {
        profile,
        how: 'recognised',
        because: fill(recognition.because),
        because_ja: fill(recognition.because_ja ?? recognition.because),
      };
    }
  }
  return {
    profile: profileById(defaultProfileId)!, // the default profile is in profiles.json (tests load it)
    how: 'default',
    because: 'no other profile was recognised from its fields (Staff Member / Affiliate Type, grade, title, organisation)',
    because_ja: 'ほかのプロファイルに当てはまる項目（職員／契約区分、等級、職名、機関）がないため',
  };
}

/** The profile a posting declares with `profile:`, else the one its fields are recognised as, else `general`. */
export function selectProfile(data: unknown): Profile {
  return chooseProfile(data).profile;
}

export function profileSchema(profile: Profile): SchemaNode {
  return { schema: { $ref: profile.schema }, file: 'posting.schema.json' };
}

/**
 * Whether a post is its profile's sponsoring programme's (profiles.json eligibility.sponsorPattern: MOFA's JPO
 * programme): its sponsor matches, or, where it names no sponsor, one of its texts names the programme's country or
 * ministry. True for a profile bound to no sponsor. The eligibility limits and the sponsor's skeleton defaults
 * (eligibility.sponsorDefaults) apply only to such a post; a JPO another government funds has other rules.
 */
export function programmeSponsored(profile: Profile, sponsor: string | undefined, texts: () => Iterable<string>): boolean {
  const source = profile.eligibility?.sponsorPattern;
  if (typeof source !== 'string') return true;
  const programme = dataPattern(source, 'i');
  if (sponsor?.trim()) return programme.test(sponsor);
  for (const text of texts()) if (programme.test(text)) return true;
  return false;
}

/** The paths (dotted) whose schema default is the sponsoring programme's (profiles.json eligibility.sponsorDefaults). */
export function sponsorDefaults(profile: Profile): string[] {
  const paths = profile.eligibility?.sponsorDefaults;
  return Array.isArray(paths) ? paths.filter((path): path is string => typeof path === 'string') : [];
}
