import { strict as assert } from 'assert';
import { mkdtempSync, rmSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { launchChromium, resolveChromium, systemChromiumPath } from '../helpers/chromium';

/**
 * The browser tests run on any machine with Node and npm: Debian's Chromium when installed, else the one in the npm
 * package @sparticuz/chromium. The title of this test names the one in use, so a run's output says which it was
 * (.ci/run's fresh-clone step checks that it was the npm one).
 */
describe('Chromium for the browser tests', function () {
  this.timeout(60_000);

  it('launches the Chromium asked for and runs a page script', async function () {
    const { source, executablePath } = await resolveChromium();
    const wanted = process.env.POSTING_CHROMIUM;
    if (wanted === 'npm' || wanted === 'system') assert.equal(source, wanted, `POSTING_CHROMIUM=${wanted}`);
    if (source === 'npm') assert.notEqual(executablePath, systemChromiumPath);

    const userDataDir = mkdtempSync(join(tmpdir(), 'posting-chromium-'));
    try {
      const context = await launchChromium(userDataDir, { width: 400, height: 300 });
      try {
        const page = await context.newPage();
        await page.setContent('<p id="out">not run</p><script>document.getElementById("out").textContent = String(6 * 7);</script>');
        assert.equal(await page.textContent('#out'), '42');
        const version = /HeadlessChrome\/([\d.]+)/.exec(String(await page.evaluate('navigator.userAgent')))?.[1];
        assert.ok(version, 'a headless Chromium answered');
        if (this.test) this.test.title += ` (${source} Chromium ${version}: ${executablePath})`;
      } finally {
        await context.close();
      }
    } finally {
      rmSync(userDataDir, { recursive: true, force: true });
    }
  });
});
