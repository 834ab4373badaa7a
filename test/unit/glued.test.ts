import { strict as assert } from 'assert';
import fc from 'fast-check';
import gluedData from '../../schemas/wording/glued-words.json';
import { gluedWordsData } from '../../scripts/gluedWordsData';
import { checkPosting } from '../../server/src/engine';
import { actionsFor } from '../../server/src/engine/authoring/actions';
import { applyEdits } from '../../server/src/engine/text/textEdits';
import { findGluedWords, misspeltAcronyms, runsOf, siteNamesIn, standaloneAcronyms } from '../../server/src/engine/wording/glued';
import { replaceOnce } from '../helpers/edit';
import { readSeed } from '../helpers/seeds';

/** Copy-paste artefacts in the shapes careers-site copies have them, with the split a reviewer would write. */
const glued: [string, string][] = [
  ['Liaise with other UNHCRstaff concerned.', 'UNHCR staff'],
  ['Good knowledgeof public procurement.', 'knowledge of'],
  ['Visits to IDP sites and to the IDPcamps in the north.', 'IDP camps'],
  ['Support the UNICEFteam in Nairobi.', 'UNICEF team'],
  ['She is responsiblefor the weekly report.', 'responsible for'],
  ['Experience workingwith refugees.', 'working with'],
  ['Reports directly tothe Head of Office.', 'to the'],
  ['(experiencein protection)', 'experience in'],
];

/** Ordinary posting text with runs the rule must leave alone: words, names, codes, addresses and product names. */
const notGlued: string[] = [
  'The assignment begins within two weeks of selection; the lesson learnt is in the bulletin.',
  'Apply at https://jobs.unhcr.org/knowledgeof/staffing or write to knowledgeof@example.org.',
  'Follow #UNHCRstaff and #knowledgeof on social media.',
  'Reference: VA/BGDCO/FTA/2022/021, post number 10023456.',
  'Use ArcGIS, PowerBI, KoBoToolbox, SurveyMonkey, iPhone, YouTube and SharePoint.',
  'The office in Bolton, Kingston and Clinton; Mr Stanton and Ms Paton.',
  'Sign in with your login and install the plugin.',
  'Check the value with typeof and instanceof in TypeScript.',
  'The NGOs, IDPs and CVs; a PhD, an MSc or an MBA; PDFs.',
  'the herein stated conditions, thereof and therewith',
  'ABCstaff is an unknown acronym glued to a word and is left alone.',
  'Unhcrstaff in lower case is left alone.',
];

describe('glued words', () => {
  for (const [text, split] of glued)
    it(`finds "${split}" in "${text}"`, () => {
      const found = findGluedWords(text, standaloneAcronyms([text]));
      assert.deepEqual(
        found.map((g) => g.split),
        [split],
      );
      assert.equal(text.slice(found[0].start, found[0].end), split.replace(' ', ''));
    });

  for (const text of notGlued) it(`leaves alone "${text}"`, () => assert.deepEqual(findGluedWords(text, standaloneAcronyms([text])), []));

  it('leaves alone a job board or brand written as capitals run into a word (glued-names.json), and any site the posting gives the address of', () => {
    // The s20 UNHCR Workday copy from a job board opened with the board's name on a line of its own.
    assert.deepEqual(findGluedWords('UNjobs', new Set(['UN'])), []);
    assert.deepEqual(findGluedWords('Posted on UNtalent by the UNHCR office', new Set(['UN', 'UNHCR'])), []);
    // Not in the list, but the page gives its address: a name, wherever else it stands.
    const page = 'Copied from UNposts (unposts.org) for the UN team.';
    assert.deepEqual(findGluedWords(page, new Set(['UN']), undefined, siteNamesIn([page])), []);
    // Without the address it is still two words run together, and a real glued word next to a name is found.
    assert.deepEqual(
      findGluedWords('Copied from UNposts for the UN team.', new Set(['UN'])).map((g) => g.split),
      ['UN posts'],
    );
    assert.deepEqual(
      findGluedWords('UNjobs lists the UNHCRstaff post.', new Set(['UN', 'UNHCR'])).map((g) => g.split),
      ['UNHCR staff'],
    );
  });

  it('an acronym the posting uses on its own may start a glued run', () => {
    assert.deepEqual(findGluedWords('the ABCstaff'), []);
    assert.deepEqual(
      findGluedWords('the ABCstaff', new Set(['ABC'])).map((g) => g.split),
      ['ABC staff'],
    );
  });

  it('schemas/wording/glued-words.json is what scripts/generate-glued-words.ts derives from SCOWL', () => {
    assert.deepEqual(gluedData, gluedWordsData());
  });
});

describe('rule: glued-words', () => {
  const seed = readSeed();

  it('marks the glued run in a folded block, and its fix puts the space back', () => {
    const text = replaceOnce(seed, 'Minimum two years of previous job experience', 'Minimum two years of previous job experiencein');
    const problems = checkPosting(text).problems.filter((problem) => problem.code === 'glued-words');
    assert.equal(problems.length, 1);
    const [problem] = problems;
    assert.equal(problem.severity, 'warning');
    assert.equal(problem.message, '“experiencein” looks like two words run together: “experience in”');
    const line = text.split('\n')[problem.range.start.line];
    assert.equal(line.slice(problem.range.start.character, problem.range.end.character), 'experiencein');
    const fix = actionsFor(text, [problem]).find((action) => action.title === "Replace 'experiencein' with 'experience in'");
    assert.ok(fix);
    // The same fix, titled in Japanese for a Japanese editor.
    assert.ok(
      actionsFor(text, [problem], { locale: 'ja' }).some((action) => action.title === '「experiencein」を「experience in」に置き換え'),
    );
    const fixed = applyEdits(text, fix.edits);
    assert.ok(fixed.includes('previous job experience in'));
    assert.deepEqual(
      checkPosting(fixed).problems.filter((p) => p.code === 'glued-words'),
      [],
    );
  });

  it('raises nothing on the seeds', () => {
    assert.deepEqual(
      checkPosting(seed).problems.filter((problem) => problem.code === 'glued-words'),
      [],
    );
  });
});

describe('glued words in a long text, read in pieces', () => {
  it('finds exactly what one read of the whole text finds (words, acronyms, sentence ends, line breaks)', () => {
    const piece = fc.constantFrom(
      'UNHCRstaff',
      'QRBstaff',
      'QRB',
      'knowledgeof',
      'responsiblefor',
      'the',
      'team',
      '"knowledgeof',
      'UNHCRstaff.',
      '. ',
      '? ',
      '; ',
      '.\n',
      '\n',
      '\n\n  ',
      ' ',
      '\u00a0',
      '\u3000',
      'e.g. ',
      'https://example.org/knowledgeof',
      'x.',
      'é',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 200 }), fc.integer({ min: 0, max: 60 }), (parts, from) => {
        const text = parts.join('');
        const whole = standaloneAcronyms([text], Infinity);
        assert.deepEqual(standaloneAcronyms([text], from), whole);
        assert.deepEqual(findGluedWords(text, whole, from), findGluedWords(text, whole, Infinity));
      }),
      { numRuns: 300 },
    );
  });

  it('reads site names and misspelt acronyms in pieces as in the whole text, after each key typed or deleted', () => {
    const part = fc.constantFrom(
      'unjobs.org',
      'www.reliefweb.int',
      'a-b.com',
      'careers.un.org',
      'x.news',
      'UNHCR',
      'UNCR',
      'UNHRC',
      'UNICEFF',
      'UNICEF',
      'ABCDEFGHIJ',
      'the',
      '. ',
      '; ',
      '.\n',
      '\n  ',
      ' ',
      '\u00a0',
      'é',
    );
    const key = fc.record({ at: fc.nat(), typed: fc.constantFrom('', 'a', '.', ' ', 'U', 'R', 'o', '\n') });
    fc.assert(
      fc.property(
        fc.array(part, { maxLength: 200 }),
        fc.integer({ min: 0, max: 60 }),
        fc.array(key, { maxLength: 12 }),
        (parts, from, keys) => {
          let text = parts.join('');
          const own = new Set(['UNHCR', 'UNICEF']);
          for (const { at, typed } of [{ at: 0, typed: '' }, ...keys]) {
            const where = text.length ? at % text.length : 0;
            // A key typed, or the character at `where` deleted.
            text = typed ? text.slice(0, where) + typed + text.slice(where) : text.slice(0, where) + text.slice(where + 1);
            assert.deepEqual([...siteNamesIn([text], from)].sort(), [...siteNamesIn([text], Infinity)].sort(), JSON.stringify(text));
            assert.deepEqual(misspeltAcronyms(text, own, from), misspeltAcronyms(text, own, Infinity), JSON.stringify(text));
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('finds by hand the runs /\\S{5,}/g matches', () => {
    const unit = fc.constantFrom('a', 'lead', 'knowledgeof', ' ', '  ', '\n', '\t', '\u00a0', '\u3000', '\u2028', '\ufeff', '.', 'x-y');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 30 }), (parts) => {
        const text = parts.join('');
        const byPattern = [...text.matchAll(/\S{5,}/g)].map((match) => [match.index, match.index + match[0].length]);
        assert.deepEqual([...runsOf(text)], byPattern, JSON.stringify(text));
      }),
      { numRuns: 5000 },
    );
  });
});
