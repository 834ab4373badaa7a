import { strict as assert } from 'assert';
import { checkPosting, defaultSettings, explainBalance, parsePosting, type Problem } from '../../server/src/engine';
import { balanceLensTitle, codedWords, postingBalance } from '../../server/src/engine/wording';
import { acronymFindings, acronymUses } from '../../server/src/engine/wording/acronyms';
import type { FreeText } from '../../server/src/engine/wording/freeText';
import { exclusionaryRequirements } from '../../server/src/engine/wording/requirements';
import { forEachWord, wordScanner, wordsOf } from '../../server/src/engine/wording/words';
import fc from 'fast-check';
import { wordingRules } from '../../server/src/engine/rules/wording';
import requirementData from '../../schemas/wording/requirements.json';
import { rangeOf, replaceOnce } from '../helpers/edit';
import { allSeeds, readSeed } from '../helpers/seeds';

/** The problems of the wording rule family, whatever else the posting has. */
const wordingCodes: readonly string[] = wordingRules.codes;
const seed = readSeed();

function wording(text: string, settings = defaultSettings): Problem[] {
  return checkPosting(text, settings).problems.filter((p) => wordingCodes.includes(p.code));
}

/** The seed with its background replaced by these folded lines (each line indented as the seed does). */
function withBackground(lines: string[]): string {
  const start = seed.indexOf('  background: >');
  const end = seed.indexOf('  purpose_and_scope:');
  return seed.slice(0, start) + '  background: >\n' + lines.map((line) => `    ${line}\n`).join('') + '\n' + seed.slice(end);
}

describe('wording checks on free text', () => {
  for (const { name, text } of allSeeds()) {
    it(`find nothing in the seed ${name}`, () => {
      assert.deepEqual(wording(text, { ...defaultSettings, severities: { 'acronym-undefined': 'information' } }), []);
    });
  }

  describe('gender-coded wording', () => {
    const coded = (value: string) => codedWords([{ path: ['background'], value, map: [] }]).map((w) => `${w.word}:${w.coding}`);

    it('leaves the words of legal and procedural phrases alone, however they are spaced or cased', () => {
      assert.deepEqual(coded('Ambitious refugee status determination and Status\n  Determination procedures.'), ['Ambitious:masculine']);
      assert.deepEqual(coded('Technical cooperation with the peace cooperation programme.'), []);
      // Cooperating partners are the NGOs that carry out an agency's programme: a role's name.
      assert.deepEqual(coded('Manage agreements with 11 cooperating partners and one Cooperating Partner in Aweil.'), []);
      assert.deepEqual(coded('A cooperating, warm colleague.'), ['cooperating:feminine', 'warm:feminine']);
      assert.deepEqual(coded('He is determined; the cabinet decisions came into force.'), ['determined:masculine']);
    });

    it('codes the word outside the phrase, even when the phrase is on the same line', () => {
      assert.deepEqual(coded('A determination procedure, and determination to lead.'), ['determination:masculine', 'lead:masculine']);
      assert.deepEqual(coded('Pre-status determinations matter.'), ['determinations:masculine']);
    });

    it('skips names, boilerplate and words that only share the first letters of a stem', () => {
      assert.deepEqual(coded('Under the Memorandum of Cooperation, decision-making is shared.'), ['shared:feminine']);
      assert.deepEqual(coded('An assertive mind; the lead is to leave.'), ['assertive:masculine', 'lead:masculine']);
    });

    it('leaves domain senses alone: children served, agreements, tenders, a response, data analysed (data)', () => {
      assert.deepEqual(
        coded('Children and their families; partnership agreements were agreed; tenders; the response; data are analysed.'),
        [],
      );
      assert.deepEqual(coded('Respond to requests together with partners; reports shared with donors; committees.'), []);
      // The trait senses of the same stems stay counted.
      assert.deepEqual(coded('A responsive, agreeable and dependable colleague who shares.'), [
        'responsive:feminine',
        'agreeable:feminine',
        'dependable:feminine',
        'shares:feminine',
      ]);
    });

    it('leaves the people forced to flee, an independent organisation, a share of the value and cooperatives alone (s18)', () => {
      assert.deepEqual(
        coded(
          'NRC is an independent humanitarian organisation helping people forced to flee. Cooperatives capture only a small share of ' +
            'the value; cooperative members and cooperative governance; an independent evaluation of forced displacement.',
        ),
        [],
      );
      // The traits stay counted: a forceful, independent and cooperative colleague who shares.
      assert.deepEqual(coded('A forceful, independent and cooperative colleague who shares.'), [
        'forceful:masculine',
        'independent:masculine',
        'cooperative:feminine',
        'shares:feminine',
      ]);
    });

    it('leaves the metal, role names, logframes and an organisation describing itself alone; the verb stays counted', () => {
      assert.deepEqual(
        coded(
          'UNEP is the leading global authority. Phase out lead in paint; projects on lead and mercury; detection of lead in toys; ' +
            'the cluster lead agency; logical frameworks.',
        ),
        [],
      );
      assert.deepEqual(coded('Lead the team and lead workshops.'), ['Lead:masculine', 'lead:masculine']);
    });

    it("never checks the organisation's own statements or the notes", () => {
      assert.deepEqual(coded('UNHCR is committed to a diverse and inclusive work environment. An inclusive, warm team.'), [
        'inclusive:feminine',
        'warm:feminine',
      ]);
      assert.deepEqual(coded('We are strongly committed to diversity. The organisation welcomes sympathetic applicants.'), []);
      assert.deepEqual(coded('Candidates are committed to learning.'), ['committed:feminine']);
      // The subject, up to three words, then the verb; runs of white space (a line break in a block scalar) count as one.
      assert.deepEqual(coded('UNICEF\n  and  its  partners are\tcommitted to gender parity.'), []);
      assert.deepEqual(coded('Our team in the field strongly encourages women to apply.'), []);
      assert.deepEqual(coded('The Fund is an equal opportunity employer and is committed to diversity.'), []);
      // Four words before the verb are too many, a lower-case acronym is no subject, nor is a name glued to a word.
      assert.deepEqual(coded('UNHCR and its many partners are committed to diversity.'), ['committed:feminine']);
      assert.deepEqual(coded('unhcr is committed to diversity.'), ['committed:feminine']);
      assert.deepEqual(coded("UNHCR's staff is committed to diversity."), ['committed:feminine']);
      // A clause after a comma or semicolon may hold the statement: the whole sentence is then the organisation's.
      assert.deepEqual(coded('At WFP, people come first, and we are committed to an inclusive and warm workplace.'), []);
      assert.deepEqual(coded('Staff rotate every two years; the organisation is committed to inclusive teams.'), []);
      // A clause whose subject is not the organisation stays checked.
      assert.deepEqual(coded('At WFP, people come first, and staff are committed to warm teams.'), ['committed:feminine', 'warm:feminine']);
      const inNotes = codedWords([{ path: ['notes', 0], value: 'An ambitious, competitive and dominant leader.', map: [] }]);
      assert.deepEqual(inNotes, []);
    });

    const masculine = withBackground([
      'We want an ambitious, competitive and assertive self-reliant person who',
      'dominates negotiations, is decisive and fearless, and will fight for results.',
    ]);

    it('marks each coded word of a strongly coded posting, at its exact range across folded lines', () => {
      const hints = wording(masculine).filter((p) => p.code === 'gender-coded-word');
      const words = ['ambitious', 'competitive', 'assertive', 'self-reliant', 'dominates', 'decisive', 'fearless', 'fight'];
      assert.deepEqual(
        hints.map((h) => [h.severity, h.range]),
        words.map((word) => ['hint', rangeOf(masculine, word, '  background: >')]),
      );
      assert.match(hints[0].message, /“ambitious” is masculine-coded wording; the posting reads strongly masculine-coded/);
    });

    it('shows the balance with the counted words on the title code lens, in English and Japanese', () => {
      const parsed = parsePosting(masculine);
      const balance = postingBalance(parsed.document!, parsed.text);
      assert.equal(balance.label, 'strongly masculine-coded');
      assert.equal(balance.masculine.length, 8);
      assert.equal(
        balanceLensTitle(balance, 'en'),
        'Wording: strongly masculine-coded (ambitious, competitive, assertive, self-reliant, dominates, decisive, …)',
      );
      assert.match(balanceLensTitle(balance, 'ja'), /^表現: 強く男性的にコード化（ambitious/);
    });

    it('scores a slightly coded posting without marking words, and ignores competency names and boilerplate', () => {
      const text = withBackground(['The incumbent leads a small team and supports partners.']);
      assert.deepEqual(wording(text), []);
      const parsed = parsePosting(text);
      const balance = postingBalance(parsed.document!, parsed.text);
      // "supports" is UN boilerplate (FACTS §6); "Analytical Thinking" is a competency name, never read.
      // "shared" is in the seed's monitoring section.
      assert.deepEqual([balance.label, balance.masculine, balance.feminine], ['neutral', ['leads'], ['shared']]);
    });

    it('counts on the title code lens only the words left after domain senses and statements', () => {
      const text = withBackground([
        'Children and their families lead the GBV prevention and response work under partnership agreements.',
        'UNHCR is committed to a diverse and inclusive work environment.',
      ]);
      const parsed = parsePosting(text);
      const balance = postingBalance(parsed.document!, parsed.text);
      assert.deepEqual([balance.masculine, balance.feminine.filter((word) => word !== 'shared')], [['lead'], []]);
      assert.doesNotMatch(balanceLensTitle(balance, 'en'), /children|response|agreements|committed|inclusive/);
    });

    it('keeps ranges exact after Japanese text and a surrogate pair (𠮷) on the same line', () => {
      const text = withBackground(['東京事務所の𠮷田さんと: ambitious, competitive, assertive, dominant and fearless.']);
      const hints = wording(text).filter((p) => p.code === 'gender-coded-word');
      assert.deepEqual(hints[0].range, rangeOf(text, 'ambitious'));
      assert.deepEqual(hints[4].range, rangeOf(text, 'fearless'));
    });

    it('finds words in a literal block, a quoted string with escapes, and a plain multi-line scalar', () => {
      const words = 'ambitious, competitive, assertive, dominant and fearless';
      const literal = replaceOnce(withBackground(['x']), '  background: >\n    x\n', `  background: |\n    Line one.\n    ${words}.\n`);
      const quoted = replaceOnce(withBackground(['x']), '  background: >\n    x\n', `  background: "Caf\\u00e9 \\"team\\": ${words}."\n`);
      const plain = replaceOnce(
        withBackground(['x']),
        '  background: >\n    x\n',
        `  background: Line one,\n    ${words.replace(' and ', '\n    and ')}.\n`,
      );
      for (const text of [literal, quoted, plain]) {
        const hints = wording(text).filter((p) => p.code === 'gender-coded-word');
        assert.deepEqual(
          hints.map((h) => h.range),
          ['ambitious', 'competitive', 'assertive', 'dominant', 'fearless'].map((w) => rangeOf(text, w, '  background:')),
        );
      }
    });
  });

  describe('acronyms', () => {
    it('reads tokens as runs of letters and & that start with a letter', () => {
      const uses = acronymUses([{ path: ['background'], value: 'R&D and x&AB, &AB or A&&BC; MoJ NGOs II XIV aBC Ab&CD eMoJ', map: [] }]);
      assert.deepEqual(
        uses.map((use) => `${use.acronym}@${use.start}`),
        ['R&D@0', 'AB@15', 'A&&BC@21', 'MoJ@28', 'Ab&CD@48'],
      );
      assert.deepEqual(
        uses.map((use) => use.key),
        ['R&D', 'AB', 'A&&BC', 'MOJ', 'AB&CD'],
      );
    });

    it("needs no spelling out for the humanitarian sectors' own acronyms, as job titles use them", () => {
      const findings = (value: string) => acronymFindings(acronymUses([{ path: ['background'], value, map: [] }]));
      assert.deepEqual(findings('The WASH Officer supports IDP sites and trains hygiene promoters.'), []);
      // An acronym of one posting is still asked for.
      assert.deepEqual(
        findings('The WASH Officer supports the KWSC.').map((finding) => finding.use.acronym),
        ['KWSC'],
      );
    });

    it('takes a name spelled out just before, without brackets, as the definition', () => {
      const findings = (value: string) => acronymFindings(acronymUses([{ path: ['background'], value, map: [] }]));
      const named = 'Sudurpaschim Community Health Forum is a non-profit organization. Since 2009 SCHF has worked with volunteers.';
      assert.deepEqual(findings(named), []);
      assert.deepEqual(findings('The Ministry of Gender and Child Welfare leads. MGCW chairs the group.'), []);
      // Not the same initials, or two letters only: still undefined.
      for (const value of [
        'Since 2009 SCHF has worked with volunteers.',
        'Sudurpaschim Health Forum works. SCHF has worked.',
        'The Tanzania Exchange works. TE runs.',
      ])
        assert.deepEqual(
          findings(value).map((finding) => finding.kind),
          ['undefined'],
          value,
        );
    });

    it('takes an acronym spelled out under notes as defined for the whole posting, wherever notes stand', () => {
      const texts = (definedIn: string) => [
        { path: ['background'], value: 'KHWN trains midwives in three districts.', map: [] },
        { path: [definedIn, 0], value: 'Karu Health Workers Network (KHWN)', map: [] },
      ];
      // An import keeps the letterhead under notes, after every placed field: its place there is no reading order.
      assert.deepEqual(acronymFindings(acronymUses(texts('notes'))), []);
      // Spelled out in any other field below the use: still used before its definition.
      assert.deepEqual(
        acronymFindings(acronymUses(texts('position_notes'))).map((finding) => [finding.kind, finding.use.text.path[0]]),
        [['before-definition', 'background']],
      );
    });

    it('reads fields in the order the exports print them (s19)', () => {
      const texts = [
        { path: ['duties', 0], value: 'Align the curriculum with the ICM essential competencies.', map: [] },
        { path: ['background'], value: 'The International Confederation of Midwives (ICM) sets the standards.', map: [] },
      ];
      const order = (key: string) => ['background', 'duties'].indexOf(key);
      assert.deepEqual(acronymFindings(acronymUses(texts), order), []);
      // In the file's order alone, the duty comes first.
      assert.deepEqual(
        acronymFindings(acronymUses(texts)).map((finding) => finding.kind),
        ['before-definition'],
      );
    });

    it('flags an acronym used before it is spelled out, at the use, naming the definition line', () => {
      const text = replaceOnce(seed, 'legal status to work in Japan.', 'legal status to work in Japan, as the ISA decides.');
      const problems = wording(text);
      const definitionLine = rangeOf(text, '(ISA)').start.line + 1;
      assert.deepEqual(
        problems.map((p) => [p.code, p.message, p.range]),
        [['acronym-before-definition', `“ISA” is used before it is spelled out (line ${definitionLine})`, rangeOf(text, 'ISA')]],
      );
    });

    it('takes the organisation field as the spelling-out of its short name ("… ALLIANCE (MSFA)"), and only of that one', () => {
      const used = replaceOnce(seed, 'legal status to work in Japan.', 'legal status to work in Japan, as MSFA decides.');
      // Spelled out later in the background (notes count in any order: an import puts what it could not place there).
      const spelled = replaceOnce(used, '  background: >\n', '  background: >\n    Manica Smallholder Farmers Alliance (MSFA).\n');
      assert.deepEqual(
        wording(spelled).map((p) => [p.code, p.range]),
        [['acronym-before-definition', rangeOf(spelled, 'MSFA')]],
      );
      const named = spelled.replace(/^organization: .*$/m, 'organization: MANICA SMALLHOLDER FARMERS ALLIANCE (MSFA)');
      assert.deepEqual(wording(named), []);
      const initials = spelled.replace(/^organization: .*$/m, 'organization: Manica Smallholder Farmers Alliance');
      assert.deepEqual(wording(initials), []);
      const other = spelled.replace(/^organization: .*$/m, 'organization: Beira Rice Growers Union (BRGU)');
      assert.deepEqual(
        wording(other).map((p) => p.code),
        ['acronym-before-definition'],
      );
    });

    it('matches MoJ and MOJ as one acronym, ignoring case', () => {
      const text = replaceOnce(seed, 'legal status to work in Japan.', 'legal status to work in Japan (MOJ rules).');
      assert.deepEqual(
        wording(text).map((p) => [p.code, p.range]),
        [['acronym-before-definition', rangeOf(text, 'MOJ')]],
      );
    });

    it('reports a never-defined acronym only when the setting turns it on', () => {
      const text = replaceOnce(seed, 'legal status to work in Japan.', 'legal status to work in Japan under the ICRRA.');
      assert.deepEqual(wording(text), []);
      const problems = wording(text, { ...defaultSettings, severities: { 'acronym-undefined': 'information' } });
      assert.deepEqual(
        problems.map((p) => [p.code, p.severity, p.message, p.range]),
        [['acronym-undefined', 'information', '“ICRRA” is never spelled out', rangeOf(text, 'ICRRA')]],
      );
    });

    it('skips reference numbers, tokens with digits, grade codes, words in capitals and glued or product tokens', () => {
      const value =
        'Vacancy VA/BGDCO/FTA/2025/014 (SVN2025/061/LY), a LICA7 post replacing a NOB post. IMPORTANT: GBVIMS data sent by email ' +
        'WILL NOT be considered. Use ISO 27001, KoBo v2, ArcGIS and other UNHCRstaff tools.';
      assert.deepEqual(
        acronymUses([{ path: ['background'], value, map: [] }]).map((use) => use.acronym),
        ['GBVIMS'],
      );
      // A pair joined by one slash is still two acronyms; a real acronym with single small letters still counts.
      assert.deepEqual(
        acronymUses([{ path: ['background'], value: 'The ISA/MoJ and the PoR card.', map: [] }]).map((use) => use.acronym),
        ['ISA', 'MoJ', 'PoR'],
      );
    });

    it("reads an appositive that starts with the acronym's letter as its definition, and no other", () => {
      const uses = (value: string) => acronymUses([{ path: ['background'], value, map: [] }]).map((use) => [use.acronym, use.defines]);
      assert.deepEqual(uses('PRIMES, the Population Registration and Identity Management EcoSystem.'), [['PRIMES', true]]);
      assert.deepEqual(uses('The ISA, the Ministry of Justice and partners.'), [['ISA', false]]);
    });

    it('needs no definition for acronyms every UN reader knows', () => {
      const text = replaceOnce(seed, 'legal status to work in Japan.', 'legal status to work in Japan; UN, UNDP and NGOs apply.');
      assert.deepEqual(wording(text, { ...defaultSettings, severities: { 'acronym-undefined': 'information' } }), []);
    });
  });

  describe('exclusionary and unrealistic requirements', () => {
    it('every pattern of a group has an example that the group’s quick mention test lets through', () => {
      const examples = {
        ageLimit: ['age limit of 35', 'aged 35 or under', 'under the age of 35', '35 years old or younger', '35歳以下'],
        nativeSpeaker: [
          'native speaker',
          'native English speakers',
          'Japanese native speaker',
          'mother tongue',
          'ネイティブ',
          '母語話者',
          '日本語を母語とする方',
        ],
      };
      for (const group of ['ageLimit', 'nativeSpeaker'] as const) {
        const mention = new RegExp(requirementData.mentions[group], 'i');
        requirementData[group].forEach((source, index) => {
          const example = examples[group][index];
          assert.match(example, new RegExp(source, 'iu'), `${group}[${index}] has an example`);
          assert.match(example, mention, `${group}[${index}]: "${example}" passes the mention test`);
        });
      }
    });

    const essential =
      '        Minimum two years of previous job experience relevant to the function of the position or\n        related fields.';

    it('flags an age limit and a native-speaker requirement in a profile without an age rule', () => {
      const text = replaceOnce(seed, essential, '        Candidates aged 35 or under. Native English speaker.');
      assert.deepEqual(
        wording(text).map((p) => [p.code, p.severity, p.range]),
        [
          ['exclusionary-requirement', 'warning', rangeOf(text, 'aged 35 or under')],
          ['exclusionary-requirement', 'warning', rangeOf(text, 'Native English speaker')],
        ],
      );
    });

    it('reads a proficiency said as native level as a level, in Japanese as in English', () => {
      const text = replaceOnce(seed, essential, '        アラビア語ネイティブレベル、英語ビジネスレベル。Native-level English.');
      assert.deepEqual(wording(text), []);
      const speaker = replaceOnce(seed, essential, '        日本語ネイティブの方。');
      assert.deepEqual(
        wording(speaker).map((p) => [p.code, p.range]),
        [['exclusionary-requirement', rangeOf(speaker, 'ネイティブ')]],
      );
    });

    it('reads any white space between the words as a space: a line break or a tab inside the phrase keeps its range', () => {
      const text = replaceOnce(
        seed,
        essential,
        '        Candidates aged\n        35  or\tunder, with an age limit of\n        35. Native\n        English   speaker, or\n        French\tnative speaker.',
      );
      assert.deepEqual(
        wording(text).map((p) => [p.code, p.range]),
        [
          ['exclusionary-requirement', rangeOf(text, 'age limit of\n        35')],
          ['exclusionary-requirement', rangeOf(text, 'aged\n        35  or\tunder')],
          // (the plain "native speaker" pattern comes first and takes the words it shares with "French native speaker")
          ['exclusionary-requirement', rangeOf(text, 'native speaker', 'French')],
          ['exclusionary-requirement', rangeOf(text, 'Native\n        English   speaker')],
        ],
      );
    });

    it('finds in any mix of white space what it finds with every white-space character written as a space (property)', () => {
      // The patterns are written for spaces; each value is read with its other white space (a line break, a tab, a
      // no-break or ideographic space) replaced by a space, positions unchanged.
      const word = fc.constantFrom('aged', 'age', 'limit', 'of', 'maximum', 'max.', 'under', 'the', '35', '18', 'to', 'or', 'years', 'old');
      const more = fc.constantFrom('native', 'speaker', 'English', 'mother', 'tongue', 'girls', 'and', 'below', '-', '\u6b73');
      const space = fc.constantFrom(' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\r\n', ' \n ', '\v', '\f');
      const toText = (value: string): FreeText => ({ path: ['essential'], value, map: [] });
      fc.assert(
        fc.property(fc.array(fc.tuple(fc.oneof(word, more), space), { maxLength: 40 }), fc.boolean(), (parts, jpo) => {
          const value = parts.map(([w, s]) => w + s).join('');
          const spaced = value.replace(/\s/g, ' ');
          const profile = jpo ? 'jpo' : 'unops-ica';
          const found = (text: string) =>
            exclusionaryRequirements([toText(text)], profile).map(({ start, end, kind }) => [start, end, kind]);
          assert.deepEqual(found(value), found(spaced));
        }),
        { numRuns: 400 },
      );
    });

    it('flags a language required at native level, with "fluent" as the suggestion', () => {
      const text = replaceOnce(
        seed,
        '        - language: Japanese\n          level: fluent',
        '        - language: Japanese\n          level: native',
      );
      const problems = wording(text);
      assert.deepEqual(
        problems.map((p) => [p.code, p.range, p.data?.suggestions]),
        [['exclusionary-requirement', rangeOf(text, 'native', '- language: Japanese'), ['fluent']]],
      );
    });

    it('leaves the JPO age limit alone: that profile has one by rule', () => {
      const jpo = allSeeds().find((s) => s.name.includes('jpo'));
      assert.ok(jpo, 'the JPO seed exists');
      const text = replaceOnce(jpo.text, 'Candidates are 35 or under', 'Candidates are aged 35 or under');
      assert.deepEqual(wording(text), []);
    });

    it('counts essential requirements and flags more than twelve at the field key', () => {
      const thirteen = Array.from({ length: 13 }, (_, i) => `Skill number ${i + 1}.`).join(' ');
      const text = replaceOnce(seed, essential, `        ${thirteen}`);
      assert.deepEqual(
        wording(text).map((p) => [p.code, p.message, p.range]),
        [
          [
            'too-many-requirements',
            '13 essential requirements; more than 12 discourage qualified candidates',
            rangeOf(text, 'essential', 'work_experience:'),
          ],
        ],
      );
      const twelve = replaceOnce(seed, essential, `        ${thirteen.replace(' Skill number 13.', '')}`);
      assert.deepEqual(wording(twelve), []);
    });
  });

  describe('over-long sentences in duties', () => {
    it('flags a duty sentence over 60 words across its folded lines, and not the short one after it', () => {
      const long = Array.from({ length: 62 }, (_, i) => `word${i}`).join(' ');
      const text = replaceOnce(
        seed,
        '      - Perform other duties as required.',
        `      - >-\n        ${long.slice(0, 200)}\n        ${long.slice(201)}. Short one.\n      - Perform other duties as required.`,
      );
      const problems = wording(text);
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.equal(problems[0].message, 'This duty has a sentence of 62 words; keep sentences under 60');
      assert.deepEqual(problems[0].range, { start: rangeOf(text, 'word0 ').start, end: rangeOf(text, 'word61.').end });
    });
  });
});

describe('the wording lens explanation', () => {
  const balanceOf = (background: string) => {
    const text = `# posting\ntitle: Officer\nterms_of_reference:\n  background: ${background}\n`;
    return postingBalance(parsePosting(text).document!, text);
  };

  it('counts each word once with how often it occurs, and advises by the side the posting leans to', () => {
    const masculine = explainBalance(balanceOf('You will lead the office, lead the unit and be competitive and warm.'), 'en');
    assert.equal(masculine.message, 'Wording: masculine-coded');
    const [words, feminine, balance, advice] = masculine.detail.split('\n\n');
    assert.equal(words, 'Masculine-coded words found: lead (2), competitive.');
    assert.equal(feminine, 'Feminine-coded words found: warm.');
    assert.match(balance, /^Balance: 1 feminine-coded and 3 masculine-coded, a score of -2 /);
    assert.match(advice, /^What to do: where a word describes the person/);
  });

  it('says there is nothing to do when the posting is neutral or has no coded words, in Japanese too', () => {
    assert.match(
      explainBalance(balanceOf('You will lead and be warm.'), 'en').detail,
      /\n\nWhat to do: nothing\. The posting uses as many/,
    );
    const empty = explainBalance(balanceOf('The office is in Tokyo.'), 'ja');
    assert.equal(empty.message, '表現: ジェンダーにコード化された語なし');
    assert.match(
      empty.detail,
      /^求人の自由記述にジェンダーにコード化された語はありません。\n\nバランス: 女性的な語 0 個、男性的な語 0 個、スコア 0/,
    );
    assert.match(empty.detail, /\n\n対処: 不要です。/);
  });
});

describe('the scan for words with a prefix', () => {
  it('takes prefixes of two lower-case letters or more with hyphens between letters, and refuses others', () => {
    for (const prefix of ['l', 'Lead', "don't", 'co--op', '-co', 'c\u00e9'])
      assert.throws(() => wordScanner(['lead', prefix]), /a word prefix is two lower-case letters or more/, prefix);
    assert.doesNotThrow(() => wordScanner(['le', 'co-operat', 'self-relian']));
  });

  it('finds, by hand over plain English, the words the pattern finds (joiners, case, prefixes with hyphens)', () => {
    const prefixes = ['lead', 'co-operat', 'self-relian', 'nag', 'ambitio', 'le'];
    const escaped = [...prefixes].sort((a, b) => b.length - a.length);
    const pattern = new RegExp(`(?<![A-Za-z])(?<![A-Za-z][-'\u2019])(?:${escaped.join('|')})[A-Za-z]*(?:[-'\u2019][A-Za-z]+)*`, 'gi');
    const scan = wordScanner(prefixes);
    const pieces = [
      'lead',
      'LEAD',
      'Lea',
      'co-operat',
      'Co-Operation',
      'self-reliant',
      'nag',
      'ambitious',
      'le',
      'l',
      'x',
      '-',
      "'",
      '\u2019',
      ' ',
      '  ',
      '\n',
      '.',
      ',',
      '0',
      '_',
      's',
      'ing',
      'ership',
      'co',
      'self',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const byHand: [string, number][] = [];
        scan(text, (word, start) => byHand.push([word, start]));
        const byPattern = [...text.matchAll(pattern)].map((match): [string, number] => [match[0], match.index]);
        assert.deepEqual(byHand, byPattern, JSON.stringify(text));
      }),
      { numRuns: 20_000 },
    );
  });
});

describe('the words of a text, visited', () => {
  it('visits the words wordsOf lists, in order, in plain English and beyond it', () => {
    const pieces = [
      'lead',
      'Co-operation',
      "don't",
      'it\u2019s',
      'caf\u00e9',
      '\u00e9t\u00e9',
      '\u65e5\u672c',
      ' ',
      '-',
      "'",
      '.',
      '3',
      'x',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const visited: string[] = [];
        const count = forEachWord(text, (word) => visited.push(word));
        assert.deepEqual(
          visited,
          wordsOf(text).map((word) => word.text),
          JSON.stringify(text),
        );
        assert.equal(count, visited.length);
      }),
      { numRuns: 5000 },
    );
  });

  it('visits in plain English, by hand, the words the pattern finds (a word again as the same word)', () => {
    const pieces = ['lead', 'Lead', 'lead ', 'a', 'B', ' ', '-', '--', "'", '\u2019', '.', '3', '\n', 'x-y'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        const visited: string[] = [];
        const count = forEachWord(text, (word) => visited.push(word));
        assert.deepEqual(visited, text.match(/[A-Za-z]+(?:[-'\u2019][A-Za-z]+)*/g) ?? [], JSON.stringify(text));
        assert.equal(count, visited.length);
        assert.equal(forEachWord(text), count);
      }),
      { numRuns: 10_000 },
    );
  });
});
