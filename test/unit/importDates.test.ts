import { strict as assert } from 'assert';
import { readDate, readPeriod, untilDate, withYearOf } from '../../server/src/engine/import/dates';
import { data } from '../helpers/imported';

describe('import: dates in the forms postings use', () => {
  it('reads ISO, written-out and Japanese dates', () => {
    for (const [text, iso] of [
      ['2025-01-01', '2025-01-01'],
      ['2022-11-21-08:00', '2022-11-21'],
      ['November 8, 2024', '2024-11-08'],
      ['8 November 2024', '2024-11-08'],
      ['15 April, 2020', '2020-04-15'],
      ['8-Nov-2024', '2024-11-08'],
      ['25/Jan/2025, 11:59:00 PM', '2025-01-25'],
      ['05/September/2025', '2025-09-05'],
      ['2025年2月1日', '2025-02-01'],
      ['3 novembre 2027', '2027-11-03'],
      ['1er d\u00e9cembre 2027', '2027-12-01'],
      ['10 de noviembre de 2027', '2027-11-10'],
      ['2 ao\u00fbt 2027', '2027-08-02'],
      ['14. Juli 2025', '2025-07-14'],
      ['3. M\u00e4rz 2026', '2026-03-03'],
      ['2 de junho de 2025', '2025-06-02'],
      ['令和9年2月26日（金）', '2027-02-26'],
      ['令和元年5月1日', '2019-05-01'],
      ['平成31年4月30日', '2019-04-30'],
      // An era year with the Western year in brackets, and a schedule's short form by the era's letter.
      ['令和9年(2027年)3月5日(応募締切日)', '2027-03-05'],
      ['令和9年（2027年）9月30日', '2027-09-30'],
      ['R9.2.1(月)10:00', '2027-02-01'],
      ['H30.4.1', '2018-04-01'],
      ['2025/03/01', '2025-03-01'],
      ['25/03/2025', '2025-03-25'],
      ['03/25/2025', '2025-03-25'],
    ])
      assert.deepEqual(readDate(text), { iso }, text);
  });

  it('reports a day and month that could be either way round instead of guessing', () => {
    assert.deepEqual(readDate('01/03/2025'), { ambiguous: '01/03/2025', readings: ['2025-03-01', '2025-01-03'] });
    assert.deepEqual(readDate('05/05/2025'), { iso: '2025-05-05' });
  });

  it('names an impossible date and reads nothing from text without a date', () => {
    assert.deepEqual(readDate('31 February 2025'), { unreadable: '31 February 2025' });
    assert.equal(readDate('as soon as possible'), undefined);
  });

  it('reads the date a contract runs until, in any case and form, and nothing undecided', () => {
    assert.equal(untilDate('Until 31 December 2028, with possibility of extension'), '2028-12-31');
    assert.equal(untilDate('The contract is a UNOPS Local ICA running until 31/12/2028, renewable.'), '2028-12-31');
    assert.equal(untilDate('from January 2028 until 31 December 2028'), '2028-12-31');
    assert.equal(untilDate('The contract is for 12 months (October 2027 \u2013 30 September 2028).'), '2028-09-30');
    assert.equal(untilDate('until 01/03/2028'), undefined);
    assert.equal(untilDate('until further notice'), undefined);
  });

  it('reads a period from … to …', () => {
    assert.deepEqual(readPeriod('Duration: from 1 March 2025 to 31 December 2025'), { start: '2025-03-01', end: '2025-12-31' });
  });

  it('reads a period in numbers in the day/month order one of its ends decides, and no period neither end decides', () => {
    assert.deepEqual(readPeriod('01.03.2026 - 31.08.2026'), { start: '2026-03-01', end: '2026-08-31' });
    assert.deepEqual(readPeriod('03/01/2026 \u2013 08/31/2026'), { start: '2026-03-01', end: '2026-08-31' });
    assert.deepEqual(readPeriod('from 15/01/2027 to 02/04/2027'), { start: '2027-01-15', end: '2027-04-02' });
    assert.deepEqual(readPeriod('01/03/2026 - 01/09/2026'), {});
    // (Ends that disagree, or a start after the end, are no period read either way.)
    assert.deepEqual(readPeriod('31/03/2026 - 08/31/2026'), {});
    assert.deepEqual(readPeriod('31.08.2026 - 01.03.2026'), {});
  });

  it('gives the start and end of a duration or a sentence in numbers whose order one end decides', () => {
    const imported = (line: string) =>
      data(['TERMS OF REFERENCE', 'Title: Data Analyst', 'Duty station: Juba, South Sudan', line, 'Background', 'The office.'].join('\n'));
    for (const line of [
      'Duration: 01.03.2026 - 31.08.2026',
      'Duration: 03/01/2026 \u2013 08/31/2026',
      'Contract period: from 01/03/2026 to 31/08/2026',
      'The assignment will run from 01.03.2026 to 31.08.2026.',
    ])
      assert.deepEqual([imported(line).target_start_date, imported(line).contract_end_date], ['2026-03-01', '2026-08-31'], line);
    assert.equal(imported('Duration: 01/03/2026 - 01/09/2026').target_start_date, undefined);
  });

  it('reads a period whose dates share the year written at its end, and a start in the year before', () => {
    assert.deepEqual(readPeriod('40 working days over the period 1 March \u2013 30 June 2025'), { start: '2025-03-01', end: '2025-06-30' });
    assert.deepEqual(readPeriod('March 1 - June 30, 2025'), { start: '2025-03-01', end: '2025-06-30' });
    assert.deepEqual(readPeriod('3 months, 1 November to 31 January 2026'), { start: '2025-11-01', end: '2026-01-31' });
    assert.deepEqual(readPeriod('2 May \u2013 7 Smarch 2025'), {});
    assert.deepEqual(readPeriod('Grades 1 - 3 apply'), {});
  });

  it('reads a Japanese term: 令和 years, から…まで or ～, and the day it runs until', () => {
    assert.deepEqual(readPeriod('令和7年4月1日から令和8年3月31日まで'), { start: '2025-04-01', end: '2026-03-31' });
    assert.deepEqual(readPeriod('２０２５／４／１（火）～２０２６／３／３１（火）'), { start: '2025-04-01', end: '2026-03-31' });
    assert.equal(untilDate('採用日から令和8年3月31日まで（更新の可能性あり）'), '2026-03-31');
    assert.equal(untilDate('採用日から1年間'), undefined);
  });

  it("gives a year-less Japanese date the year of the text's date, only where a posting date or weekday decides it", () => {
    assert.equal(withYearOf('2月15日(土)', '2025-01-10', true), '2025年2月15日(土)');
    assert.equal(withYearOf('1月8日（土）', '2027-12-06', false), '2028年1月8日（土）');
    assert.equal(withYearOf('1月8日', '2027-12-06', true), '2028年1月8日');
    // No posting date and no weekday: the year is not guessed. A weekday no nearby year fits: kept as written.
    assert.equal(withYearOf('1月8日', '2027-12-06', false), '1月8日');
    assert.equal(withYearOf('2月15日(日)', '2025-01-10', true), '2月15日(日)');
    assert.equal(withYearOf('2月15日(土)', undefined, true), '2月15日(土)');
  });
});
