import { strict as assert } from 'assert';
import { checkPublishing } from '../../server/src/engine';
import { buildView } from '../../server/src/engine/render';
import { renderJsonLd } from '../../server/src/engine/render/jsonld';
import { validateJobPostingJsonLd } from '../../server/src/engine/render/publishGate';
import { allSeeds, readSeed } from '../helpers/seeds';

describe('publishing gate (Google JobPosting rules by @adobe/structured-data-validator)', () => {
  it("every seed's JSON-LD passes Google's required rules while the posting is open", async () => {
    for (const { name, text } of allSeeds()) {
      const { refused } = await checkPublishing(text, { today: '2020-01-01' });
      assert.deepEqual(
        refused.map((finding) => finding.message),
        [],
        name,
      );
    }
  });

  it('a missing title, organisation or country refuses the export, naming the field to fill in', async () => {
    const seed = readSeed();
    const bare = seed
      .replace(/^title: .*\n/m, '')
      .replace(/^organization: .*\n/m, '')
      .replace(/^country: .*\n/m, '');
    const { refused } = await checkPublishing(bare, { today: '2020-01-01' });
    assert.deepEqual(
      refused.map((finding) => [finding.code, finding.property, finding.field]),
      [
        ['jsonld-required-missing', 'title', 'title'],
        ['jsonld-required-missing', 'hiringOrganization', 'organization'],
        ['jsonld-required-missing', 'jobLocation.address.addressCountry', 'country'],
      ],
    );
  });

  it('a wrong date is invalid, not missing', async () => {
    const view = buildView(readSeed());
    const jsonLd = { ...renderJsonLd(view, { today: '2020-01-01' }), datePosted: 'soon' };
    const findings = await validateJobPostingJsonLd(jsonLd);
    assert.deepEqual(
      findings.filter((finding) => finding.level === 'refuse').map((finding) => [finding.code, finding.property]),
      [['jsonld-invalid', 'datePosted']],
    );
  });

  it('a home-based job needs the countries it is open to instead of a place', async () => {
    const view = buildView(readSeed());
    const remote: Record<string, unknown> = { ...renderJsonLd(view, { today: '2020-01-01' }), jobLocationType: 'TELECOMMUTE' };
    assert.equal(remote.applicantLocationRequirements, undefined);
    const findings = await validateJobPostingJsonLd(remote);
    assert.ok(
      findings.some((finding) => finding.code === 'jsonld-required-missing' && finding.property === 'applicantLocationRequirements'),
    );
  });

  it('the deadline is compared with the caller’s today; --force lets it through', async () => {
    const seed = readSeed();
    assert.deepEqual(
      (await checkPublishing(seed, { today: '2024-11-09' })).refused.map((finding) => finding.code),
      ['deadline-passed'],
    );
    assert.deepEqual((await checkPublishing(seed, { today: '2024-11-08' })).refused, [], 'the deadline day itself is still open');
    assert.deepEqual((await checkPublishing(seed, { today: '2024-11-09', force: true })).refused, []);
  });

  it('notes only the recommended properties Google lists, in Japanese too', async () => {
    const { notes } = await checkPublishing(readSeed(), { today: '2020-01-01', locale: 'ja' });
    assert.deepEqual(notes.map((note) => note.property).sort(), ['baseSalary', 'directApply', 'identifier']);
    assert.match(notes[0].message, /検索エンジンが推奨する/);
  });
});
