import { strict as assert } from 'assert';
import JSZip from 'jszip';
import { checkPosting, renderPosting, renderPostingText } from '../../server/src/engine';
import { replaceOnce } from '../helpers/edit';
import { readSeed } from '../helpers/seeds';

// Characters XML 1.0 forbids, and the ones that are fine.
// eslint-disable-next-line no-control-regex
const xmlForbidden = /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

describe('exports stay valid whatever the posting holds', () => {
  const seed = readSeed();
  const injected = replaceOnce(
    replaceOnce(seed, 'title: Protection Associate', 'title: "Protection\\uFFFE Associate\\uFFFF"'),
    '      - Perform other duties as required.',
    '      - "Perform other\\x01 duties \\uD800as required."',
  );

  it('the linter points at U+FFFE and U+FFFF in the posting', () => {
    const raw = replaceOnce(seed, 'title: Protection Associate', 'title: Protection\uFFFE Associate\uFFFF');
    const found = checkPosting(raw).problems.filter((p) => p.code === 'invalid-character');
    assert.deepEqual(
      found.map((p) => p.message),
      ['Invalid character in the text: the noncharacter U+FFFE'],
    );
  });

  it('.docx: characters XML 1.0 forbids are dropped, the text around them kept', async () => {
    const zip = await JSZip.loadAsync(await renderPosting(injected, 'docx'));
    for (const name of Object.keys(zip.files).filter((n) => n.endsWith('.xml'))) {
      const xml = await zip.file(name)!.async('string');
      assert.doesNotMatch(xml, xmlForbidden, name);
    }
    const document = await zip.file('word/document.xml')!.async('string');
    assert.match(document, />Protection Associate</);
    assert.match(document, /Perform other duties as required\./);
  });

  it('standalone .jsonld: < is written \\u003c, so </script> cannot close the tag it is pasted into', () => {
    const text = replaceOnce(seed, 'title: Protection Associate', 'title: "Associate</script><script>alert(1)</script>"');
    const jsonld = renderPostingText(text, 'jsonld');
    assert.doesNotMatch(jsonld, /</);
    assert.equal((JSON.parse(jsonld) as { title: string }).title, 'Associate</script><script>alert(1)</script>');
  });
});
