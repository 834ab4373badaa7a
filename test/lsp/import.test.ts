import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import type { ImportResult } from '../../server/src/protocol';
import { LspClient } from '../helpers/lspClient';
import { seed000SourcePath } from '../helpers/seeds';

describe('posting/import over LSP (stdio)', function () {
  let client: LspClient;
  const seed000 = readFileSync(seed000SourcePath, 'utf8');

  before(async () => {
    client = await LspClient.start();
  });
  after(() => client.stop());

  it('turns careers-site text into a posting that the server then checks clean', async () => {
    const first = await client.request<ImportResult>('posting/import', { text: seed000 });
    assert.deepEqual(first.missing, ['duty_station'], 'the careers page shows the duty station outside the text');
    const result = await client.request<ImportResult>('posting/import', { text: seed000, fields: { duty_station: 'Tokyo' } });
    assert.deepEqual(result.missing, []);
    assert.ok(result.yaml.startsWith('# posting\n'));
    assert.deepEqual(await client.open('untitled:Imported-1', result.yaml), []);
    // The same server does check it: without the duty station, the posting misses that section.
    const withoutStation = await client.open('untitled:Imported-2', first.yaml);
    assert.deepEqual(
      withoutStation.map((d) => d.code),
      ['missing-section'],
    );
  });

  it('keeps text it cannot place under notes', async () => {
    const result = await client.request<ImportResult>('posting/import', { text: `${seed000}\nA line no template section knows.\n` });
    assert.ok(
      result.notes.some((note) => note.includes('A line no template section knows.')),
      JSON.stringify(result.notes),
    );
  });

  it('answers a request without text with an error, and keeps serving', async () => {
    await assert.rejects(client.request('posting/import', { fields: {} }), /needs \{ text: string \}/);
    const result = await client.request<ImportResult>('posting/import', { text: '' });
    assert.equal(typeof result.yaml, 'string');
  });
});
