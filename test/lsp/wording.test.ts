import { strict as assert } from 'assert';
import { rangeOf, replaceOnce } from '../helpers/edit';
import { LspClient, type Diagnostic } from '../helpers/lspClient';
import { readSeed } from '../helpers/seeds';

interface CodeLens {
  range: Diagnostic['range'];
  command?: { title: string; command: string; arguments?: unknown[] };
}
interface Explanation {
  message: string;
  detail: string;
  learnMore: { title: string; url: string };
  markdown: string;
  page?: string;
}

const seed = readSeed();
const essential =
  '        Minimum two years of previous job experience relevant to the function of the position or\n        related fields.';
const strongBackground = (text: string) =>
  replaceOnce(
    text,
    '    Japan is party to the 1951 Convention',
    '    We want an ambitious, competitive, assertive, dominant and fearless person.\n    Japan is party to the 1951 Convention',
  );

describe('wording checks and Japanese over LSP (stdio)', function () {
  let english: LspClient;
  let japanese: LspClient;
  let counter = 0;
  const freshUri = () => `file:///work/wording-${++counter}.posting.yaml`;

  before(async () => {
    english = await LspClient.start();
    japanese = await LspClient.start({ locale: 'ja' });
  });
  after(async () => {
    await english.stop();
    await japanese.stop();
  });

  it('reports a native-speaker requirement in English for an English client, in Japanese for a Japanese one', async () => {
    const text = replaceOnce(seed, essential, '        Native English speaker with two years of experience.');
    const [inEnglish] = await english.open(freshUri(), text);
    const [inJapanese] = await japanese.open(freshUri(), text);
    for (const diagnostic of [inEnglish, inJapanese]) {
      assert.equal(diagnostic.code, 'exclusionary-requirement');
      assert.deepEqual(diagnostic.range, rangeOf(text, 'Native English speaker'));
    }
    assert.equal(
      inEnglish.message,
      '“Native English speaker” excludes qualified candidates: a native-speaker requirement; ask for a proficiency level',
    );
    assert.equal(
      inJapanese.message,
      '「Native English speaker」は有資格者を排除します: ネイティブスピーカー要件です。習熟度で求めてください',
    );
  });

  it('shows the wording balance as a code lens on the title, in the client language', async () => {
    const text = strongBackground(seed);
    const uri = freshUri();
    await english.open(uri, text);
    const lenses = await english.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const [titleLens, ...sectionLenses] = lenses;
    assert.deepEqual(
      [titleLens.range, titleLens.command?.title],
      [rangeOf(text, 'title'), 'Wording: strongly masculine-coded (ambitious, competitive, assertive, dominant, fearless)'],
    );
    // The other lenses are the sections' readability, one per free-text section, starting with the position notes.
    assert.deepEqual(sectionLenses[0].range, rangeOf(text, 'position_notes'));
    assert.match(
      sectionLenses[0].command!.title,
      /^Readability: grade \d+(\.\d)? \(target 12\), \d+ sentences, \d+ words per sentence, longest \d+$/,
    );
    assert.ok(sectionLenses.every((lens) => lens.command?.title.startsWith('Readability: ')));
    const jaUri = freshUri();
    await japanese.open(jaUri, text);
    const [jaLens] = await japanese.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: jaUri } });
    assert.equal(jaLens.command?.title, '表現: 強く男性的にコード化（ambitious, competitive, assertive, dominant, fearless）');
  });

  it('the wording lens explains itself when clicked: the words, the balance, what to do, where the lists come from', async () => {
    const text = strongBackground(seed);
    const uri = freshUri();
    await english.open(uri, text);
    const [titleLens, ...sectionLenses] = await english.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(titleLens.command?.command, 'postingStudio.explainWording');
    const [explanation] = titleLens.command!.arguments as [Explanation];
    assert.equal(explanation.message, 'Wording: strongly masculine-coded');
    const paragraphs = explanation.detail.split('\n\n');
    assert.match(paragraphs[0], /^Masculine-coded words found: .*\bambitious\b.*\bfearless\b.*\.$/);
    assert.ok(paragraphs.some((p) => /^Balance: \d+ feminine-coded and \d+ masculine-coded, a score of -\d+ /.test(p)));
    assert.ok(paragraphs.some((p) => /^What to do: .*replace it with a neutral one/.test(p)));
    assert.ok(paragraphs.some((p) => /^Where the word lists come from: Gaucher, Friesen & Kay \(2011\)/.test(p)));
    assert.deepEqual(explanation.learnMore, { title: 'Learn more', url: 'https://doi.org/10.1037/a0022530' });
    // The page the client previews: the verdict as its heading, the same paragraphs, the link last.
    assert.equal(
      explanation.markdown,
      `# Wording: strongly masculine-coded\n\n${explanation.detail}\n\n[Learn more](https://doi.org/10.1037/a0022530)\n\n`,
    );
    // The readability lenses explain themselves with the same command, on a page of their own.
    assert.ok(sectionLenses.every((lens) => lens.command?.command === 'postingStudio.explainWording'));

    const jaUri = freshUri();
    await japanese.open(jaUri, text);
    const [jaLens] = await japanese.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: jaUri } });
    const [ja] = jaLens.command!.arguments as [Explanation];
    assert.equal(ja.message, '表現: 強く男性的にコード化');
    assert.match(ja.detail, /^男性的にコード化された語: .*ambitious/);
    assert.match(ja.detail, /\n\nバランス: 女性的な語 \d+ 個、男性的な語 \d+ 個、スコア -\d+/);
    assert.match(ja.detail, /\n\n対処: /);
    assert.match(ja.detail, /\n\n語のリストの出典: Gaucher, Friesen & Kay \(2011\)/);
    assert.equal(ja.learnMore.title, '詳細');
  });

  it('a readability lens explains its section when clicked, in the client language', async () => {
    const uri = freshUri();
    await english.open(uri, seed);
    const lenses = await english.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } });
    const background = lenses.find((lens) => lens.range.start.line === rangeOf(seed, 'background').start.line)!;
    assert.match(background.command!.title, /^Readability: grade 21\.3 \(target 12\), 12 sentences, 33 words per sentence, longest 59$/);
    assert.equal(background.command?.command, 'postingStudio.explainWording');
    const [explanation] = background.command!.arguments as [Explanation];
    assert.equal(explanation.message, 'Readability: Background');
    assert.equal(explanation.page, 'Readability');
    const paragraphs = explanation.detail.split('\n\n');
    assert.match(paragraphs[0], /^Grade level 21\.3 by the Flesch-Kincaid formula, 22\.9 by the Automated Readability Index/);
    assert.equal(paragraphs[1], '12 sentences, 401 words: 33 words per sentence on average, 59 in the longest.');
    assert.match(paragraphs[2], /^The longest sentence: “UNHCR’s main role/);
    // No .postingrc.yaml sets a target here: the page says so, and how to set one.
    assert.match(paragraphs[3], /^The project does not report readability .*parameters\.readabilityTargetGrade in \.postingrc\.yaml/);
    assert.ok(paragraphs.some((p) => p.startsWith('What to do: ')));
    assert.ok(paragraphs.some((p) => p.startsWith('Where the measures come from: ')));
    assert.equal(
      explanation.markdown,
      `# Readability: Background\n\n${explanation.detail}\n\n[Learn more](https://stars.library.ucf.edu/istlibrary/56)\n\n`,
    );

    const jaUri = freshUri();
    await japanese.open(jaUri, seed);
    const jaLenses = await japanese.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: jaUri } });
    const jaBackground = jaLenses.find((lens) => lens.range.start.line === background.range.start.line)!;
    assert.match(jaBackground.command!.title, /^読みやすさ: 学年レベル 21\.3（目標 12）/);
    const [ja] = jaBackground.command!.arguments as [Explanation];
    assert.equal(ja.message, '読みやすさ: 背景');
    assert.equal(ja.page, '読みやすさ');
    assert.match(ja.detail, /\n\n12文、401語。1文平均 33語、最長の文は 59語です。\n\n/);
    assert.match(ja.detail, /\n\n対処: /);
    assert.match(ja.detail, /\n\n測定の出典: /);
    assert.equal(ja.learnMore.title, '詳細');
  });

  it('gives no code lens for a YAML file that is not a posting', async () => {
    const uri = 'file:///work/docker-compose.yml';
    await english.open(uri, 'title: ambitious competitive assertive dominant fearless\n');
    assert.deepEqual(await english.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri } }), []);
  });

  it('keeps ranges exact in UTF-16 after Japanese text and a surrogate pair (𠮷)', async () => {
    let text = replaceOnce(
      seed,
      '        - language: Japanese\n          level: fluent',
      '        - { language: 日本語𠮷, level: fluentt, required: true }\n        - language: Japanese\n          level: fluent',
    );
    text = replaceOnce(text, '      desirable: Experience', '      desirable: 𠮷田さんの課の経験. Native Japanese speaker. Experience');
    const diagnostics = await japanese.open(freshUri(), text);
    const enumProblem = diagnostics.find((d) => d.range.start.line === rangeOf(text, 'fluentt').start.line);
    assert.ok(enumProblem, JSON.stringify(diagnostics, null, 1));
    assert.deepEqual(enumProblem.range, rangeOf(text, 'fluentt'));
    const native = diagnostics.find((d) => d.code === 'exclusionary-requirement');
    assert.deepEqual(native?.range, rangeOf(text, 'Native Japanese speaker'));
  });

  it('a strongly coded posting gets a hint on each coded word, and the seed none', async () => {
    assert.deepEqual(await english.open(freshUri(), seed), []);
    const text = strongBackground(seed);
    const hints = (await english.open(freshUri(), text)).filter((d) => d.code === 'gender-coded-word');
    assert.deepEqual(
      hints.map((d) => [d.severity, d.range]),
      ['ambitious', 'competitive', 'assertive', 'dominant', 'fearless'].map((word) => [4, rangeOf(text, word)]),
    );
  });
});
