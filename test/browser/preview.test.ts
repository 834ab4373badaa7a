import { strict as assert } from 'assert';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import type { BrowserContext, Page } from 'playwright-core';
import { parse, stringify } from 'yaml';
import { newNonce, previewPage } from '../../client/src/preview/page';
import { assessReadiness, defaultSettings, readinessHtml, renderPostingText } from '../../server/src/engine';
import { launchChromium } from '../helpers/chromium';
import { islamabadPosting } from '../helpers/islamabad';
import { allSeeds, lica6SeedPath, readSeed } from '../helpers/seeds';

/** The page globals the callbacks below use (they run in the browser; the project compiles without the DOM library). */
declare const window: {
  scrollY: number;
  scrollTo(x: number, y: number): void;
  postMessage(message: unknown, targetOrigin: string): void;
  __messages: { type: string; line: number }[];
  __violations: unknown[];
  __xss?: string;
};
declare const document: {
  documentElement: { style: { setProperty(name: string, value: string): void } };
  body: { dataset: Record<string, string | undefined> };
  querySelector(selector: string): { outerHTML: string } | null;
};
declare function getComputedStyle(element: unknown, pseudo?: string): { fontWeight: string; color: string; backgroundColor: string };

/** Stands in for the webview's resource origin (webview.cspSource); every request is answered locally. */
const origin = 'https://preview.invalid';
const mediaDir = resolve(__dirname, '../../client/media');
const artifactsDir = resolve(__dirname, '../artifacts');

/** What the browser saw while a page was open. */
interface Watch {
  consoleErrors: string[];
  dialogs: string[];
  requests: string[];
}

describe('preview in real headless Chromium', function () {
  this.timeout(60000);
  let context: BrowserContext;
  let userDataDir: string;

  before(async function () {
    userDataDir = mkdtempSync(join(tmpdir(), 'posting-preview-'));
    context = await launchChromium(userDataDir, { width: 1000, height: 1300 });
    // What VS Code gives a webview, plus recorders for messages, CSP violations and injected code.
    // A string, not a function: the test transpiler would add helpers the page does not have.
    await context.addInitScript({
      content: `
        window.__messages = [];
        window.__violations = [];
        window.acquireVsCodeApi = function () {
          return { postMessage: function (message) { window.__messages.push(message); } };
        };
        document.addEventListener('securitypolicyviolation', function (event) {
          window.__violations.push(event.violatedDirective + ' ' + event.blockedURI);
        });`,
    });
  });

  after(async () => {
    await context?.close();
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  /** Loads a posting as the webview shows it: the engine's HTML body in the preview page, with its CSP and a fresh nonce. */
  async function openPreview(postingText: string, body = renderPostingText(postingText, 'html')): Promise<{ page: Page; watch: Watch }> {
    const html = previewPage({
      body,
      nonce: newNonce(),
      cspSource: origin,
      styleUri: `${origin}/media/preview.css`,
      scriptUri: `${origin}/media/preview.js`,
      title: 'Preview',
    });
    const page = await context.newPage();
    const watch: Watch = { consoleErrors: [], dialogs: [], requests: [] };
    page.on('console', (message) => {
      if (message.type() === 'error') watch.consoleErrors.push(message.text());
    });
    page.on('pageerror', (error) => watch.consoleErrors.push(String(error)));
    page.on('dialog', (dialog) => {
      watch.dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    page.on('request', (request) => watch.requests.push(request.url()));
    await page.route('**/*', (route) => {
      const url = new URL(route.request().url());
      if (url.origin !== origin) return route.abort();
      if (url.pathname === '/index.html') return route.fulfill({ contentType: 'text/html', body: html });
      const file = join(mediaDir, url.pathname.replace(/^\/media\//, ''));
      if (!url.pathname.startsWith('/media/') || !existsSync(file)) return route.fulfill({ status: 404, body: '' });
      return route.fulfill({ contentType: file.endsWith('.css') ? 'text/css' : 'text/javascript', body: readFileSync(file) });
    });
    await page.goto(`${origin}/index.html`);
    await page.waitForLoadState('load');
    return { page, watch };
  }

  async function violations(page: Page): Promise<unknown[]> {
    return page.evaluate(() => window.__violations);
  }

  for (const { name, text } of allSeeds()) {
    it(`${name}: headings and sections present, no console errors, no CSP violations, nothing remote`, async () => {
      const { page, watch } = await openPreview(text);
      try {
        const title = (parse(text) as { title: string }).title;
        assert.equal((await page.locator('h1').textContent())?.trim(), title);
        assert.ok((await page.locator('section h2').count()) >= 1, 'at least one section heading');
        if (name === 'unhcr-japan-protection-associate-lica6.posting.yaml') {
          const headings = await page.locator('h2, h3, h4').allTextContents();
          assert.deepEqual(
            headings.map((heading) => heading.trim()),
            [
              'Terms of Reference',
              'Background',
              'Purpose and Scope of Assignment',
              'Monitoring and Progress Controls',
              'Qualifications and Experience',
              'a. Education',
              'b. Work Experience',
              'c. Key Competencies',
              'Skills',
              'Education',
              'Other information',
            ],
          );
          assert.equal(await page.locator('section ol').first().locator('li').count(), 6, 'six numbered duties');
          const fields = await page.locator('.posting-fields dt').allTextContents();
          assert.deepEqual(fields.slice(0, 5), [
            'Hardship Level',
            'Family Type',
            'Staff Member / Affiliate Type',
            'Target Start Date',
            'Deadline for Applications',
          ]);
          mkdirSync(artifactsDir, { recursive: true });
          await page.screenshot({ path: join(artifactsDir, 'preview.png'), fullPage: false });
        }
        // The preview's stylesheet applied (theme variables with fallbacks), so the page is not a bare document.
        assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('dt')!).fontWeight), '600');
        assert.deepEqual(watch.consoleErrors, []);
        assert.deepEqual(await violations(page), []);
        assert.ok(
          watch.requests.every((url) => url.startsWith(`${origin}/`)),
          watch.requests.join('\n'),
        );
      } finally {
        await page.close();
      }
    });
  }

  it('marks placeholder text still in the posting: visible, labelled, with a tooltip', async () => {
    const text = islamabadPosting({
      'terms_of_reference.background': 'Write the background here: the office, the context and why the post exists.',
    });
    const { page, watch } = await openPreview(text);
    try {
      const mark = page.locator('mark.placeholder');
      assert.equal(await mark.count(), 1);
      assert.match((await mark.textContent()) ?? '', /^Write the background here/);
      assert.match((await mark.getAttribute('title')) ?? '', /Placeholder text/);
      const style = await mark.evaluate((element) => {
        const before = getComputedStyle(element, '::before') as unknown as { content: string };
        return { before: before.content, background: getComputedStyle(element).backgroundColor };
      });
      assert.match(style.before, /Placeholder: /, 'a visible label before the text');
      assert.notEqual(style.background, 'rgba(0, 0, 0, 0)');
      // What a screen reader is given: the label is part of the accessible text of the paragraph.
      const snapshot = await page.locator('p', { has: mark }).ariaSnapshot();
      assert.match(snapshot, /Placeholder/, snapshot);
      assert.equal(await page.locator('mark.placeholder').count(), 1, 'finished text is not marked');
      assert.deepEqual(watch.consoleErrors, []);
      assert.deepEqual(await violations(page), []);
    } finally {
      await page.close();
    }
  });

  it('a posting to send: list items, notes and languages as separate items, one date format', async () => {
    const { page } = await openPreview(islamabadPosting());
    try {
      const items = (await page.locator('li').allTextContents()).map((item) => item.trim());
      for (const item of [
        'The position is only open to nationals of Pakistan.',
        'This position does not require a functional clearance.',
        'The position is open to nationals of Pakistan.',
        'English: fluent, required',
        'Pashto: working knowledge, desirable',
      ])
        assert.ok(items.includes(item), `${item} in ${JSON.stringify(items)}`);
      const shown = (await page.locator('#posting-root').textContent()) ?? '';
      assert.doesNotMatch(shown, /Pakistan\.This|\d{4}-\d{2}-\d{2}|not applicable for home-based/);
      assert.match(shown, /10 February 2025/);
      assert.match(shown, /1 March 2025/);
      const starred = await page.evaluate(() => document.querySelector('ul.starred'));
      assert.equal(starred, null, 'no literal-star list');
    } finally {
      await page.close();
    }
  });

  it('XSS payloads in every text field stay inert text', async () => {
    const payload = `<script>window.__xss='script'</script><img src=x onerror="window.__xss='img'"><a href="javascript:window.__xss='link'" id="xss-link">click</a>`;
    let fields = 0;
    const poison = (value: unknown): unknown => {
      if (typeof value === 'string') {
        fields++;
        return `${value} ${payload}`;
      }
      if (Array.isArray(value)) return value.map(poison);
      if (value && typeof value === 'object')
        return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, k === 'profile' ? v : poison(v)]));
      return value;
    };
    for (const { name, text } of allSeeds()) {
      const poisoned = stringify(poison(parse(text)));
      const { page, watch } = await openPreview(poisoned);
      try {
        const root = page.locator('#posting-root');
        assert.equal(await root.locator('script, img, a, iframe, object, embed').count(), 0, `${name}: an element was injected`);
        assert.equal(await page.locator('script').count(), 1, `${name}: only the preview's own script`);
        const shown = (await root.textContent()) ?? '';
        assert.ok(shown.split(`<img src=x onerror="window.__xss='img'">`).length > 10, `${name}: payloads shown as text`);
        await page.getByText('javascript:', { exact: false }).first().click();
        assert.equal(await page.evaluate(() => window.__xss), undefined, `${name}: code ran`);
        assert.deepEqual(watch.dialogs, []);
        assert.deepEqual(watch.consoleErrors, []);
        assert.deepEqual(await violations(page), [], `${name}: CSP had to block something`);
      } finally {
        await page.close();
      }
    }
    assert.ok(fields > 100, `payloads went into ${fields} fields`);
  });

  it('follows the VS Code theme colours', async () => {
    const { page } = await openPreview(readSeed(lica6SeedPath));
    try {
      // VS Code sets its theme as --vscode-* variables on the webview's <html>; a dark theme must turn the page dark.
      const colours = await page.evaluate(() => {
        const html = document.documentElement;
        html.style.setProperty('--vscode-editor-background', 'rgb(30, 30, 30)');
        html.style.setProperty('--vscode-foreground', 'rgb(204, 204, 204)');
        html.style.setProperty('--vscode-textLink-foreground', 'rgb(55, 148, 255)');
        const body = getComputedStyle(document.body);
        return [body.backgroundColor, body.color, getComputedStyle(document.querySelector('h1')!).color];
      });
      assert.deepEqual(colours, ['rgb(30, 30, 30)', 'rgb(204, 204, 204)', 'rgb(55, 148, 255)']);
      mkdirSync(artifactsDir, { recursive: true });
      await page.screenshot({ path: join(artifactsDir, 'preview-dark.png') });
    } finally {
      await page.close();
    }
  });

  it('a click on a section asks the editor to reveal its YAML line', async () => {
    const text = readSeed(lica6SeedPath);
    const { page } = await openPreview(text);
    try {
      await page.locator('h3', { hasText: 'Monitoring and Progress Controls' }).click();
      const messages = await page.evaluate(() => window.__messages);
      assert.deepEqual(messages[0], { type: 'ready' }, 'the page asks where the editor is');
      const reveals = messages.filter((message) => message.type === 'reveal');
      assert.equal(reveals.length, 1);
      assert.match(text.split('\n')[reveals[0].line], /^\s*monitoring_and_progress_controls:/);
    } finally {
      await page.close();
    }
  });

  it('an update swaps the body in place and keeps the scroll position; the editor scroll moves the preview', async () => {
    const text = readSeed(lica6SeedPath);
    const { page } = await openPreview(text);
    try {
      await page.setViewportSize({ width: 1000, height: 500 });
      await page.evaluate(() => window.scrollTo(0, 600));
      const scriptBefore = await page.evaluate(() => document.querySelector('script')!.outerHTML);
      const edited = renderPostingText(text.replace('title: Protection Associate', 'title: Edited Title'), 'html');
      await page.evaluate((body) => window.postMessage({ type: 'update', body, version: 2 }, '*'), edited);
      await page.waitForFunction(() => document.body.dataset.version === '2');
      assert.equal(await page.locator('h1').textContent(), 'Edited Title');
      assert.equal(await page.evaluate(() => window.scrollY), 600);
      assert.equal(await page.evaluate(() => document.querySelector('script')!.outerHTML), scriptBefore, 'no reload');

      const line = text.split('\n').findIndex((l) => /^\s*qualifications_and_experience:/.test(l));
      await page.evaluate((target) => window.postMessage({ type: 'scrollToLine', line: target }, '*'), line);
      await page.waitForFunction(() => window.scrollY !== 600);
      const headingTop = await page
        .locator('h3', { hasText: 'Qualifications and Experience' })
        .evaluate((h) => h.getBoundingClientRect().top);
      assert.ok(Math.abs(headingTop - 8) < 4, `heading at the top (${headingTop})`);
    } finally {
      await page.close();
    }
  });

  /** The body the language server sends the preview (posting/render with checklist): the checklist, then the posting. */
  async function withChecklist(text: string, locale?: string): Promise<string> {
    const readiness = await assessReadiness(text, { today: '2025-01-01', settings: { ...defaultSettings, locale } });
    return `${readinessHtml(readiness)}\n${renderPostingText(text, 'html')}`;
  }

  it('shows the "Ready to publish?" checklist in its header: eight lines, ✔ in green and ✗ in red', async () => {
    const text = readSeed(lica6SeedPath);
    const { page, watch } = await openPreview(text, await withChecklist(text));
    try {
      const header = page.locator('#posting-root > header.readiness');
      assert.equal(await header.count(), 1);
      const top = await header.evaluate((element) => element.getBoundingClientRect().top);
      const titleTop = await page.locator('h1').evaluate((element) => element.getBoundingClientRect().top);
      assert.ok(top < titleTop, 'the checklist comes before the posting');
      assert.equal(await header.locator('h2').textContent(), 'Ready to publish? 1 of 8 checks to do before publishing');
      const lines = (await header.locator('li').allTextContents()).map((line) => line.trim());
      assert.deepEqual(lines, [
        '✔ Sections complete nothing to fix',
        '✔ Reviewer checks nothing to fix',
        '✔ Placeholders gone nothing to fix',
        '✔ Wording balance nothing to fix',
        '✔ Readability nothing to fix',
        '✔ Accommodation statement nothing to fix',
        "✔ JSON-LD valid Google's required properties are there",
        '✗ Deadline in the future 2024-11-08 has passed',
      ]);
      const colour = (check: string) =>
        page.locator(`li[data-check="${check}"] .readiness-mark`).evaluate((element) => getComputedStyle(element).color);
      assert.equal(await colour('sections'), 'rgb(27, 127, 59)');
      assert.equal(await colour('deadline'), 'rgb(180, 35, 24)');
      assert.deepEqual(watch.consoleErrors, []);
      assert.deepEqual(await violations(page), []);
      // A click on the checklist is not a click on a section: nothing to reveal.
      await header.locator('li').first().click();
      assert.equal((await page.evaluate(() => window.__messages)).filter((message) => message.type === 'reveal').length, 0);
    } finally {
      await page.close();
    }
  });

  it('the checklist reads in Japanese for a Japanese editor, and shows what to fix', async () => {
    const text = readSeed(lica6SeedPath).replace(/^organization: .*\n/m, '');
    const { page } = await openPreview(text, await withChecklist(text, 'ja'));
    try {
      const header = page.locator('header.readiness');
      assert.equal(await header.locator('h2').textContent(), '公開の準備はできていますか？ 公開前に8項目中3項目の対応が必要です');
      assert.equal(
        (await header.locator('li[data-check="jsonld"]').textContent())?.trim(),
        '✗ JSON-LDが有効 不足または不正: hiringOrganization',
      );
      assert.match(
        (await header.locator('li[data-check="sections"]').textContent()) ?? '',
        /✗ セクションがそろっている 1件の対応が必要: missing-section/,
      );
    } finally {
      await page.close();
    }
  });
});
