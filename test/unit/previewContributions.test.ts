import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';

const root = resolve(__dirname, '../..');
// Titles are %key% placeholders resolved from package.nls.json (English), as VS Code resolves them.
const nls = JSON.parse(readFileSync(join(root, 'package.nls.json'), 'utf8')) as Record<string, string>;
const manifestText = readFileSync(join(root, 'package.json'), 'utf8').replace(/"%([^%"]+)%"/g, (whole, key: string) =>
  key in nls ? JSON.stringify(nls[key]) : whole,
);
const manifest = JSON.parse(manifestText) as {
  contributes: {
    commands: { command: string; title: string; category?: string; icon?: string }[];
    menus: Record<string, { command: string; when?: string; group?: string }[]>;
    keybindings: { command: string; key: string; mac?: string; when?: string }[];
  };
};
const previewDir = join(root, 'client/src/preview');
const registered = readdirSync(previewDir)
  .map((file) => readFileSync(join(previewDir, file), 'utf8'))
  .flatMap((source) => [...source.matchAll(/'(postingStudio\.(?:openPreviewToSide|export\w+))'/g)].map((match) => match[1]));

describe('preview and export commands in the manifest', () => {
  const commands = manifest.contributes.commands;

  it('every preview/export command the client registers is contributed with a title', () => {
    assert.ok(registered.length >= 6, registered.join());
    for (const id of new Set(registered)) {
      const command = commands.find((entry) => entry.command === id);
      assert.ok(command, `${id} is not in contributes.commands`);
      assert.equal(command.category, 'Posting');
    }
  });

  it('"Posting: Open Preview to the Side" has an editor title button, palette entry and Ctrl+K V / Cmd+K V, on postings only', () => {
    const preview = commands.find((entry) => entry.command === 'postingStudio.openPreviewToSide');
    assert.equal(preview?.title, 'Open Preview to the Side');
    assert.match(preview?.icon ?? '', /^\$\(.+\)$/);
    const button = manifest.contributes.menus['editor/title'].find((entry) => entry.command === preview?.command);
    assert.equal(button?.group, 'navigation');
    assert.equal(button?.when, 'postingStudio.isPosting');
    const keybinding = manifest.contributes.keybindings.find((entry) => entry.command === preview?.command);
    assert.equal(keybinding?.key, 'ctrl+k v');
    assert.equal(keybinding?.mac, 'cmd+k v');
    assert.match(keybinding?.when ?? '', /postingStudio\.isPosting/);
  });

  it('the export commands read as the issue names them', () => {
    const titles = commands
      .filter((entry) => entry.command.startsWith('postingStudio.export'))
      .map((entry) => `${entry.category}: ${entry.title}`);
    for (const title of ['HTML', 'Markdown', 'Plain Text', 'JSON-LD', 'Word (.docx)'])
      assert.ok(titles.includes(`Posting: Export as ${title}`), title);
  });
});
