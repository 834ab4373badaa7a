import { strict as assert } from 'assert';
import { withoutQuotedPrintable } from '../../server/src/engine/import/quotedPrintable';
import { importFromText } from '../../server/src/engine/import/fromText';

// Stop 32: an e-mail copied in quoted-printable was imported undecoded ("=E2=80=A2 Perform …", "Kin=" / "dly"), and the
// checks read its bytes as words. Texts written for the test in the shape of a forwarded vacancy announcement.
describe('quoted-printable: an e-mail copy is read as it was written', () => {
  const mail = [
    'Dear colleagues,',
    '',
    'Please find below a vacancy announcement from our country office. Kin=',
    'dly share it with your networks.',
    '',
    'Title: Protection Officer =E2=80=93 Gender-Based Violence',
    'Organization: UNHCR',
    'Duty station: Cox=E2=80=99s Bazar, Bangladesh',
    'Closing date: 10 June 2027',
    '',
    'Main responsibilities',
    '=E2=80=A2 Supervise a team of eight caseworkers and ensure that case management =',
    'follows the inter-agency procedures.=20',
    '=E2=80=A2 Maintain the referral pathway with health and legal service providers.',
    '=E2=80=A2 Perform such other duties as may be assigned by the Protection Co=',
    'ordinator.',
    '',
    'Requirements',
    '=E2=80=A2 University degree in social work, law or a related field.',
  ].join('\n');

  it('joins soft line breaks and decodes the bytes of each character', () => {
    const decoded = withoutQuotedPrintable(mail);
    assert.ok(decoded.includes('Kindly share it'));
    assert.ok(decoded.includes('Protection Officer \u2013 Gender-Based Violence'));
    assert.ok(decoded.includes('\u2022 Perform such other duties as may be assigned by the Protection Coordinator.'));
    assert.ok(decoded.includes('procedures. \n'));
    assert.ok(!/=[0-9A-F]{2}/.test(decoded));
  });

  it('imports the decoded posting: the title and the duties hold no encoded bytes', () => {
    const { yaml } = importFromText(mail);
    assert.ok(!/=E2|=20|Kin= /.test(yaml), yaml);
    assert.match(yaml, /^title: Protection Officer \u2013 Gender-Based Violence$/m);
    assert.match(yaml, /^ {2}- Perform such other duties as may be assigned by the Protection Coordinator\.$/m);
  });

  it('reads an ISO-8859-1 mail whose bytes are not UTF-8', () => {
    const latin = 'Lieu: Bogot=E1, Colombie=\nEcole: dipl=F4me requis\nContent-Transfer-Encoding: quoted-printable';
    assert.equal(
      withoutQuotedPrintable(latin),
      'Lieu: Bogot\u00e1, ColombieEcole: dipl\u00f4me requis\nContent-Transfer-Encoding: quoted-printable',
    );
  });

  it('keeps a rule of "=" as it is: its last "=" is no soft line break, so its lines are not joined', () => {
    const forward = [
      '---------- Forwarded message ---------',
      '==================================================',
      'VACANCY ANNOUNCEMENT',
      '==================================================',
      'Vacancy Notice No.: VN-2027-014',
      '==================================================',
      'Title of Post: Education Officer',
      'Closing Date: 12 May 2027',
    ].join('\n');
    assert.equal(withoutQuotedPrintable(forward), forward);
    // A quoted-printable mail with such a rule still has its soft breaks joined, and the rule kept.
    const mail = `${forward}\nKin=\ndly share=20it, and Co=\nordinate =E2=80=93 widely.`;
    assert.ok(withoutQuotedPrintable(mail).startsWith(forward));
    assert.ok(withoutQuotedPrintable(mail).endsWith('Kindly share it, and Coordinate \u2013 widely.'));
  });

  it('leaves a text that is not quoted-printable as it is: a single "=" in prose, a formula, a hex code', () => {
    for (const text of [
      'Salary = USD 1,200 per month.\nThe daily rate is fixed =\nand paid monthly.',
      'Indicator: coverage =A1/B1 in the tracking sheet.',
      'Reference code =3D4 applies to the second lot.',
    ])
      assert.equal(withoutQuotedPrintable(text), text);
  });
});
