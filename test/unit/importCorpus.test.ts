import { strict as assert } from 'assert';
import {
  checkLines,
  corpusTexts,
  datesIn,
  fieldMatches,
  fieldTarget,
  layoutIds,
  lineTarget,
  measureText,
  pathInProfile,
  pathsInProfile,
  share,
  summaries,
  type CorpusText,
  type TextMeasure,
} from '../helpers/importCorpus';

const texts = corpusTexts();
const cache = new Map<CorpusText, TextMeasure>();
const measured = (item: CorpusText): TextMeasure => {
  if (!cache.has(item)) cache.set(item, measureText(item));
  return cache.get(item)!;
};
const percent = (value: number) => `${(value * 100).toFixed(1)}%`;

describe('import corpus: texts in every common layout import whole into the right fields (issue 14 §5)', () => {
  describe('the corpus', () => {
    it('holds at least 35 texts, at least five in every layout the importer knows, each with the fields it states', () => {
      assert.ok(texts.length >= 35, `${texts.length} texts`);
      for (const layout of layoutIds) {
        assert.ok(texts.filter((item) => item.layout === layout).length >= 5, `layout ${layout} has fewer than five texts`);
      }
      for (const item of texts) {
        assert.ok(layoutIds.includes(item.layout), `${item.layout}/${item.name}: ${item.layout} is not a layout of layouts.json`);
        assert.ok(Object.keys(item.expected.fields).length >= 1, `${item.layout}/${item.name} lists no field`);
      }
    });

    it('has a text with Windows line ends and one with no structure at all', () => {
      assert.ok(texts.some((item) => item.text.includes('\r\n')));
      assert.ok(texts.some((item) => Object.keys(item.expected.fields).join() === 'notes'));
    });
  });

  describe('the measures can fail', () => {
    it('places a field only where the stated value is', () => {
      assert.ok(fieldMatches('G-5', 'G-5'));
      assert.ok(fieldMatches('P-4', 'P4') && fieldMatches('NO-B', 'NOB'), 'a grade with or without its hyphen');
      assert.ok(!fieldMatches('P-4', 'P3'), 'another grade');
      assert.ok(fieldMatches('PR4', 'P-4') && fieldMatches('GS5', 'G5'), "Workday's code for the grade");
      assert.ok(!fieldMatches('PR4', 'P-3'), "Workday's code for another grade");
      assert.ok(fieldMatches('Non Family', 'non-family'), 'a hyphen between words as a space');
      assert.ok(!fieldMatches('General Service Staff, Grade G5', 'G-5'), 'a short value must be the whole field');
      assert.ok(fieldMatches(['Accountability', 'Planning & Organizing'], 'Planning and Organizing'));
      assert.ok(
        fieldMatches(
          ['First duty.', 'Maintain the vendor database and assess suppliers.'],
          'Maintain the vendor database and assess suppliers',
        ),
      );
      assert.ok(!fieldMatches('Maintain the vendor database.', 'Keep stock records of the warehouse accurate'));
      assert.ok(!fieldMatches(undefined, 'Tripoli'));
      assert.ok(!fieldMatches('false', false), 'a yes/no field is a boolean');
      assert.ok(fieldMatches('ケニア', ['Kenya', 'ケニア']));
      assert.ok(
        fieldMatches('必要に応じて「技術・人文知識・国際業務」への変更申請を会社が支援します。', 'への変更申請を会社が支援します。'),
      );
      assert.ok(!fieldMatches('大阪府大阪市北区梅田', '大阪市'), 'a short Japanese value must be the whole field');
      assert.ok(fieldMatches(['Professionalism: Knowledge of the subject.', 'Teamwork – Works across units.'], 'Teamwork'));
      assert.ok(!fieldMatches(['Professionalism: Knowledge of teamwork.'], 'Teamwork'), 'a name is what stands before the description');
    });

    it("reads a key's path where the imported profile has that field", () => {
      assert.equal(pathInProfile('background', 'unops-ica'), 'terms_of_reference.background');
      assert.equal(pathInProfile('background', 'general'), 'background');
      assert.equal(pathInProfile('title', 'unops-ica'), 'title');
      assert.equal(pathInProfile('no_such_field', 'unops-ica'), 'no_such_field');
    });

    it("reads a concept's key where the imported profile keeps that concept", () => {
      assert.deepEqual(pathsInProfile('background', 'unhcr-staff'), ['standard_job_description.organizational_setting']);
      assert.ok(
        pathsInProfile('competencies', 'unhcr-staff').includes('standard_job_description.competency_requirements.cross_functional'),
      );
      assert.deepEqual(pathsInProfile('employer.name', 'general'), ['organization']);
      assert.deepEqual(pathsInProfile('assessment', 'unhcr-staff'), ['notes'], 'a concept the profile has no field for is kept in notes');
      assert.deepEqual(pathsInProfile('title', 'unhcr-staff'), ['title']);
      assert.deepEqual(pathsInProfile('how_to_apply', 'peace-advisor'), ['application_procedure']);
      assert.deepEqual(pathsInProfile('organization', 'refugee-talent'), ['employer.name']);
      assert.ok(pathsInProfile('experience', 'jpo').includes('terms_of_reference.qualifications.work_experience.essential'));
      assert.ok(pathsInProfile('assessment', 'jpo').includes('selection_process'));
      assert.deepEqual(pathsInProfile('no_such_field', 'unops-ica'), ['no_such_field']);
    });

    it('reads a part of a concept no import targets on its own where the profile keeps the concept', () => {
      assert.deepEqual(pathsInProfile('eligibility.nationality', 'jpo'), ['eligibility.nationality'], 'the profile has the field');
      assert.deepEqual(pathsInProfile('eligibility.nationality', 'unhcr-staff'), ['standard_job_description.eligibility']);
      assert.deepEqual(pathsInProfile('eligibility.max_age', 'general'), ['notes'], 'no place for eligibility: notes');
      assert.deepEqual(pathsInProfile('salary.minimum', 'general'), ['salary.minimum'], "a field under the profile's own object");
    });

    it('reads the dates a text writes, and leaves an undecidable day/month order undecided', () => {
      const iso = (line: string) => datesIn(line).map((date) => date.iso ?? `?${date.text}`);
      assert.deepEqual(iso('Deadline for ApplicationsNovember 8, 2024'), ['2024-11-08']);
      assert.deepEqual(iso('Closing Date: 15 April, 2020'), ['2020-04-15']);
      assert.deepEqual(iso('Posting Period 10 March 2025 - 8 April 2025'), ['2025-03-10', '2025-04-08']);
      assert.deepEqual(iso('応募締切：2025年2月1日（土）'), ['2025-02-01']);
      assert.deepEqual(iso('Target Start Date2025-04-01-08:00'), ['2025-04-01']);
      assert.deepEqual(iso('Date of Issue 01/03/2025'), ['?01/03/2025']);
      assert.deepEqual(iso('Closing date - 22/10/2025'), ['2025-10-22']);
    });

    it('counts a source line only when its content is in the export', () => {
      const source =
        'GradePR3\nFamily TypeNon FamilyDanger Pay\nDuties\n- Lead protection monitoring.\n----\nJob Posting End DateFebruary 12, 2025';
      const kinds = (exported: string) => checkLines(source, exported).map((check) => check.kind);
      assert.deepEqual(kinds(''), ['missing', 'missing', 'structure', 'missing', 'structure', 'missing']);
      assert.deepEqual(
        kinds('GradePR3\nFamily TypeNon Family\nDanger PayYes\nDuties:\n- Lead protection monitoring.\nDeadline2025-02-12'),
        ['found', 'found', 'structure', 'found', 'structure', 'found'],
      );
      // A short value counts only as a word of its own or glued to a label, not inside another word.
      const short = (exported: string) => checkLines('Hardship LevelE\nRemote work acceptedNo', exported).map((check) => check.kind);
      assert.deepEqual(short('Family TypeNon Family\nNotes: none'), ['missing', 'missing']);
      assert.deepEqual(short('Hardship LevelE\nRemote work acceptedNo'), ['found', 'found']);
      assert.deepEqual(short('Hardship level: E\nRemote work accepted: no'), ['found', 'found']);
      // A line of items the import turned into a list is kept when every item is.
      assert.deepEqual(
        checkLines('Law; International Law', '- Law\n- International Law').map((check) => check.kind),
        ['found'],
      );
      assert.deepEqual(
        checkLines('Law; Political Sciences', '- Law\n- Economics').map((check) => check.kind),
        ['missing'],
      );
    });
  });

  for (const item of texts) {
    describe(`${item.layout}/${item.name}`, () => {
      it(`imports without an error, as profile ${item.expected.profile}, into a txt export that is not empty`, () => {
        const measure = measured(item);
        assert.equal(measure.error, undefined);
        assert.equal(measure.profile, item.expected.profile);
        assert.ok(measure.exportChars > 0, 'the txt export is empty');
      });

      it(`keeps at least ${lineTarget * 100}% of its lines in the txt export`, () => {
        const { lines } = measured(item);
        const found = share(lines.found, lines.counted);
        assert.ok(found >= lineTarget, `${percent(found)} of ${lines.counted} lines; missing:\n  ${lines.missing.join('\n  ')}`);
      });

      if (item.expected.ambiguousDates?.length) {
        it('keeps the dates whose day/month order it cannot decide as written', () => {
          const { ambiguous } = measured(item);
          assert.equal(ambiguous.kept, ambiguous.total);
        });
      }
    });
  }

  describe(`at least ${fieldTarget * 100}% of the fields the texts state land at the right path with the right value`, () => {
    const layouts = [...new Set([...layoutIds, ...texts.map((item) => item.layout)])].filter((layout) =>
      texts.some((item) => item.layout === layout),
    );
    for (const layout of [...layouts, 'total']) {
      it(layout === 'total' ? 'over the whole corpus' : `in the ${layout} layout`, () => {
        const measures = texts.map(measured);
        const summary = summaries(measures).find((entry) => entry.group === layout)!;
        const placed = share(summary.fieldsPlaced, summary.fieldsTotal);
        const misses = measures
          .filter((measure) => layout === 'total' || measure.layout === layout)
          .flatMap((measure) =>
            measure.fields
              .filter((field) => !field.placed)
              .map((field) => `${measure.name}: ${field.path} = ${JSON.stringify(field.expected)}, got ${field.actual}`),
          );
        assert.ok(
          placed >= fieldTarget,
          `${summary.fieldsPlaced}/${summary.fieldsTotal} (${percent(placed)}) placed; first misses:\n  ${misses.slice(0, 15).join('\n  ')}`,
        );
      });
    }
  });
});
