import { existsSync, readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

export const seedsDir = resolve(__dirname, '../../seeds');
export const corpusDir = resolve(__dirname, '../corpus');
export const lica6SeedPath = join(seedsDir, 'unhcr-japan-protection-associate-lica6.posting.yaml');

/** Seed 000's source: the careers-site text of the LICA6 posting (the tests read nothing outside the repository). */
export const seed000SourcePath = resolve(__dirname, '../fixtures/careers-site/lica6.txt');

export function readSeed(path = lica6SeedPath): string {
  return readFileSync(path, 'utf8');
}

export function allSeeds(): { name: string; path: string; text: string }[] {
  return readdirSync(seedsDir)
    .filter((name) => /\.(posting|tor)\.ya?ml$/.test(name))
    .map((name) => ({ name, path: join(seedsDir, name), text: readFileSync(join(seedsDir, name), 'utf8') }));
}

/** The paths of the postings and ToRs under a folder, at any depth (the corpus, or the seeds). */
export function corpusPostings(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return corpusPostings(path);
    return /\.(posting|tor)\.ya?ml$/.test(entry.name) ? [path] : [];
  });
}

export function fileUri(path: string): string {
  return `file://${path}`;
}
