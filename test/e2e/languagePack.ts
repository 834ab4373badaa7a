/**
 * Builds a Japanese language pack for code-server from the npm package @codingame/monaco-vscode-language-pack-ja
 * (VS Code's own Japanese translations, MIT), which test/e2e/setup.sh has unpacked into .e2e/language-pack/:
 *
 * - the pack's extension manifest (its `contributes.localizations`) and its per-extension translation files are used as
 *   they are;
 * - the workbench's translations come as an array indexed by the message numbers of the monaco-vscode-api build,
 *   whereas code-server reads them keyed by module and key. The English of each number is in that build's sources
 *   (`localize(number, "English")`), and code-server's nls.metadata.json gives each module's keys with their English:
 *   a message whose English is the same in both gets its Japanese; any other stays English (a different VS Code
 *   version words some messages differently).
 *
 * Writes .e2e/language-pack/vscode-language-pack-ja.vsix. Run by setup.sh: `tsx test/e2e/languagePack.ts`.
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'fs';
import JSZip from 'jszip';
import { join, resolve } from 'path';

const root = resolve(__dirname, '../..');
const packDir = join(root, '.e2e/language-pack');
const pack = join(packDir, 'pack/package');
const api = join(packDir, 'api/package');
const codeServerOut = join(root, '.e2e/code-server/node_modules/code-server/lib/vscode/out');
export const languagePackVsix = join(packDir, 'vscode-language-pack-ja.vsix');

interface Manifest {
  contributes: { localizations: { translations: { id: string; path: string }[] }[] };
  [key: string]: unknown;
}

/** The extension manifest the npm package keeps inside its index.js (`const manifest = {...};`). */
function manifestOf(indexJs: string): Manifest {
  const line = indexJs.split('\n').find((l) => l.startsWith('const manifest = '));
  if (!line) throw new Error('no manifest in the language pack');
  return JSON.parse(line.slice('const manifest = '.length).replace(/;\s*$/, '')) as Manifest;
}

/** The Japanese messages by number: the package's `var content = [...]` (a JavaScript array literal of strings). */
function japaneseMessages(moduleJs: string): (string | undefined)[] {
  const body = moduleJs.slice(moduleJs.indexOf('['), moduleJs.lastIndexOf(']') + 1);
  // The array is JSON but for `undefined` in the holes.
  const json = body
    .split('\n')
    .map((line) => (/^undefined,?$/.test(line.trim()) ? line.replace('undefined', 'null') : line))
    .join('\n');
  return JSON.parse(json) as (string | undefined)[];
}

/** The English of each message number, from the build's `localize(n, "…")` and `localize2(n, "…")` calls. */
function englishMessages(dir: string, into = new Map<number, string>()): Map<number, string> {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) englishMessages(path, into);
    else if (name.endsWith('.js')) {
      const source = readFileSync(path, 'utf8');
      for (const match of source.matchAll(/\blocalize2?\(\s*(\d+)\s*,\s*("(?:[^"\\\n]|\\.)*")/g)) {
        try {
          into.set(Number(match[1]), JSON.parse(match[2]) as string);
        } catch {
          // A JavaScript escape JSON does not know: that message stays English.
        }
      }
    }
  }
  return into;
}

async function main(): Promise<void> {
  if (!existsSync(join(pack, 'index.js')) || !existsSync(join(api, 'vscode'))) throw new Error('run test/e2e/setup.sh first');
  const manifest = manifestOf(readFileSync(join(pack, 'index.js'), 'utf8'));
  const japanese = japaneseMessages(readFileSync(join(pack, 'translations/main.i18n.json.js'), 'utf8'));
  const english = englishMessages(join(api, 'vscode'));
  const toJapanese = new Map<string, string>();
  for (const [index, text] of english) {
    const translated = japanese[index];
    if (translated) toJapanese.set(text, translated);
  }
  const metadata = JSON.parse(readFileSync(join(codeServerOut, 'nls.metadata.json'), 'utf8')) as {
    keys: Record<string, (string | { key: string })[]>;
    messages: Record<string, string[]>;
  };
  const contents: Record<string, Record<string, string>> = {};
  let total = 0;
  let found = 0;
  for (const [module, keys] of Object.entries(metadata.keys)) {
    keys.forEach((key, i) => {
      total++;
      const translated = toJapanese.get(metadata.messages[module][i]);
      if (!translated) return;
      found++;
      (contents[module] ??= {})[typeof key === 'string' ? key : key.key] = translated;
    });
  }

  const zip = new JSZip();
  zip.file('extension/package.json', JSON.stringify(manifest, null, 2));
  zip.file('extension/translations/main.i18n.json', JSON.stringify({ version: '1.0.0', contents }));
  for (const { path } of manifest.contributes.localizations[0].translations) {
    const file = join(pack, path.replace(/^\.\//, '').replace(/^translations\/main\.i18n\.json$/, ''));
    if (path.endsWith('main.i18n.json') || !existsSync(file)) continue;
    zip.file(join('extension', path), readFileSync(file));
  }
  zip.file(
    'extension.vsixmanifest',
    `<?xml version="1.0" encoding="utf-8"?>
<PackageManifest Version="2.0.0" xmlns="http://schemas.microsoft.com/developer/vsx-schema/2011">
  <Metadata><Identity Language="en-US" Id="vscode-language-pack-ja" Version="${String(manifest.version)}" Publisher="MS-CEINTL" /><DisplayName>Japanese Language Pack</DisplayName></Metadata>
  <Installation><InstallationTarget Id="Microsoft.VisualStudio.Code" /></Installation>
  <Dependencies /><Assets><Asset Type="Microsoft.VisualStudio.Code.Manifest" Path="extension/package.json" Addressable="true" /></Assets>
</PackageManifest>
`,
  );
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension=".json" ContentType="application/json" /><Default Extension=".vsixmanifest" ContentType="text/xml" /></Types>',
  );
  writeFileSync(languagePackVsix, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  console.log(
    `language pack: ${found} of ${total} workbench messages in Japanese (the others are not in monaco-vscode-api's own sources, or are worded differently in this VS Code version)`,
  );
}

if (require.main === module) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
