import { strict as assert } from 'assert';
import { readdirSync, readFileSync } from 'fs';
import { join, resolve } from 'path';
import { exportFormats } from '../../server/src/protocol';

const root = resolve(__dirname, '../..');
const readJson = (file: string) => JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, string>;

/** Every %key% placeholder in the manifest. */
function manifestKeys(): string[] {
  return [...readFileSync(join(root, 'package.json'), 'utf8').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
}

function clientSources(folder = join(root, 'client/src')): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? clientSources(join(folder, entry.name)) : entry.name.endsWith('.ts') ? [join(folder, entry.name)] : [],
  );
}

describe('English and Japanese UI texts', () => {
  it('every command title and setting description in package.json is a %key% with English and Japanese text', () => {
    const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
      contributes: { commands: { title: string }[]; configuration: { properties: Record<string, { markdownDescription?: string }> } };
    };
    for (const command of manifest.contributes.commands)
      assert.match(command.title, /^%.+%$/, `command title not localised: ${command.title}`);
    for (const [name, property] of Object.entries(manifest.contributes.configuration.properties)) {
      assert.match(property.markdownDescription ?? '%%', /^%.+%$/, `setting ${name} not localised`);
    }
    const english = readJson('package.nls.json');
    const japanese = readJson('package.nls.ja.json');
    for (const key of manifestKeys()) {
      assert.ok(english[key], `package.nls.json lacks ${key}`);
      assert.ok(japanese[key], `package.nls.ja.json lacks ${key}`);
    }
  });

  it('every vscode.l10n.t string of the client has a Japanese translation', () => {
    const bundle = readJson('l10n/bundle.l10n.ja.json');
    for (const file of clientSources()) {
      for (const [, text] of readFileSync(file, 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) {
        assert.ok(bundle[text], `${file}: no Japanese for '${text}'`);
      }
    }
    for (const { title } of exportFormats) assert.ok(bundle[title], `export format ${title}: no Japanese name`);
  });
});
