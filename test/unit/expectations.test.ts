import { strict as assert } from 'assert';
import { expectationsIn } from '../helpers/expectations';

describe('inline corpus expectations', () => {
  it('reads codes at the end of a line, offsets into block scalars and known false alarms', () => {
    const text = [
      'title: Officer  # expect: title-a, title-b',
      'duties: |  # expect: coded-word@+2',
      '  Plan the work.',
      '  Lead the team.',
      'notes: x  # expect-fp: acronym-undefined',
      'plain: no marker here',
    ].join('\n');
    assert.deepEqual(expectationsIn(text), [
      { line: 1, code: 'title-a', falseAlarm: false },
      { line: 1, code: 'title-b', falseAlarm: false },
      { line: 4, code: 'coded-word', falseAlarm: false },
      { line: 5, code: 'acronym-undefined', falseAlarm: true },
    ]);
  });
});
