import { strict as assert } from 'assert';
import { assessReadiness, defaultSettings, type Readiness } from '../../server/src/engine';
import { allSeeds, readSeed, seedsDir } from '../helpers/seeds';
import { join } from 'path';

const iom = readSeed(join(seedsDir, 'iom-programme-assistant-general.posting.yaml'));
const before = '2024-06-01';

function failing(readiness: Readiness): Record<string, string[]> {
  return Object.fromEntries(readiness.lines.filter((line) => !line.ok).map((line) => [line.id, line.found]));
}

describe('Ready to publish? (assessReadiness)', () => {
  it('every seed is ready while it is open: eight ✔ lines in the issue’s order', async () => {
    for (const { name, text } of allSeeds()) {
      const readiness = await assessReadiness(text, { today: before });
      assert.deepEqual(failing(readiness), {}, name);
      assert.deepEqual(
        readiness.lines.map((line) => line.id),
        ['sections', 'reviewer', 'placeholders', 'wording', 'readability', 'accommodation', 'jsonld', 'deadline'],
      );
    }
  });

  it('each flaw fails its own line, and only that line', async () => {
    const cases: [string, string, Record<string, string[]>][] = [
      ['a placeholder', iom.replace('supervisor: Migration Health Officer', 'supervisor: TBD'), { placeholders: ['placeholder-text'] }],
      [
        'an age requirement',
        iom.replace(
          'runs pre-departure health assessments',
          'runs pre-departure health assessments and is looking for young and energetic applicants',
        ),
        { wording: ['age-wording'] },
      ],
      [
        'no accommodation sentence',
        // WHO's postings carry the sentence (accommodation-statements.json); IOM's do not, so it is asked of WHO's.
        iom.replace(/^ {2}- IOM provides reasonable accommodation.*\n/m, '').replace('organization: IOM', 'organization: WHO'),
        { accommodation: ['accommodation-statement-missing'] },
      ],
      ['a deadline after the start', iom.replace('deadline: 2025-05-20', 'deadline: 2025-07-20'), { reviewer: ['deadline-after-start'] }],
      ['no deadline', iom.replace(/^deadline: .*\n/m, ''), { sections: ['missing-section'], deadline: ['deadline'] }],
    ];
    for (const [what, text, expected] of cases) {
      assert.deepEqual(failing(await assessReadiness(text, { today: before })), expected, what);
    }
  });

  it('a strongly masculine-coded text fails the wording balance even without another finding', async () => {
    const coded = iom.replace(
      'runs pre-departure health assessments',
      'is a competitive, ambitious, assertive, decisive, driven, dominant, independent, self-reliant and fearless team that runs pre-departure health assessments',
    );
    const readiness = await assessReadiness(coded, { today: before });
    const wording = readiness.lines.find((line) => line.id === 'wording');
    assert.equal(wording?.ok, false);
    assert.match(wording?.detail ?? '', /^the wording is strongly masculine/);
  });

  it('a readability finding fails the readability line; turning the rule off in the settings clears it', async () => {
    const long = iom.replace(
      'Draft letters and reports in English and Thai for review by the supervisor.',
      'Draft letters, summaries, situation reports, donor updates, meeting minutes, briefing notes, talking points and correspondence in English and Thai, and revise them as often as the supervisor, the programme manager, the chief of mission and the regional office request, so that every document leaves the office complete, consistent, accurate and on time, in the format each donor asks for and within the week after each field visit to the partner clinics.',
    );
    const strict = await assessReadiness(long, { today: before });
    assert.deepEqual(failing(strict), { readability: ['long-sentence'] });
    const relaxed = await assessReadiness(long, {
      today: before,
      settings: { ...defaultSettings, severities: { ...defaultSettings.severities, 'long-sentence': 'off' } },
    });
    assert.deepEqual(failing(relaxed), {});
  });

  it('the deadline day is still open; the day after is not', async () => {
    assert.deepEqual(failing(await assessReadiness(iom, { today: '2025-05-20' })), {});
    assert.deepEqual(failing(await assessReadiness(iom, { today: '2025-05-21' })), { deadline: ['deadline'] });
  });
});
