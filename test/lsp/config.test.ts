import { strict as assert } from 'assert';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import { pathToFileURL } from 'url';
import { rangeOf, replaceOnce } from '../helpers/edit';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';

const ErrorSeverity = 1;
const Warning = 2;

const seen = (diagnostics: Diagnostic[]) => diagnostics.map((d) => [d.code, d.message, d.severity, d.range]);

const acmeFramework = `id: acme
title: ACME Competency Model
organizations: [ACME]
groups:
  core:
    title: ACME core competencies
    requireAll: true
    entries:
      - name: Grit
      - name: Candour
`;

describe('.postingrc.yaml over LSP (stdio)', function () {
  let client: LspClient;
  let project: string;
  const seed = readSeed();
  const uriOf = (path: string) => pathToFileURL(path).href;

  before(async () => {
    project = mkdtempSync(join(tmpdir(), 'posting-config-'));
    mkdirSync(join(project, 'postings', 'tokyo'), { recursive: true });
    writeFileSync(join(project, 'frameworks.yaml'), acmeFramework);
    writeFileSync(
      join(project, '.postingrc.yaml'),
      [
        'rules:',
        '  unknown-competency: error',
        '  last-duty-not-other-duties: off',
        'parameters:',
        '  gradeFigures: all',
        'catalogues:',
        '  - frameworks.yaml',
        '',
      ].join('\n'),
    );
    client = await LspClient.start({ configuration: {} });
  });
  after(async () => {
    await client.stop();
    rmSync(project, { recursive: true, force: true });
  });

  it('applies the nearest .postingrc.yaml above a posting: severities, off, and rule parameters', async () => {
    const text = replaceOnce(
      replaceOnce(seed, '- Analytical Thinking', '- Analytic Thinking'),
      '      - Perform other duties as required.\n',
      '',
    );
    const path = join(project, 'postings', 'tokyo', 'associate.posting.yaml');
    writeFileSync(path, text);
    assert.deepEqual(seen(await client.open(uriOf(path), text)), [
      [
        'unknown-competency',
        "'Analytic Thinking' is not a competency in the UNHCR Competency Framework; did you mean 'Analytical Thinking'?",
        ErrorSeverity,
        rangeOf(text, 'Analytic Thinking'),
      ],
      [
        'experience-below-grade',
        'A G6 post usually asks for at least 5 years of relevant experience with an undergraduate degree (an unverified figure); this posting asks for 2',
        Warning,
        rangeOf(text, 'two years'),
      ],
    ]);
  });

  it("checks names against a project's own competency framework", async () => {
    const start = seed.indexOf('    key_competencies:');
    const end = seed.indexOf('    language_skills:');
    const text = `${seed.slice(0, start)}    key_competencies:\n      framework: acme\n      core:\n        - Grit\n        - Gritt\n${seed.slice(end)}`;
    const path = join(project, 'postings', 'acme.posting.yaml');
    assert.deepEqual(seen(await client.open(uriOf(path), text)), [
      [
        'unknown-competency',
        "'Gritt' is not a competency in the ACME Competency Model; did you mean 'Grit'?",
        ErrorSeverity,
        rangeOf(text, 'Gritt'),
      ],
      [
        'missing-core-competency',
        'The ACME core competencies of the ACME Competency Model are all required (2); add Candour',
        Warning,
        rangeOf(text, 'core', 'key_competencies'),
      ],
      [
        'experience-below-grade',
        'A G6 post usually asks for at least 5 years of relevant experience with an undergraduate degree (an unverified figure); this posting asks for 2',
        Warning,
        rangeOf(text, 'two years'),
      ],
    ]);
  });

  it('leaves postings outside the project with the editor settings', async () => {
    const text = replaceOnce(seed, '      - Perform other duties as required.\n', '');
    const diagnostics = await client.open('file:///elsewhere/outside.posting.yaml', text);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.severity]),
      [['last-duty-not-other-duties', Warning]],
    );
  });

  it('reports the problems of an open .postingrc.yaml at their ranges', async () => {
    const dir = join(project, 'bad');
    mkdirSync(dir);
    const text = [
      'rules:',
      '  term-to-long: off',
      '  duplicate-competency: loud',
      'parameters:',
      '  jpoAgeReferenceDate: 1 February',
      'catalogues:',
      '  - missing.json',
      'maxFilesize: 10',
      '',
    ].join('\n');
    const path = join(dir, '.postingrc.yaml');
    writeFileSync(path, text);
    assert.deepEqual(seen(await client.open(uriOf(path), text)), [
      [
        'config-unknown-setting',
        "Unknown setting 'maxFilesize' in .postingrc.yaml; did you mean 'maxFileSize'?",
        ErrorSeverity,
        rangeOf(text, 'maxFilesize'),
      ],
      [
        'config-invalid-value',
        'Severity (rules.duplicate-competency) must be one of error, warning, information, hint, off',
        ErrorSeverity,
        rangeOf(text, 'loud'),
      ],
      [
        'config-invalid-value',
        'JPO age reference date (parameters.jpoAgeReferenceDate) must be a date written YYYY-MM-DD',
        ErrorSeverity,
        rangeOf(text, '1 February'),
      ],
      [
        'config-unknown-rule',
        "No check has the code 'term-to-long'; did you mean 'term-too-long'?",
        Warning,
        rangeOf(text, 'term-to-long'),
      ],
      [
        'config-catalogue-unreadable',
        "Cannot read the catalogue file 'missing.json': no such file",
        ErrorSeverity,
        rangeOf(text, 'missing.json'),
      ],
    ]);

    // A posting under the bad config still gets the settings that are valid, and is checked normally.
    const posting = join(dir, 'p.posting.yaml');
    assert.deepEqual(await client.open(uriOf(posting), seed), []);
  });

  it('re-checks open postings when a .postingrc.yaml changes on disk', async () => {
    const dir = join(project, 'changing');
    mkdirSync(dir);
    const rc = join(dir, '.postingrc.yaml');
    writeFileSync(rc, 'rules: {}\n');
    const text = replaceOnce(seed, '- Analytical Thinking', '- Analytic Thinking');
    const uri = uriOf(join(dir, 'p.posting.yaml'));
    assert.deepEqual(
      (await client.open(uri, text)).map((d) => d.severity),
      [Warning],
    );
    writeFileSync(rc, 'rules:\n  unknown-competency: off\n');
    const republished = client.nextDiagnostics(uri);
    await client.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf(rc), type: 2 }] });
    assert.deepEqual((await republished).diagnostics, []);
  });

  it('describes an invalid value in Japanese for a Japanese client: the setting, its path and what is wrong', async () => {
    const japanese = await LspClient.start({ configuration: {}, locale: 'ja' });
    try {
      const dir = join(project, 'japanese');
      mkdirSync(dir);
      const text = [
        'rules:',
        '  duplicate-competency: loud',
        'parameters:',
        '  jpoAgeReferenceDate: 1 February',
        '  jpoMaxAge: thirty',
        '  readabilityTargetGrade: 40',
        'catalogues:',
        '  - missing.txt',
        '  - id: acme',
        '    groups: {}',
        'files:',
        '  unknownKey: 1',
        '',
      ].join('\n');
      const path = join(dir, '.postingrc.yaml');
      writeFileSync(path, text);
      const all = await japanese.open(uriOf(path), text);
      const invalid = all.filter((d) => d.code === 'config-invalid-value');
      // Every problem of the file reads in Japanese (the other codes too: unknown setting, unreadable catalogue).
      for (const diagnostic of all) assert.match(diagnostic.message, /[\u3040-\u30ff\u4e00-\u9fff]/, diagnostic.message);
      assert.deepEqual(
        invalid.map((d) => d.message),
        [
          '重大度（rules.duplicate-competency）は error, warning, information, hint, off のいずれかにしてください',
          'JPOの年齢基準日（parameters.jpoAgeReferenceDate）は YYYY-MM-DD 形式の日付にしてください',
          'JPOの年齢上限（parameters.jpoMaxAge）は整数にしてください',
          '読みやすさの目標学年（parameters.readabilityTargetGrade）は 20 以下にしてください',
          'カタログファイル（catalogues.0）は .json、.yaml、.yml のいずれかのファイルにしてください',
          'catalogues.1には「title」が必要です',
          'グループ（catalogues.1.groups）は空にできません',
        ],
      );
      // No English fragment is left in what a Japanese reader sees, beyond names and values.
      for (const diagnostic of invalid) assert.doesNotMatch(diagnostic.message, /\b(?:must|needs|is not)\b/);
    } finally {
      await japanese.stop();
    }
  });
});
