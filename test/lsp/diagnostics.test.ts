import { strict as assert } from 'assert';
import { deleteField, rangeOf, replaceOnce } from '../helpers/edit';
import { LspClient } from '../helpers/lspClient';
import { allSeeds, fileUri, lica6SeedPath, readSeed } from '../helpers/seeds';
import { requiredSections } from '../helpers/schemaWalk';

describe('diagnostics over LSP (stdio)', function () {
  let client: LspClient;
  const seed = readSeed();
  let counter = 0;
  const freshUri = () => `file:///work/test-${++counter}.posting.yaml`;

  before(async () => {
    client = await LspClient.start();
  });
  after(async () => {
    await client.stop();
  });

  for (const { name, path, text } of allSeeds()) {
    it(`reports nothing for the seed ${name}`, async () => {
      const diagnostics = await client.open(fileUri(path), text);
      assert.deepEqual(diagnostics, []);
    });
  }

  describe('a missing section is reported once, by its template heading, at its parent', () => {
    for (const section of requiredSections('unops-ica')) {
      it(`${section.path.join('.')} → "Missing section: ${section.title}"`, async () => {
        const text = deleteField(seed, section.path);
        const diagnostics = await client.open(freshUri(), text);
        assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics, null, 1));
        const [diagnostic] = diagnostics;
        assert.equal(diagnostic.message, `Missing section: ${section.title}`);
        assert.equal(diagnostic.code, 'missing-section');
        assert.equal(diagnostic.source, 'posting');
        const parent = section.path[section.path.length - 2];
        const expected = parent
          ? rangeOf(
              text,
              `${parent}:`,
              section.path
                .slice(0, -2)
                .map((k) => `${k}:`)
                .join(''),
            )
          : { start: { line: 0, character: 0 }, end: { line: 0, character: text.split('\n')[0].length } };
        if (parent) expected.end.character -= 1; // the key, without its colon
        assert.deepEqual(diagnostic.range, expected);
      });
    }
  });

  it('reports a YAML syntax error at its exact range, and nothing else', async () => {
    const text = replaceOnce(seed, 'duty_station: Tokyo', 'duty_station: "Tokyo');
    const diagnostics = await client.open(freshUri(), text);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message, d.range]),
      [['yaml-syntax', 'YAML syntax error: Missing closing "quote', rangeOf(text, '"Tokyo')]],
    );
  });

  it('reports a bad indent once, on its line', async () => {
    const text = replaceOnce(seed, 'country: Japan', ' country: Japan');
    const diagnostics = await client.open(freshUri(), text);
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
    assert.equal(diagnostics[0].code, 'yaml-syntax');
    assert.equal(diagnostics[0].range.start.line, rangeOf(text, 'duty_station').start.line);
  });

  it('marks an unknown key and suggests the closest field', async () => {
    const text = replaceOnce(seed, '  background: >', '  backgroud: >');
    const diagnostics = await client.open(freshUri(), text);
    const unknown = diagnostics.find((d) => d.code === 'unknown-field');
    assert.ok(unknown, JSON.stringify(diagnostics));
    assert.equal(unknown.message, "Unknown field 'backgroud' in Terms of Reference; did you mean 'background'?");
    assert.deepEqual(unknown.range, rangeOf(text, 'backgroud'));
    // One problem, one diagnostic: the section the key stands for is not also reported missing.
    assert.equal(diagnostics.length, 1, JSON.stringify(diagnostics));
  });

  it('still reports the section missing when the unknown key does not stand for it', async () => {
    const text = replaceOnce(seed, '  background: >', '  remarks: >');
    const diagnostics = await client.open(freshUri(), text);
    assert.deepEqual(diagnostics.map((d) => d.message).sort(), [
      'Missing section: Background',
      "Unknown field 'remarks' in Terms of Reference",
    ]);
  });

  it('marks a value outside its vocabulary and lists the allowed values', async () => {
    const text = replaceOnce(seed, 'hardship_level: H', 'hardship_level: Z');
    const diagnostics = await client.open(freshUri(), text);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message, d.range]),
      [['not-in-list', 'Hardship Level must be one of H, A, B, C, D, E, U', rangeOf(text, 'Z', 'hardship_level')]],
    );
  });

  it('marks a date that is not YYYY-MM-DD', async () => {
    const text = replaceOnce(seed, 'deadline: 2024-11-08', 'deadline: November 8, 2024');
    const diagnostics = await client.open(freshUri(), text);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message, d.range]),
      [
        [
          'invalid-date',
          'Deadline for Applications must be a date written YYYY-MM-DD, such as 2025-01-31',
          rangeOf(text, 'November 8, 2024'),
        ],
      ],
    );
  });

  it('marks a wrong type on the value', async () => {
    const text = replaceOnce(seed, 'home_based: false', 'home_based: No');
    const diagnostics = await client.open(freshUri(), text);
    assert.deepEqual(
      diagnostics.map((d) => [d.code, d.message, d.range]),
      [['wrong-type', 'Home-Based must be true or false, not text', rangeOf(text, 'No', 'home_based')]],
    );
  });

  it('re-checks on every change', async () => {
    const uri = freshUri();
    assert.deepEqual(await client.open(uri, seed), []);
    const broken = await client.change(uri, replaceOnce(seed, 'family_type: Family', 'family_type: Familly'));
    assert.deepEqual(
      broken.map((d) => d.code),
      ['not-in-list'],
    );
    assert.deepEqual(await client.change(uri, seed), []);
  });

  it('leaves other YAML files alone', async () => {
    const diagnostics = await client.open('file:///work/docker-compose.yml', 'services:\n  web:\n    image: nginx\n');
    assert.deepEqual(diagnostics, []);
  });

  it('checks a YAML file that declares itself a posting with a first-line modeline', async () => {
    const diagnostics = await client.open('file:///work/draft.yaml', '# posting\ntitle: Draft\n');
    // A draft that lacks many sections gets one problem that lists them (more than three: missing-sections).
    const missing = diagnostics.find((d) => d.code === 'missing-sections');
    assert.ok(missing, JSON.stringify(diagnostics));
    assert.match(missing.message, /^\d+ required sections are missing: Organization, /);
    assert.ok(!diagnostics.some((d) => d.code === 'missing-section'));
  });

  it('keeps answering after a crash-worthy input', async () => {
    await client.open(freshUri(), '\u0000\u0001\uFFFD: [&a');
    assert.deepEqual(await client.open(fileUri(lica6SeedPath) + '?again', seed), []);
  });

  it('an empty list item is reported once, on the item itself, with one wording for `- ` and `- ""`', async () => {
    const messages: string[] = [];
    for (const empty of ['      -', '      - ', '      - ""', "      - ''"]) {
      const text = replaceOnce(
        seed,
        '      - Perform other duties as required.\n',
        `      - Perform other duties as required.\n${empty}\n`,
      );
      const line = text.split('\n').indexOf(empty);
      const diagnostics = await client.open(freshUri(), text);
      assert.equal(diagnostics.length, 1, `${JSON.stringify(empty)}: ${JSON.stringify(diagnostics)}`);
      const [diagnostic] = diagnostics;
      assert.equal(diagnostic.code, 'empty-value');
      assert.equal(diagnostic.range.start.line, line, `${JSON.stringify(empty)} is reported on its own line`);
      assert.ok(diagnostic.range.end.character > diagnostic.range.start.character, 'a squiggle, not an empty range');
      assert.ok(diagnostic.range.start.character >= 6, 'on the item, not its list');
      messages.push(diagnostic.message);
    }
    assert.deepEqual(new Set(messages), new Set(['Item 7 is empty; write some text']));
  });
  it('typing inside a paragraph gives, after each key, the diagnostics of a fresh check of the same text', async () => {
    // Findings after the place typed in, in the same paragraph and in a later one, so that the ranges the worker
    // shifts after each key are compared too.
    let text = replaceOnce(
      replaceOnce(seed, 'the Protection Associate will', 'the Protection Associate (TBD) will'),
      '    (MoJ). Japan has',
      '    (MoJ). TBD. Japan has',
    );
    const typedAt = text.indexOf('comes almost exclusively') + 'comes almost'.length;
    const uri = freshUri();
    await client.open(uri, text);
    const keys = ['s', 'u', 'p', 'p', 'o', 'r', 't', 'i', 'v', 'e', ' ', 'aggressive '];
    for (const [i, key] of keys.entries()) {
      const at = typedAt + keys.slice(0, i).join('').length;
      text = text.slice(0, at) + key + text.slice(at);
      const typed = await client.change(uri, text);
      assert.deepEqual(typed, await client.open(freshUri(), text), `after key ${i}`);
      assert.ok(typed.some((diagnostic) => diagnostic.range.start.line > text.slice(0, at).split('\n').length));
    }
    // An edit that breaks the YAML, one that mends it (each parsed afresh), then a key patched again.
    const broken = replaceOnce(text, 'terms_of_reference:', 'terms_of_reference: [');
    const typedAgain = text.slice(0, typedAt) + 'x' + text.slice(typedAt);
    for (const next of [broken, text, typedAgain]) {
      assert.deepEqual(await client.change(uri, next), await client.open(freshUri(), next));
    }
  });
});
