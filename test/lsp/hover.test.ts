import { strict as assert } from 'assert';
import { diagnosticInfo } from '../../server/src/engine';
import { locate, replaceOnce } from '../helpers/edit';
import { LspClient } from '../helpers/lspClient';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { fileUri, readSeed } from '../helpers/seeds';

interface Hover {
  contents: { kind: string; value: string };
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

describe('hover over LSP', function () {
  let client: LspClient;
  let counter = 0;
  const seed = readSeed();

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function hover(text: string, search: string, after = '', offset = 1): Promise<Hover | null> {
    const uri = `file:///work/hover-${++counter}.posting.yaml`;
    await client.open(uri, text);
    const at = locate(text, search, after);
    return client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri },
      position: { line: at.line, character: at.character + offset },
    });
  }

  it('a field shows its template heading and description', async () => {
    const result = await hover(seed, 'affiliate_type:');
    assert.equal(result!.contents.kind, 'markdown');
    assert.match(result!.contents.value, /^\*\*Staff Member \/ Affiliate Type\*\* `affiliate_type`/);
    assert.match(result!.contents.value, /The contract, as the careers site labels it/);
    assert.deepEqual(result!.range, { start: locate(seed, 'affiliate_type'), end: { ...locate(seed, 'affiliate_type'), character: 14 } });
  });

  it('a value from a list shows its meaning', async () => {
    const result = await hover(seed, 'H', 'hardship_level: ', 0);
    assert.match(result!.contents.value, /Hardship Level: H/);
    assert.match(result!.contents.value, /headquarters/i);
  });

  it('a competency shows its group and definition', async () => {
    const result = await hover(seed, 'Stakeholder Management', 'cross_functional:', 3);
    assert.match(result!.contents.value, /^\*\*Stakeholder Management\*\* — Cross-functional competencies \(UNHCR Competency Framework\)/);
    assert.ok(result!.contents.value.split('\n').pop()!.length > 10);
  });

  it("a problem's range shows what the rule means and how to fix it", async () => {
    const text = replaceOnce(seed, '        - Accountability\n', '        - Acountability\n');
    const result = await hover(text, 'Acountability', '', 2);
    const help = diagnosticInfo('unknown-competency')!.help;
    assert.ok(result!.contents.value.includes(help), result!.contents.value);
    // VS Code's problem hover shows the message: ours does not repeat it.
    assert.doesNotMatch(result!.contents.value, /is not a competency|did you mean|is not in the/);
  });

  it('a framework added in .postingrc.yaml is the one hover, completion and quick fixes use, as the check does', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'posting-hover-'));
    try {
      writeFileSync(
        join(folder, '.postingrc.yaml'),
        [
          'catalogues:',
          '  - id: grit-framework',
          '    title: Grit Framework',
          '    groups:',
          '      core:',
          '        title: Core competencies',
          '        entries:',
          '          - name: Grit',
          '            definition: Keeps going when the work is hard.',
          '          - name: Accountability',
          '            definition: Owns the results.',
          '',
        ].join('\n'),
      );
      const text = replaceOnce(
        replaceOnce(seed, '      framework: unhcr\n', '      framework: grit-framework\n'),
        '        - Accountability\n',
        '        - Grit\n        - Gritt\n        - Accountability\n',
      );
      const path = join(folder, 'grit.posting.yaml');
      writeFileSync(path, text);
      const uri = fileUri(path);
      const diagnostics = await client.open(uri, text);
      assert.ok(!diagnostics.some((d) => d.code === 'unknown-competency' && d.message.startsWith("'Grit' ")), 'the check accepts Grit');
      const at = locate(text, 'Grit');
      const grit = await client.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line: at.line, character: at.character + 1 },
      });
      assert.match(grit!.contents.value, /^\*\*Grit\*\* — Core competencies \(Grit Framework\)/);
      const frameworkAt = locate(text, 'grit-framework');
      const items = await client.request<{ label: string }[] | { items: { label: string }[] }>('textDocument/completion', {
        textDocument: { uri },
        position: { line: frameworkAt.line, character: frameworkAt.character },
      });
      const labels = (Array.isArray(items) ? items : items.items).map((item) => item.label);
      assert.ok(labels.includes('grit-framework'), labels.join(', '));
      const misspelt = diagnostics.find((d) => d.code === 'unknown-competency');
      assert.ok(misspelt, JSON.stringify(diagnostics.map((d) => d.message)));
      const actions = await client.request<{ title: string }[]>('textDocument/codeAction', {
        textDocument: { uri },
        range: misspelt.range,
        context: { diagnostics: [misspelt] },
      });
      assert.equal(actions[0].title, "Replace with 'Grit'");
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('says nothing on a blank line', async () => {
    const text = seed.replace('careers_site:\n', '\ncareers_site:\n');
    const uri = `file:///work/hover-${++counter}.posting.yaml`;
    await client.open(uri, text);
    const line = locate(text, 'careers_site:').line - 1;
    assert.equal(await client.request('textDocument/hover', { textDocument: { uri }, position: { line, character: 0 } }), null);
  });

  it('in a Japanese editor, a field shows its Japanese heading and description', async () => {
    const japanese = await LspClient.start({ locale: 'ja' });
    try {
      const uri = `file:///work/hover-ja-${++counter}.posting.yaml`;
      await japanese.open(uri, seed);
      const at = (search: string, after = '') => {
        const { line, character } = locate(seed, search, after);
        return japanese.request<Hover | null>('textDocument/hover', {
          textDocument: { uri },
          position: { line, character: character + 1 },
        });
      };
      const affiliate = await at('affiliate_type:');
      assert.equal(
        affiliate!.contents.value.split('\n\n---\n\n')[0],
        '**職員／契約区分** `affiliate_type`\n\n採用サイトの表記による契約の種類。例: `UNOPS LICA6`。',
      );
      const deadline = await at('deadline:');
      assert.match(
        deadline!.contents.value,
        /^\*\*応募締切\*\* `deadline`\n\n応募の最終日（`YYYY-MM-DD`）。着任予定日より前でなければなりません。/,
      );
      // A field of the ToR: its description in Japanese too.
      const background = await at('background:');
      assert.match(background!.contents.value, /契約者が働く国・分野・事務所の状況/);
      // A value's meaning: on the H of `hardship_level: H`.
      const { line } = locate(seed, 'hardship_level: H');
      const value = await japanese.request<Hover | null>('textDocument/hover', {
        textDocument: { uri },
        position: { line, character: 'hardship_level: '.length },
      });
      assert.match(value!.contents.value, /H（ハードシップなし）: 本部などの勤務地。ハードシップ手当はありません。/);
    } finally {
      await japanese.stop();
    }
  });
});
