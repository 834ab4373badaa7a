import { strict as assert } from 'assert';
import { RegExpParser, visitRegExpAST } from '@eslint-community/regexpp';
import fc from 'fast-check';
import placeholderData from '../../schemas/wording/placeholders.json';
import { checkPosting } from '../../server/src/engine';
import { defaultSettings } from '../../server/src/engine/settings/settings';
import {
  findPlaceholders,
  placeholderSearch,
  longValue,
  placeholdersAfresh,
  reachRuns,
  runOf,
} from '../../server/src/engine/wording/placeholders';
import { replaceOnce } from '../helpers/edit';
import { runsConsumed } from '../helpers/reach';
import { allSeeds, readSeed } from '../helpers/seeds';

/**
 * Template guidance as real templates leave it in, in our own words and in the shapes seen on careers pages
 * (UNHCR ICA ToR guidance, UNDP notices, JPO forms, Japanese forms): each is found, with its kind.
 */
const guidanceLeftIn: [string, string][] = [
  ['Write the background here: the context the contractor works in.', 'write-here'],
  ['Please insert the name of the supervising unit here', 'write-here'],
  [
    '(Brief description of the national, sector-specific or other relevant context in which the contractor will operate)',
    'bracketed-guidance',
  ],
  ['The office in Kabul supports returnees. (Briefly describe the unit and its partners)', 'bracketed-guidance'],
  ['Report to the [insert title of supervisor] on progress.', 'bracketed-guidance'],
  ['Duty station: [Duty station], Pakistan', 'bracketed-field'],
  ['Supervisor: Senior Programme Officer, [Mr/Ms] Khan', 'bracketed-field'],
  ['<Position title>', 'bracketed-field'],
  ['Starting date: (date when the selected candidate is expected to start)', 'bracketed-guidance'],
  ['Contract level (tick as appropriate): LICA5 / LICA6', 'bracketed-guidance'],
  ['Gender: select one.', 'form-guidance'],
  ['Concise and detailed description of activities, including measurable outputs and delivery dates:', 'known-guidance'],
  // A UNHCR job description form's own guidance, left in a real vacancy announcement (stop 19).
  ['2.1 ORGANIZATIONAL CONTEXT. Define the role of the position within the team, describing its leadership role.', 'known-guidance'],
  ['(When finalised and approved by the Post Manager(s), e-mail to HQPC00)', 'known-guidance'],
  ['The XXX Unit coordinates registration.', 'xxx'],
  ['Contact xxx for details', 'xxx'],
  ['Date submitted: dd/mm/yyyy', 'x-date'],
  ['Start: YYYY-MM-DD', 'x-date'],
  ['Start date: TBD', 'tbd'],
  ['Supervisor: TBC', 'tbd'],
  ['TBD', 'tbd'],
  ['To be determined', 'to-be-determined'],
  ['Lorem ipsum dolor sit amet, consectetur adipiscing elit.', 'lorem-ipsum'],
  ['Name of referee: ________', 'blank-line'],
  // A blank inside a sentence the author must complete, in a text of several lines too.
  ['The validation workshop will be held on ________ in Lilongwe.', 'blank-line'],
  ['Supervisor: Name: ________ , WASH Specialist', 'blank-line'],
  ['The consultant assesses water points.\nThe consultant reports to ________ and works with the district teams.', 'blank-line'],
  ['Period of assignment: ________ working days', 'blank-line'],
  ['...', 'only-dots'],
  ['TODO: add the monitoring results', 'todo'],
  ['ここに職務内容を記入してください。', 'japanese-guidance'],
  ['〇〇大学卒業以上', 'japanese-guidance'],
  ['〇〇年〇〇月から勤務', 'japanese-guidance'],
  // A bracketed field name that is no markup: nothing follows it but a space or punctuation, no closing tag, no link.
  ['Report to the <title> of the unit.', 'bracketed-field'],
  ['Dear <name>, thank you for applying.', 'bracketed-field'],
  ['Send it to <name>’s office.', 'bracketed-field'],
  ['Languages: English [x], French [x].', 'bracketed-field'],
  ['- [x]', 'bracketed-field'],
  ['Submit by [deadline] (see below).', 'bracketed-field'],
  ['Based in <location>.\nThe </name> tag is closed elsewhere.', 'bracketed-field'],
  ['（記入例：東京都）', 'japanese-guidance'],
];

/**
 * Ordinary posting text with the words and shapes the patterns look for, used as they are in real postings:
 * none is a placeholder.
 */
const ordinaryText: string[] = [
  'Find more information here: https://www.unhcr.org/careers',
  'The duties as listed here may change with the needs of the office.',
  'Reference: VA/TBD/2022/021',
  'TBDx-2 is the name of the database the unit maintains.',
  // A notice's reservation in the words of form guidance, its sentence going on (t10).
  'The Organization reserves the right to select one or more candidates from this announcement.',
  'Article XXX of the staff regulations applies.',
  'Chapter XXX of the manual sets the procedure.',
  'Type of Appointment: Fixed-term, one year',
  '(type of contract: fixed-term appointment)',
  'Applications (list of countries available on request) are reviewed weekly.',
  'Salary to be determined by qualifications and experience.',
  'The incumbent will be based here in Islamabad with travel to the field.',
  'Provide text and data analysis for the protection team.',
  'Attach the corresponding document in the application (copy of the residence permit).',
  'Hardship Level (not applicable for home-based): A (least hardship)',
  'Duration: 1 April – 31 December 2025 (with possibility of extension)',
  'Start date: As soon as possible',
  'Residential location (if applicable)',
  'Sexual exploitation and abuse (SEA) is grounds for dismissal.',
  'Ensure that all data are entered here and in proGres v4 on time.',
  'Maintain checklists and tick-box forms for registration interviews.',
  'Delete duplicate records in the registration database as appropriate.',
  'Select and train enumerators for the survey.',
  'Knowledge of MS Office (Word, Excel, PowerPoint).',
  'English (fluent, required); Urdu (working knowledge, desirable).',
  'The XXth century saw the first refugee conventions.',
  'Experience with the 1951 Convention and its 1967 Protocol [sic] is an asset.',
  '東京都内での勤務（在宅勤務可）',
  '応募締切：2025年2月1日',
  // 〇 is also the kanji numeral zero: years and counts written in kanji are no placeholder.
  '当法人は二〇〇八年に設立されました。',
  '二〇〇〇年から活動しています。',
  '会員は約一〇〇〇人です。',
  'Staff members add value here by coaching new colleagues.',
  'Submit the final report (once approved by the supervisor) to the donor.',
  'Share the work plan (when completed, it is published on the website).',
  'Define the role of the community committees in the distributions.',
  // A newspaper's rules: a separator line in a text of several lines, a column rule between two fields of one line.
  'Drive office vehicles.\n____________________\nKeep the log book.',
  'Applications to: The Director, P.O. Box 12, Tamale.\n_____________________________________________________________',
  'Driver ____________ Location: Banjul, The Gambia',
  'Closing date: 30 January 2026 ........................ Ref: GMB/DRV/01',
  // A pasted form's rows: labels whose cells are empty (a table of a UNFPA form, an application form's lines).
  "Position Number:\t________\nSupervisor's Level:\t......................\nJob Family:",
  'APPLICATION FORM\nName: ______________________\nDate of birth: ____/____/______\nSignature: ________________',
  'Signature of the consultant: ____________________  Date: ____________\nPlace: ________',
  // A table of contents: each entry's leader runs to its page number.
  'Contents\n1. Background ........................................ 3\n2. Scope of work .................................... 4\nAnnex I ........ ii',
  // A scoring table: each criterion's leader runs to its points.
  'Relevant education ............................ 10 points\nMethodology and workplan ...................... 15 points\nFinancial proposal ............................ 30%',
  // A schedule: each deliverable's leader runs to its date or week.
  'Inception note with methodology .......... 26 Feb 2027\nField mission report ........ April 16, 2027\nFinal report ..... Week 8',
  // Markup a copy carried: an RSS or Atom feed's elements, a Markdown file's badge (an image's text and its link).
  '<title>Associate Education Officer (JPO)</title>',
  '<author><name>Talent Acquisition</name></author>',
  '<title>株式会社ミナト精工 採用ブログ',
  '<description>\nThe unit registers returnees.\n</description>',
  '![deadline](https://img.shields.io/badge/deadline-2026--12--16-orange)',
  'See the [location](#duty-station) section.',
  '- [x] English – fluent (required)\n- [ ] French – working knowledge (desirable)',
  '[X] Full-time',
];

describe('placeholder text (schemas/wording/placeholders.json)', () => {
  for (const [text, id] of guidanceLeftIn) {
    it(`finds ${id} in “${text}”`, () => {
      const found = findPlaceholders(text);
      assert.ok(found.length, 'nothing found');
      assert.equal(found[0].id, id);
      assert.ok(found[0].end > found[0].start);
    });
  }

  for (const text of ordinaryText) {
    it(`finds nothing in “${text}”`, () => assert.deepEqual(findPlaceholders(text), []));
  }

  it('a pattern in two parts (thenPattern): the continuation right after the first part, within its bound', () => {
    const spans = (text: string) => findPlaceholders(text).map((f) => [text.slice(f.start, f.end), f.id]);
    // The first "write" has no "here" before the full stop; the search goes on and finds the second (with the full
    // stop the pattern starts at, as before the split).
    assert.deepEqual(spans('Write the title. Please list the duties here.'), [['. Please list the duties here', 'write-here']]);
    assert.deepEqual(spans(`Write ${'a'.repeat(98)} here`), [[`Write ${'a'.repeat(98)} here`, 'write-here']]);
    assert.deepEqual(spans(`Write ${'a'.repeat(99)} here`), []);
    assert.deepEqual(spans(`（記入${'あ'.repeat(40)}）`), [[`（記入${'あ'.repeat(40)}）`, 'japanese-guidance']]);
    assert.deepEqual(spans(`（記入${'あ'.repeat(41)}）`), []);
    assert.deepEqual(spans('（記入\n例）'), []);
    // Bracketed guidance: at most 160 characters before the closing bracket, none of them a line break.
    assert.deepEqual(spans(`[insert ${'a'.repeat(159)}]`), [[`[insert ${'a'.repeat(159)}]`, 'bracketed-guidance']]);
    assert.deepEqual(spans(`[insert ${'a'.repeat(160)}]`), []);
    assert.deepEqual(spans('[insertion of the text]'), []);
    assert.deepEqual(spans('(please briefly describe\nthe unit)'), []);
    // A bracketed "… of" field: at most 80 characters after "of", then spaces or line breaks before the bracket.
    assert.deepEqual(spans(`[name of ${'a'.repeat(79)}]`), [[`[name of ${'a'.repeat(79)}]`, 'bracketed-field']]);
    assert.deepEqual(spans(`[name of ${'a'.repeat(79)}  \n ]`), [[`[name of ${'a'.repeat(79)}  \n ]`, 'bracketed-field']]);
    assert.deepEqual(spans(`[name of ${'a'.repeat(80)}]`), []);
    assert.deepEqual(spans('[name of the\nunit]'), []);
    assert.deepEqual(spans('[name ofx]'), []);
    assert.deepEqual(spans('[ Job  Title ]'), [['[ Job  Title ]', 'bracketed-field']]);
  });

  it('finds nothing in any seed posting (precision on realistic text)', () => {
    for (const seed of allSeeds()) {
      const problems = checkPosting(seed.text).problems.filter((p) => p.code === 'placeholder-text');
      assert.deepEqual(
        problems.map((p) => p.message),
        [],
        seed.name,
      );
    }
  });

  it('every pattern is linear: no lookaround, no back-reference, no repetition inside a repetition', () => {
    const parser = new RegExpParser({ ecmaVersion: 2022 });
    const patterns = placeholderData.patterns
      .flatMap((entry) => [
        'notAfter' in entry ? entry.notAfter : undefined,
        'notBefore' in entry ? entry.notBefore : undefined,
        'pattern' in entry ? entry.pattern : undefined,
        'thenPattern' in entry ? entry.thenPattern : undefined,
        ...(('alternatives' in entry && entry.alternatives) || []).flatMap((part) => [
          part.pattern,
          'thenPattern' in part ? part.thenPattern : undefined,
        ]),
      ])
      .filter((p): p is string => !!p);
    assert.ok(patterns.length > placeholderData.patterns.length, 'the alternatives are checked too');
    for (const source of patterns) {
      const ast = parser.parsePattern(source, 0, source.length, { unicode: false });
      const problems: string[] = [];
      const repeating: number[] = [];
      visitRegExpAST(ast, {
        onAssertionEnter(node) {
          if (node.kind === 'lookahead' || node.kind === 'lookbehind') problems.push(`lookaround ${node.raw}`);
        },
        onBackreferenceEnter(node) {
          problems.push(`back-reference ${node.raw}`);
        },
        onQuantifierEnter(node) {
          if (node.max > 1 && repeating.length) problems.push(`nested repetition ${node.raw}`);
          repeating.push(node.max > 1 ? 1 : 0);
          if (node.max <= 1) repeating.pop();
        },
        onQuantifierLeave(node) {
          if (node.max > 1) repeating.pop();
        },
      });
      assert.deepEqual(problems, [], source);
    }
  });

  it('is an error naming the field’s heading, on the placeholder itself', () => {
    const text = replaceOnce(readSeed(), 'duty_station: Tokyo', 'duty_station: "[Duty station]"');
    const found = checkPosting(text).problems.filter((p) => p.code === 'placeholder-text');
    assert.equal(found.length, 1);
    assert.equal(found[0].severity, 'error');
    assert.equal(found[0].message, 'Duty Station still has placeholder text: “[Duty station]”');
    const line = text.split('\n')[found[0].range.start.line];
    assert.equal(line.slice(found[0].range.start.character, found[0].range.end.character), '[Duty station]');
  });

  it('a form row or a rule that is a whole value is a placeholder in a field, pasted material under notes', () => {
    const seed = readSeed();
    const fieldLeft = replaceOnce(seed, 'duty_station: Tokyo', 'duty_station: "Name: ________"');
    assert.equal(checkPosting(fieldLeft).problems.filter((p) => p.code === 'placeholder-text').length, 1);
    const pasted = `${seed.trimEnd()}\nnotes:\n  - "Position Number:\\t________"\n  - ________________________\n  - "Date: ____/____/______"\n`;
    assert.equal(checkPosting(pasted).problems.filter((p) => p.code === 'placeholder-text').length, 0);
    const sentence = `${seed.trimEnd()}\nnotes:\n  - The workshop will be held on ________ in Lilongwe.\n`;
    assert.equal(checkPosting(sentence).problems.filter((p) => p.code === 'placeholder-text').length, 1);
  });

  it('names a list item by its list and number, in Japanese too', () => {
    const seed = readSeed();
    const text = replaceOnce(
      seed,
      '- Perform other duties as required.',
      '- (Describe the fourth duty)\n      - Perform other duties as required.',
    );
    const ja = checkPosting(text, { ...defaultSettings, locale: 'ja' }).problems.filter((p) => p.code === 'placeholder-text');
    assert.equal(ja.length, 1, JSON.stringify(ja));
    assert.match(ja[0].message, /^「職務 \d+番目」にプレースホルダーが残っています: “\(Describe the fourth duty\)”$/);
  });

  it('no match attempt reads more runs than the long-value search assumes (reachRuns), by each pattern’s syntax', () => {
    let most = 0;
    for (const entry of placeholderData.patterns) {
      if ('wholeValue' in entry && entry.wholeValue) continue;
      const caseInsensitive = !('caseSensitive' in entry && entry.caseSensitive);
      const parts =
        'alternatives' in entry && entry.alternatives
          ? entry.alternatives
          : [{ pattern: 'pattern' in entry ? entry.pattern : '', thenPattern: 'thenPattern' in entry ? entry.thenPattern : undefined }];
      for (const part of parts) {
        const then = 'thenPattern' in part ? part.thenPattern : undefined;
        // The match and its continuation, and one character past them: each counted in runs from the one s is in.
        const reach = [part.pattern, then]
          .filter((source): source is string => !!source)
          .reduce((sum, source) => sum + runsConsumed(source, caseInsensitive, runOf), 2);
        most = Math.max(most, reach);
        assert.ok(reach <= reachRuns, `${entry.id}: ${part.pattern} reads up to ${reach} runs`);
      }
    }
    assert.ok(most > 100, 'the bracketed continuations read up to 160 characters');
  });

  it('a long value searched around its change only finds what a search of the whole value finds', () => {
    const piece = fc.constantFrom(
      'a',
      'e',
      'work ',
      ' ',
      '   ',
      ' '.repeat(300),
      '\n',
      '.',
      '. ',
      '[',
      ']',
      '(',
      ')',
      '<',
      '{',
      'insert',
      'please ',
      'Please write the text here',
      '[insert title of supervisor]',
      '(Briefly describe the unit)',
      '[Duty station]',
      'write',
      ' here',
      'TBD',
      ' TBD,',
      'XXX',
      'xxx',
      'x',
      '____',
      '_',
      '......',
      'lorem ipsum',
      ' dolor sit amet',
      'tick as appropriate',
      'section ',
      'TODO',
      '〇〇',
      '●',
      'ここに記入',
      '（記入',
      '）',
      '×',
      'dd/mm/yyyy',
    );
    const filler = 'The office supports returnees and their hosts. '.repeat(45);
    const edit = fc.record({
      at: fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true }),
      removed: fc.nat({ max: 6 }),
      inserted: fc.array(piece, { maxLength: 3 }).map((parts) => parts.join('')),
      other: fc.integer({ min: 0, max: 5 }).map((n) => n === 0),
    });
    let patched = 0;
    let found = 0;
    fc.assert(
      fc.property(
        fc.array(piece, { minLength: 1, maxLength: 120 }),
        fc.nat(),
        fc.array(edit, { minLength: 1, maxLength: 12 }),
        (parts, where, edits) => {
          const search = placeholderSearch();
          const cut = where % (parts.length + 1);
          let value = [...parts.slice(0, cut), filler, ...parts.slice(cut)].join('');
          assert.deepEqual(search.get(value), placeholdersAfresh(value));
          for (const { at, removed, inserted, other } of edits) {
            const start = Math.floor(at * (value.length + 1));
            value = value.slice(0, start) + inserted + value.slice(start + removed);
            // Another long value of the posting between two keys.
            if (other) search.get(`${filler}TBD`);
            const findings = search.get(value);
            assert.deepEqual(findings, placeholdersAfresh(value), JSON.stringify(value));
            found += findings.length;
          }
          patched += search.patchedCount;
        },
      ),
      { numRuns: 300 },
    );
    assert.ok(patched > 1000, `values made from an earlier one: ${patched}`);
    assert.ok(found > 1000, `findings compared: ${found}`);
  });

  it('the long-value search with a reach too short misses a change its attempts read (the bound matters)', () => {
    const filler = 'The office supports returnees and their hosts. '.repeat(45);
    const before = `${filler}Report to the [insert title of supervisor] on progress.`;
    assert.ok(before.length >= longValue);
    const after = before.replace('supervisor]', 'supervisor');
    for (const reach of [reachRuns, 2]) {
      const search = placeholderSearch(reach);
      assert.equal(search.get(before).length, 1);
      const findings = search.get(after);
      assert.equal(search.patchedCount, 1);
      if (reach === reachRuns) assert.deepEqual(findings, placeholdersAfresh(after));
      else assert.notDeepEqual(findings, placeholdersAfresh(after));
    }
    assert.deepEqual(findPlaceholders(after), placeholdersAfresh(after));
  });
});
