import { strict as assert } from 'assert';
import { applyEdits } from '../../server/src/engine/text/textEdits';
import { deleteField, replaceOnce } from '../helpers/edit';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
import { requiredSections } from '../helpers/schemaWalk';
import { readSeed, seedsDir } from '../helpers/seeds';

interface TextEdit {
  range: Diagnostic['range'];
  newText: string;
}
interface CodeAction {
  title: string;
  kind?: string;
  diagnostics?: Diagnostic[];
  isPreferred?: boolean;
  edit?: { changes: Record<string, TextEdit[]> };
}

/** The seed with comments in awkward places: every fix must keep them all. */
const commented = readSeed()
  .replace('terms_of_reference:\n', 'terms_of_reference: # the body\n  # Background comes first.\n')
  .replace('  purpose_and_scope:\n', '  # Who supervises, and the duties.\n  purpose_and_scope:\n')
  .replace('    key_competencies:\n', '    # From the UNHCR framework.\n    key_competencies:\n')
  .replace('        - Communication\n', '        - Communication # said twice below?\n')
  .replace('careers_site:\n', '# What the careers site shows.\ncareers_site:\n');

const comments = (text: string) => text.split('\n').flatMap((line) => /(^|\s)(#.*)$/.exec(line)?.[2] ?? []);
const signature = (d: Diagnostic) => `${String(d.code)}|${d.message}`;

describe('code actions over LSP', function () {
  let client: LspClient;
  let counter = 0;

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  async function actionsFor(text: string, only?: string[]) {
    const uri = `file:///work/actions-${++counter}.posting.yaml`;
    const diagnostics = await client.open(uri, text);
    const range = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range,
      context: { diagnostics, only },
    });
    return { uri, diagnostics, actions };
  }

  async function apply(uri: string, text: string, action: CodeAction): Promise<{ text: string; diagnostics: Diagnostic[] }> {
    const edits = action.edit!.changes[uri];
    const fixed = applyEdits(text, edits);
    const diagnostics = await client.open(`file:///work/applied-${++counter}.posting.yaml`, fixed);
    return { text: fixed, diagnostics };
  }

  /**
   * Applying the action removes its problem, adds none, and keeps every comment. An inserted skeleton may add
   * its placeholders (`placeholders`): they say what to write, and are errors until written.
   */
  async function assertFixes(text: string, code: string, titlePattern: RegExp, placeholders = false) {
    const { uri, diagnostics, actions } = await actionsFor(text);
    const target = diagnostics.find((d) => d.code === code);
    assert.ok(target, `no ${code} in ${JSON.stringify(diagnostics.map((d) => d.code))}`);
    const action = actions.find((a) => titlePattern.test(a.title) && a.diagnostics?.some((d) => signature(d) === signature(target)));
    assert.ok(action, `no action ${titlePattern} among ${actions.map((a) => a.title).join(' / ')}`);
    const after = await apply(uri, text, action);
    const remaining = after.diagnostics.filter((d) => !placeholders || d.code !== 'placeholder-text');
    assert.ok(remaining.length <= diagnostics.length - 1, `${action.title}\n${JSON.stringify(after.diagnostics, null, 1)}`);
    assert.ok(!after.diagnostics.some((d) => signature(d) === signature(target)), `${action.title} left its problem`);
    const before = new Set(diagnostics.map(signature));
    assert.ok(
      remaining.every((d) => before.has(signature(d))),
      'the fix introduced a problem',
    );
    const kept = comments(after.text);
    assert.ok(
      comments(text).every((comment) => kept.includes(comment)),
      `a comment was lost: ${kept.join(' / ')}`,
    );
    assert.equal(kept.length, comments(text).length + (/^Ignore/.test(action.title) ? 1 : 0));
    return after;
  }

  describe('insert a missing section where the template places it, indented, comments kept', () => {
    for (const section of requiredSections('unops-ica')) {
      it(section.path.join('.'), async () => {
        const text = deleteField(commented, section.path);
        const after = await assertFixes(text, 'missing-section', new RegExp(`^Insert section: ${section.title}$`), true);
        // What is left is what the author must write: the skeleton's placeholders, each on an inserted line.
        const inserted = after.text.split('\n').filter((line) => !text.split('\n').includes(line));
        for (const d of after.diagnostics) {
          assert.equal(d.code, 'placeholder-text');
          assert.ok(inserted.includes(after.text.split('\n')[d.range.start.line]), JSON.stringify(d));
        }
      });
    }
  });

  it('inserts a section between its template neighbours', async () => {
    const text = deleteField(commented, ['terms_of_reference', 'monitoring_and_progress_controls']);
    const after = await assertFixes(text, 'missing-section', /^Insert section: Monitoring/, true);
    const lines = after.text.split('\n');
    const at = lines.indexOf('  monitoring_and_progress_controls:');
    assert.ok(at > lines.indexOf('      - Perform other duties as required.'));
    assert.ok(at < lines.indexOf('  qualifications_and_experience:'));
    assert.match(lines[at + 1], /^ {4}- \S/);
  });

  it('inserts five missing sections with one fix, each where the template places it, comments kept', async () => {
    const text = [
      ['hardship_level'],
      ['family_type'],
      ['target_start_date'],
      ['terms_of_reference', 'background'],
      ['terms_of_reference', 'monitoring_and_progress_controls'],
    ].reduce((current, path) => deleteField(current, path), commented);
    const after = await assertFixes(text, 'missing-sections', /^Insert 5 sections: Hardship Level, Family Type, /, true);
    const lines = after.text.split('\n');
    const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
    assert.ok(at('  background:') > at('terms_of_reference: # the body'));
    assert.ok(at('  monitoring_and_progress_controls:') < at('  qualifications_and_experience:'));
    assert.ok(at('hardship_level:') > 0 && at('family_type:') > 0 && at('target_start_date:') > 0);
  });

  it('splits glued words', async () => {
    const text = replaceOnce(commented, 'Minimum two years of previous job experience', 'Minimum two years of previous job experiencein');
    const after = await assertFixes(text, 'glued-words', /^Replace 'experiencein' with 'experience in'$/);
    assert.ok(after.text.includes('previous job experience in'));
  });

  it("writes the posting's own country into an eligibility sentence that names another", async () => {
    // The seed's second eligibility sentence names the country too: written for Pakistan here, it leaves one problem.
    const text = replaceOnce(
      replaceOnce(commented, 'country: Japan', 'country: Pakistan'),
      'legal status in Japan to',
      'legal status in Pakistan to',
    );
    const after = await assertFixes(text, 'eligibility-other-country', /^Replace 'Japan' with 'Pakistan'$/);
    assert.ok(after.text.includes('legal status to work in Pakistan.'));
  });

  it('replaces a misspelt country with the did-you-mean suggestion', async () => {
    const text = replaceOnce(commented, 'country: Japan', 'country: Japn');
    const after = await assertFixes(text, 'unknown-country', /^Replace with 'Japan'$/);
    assert.ok(after.text.includes('country: Japan\n'));
  });

  it('replaces an unknown competency with the did-you-mean suggestion', async () => {
    const text = replaceOnce(commented, '        - Accountability\n', '        - Acountability\n');
    const after = await assertFixes(text, 'unknown-competency', /^Replace with 'Accountability'$/);
    assert.ok(after.text.includes('        - Accountability\n'));
  });

  it('moves a competency to its right group', async () => {
    const text = replaceOnce(commented, '        - Accountability\n', '        - Accountability\n        - Political Awareness\n');
    const after = await assertFixes(text, 'competency-wrong-group', /^Move 'Political Awareness' to Cross-functional competencies$/);
    assert.ok(after.text.includes('        - Change Capability & Adaptability\n        - Political Awareness\n'));
  });

  it('moves a competency into a group that is not there yet', async () => {
    const text = replaceOnce(
      deleteField(commented, ['terms_of_reference', 'qualifications_and_experience', 'key_competencies', 'cross_functional']),
      '        - Accountability\n',
      '        - Accountability\n        - Political Awareness\n',
    );
    const after = await assertFixes(text, 'competency-wrong-group', /^Move 'Political Awareness' to Cross-functional/);
    assert.ok(after.text.includes('      cross_functional:\n        - Political Awareness\n'));
  });

  it('removes a duplicate competency', async () => {
    const text = replaceOnce(commented, '        - Accountability\n', '        - Accountability\n        - Teamwork & Collaboration\n');
    await assertFixes(text, 'duplicate-competency', /^Remove 'Teamwork & Collaboration'$/);
  });

  it('appends the missing core competencies', async () => {
    const text = replaceOnce(replaceOnce(commented, '        - Accountability\n', ''), '        - Organizational Awareness\n', '');
    const after = await assertFixes(
      text,
      'missing-core-competency',
      /^Add 'Accountability', 'Organizational Awareness' to Core competencies$/,
    );
    assert.ok(after.text.includes('        - Client & Result Orientation\n        - Accountability\n        - Organizational Awareness\n'));
  });

  it('appends the closing duty', async () => {
    const text = replaceOnce(commented, '      - Perform other duties as required.\n', '');
    await assertFixes(text, 'last-duty-not-other-duties', /^Add 'Perform other duties as required.' to Duties$/);
  });

  it('renames an unknown field to the suggested one', async () => {
    const text = replaceOnce(commented, '  background: >', '  backgroud: >');
    const { diagnostics } = await actionsFor(text);
    assert.deepEqual(
      diagnostics.map((d) => d.code),
      ['unknown-field'],
    );
    const after = await assertFixes(text, 'unknown-field', /^Rename to 'background'$/);
    assert.ok(after.text.includes('  background: >'));
  });

  it('moves a section written at the wrong level to where the template has it, with its comments', async () => {
    // Key Competencies, with the comment above it and one inside, written under the Terms of Reference as "competencies".
    const start = commented.indexOf('    # From the UNHCR framework.\n');
    const end = commented.indexOf('    language_skills:');
    const block = commented.slice(start, end).replace(/^ {2}/gm, '').replace('  key_competencies:', '  competencies:');
    const text = replaceOnce(
      commented.slice(0, start) + commented.slice(end),
      '# What the careers site shows.\n',
      `${block}# What the careers site shows.\n`,
    );
    const { diagnostics } = await actionsFor(text);
    assert.deepEqual(
      diagnostics.map((d) => d.message),
      ["Unknown field 'competencies' in Terms of Reference; it belongs in Qualifications and Experience as 'key_competencies'"],
    );
    const after = await assertFixes(text, 'unknown-field', /^Move to Qualifications and Experience as 'key_competencies'$/);
    assert.deepEqual(after.diagnostics, []);
    assert.ok(after.text.includes('    # From the UNHCR framework.\n    key_competencies:\n      framework: unhcr\n'));
  });

  it('moves an optional field written one level too high back into its section', async () => {
    const jpo = readSeed(`${seedsDir}/mofa-jpo-ocha-bangkok-p2.posting.yaml`);
    const line = '  supervisor: Humanitarian Affairs Officer, Regional Office for Asia and the Pacific\n';
    const text = replaceOnce(replaceOnce(jpo, line, ''), 'eligibility:\n', `# asked by MOFA\n${line.trimStart()}eligibility:\n`);
    const after = await assertFixes(text, 'unknown-field', /^Move to Terms of Reference$/);
    assert.deepEqual(after.diagnostics, []);
    assert.equal(after.text, replaceOnce(jpo, line, `  # asked by MOFA\n${line}`));
  });

  it('replaces a value outside its list with an allowed one', async () => {
    const text = replaceOnce(commented, 'hardship_level: H', 'hardship_level: HH');
    await assertFixes(text, 'not-in-list', /^Replace with 'H'$/);
  });

  it('ignores a problem for its line, with a comment at the same indentation', async () => {
    const text = replaceOnce(commented, '        - Accountability\n', '        - Acountability\n');
    const after = await assertFixes(text, 'unknown-competency', /^Ignore unknown-competency for this line$/);
    assert.ok(after.text.includes('        # posting-disable-next-line unknown-competency\n        - Acountability\n'));
  });

  it('ignores a problem for the file, below the # posting line', async () => {
    const text = replaceOnce(commented, '        - Accountability\n', '        - Acountability\n');
    const after = await assertFixes(text, 'unknown-competency', /^Ignore unknown-competency in this file$/);
    assert.ok(after.text.startsWith('# posting\n# posting-disable unknown-competency\n'));
  });

  it('fixes all auto-fixable problems at once (source.fixAll.posting), keeping the rest and every comment', async () => {
    const text = replaceOnce(
      replaceOnce(commented, '      - Perform other duties as required.\n', ''),
      '        - Client & Result Orientation\n',
      '        - Client & Result Orientation\n        - Communication\n        - Accountability\n',
    );
    const { uri, diagnostics, actions } = await actionsFor(text, ['source.fixAll.posting']);
    assert.equal(diagnostics.length, 3, JSON.stringify(diagnostics.map((d) => d.code)));
    assert.equal(actions.length, 1);
    assert.equal(actions[0].kind, 'source.fixAll.posting');
    const after = await apply(uri, text, actions[0]);
    assert.deepEqual(after.diagnostics, []);
    assert.deepEqual(comments(after.text), comments(text));
    assert.equal(after.text, commented);
  });

  it('an error gets a real fix, preferred and first; every Ignore comes after every fix', async () => {
    const text = replaceOnce(commented, 'deadline: 2024-11-08', 'deadline: 2025-01-20');
    const { uri, actions } = await actionsFor(text);
    const forDeadline = actions.filter((a) => a.diagnostics?.some((d) => d.code === 'deadline-after-start'));
    assert.deepEqual(
      forDeadline.map((a) => a.title),
      [
        'Move the deadline to 2024-12-31 (the day before the start date)',
        'Move the start date to 2025-01-21 (the day after the deadline)',
        'Ignore deadline-after-start for this line',
        'Ignore deadline-after-start in this file',
      ],
    );
    assert.equal(forDeadline[0].isPreferred, true);
    assert.ok(
      forDeadline.slice(1).every((a) => !a.isPreferred),
      'one preferred fix, never an Ignore',
    );
    const firstIgnore = actions.findIndex((a) => a.title.startsWith('Ignore '));
    assert.ok(
      actions.slice(firstIgnore).every((a) => a.title.startsWith('Ignore ')),
      actions.map((a) => a.title).join(' / '),
    );
    const moved = await apply(uri, text, forDeadline[0]);
    assert.match(moved.text, /^deadline: 2024-12-31$/m);
    assert.ok(!moved.diagnostics.some((d) => d.code === 'deadline-after-start'));
    const started = await apply(uri, text, forDeadline[1]);
    assert.match(started.text, /^target_start_date: 2025-01-21$/m);
    assert.ok(!started.diagnostics.some((d) => d.code === 'deadline-after-start'));
  });

  it('quick-fix titles and did-you-mean fragments in Japanese for a Japanese editor', async () => {
    const japanese = await LspClient.start({ locale: 'ja' });
    try {
      const text = replaceOnce(
        replaceOnce(commented, 'deadline: 2024-11-08', 'deadline: 2025-01-20'),
        '        - Accountability\n',
        '        - Acountability\n',
      );
      const uri = 'file:///work/actions-ja.posting.yaml';
      const diagnostics = await japanese.open(uri, text);
      const competency = diagnostics.find((d) => d.code === 'unknown-competency');
      assert.match(competency?.message ?? '', /（「Accountability」の誤りではありませんか）$/);
      const range = { start: { line: 0, character: 0 }, end: { line: text.split('\n').length, character: 0 } };
      const actions = await japanese.request<CodeAction[]>('textDocument/codeAction', {
        textDocument: { uri },
        range,
        context: { diagnostics },
      });
      const titles = actions.map((a) => a.title);
      assert.ok(titles.includes('応募締切を2024-12-31に変更（着任予定日の前日）'), titles.join(' / '));
      assert.ok(titles.includes('「Accountability」に置き換え'), titles.join(' / '));
      assert.ok(titles.includes('この行の unknown-competency を無視'), titles.join(' / '));
      assert.ok(
        titles.every((title) => !/^(Ignore|Replace|Move|Rename|Insert) /.test(title)),
        titles.join(' / '),
      );
    } finally {
      await japanese.stop();
    }
  });
});
