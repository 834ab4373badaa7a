import { strict as assert } from 'assert';
import { allCatalogues, catalogueFor } from '../../server/src/engine/template/catalogues';
import { profiles } from '../../server/src/engine/template/profiles';
import { withCaret } from '../helpers/caret';
import { LspClient } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';

interface Item {
  label: string;
  detail?: string;
  documentation?: { value: string };
  filterText?: string;
  sortText?: string;
  textEdit?: { newText: string; range: unknown };
  insertTextFormat?: number;
  kind?: number;
}

describe('completion over LSP', function () {
  let client: LspClient;
  let counter = 0;
  const unhcr = catalogueFor('unhcr', 'UNHCR');
  const core = unhcr.groups.core.entries.map((e) => e.name);
  const crossFunctional = unhcr.groups.cross_functional.entries.map((e) => e.name);

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function complete(marked: string, uri = `file:///work/complete-${++counter}.posting.yaml`): Promise<Item[]> {
    const { text, position } = withCaret(marked);
    await client.open(uri, text);
    const result = await client.request<Item[] | { items: Item[] }>('textDocument/completion', { textDocument: { uri }, position });
    return Array.isArray(result) ? result : result.items;
  }
  const labels = (items: Item[]) => items.map((item) => item.label);

  // The UNOPS template, declared: a posting that declares no profile and is recognised as none is a general one.
  const head = 'profile: unops-ica\norganization: UNHCR\nterms_of_reference:\n  qualifications_and_experience:\n    key_competencies:\n';

  it('inside core competencies: the six core ones', async () => {
    const items = await complete(`${head}      core:\n        - |\n`);
    assert.deepEqual(labels(items).sort(), [...core].sort());
    assert.equal(core.length, 6);
  });

  it('inside core competencies: the core ones minus those already listed', async () => {
    const items = await complete(`${head}      core:\n        - Accountability\n        - |\n        - communication\n`);
    assert.deepEqual(labels(items).sort(), core.filter((name) => !['Accountability', 'Communication'].includes(name)).sort());
  });

  it('a competency carries its group and definition', async () => {
    const items = await complete(`${head}      core:\n        - |\n`);
    const item = items.find((i) => i.label === 'Accountability')!;
    assert.equal(item.detail, 'Core competencies');
    assert.match(item.documentation!.value, /Core competencies/);
    assert.match(item.documentation!.value, new RegExp(unhcr.groups.core.entries[0].definition.slice(0, 20)));
  });

  it('fuzzy: "stake" finds Stakeholder Management first, and the editor can match it', async () => {
    const items = await complete(`${head}      core: []\n      cross_functional:\n        - stake|\n`);
    assert.equal(items[0].label, 'Stakeholder Management');
    assert.ok(crossFunctional.includes(items[0].label));
    assert.match(items[0].filterText!.toLowerCase(), /^stake/);
    assert.ok(items.every((item) => crossFunctional.includes(item.label)));
  });

  it('top-level fields: missing ones only, labelled with their template headings', async () => {
    const items = await complete('# posting\nprofile: unops-ica\ntitle: X\norganization: UNHCR\n|\n');
    const names = labels(items);
    assert.ok(!names.includes('title') && !names.includes('organization') && !names.includes('profile'));
    assert.ok(!names.includes('$schema'));
    const tor = items.find((i) => i.label === 'terms_of_reference')!;
    assert.equal(tor.detail, 'Terms of Reference');
    assert.equal(tor.insertTextFormat, 2);
    assert.match(tor.textEdit!.newText, /^terms_of_reference:\n {2}background: \$\{\d+:[^}]+\}\n {2}purpose_and_scope:\n {4}supervisor:/);
    const hardship = items.find((i) => i.label === 'hardship_level')!;
    assert.equal(hardship.textEdit!.newText, 'hardship_level: ${1|H,A,B,C,D,E,U|}');
  });

  it('a typed prefix of a key in a section completes to its skeleton', async () => {
    const seed = readSeed();
    const items = await complete(seed.replace('  purpose_and_scope:\n', '  purp|\n  purpose_and_sc:\n'));
    assert.equal(items[0].label, 'purpose_and_scope');
    assert.match(items[0].textEdit!.newText, /^purpose_and_scope:\n {2}supervisor: \$\{1:[^}]+\}\n {2}duties:\n {4}- \$\{2:/);
  });

  it('enum values with their meanings', async () => {
    const items = await complete('# posting\nhardship_level: |\n');
    assert.deepEqual(labels(items), ['H', 'A', 'B', 'C', 'D', 'E', 'U']);
    assert.match(items[0].documentation!.value, /headquarters/i);
    assert.equal(items[1].detail, 'A (least hardship)');
  });

  it('language names and proficiency levels', async () => {
    const base = `${head}    language_skills:\n      languages:\n`;
    const names = labels(await complete(`${base}        - language: |\n`));
    assert.ok(['English', 'French', 'Spanish', 'Arabic', 'Chinese', 'Russian', 'Japanese'].every((n) => names.includes(n)));
    const levels = labels(await complete(`${base}        - language: English\n          level: |\n`));
    assert.ok(['fluent', 'working knowledge', 'basic', 'C1', 'N2'].every((n) => levels.includes(n)));
    const keys = labels(await complete(`${base}        - language: English\n          |\n`));
    assert.deepEqual(keys.sort(), ['level', 'required']);
  });

  it('dates in ISO form: today first, and deadlines a few weeks out', async () => {
    const items = await complete('# posting\ndeadline: |\n');
    assert.ok(items.length >= 4);
    assert.ok(items.every((item) => /^\d{4}-\d{2}-\d{2}$/.test(item.label)));
    assert.equal(items[0].label, new Date().toISOString().slice(0, 10));
    assert.equal(items[0].detail, 'today');
  });

  it('competency frameworks by id, with their titles', async () => {
    const items = await complete(`${head}      framework: |\n`);
    assert.deepEqual(
      labels(items).sort(),
      allCatalogues()
        .map((c) => c.id)
        .sort(),
    );
    assert.equal(items.find((i) => i.label === 'unhcr')!.detail, 'UNHCR Competency Framework');
  });

  const wholePostings = profiles.map((profile) => profile.snippet ?? `posting-${profile.id}`);
  const snippetsOf = (items: Item[]) => items.filter((item) => item.kind === 15).map((item) => item.label);

  it('an empty posting file: the whole-posting snippets (kind Snippet), one per profile', async () => {
    const items = await complete('|');
    assert.deepEqual(snippetsOf(items), wholePostings);
    const jpo = items.find((item) => item.label === 'posting-jpo')!;
    assert.equal(jpo.insertTextFormat, 2);
    assert.match(jpo.textEdit!.newText, /^# posting\n/);
    assert.match(jpo.textEdit!.newText, /\nprofile: jpo\n/);
  });

  it('a blank YAML file not named as a posting: the whole-posting snippets only, so that it can start as one', async () => {
    const items = await complete('posting-|', `file:///work/new-${++counter}.yaml`);
    assert.ok(items.length > 0);
    assert.ok(items.every((item) => item.kind === 15 && wholePostings.includes(item.label)));
  });

  it('inside competencies: only competency names, no posting snippet', async () => {
    const items = await complete(`${head}      core:\n        - |\n`);
    assert.deepEqual(snippetsOf(items), []);
    assert.ok(items.every((item) => core.includes(item.label)));
  });

  it('the top level of a posting missing sections: the snippets of those sections only', async () => {
    const items = await complete(
      '# posting\nprofile: unops-ica\ntitle: X\norganization: UNHCR\nterms_of_reference:\n  background: B.\n|\n',
    );
    const snippets = snippetsOf(items);
    assert.ok(snippets.includes('posting-deadline') && snippets.includes('posting-closing-statements'));
    for (const absent of ['posting-title', 'posting-organization', 'posting-terms-of-reference', 'posting-background', ...wholePostings]) {
      assert.ok(!snippets.includes(absent), absent);
    }
    const deadline = items.find((item) => item.label === 'posting-deadline')!;
    assert.equal(deadline.detail, 'Deadline for Applications');
    assert.match(deadline.textEdit!.newText, /^deadline: /);
  });

  it('offers nothing in YAML files that are not postings', async () => {
    const items = await complete('services:\n  |\n', `file:///work/docker-compose-${++counter}.yml`).catch(() => []);
    assert.deepEqual(items, []);
  });

  it('in a Japanese editor, fields carry their Japanese heading and description', async () => {
    const japanese = await LspClient.start({ locale: 'ja' });
    try {
      const uri = `file:///work/complete-ja-${++counter}.posting.yaml`;
      const { text, position } = withCaret('# posting\nprofile: unops-ica\ntitle: X\n|\n');
      await japanese.open(uri, text);
      const result = await japanese.request<Item[] | { items: Item[] }>('textDocument/completion', { textDocument: { uri }, position });
      const items = Array.isArray(result) ? result : result.items;
      const deadline = items.find((item) => item.label === 'deadline')!;
      assert.equal(deadline.detail, '応募締切');
      assert.equal(deadline.documentation!.value, '**応募締切**\n\n応募の最終日（`YYYY-MM-DD`）。着任予定日より前でなければなりません。');
      // A value's meaning too.
      const hardshipUri = `file:///work/complete-ja-${++counter}.posting.yaml`;
      const hardship = withCaret('# posting\nhardship_level: |\n');
      await japanese.open(hardshipUri, hardship.text);
      const listed = await japanese.request<Item[] | { items: Item[] }>('textDocument/completion', {
        textDocument: { uri: hardshipUri },
        position: hardship.position,
      });
      const a = (Array.isArray(listed) ? listed : listed.items).find((item) => item.label === 'A')!;
      assert.equal(a.documentation!.value, 'A（最も軽いハードシップ）: ハードシップ手当は支給されません。');
      assert.equal(a.detail, 'A（最も軽いハードシップ）');
    } finally {
      await japanese.stop();
    }
  });
});
