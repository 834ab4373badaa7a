import { spawnSync, type SpawnSyncOptions } from 'child_process';
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import { readSeed } from '../helpers/seeds';

export const cliPath = resolve(__dirname, '../../dist/cli.js');

export interface CliRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the built posting-lint as a user would, in its own process. */
export function posting_lint(args: string[], options: SpawnSyncOptions & { input?: string } = {}, cli = cliPath): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', timeout: 60000, ...options });
  return { status: result.status, stdout: String(result.stdout), stderr: String(result.stderr) };
}

const created: string[] = [];
// The folders go when the test run ends, whatever happened in it.
process.once('exit', () => created.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A fresh folder (readable by every user, so a test may run the CLI as another user) holding these files. */
export function workspace(files: Record<string, string>): string {
  const root = mkdtempSync(join(tmpdir(), 'posting-lint-'));
  created.push(root);
  chmodSync(root, 0o755);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true, mode: 0o755 });
    writeFileSync(join(root, path), text);
  }
  return root;
}

/** The seed with one problem --fix can fix (a competency listed twice). */
export function fixable(): string {
  const seed = readSeed();
  const fixableText = seed.replace('        - Accountability\n', '        - Accountability\n        - Communication\n');
  if (fixableText === seed) throw new Error('the seed no longer lists Accountability');
  return fixableText;
}
