import { strict as assert } from 'assert';
import { spawnSync } from 'child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join, resolve } from 'path';
import { replaceOnce } from '../helpers/edit';
import { LspClient, serverPath } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';

const script = resolve(__dirname, '../e2e/nvim-lsp-diagnostics.lua');
const hasNeovim = spawnSync('nvim', ['--version'], { encoding: 'utf8' }).status === 0;

interface NeovimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  message: string;
  code?: string;
  source?: string;
}

/** Neovim 0.7 (Debian), driven headless by a Lua script that uses the built-in LSP client: plain LSP, no VS Code. */
describe('Neovim gets our diagnostics (vim.lsp.start_client)', function () {
  this.timeout(30_000);

  it('a broken posting shows the same problems in Neovim as over our own LSP client', async function () {
    if (!hasNeovim) {
      // Optional: .ci/run and test/e2e/setup.sh install Debian neovim. The skip says why in the run's output.
      if (this.test) this.test.title += ' (skipped: nvim is not installed)';
      this.skip();
    }
    const text = replaceOnce(replaceOnce(readSeed(), '  background: >', '  backgroud: >'), 'hardship_level: H', 'hardship_level: Z');
    const dir = mkdtempSync(join(tmpdir(), 'posting-nvim-'));
    try {
      const file = join(dir, 'broken.posting.yaml');
      const out = join(dir, 'out.json');
      writeFileSync(file, text);
      const run = spawnSync('nvim', ['--headless', '--clean', '-S', script], {
        encoding: 'utf8',
        timeout: 25_000,
        env: {
          ...process.env,
          LSP_CMD: JSON.stringify([process.execPath, serverPath, '--stdio']),
          FILE: file,
          OUT: out,
          XDG_CACHE_HOME: dir,
          XDG_STATE_HOME: dir,
        },
      });
      assert.equal(run.status, 0, `nvim: ${run.stderr}`);
      const result = JSON.parse(readFileSync(out, 'utf8')) as { initialized: boolean; diagnostics: NeovimDiagnostic[] };
      assert.ok(result.initialized);
      const inNeovim = result.diagnostics
        .map((d) => [d.code, d.message, d.source, d.lnum, d.col, d.end_lnum, d.end_col])
        .sort((a, b) => String(a[1]).localeCompare(String(b[1])));

      const client = await LspClient.start();
      try {
        const expected = (await client.open(`file://${file}`, text))
          .map((d) => [d.code, d.message, d.source, d.range.start.line, d.range.start.character, d.range.end.line, d.range.end.character])
          .sort((a, b) => String(a[1]).localeCompare(String(b[1])));
        assert.deepEqual(inNeovim, expected);
      } finally {
        await client.stop();
      }
      const codes = inNeovim.map((d) => d[0]);
      assert.ok(codes.includes('unknown-field') && codes.includes('not-in-list'), JSON.stringify(inNeovim));
      assert.ok(inNeovim.some((d) => d[1] === "Unknown field 'backgroud' in Terms of Reference; did you mean 'background'?"));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
