/**
 * `npm start`, driven as a user would: run it, open the URL it prints in headless Chromium, and check that the
 * workbench loads, the sample posting shows its problems, and the preview opens; then Ctrl+C (SIGINT) stops
 * everything. Run by `npm run test:e2e` after the extension suite (test/e2e/setup.sh has installed code-server).
 */
import { spawn } from 'child_process';
import { mkdtempSync, rmSync } from 'fs';
import { freePort } from './freePort';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';

const root = resolve(__dirname, '../..');
const sampleName = 'sample-with-mistakes.posting.yaml';

async function main(): Promise<number> {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const scratch = mkdtempSync(join(tmpdir(), 'posting-start-'));
  const workspace = join(scratch, 'workspace');
  const port = await freePort();
  const start = spawn('npm', ['start'], {
    cwd: root,
    env: { ...process.env, POSTING_START_PORT: String(port), POSTING_START_WORKSPACE: workspace },
    stdio: ['ignore', 'pipe', 'pipe'],
    // Its own process group, as a terminal's foreground job: Ctrl+C signals the whole group, not npm alone (npm does
    // not pass SIGINT on to the script it runs).
    detached: true,
  });
  let output = '';
  const url = new Promise<string>((resolveUrl, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /open (http:\/\/127\.0\.0\.1:\d+\/\?folder=\S+)/.exec(output);
      if (match) resolveUrl(match[1]);
    };
    start.stdout.on('data', onData);
    start.stderr.on('data', onData);
    start.once('exit', (code) => reject(new Error(`npm start exited (${code}) before printing the URL:\n${output}`)));
    setTimeout(() => reject(new Error(`npm start printed no URL in 10 minutes:\n${output}`)), 600_000).unref();
  });
  const failures: string[] = [];
  try {
    const address = await url;
    console.log(`npm start printed ${address} after ${elapsed()}`);
    const context = await launchChromium(join(scratch, 'chromium'), { width: 1400, height: 900 });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto(address);
      await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
      console.log(`workbench loaded after ${elapsed()}`);
      await page.locator('.explorer-folders-view .monaco-list-row', { hasText: sampleName }).click({ timeout: 60_000 });
      await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
      const errors = await problemCount(page);
      console.log(`sample posting: ${errors} errors in the status bar after ${elapsed()}`);
      if (errors < 3) failures.push(`expected at least 3 errors for the sample posting, the status bar says ${errors}`);
      await page.locator('.monaco-editor .view-lines').first().click();
      await page.keyboard.press('Control+K');
      await page.keyboard.press('V');
      if (!(await previewShows(page, 'Protection Associate'))) failures.push('the preview did not open with the posting title');
      else console.log(`preview opened after ${elapsed()}`);
    } finally {
      await context.close();
    }
  } catch (error) {
    failures.push(error instanceof Error ? error.message : String(error));
  } finally {
    // Ctrl+C: SIGINT to the foreground process group (npm and the script); the script stops code-server's group.
    if (start.pid) process.kill(-start.pid, 'SIGINT');
    const exited = await new Promise<boolean>((done) => {
      if (start.exitCode !== null) return done(true);
      start.once('exit', () => done(true));
      setTimeout(() => done(false), 20_000).unref();
    });
    if (!exited) failures.push('npm start did not stop on SIGINT');
    else if (!/npm start: stopped/.test(output)) failures.push(`npm start did not say it stopped:\n${output.slice(-2000)}`);
    if (await listening(port)) failures.push(`port ${port} still answers after Ctrl+C`);
    rmSync(scratch, { recursive: true, force: true });
  }
  for (const failure of failures) console.error(`FAILED: ${failure}`);
  console.log(`npm start e2e: ${failures.length ? 'failed' : 'passed'} after ${elapsed()}`);
  return failures.length ? 1 : 0;
}

/** The status bar's problem counter: aria-label "Errors: N, Warnings: M". */
async function problemCount(page: Page): Promise<number> {
  const deadline = Date.now() + 30_000;
  let errors = 0;
  while (Date.now() < deadline) {
    const label =
      (await page
        .locator('#status\\.problems')
        .first()
        .getAttribute('aria-label')
        .catch(() => null)) ?? '';
    errors = Number(/Errors: (\d+)/.exec(label)?.[1] ?? 0);
    if (errors >= 3) return errors;
    await page.waitForTimeout(250);
  }
  return errors;
}

async function previewShows(page: Page, title: string): Promise<boolean> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const heading = await frame
        .locator('h1')
        .first()
        .innerText({ timeout: 200 })
        .catch(() => '');
      if (heading.includes(title)) return true;
    }
    await page.waitForTimeout(250);
  }
  return false;
}

async function listening(port: number): Promise<boolean> {
  try {
    await fetch(`http://127.0.0.1:${port}/healthz`);
    return true;
  } catch {
    return false;
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
