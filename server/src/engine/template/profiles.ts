import profileTable from '../../../../schemas/profiles.json';
import type { SchemaNode } from './schemaStore';
import { dataPattern } from '../text/patterns';

export interface Profile {
  id: string;
  title: string;
  /** The title in Japanese, for Japanese users' pickers and the snippet descriptions. */
  title_ja?: string;
  schema: string;
  inferFrom: Record<string, string>;
  competencyFramework: string;
  maxTermMonths?: number;
  snippet?: string;
  /** The profile's eligibility limits as data (schemas/profiles.json); rules/eligibility.ts reads them. */
  eligibility?: Record<string, unknown>;
}

export const defaultProfileId = 'unops-ica';

export const profiles: Profile[] = Object.entries(profileTable)
  .filter(([id]) => !id.startsWith('$'))
  .map(([id, entry]) => ({ id, ...(entry as Omit<Profile, 'id'>) }));

export function profileById(id: string): Profile | undefined {
  return profiles.find((profile) => profile.id === id);
}

/** The profile a posting declares with `profile:`, else the one its fields match, else the default. */
export function selectProfile(data: unknown): Profile {
  const record = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  if (typeof record.profile === 'string') {
    const declared = profileById(record.profile);
    if (declared) return declared;
  }
  const inferred = profiles.find((profile) =>
    Object.entries(profile.inferFrom).every(
      ([field, pattern]) => typeof record[field] === 'string' && dataPattern(pattern).test(record[field] as string),
    ),
  );
  return inferred ?? profileById(defaultProfileId)!; // the default profile is in profiles.json (tests load it)
}

export function profileSchema(profile: Profile): SchemaNode {
  return { schema: { $ref: profile.schema }, file: 'posting.schema.json' };
}
