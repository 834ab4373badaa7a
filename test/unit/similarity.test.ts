import { strict as assert } from 'assert';
import { closestMatches } from '../../server/src/engine/text/similarity';
import { catalogueById } from '../../server/src/engine/template/catalogues';

const unhcrNames = Object.values(catalogueById('unhcr')!.groups).flatMap((group) => group.entries.map((e) => e.name));

describe('did-you-mean suggestions', () => {
  it('find the catalogue name behind the drifted spellings postings really use', () => {
    assert.equal(closestMatches('Team work', unhcrNames)[0], 'Teamwork & Collaboration');
    assert.equal(closestMatches('Client Orientation & Results', unhcrNames)[0], 'Client & Result Orientation');
    assert.equal(closestMatches('Acountability', unhcrNames)[0], 'Accountability');
    assert.equal(closestMatches('Organisational Awareness', unhcrNames)[0], 'Organizational Awareness');
  });

  it('read words in any order and spacing, "&" as "and", plurals as singulars', () => {
    assert.deepEqual(closestMatches('results and client orientation', ['Client & Result Orientation', 'Other']), [
      'Client & Result Orientation',
    ]);
    assert.deepEqual(closestMatches('monitoring_progress_controls', ['monitoring_and_progress_controls', 'background']), [
      'monitoring_and_progress_controls',
    ]);
  });

  it('suggest nothing for a name that shares neither spelling nor words', () => {
    assert.deepEqual(closestMatches('Juggling', unhcrNames), []);
    assert.deepEqual(closestMatches('', unhcrNames), []);
  });
});
