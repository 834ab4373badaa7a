import Mocha from 'mocha';
import { join } from 'path';

/** The extensionTestsPath contract: VS Code calls run() inside the extension host; a rejection fails the run. */
export function run(): Promise<void> {
  // POSTING_E2E_GREP (from the runner's environment, through code-server) runs only the tests whose titles match.
  const grep = process.env.POSTING_E2E_GREP;
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60_000, reporter: 'spec', ...(grep ? { grep } : {}) });
  // POSTING_E2E_LOCALE=ja: the pass in a Japanese VS Code (code-server --locale ja with the language pack).
  mocha.addFile(join(__dirname, process.env.POSTING_E2E_LOCALE === 'ja' ? 'japanese.e2e.js' : 'editor.e2e.js'));
  return new Promise((resolve, reject) =>
    mocha.run((failures) => (failures ? reject(new Error(`${failures} e2e test(s) failed`)) : resolve())),
  );
}
