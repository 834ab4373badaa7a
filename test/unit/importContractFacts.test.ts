import { strict as assert } from 'assert';
import { importFromText, renderPostingText } from '../../server/src/engine';

// Issue 14 §1/§3: the contract facts a careers page prints above the Terms of Reference land in the profile's own
// fields (the paths the general profile uses), not under notes, and the exports show them where the page does.
describe('import: contract type, level and duration of a UNOPS ICA careers page', () => {
  const header = [
    'Deadline for Applications April 4, 2027',
    'Hardship Level (not applicable for home-based) D',
    'Family Type (not applicable for home-based) Non Family',
    'Staff Member / Affiliate Type UNOPS IICA2',
    'Target Start Date 2027-05-01',
    'Contract type: International ICA',
    'Contract level: IICA-2',
    'Contract duration: 12 months, renewable subject to funding and performance',
    'Terms of Reference',
    '1. General Background',
    'UNHCR supports refugees in the region.',
  ];
  const imported = importFromText(header.join('\n'));
  const data = imported.data as Record<string, unknown>;

  it('places them in contract_type, grade and duration, and the level as the ToR writes it in ica_level', () => {
    assert.equal(data.profile, 'unops-ica');
    assert.equal(data.contract_type, 'International ICA');
    assert.equal(data.grade, 'IICA-2');
    assert.equal(data.duration, '12 months, renewable subject to funding and performance');
    assert.equal((data.terms_of_reference as Record<string, unknown>).ica_level, 'IICA2');
    assert.ok(!imported.notes.some((note) => /^Contract (?:type|level|duration)/.test(note)), imported.notes.join('\n'));
  });

  it('keeps a second, different contract level under notes rather than dropping it', () => {
    const twice = importFromText([...header, 'Contract level: IICA-2 (ICS-10)'].join('\n'));
    assert.equal(twice.data.grade, 'IICA-2');
    assert.ok(twice.notes.includes('Contract level: IICA-2 (ICS-10)'), twice.notes.join('\n'));
  });

  it('shows them with the careers page labels above the Terms of Reference', () => {
    const text = renderPostingText(imported.yaml, 'txt', { banner: false, careersSite: true });
    const lines = text.split('\n');
    const at = (line: string) => lines.indexOf(line);
    assert.ok(at('Contract typeInternational ICA') > at('Staff Member / Affiliate TypeUNOPS IICA2'), text);
    assert.ok(at('Contract levelIICA-2') > at('Contract typeInternational ICA'), text);
    assert.ok(at('Contract duration12 months, renewable subject to funding and performance') > at('Contract levelIICA-2'), text);
    assert.ok(at('Terms of Reference') > at('Contract duration12 months, renewable subject to funding and performance'), text);
    assert.match(renderPostingText(imported.yaml, 'txt'), /^Contract level: IICA-2$/m);
  });
});

describe('import: a JPO posting states its hardship level and family type', () => {
  it('places them in hardship_level and family_type, as the general profile does', () => {
    const imported = importFromText(
      [
        'Junior Professional Officer (JPO) Programme',
        'Title: Associate Protection Officer',
        'Duty Station: Kakuma, Kenya',
        'Hardship Level: D',
        'Family Type: Non Family',
        'Duties',
        '- Monitor protection incidents in the camp.',
      ].join('\n'),
    );
    assert.equal(imported.data.profile, 'jpo');
    assert.equal(imported.data.hardship_level, 'D');
    assert.equal(imported.data.family_type, 'Non Family');
    assert.ok(!imported.notes.some((note) => /^(?:Hardship|Family)/.test(note)), imported.notes.join('\n'));
  });
});
