import { parseDocument } from 'yaml';
import { readSeed } from './seeds';

/**
 * The posting of issue 16's first hour, written for these tests: a Protection Assistant, UNOPS LICA4, in Islamabad,
 * made from the LICA6 seed's shape with its own values (two careers-site notes, two position notes, a required and a
 * desirable language, dates in three fields).
 */
export function islamabadPosting(changes: Record<string, unknown> = {}): string {
  const document = parseDocument(readSeed());
  const set = (path: string, value: unknown) => document.setIn(path.split('.'), document.createNode(value));
  set('title', 'Protection Assistant');
  set('duty_station', 'Islamabad');
  set('country', 'Pakistan');
  set('affiliate_type', 'UNOPS LICA4');
  set('target_start_date', '2025-03-01');
  set('contract_end_date', '2025-12-31');
  set('deadline', '2025-02-10');
  set('position_notes', [
    'The position is a UNOPS Local Individual Contractor Agreement Level 4 position.',
    'The position is open to nationals of Pakistan.',
  ]);
  set('terms_of_reference.qualifications_and_experience.language_skills', {
    statement: 'Fluency in English and Urdu is required; knowledge of Pashto is an asset.',
    languages: [
      { language: 'English', level: 'fluent', required: true },
      { language: 'Urdu', level: 'fluent', required: true },
      { language: 'Pashto', level: 'working knowledge', required: false },
    ],
  });
  set('careers_site.languages', ['English', 'Urdu']);
  set('careers_site.other_information', [
    'The position is only open to nationals of Pakistan.',
    'This position does not require a functional clearance.',
  ]);
  for (const [path, value] of Object.entries(changes)) set(path, value);
  return document.toString();
}
