import { strict as assert } from 'assert';
import { readFileSync } from 'fs';
import fc from 'fast-check';
import JSZip from 'jszip';
import { stringify } from 'yaml';
import { renderPosting, renderPostingText } from '../../server/src/engine';
import { replaceOnce } from '../helpers/edit';
import { allSeeds, readSeed, seed000SourcePath } from '../helpers/seeds';

const seed = readSeed();
const careersText = readFileSync(seed000SourcePath, 'utf8');

/** Lines in either text that a line-by-line diff (longest common subsequence) cannot match. */
export function differingLines(expected: string, actual: string): number {
  const a = expected.replace(/\n$/, '').split('\n');
  const b = actual.replace(/\n$/, '').split('\n');
  const row = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j];
      row[j] = a[i - 1] === b[j - 1] ? diagonal + 1 : Math.max(row[j], row[j - 1]);
      diagonal = above;
    }
  }
  return a.length + b.length - 2 * row[b.length];
}

describe('render: plain text export', () => {
  it('gives seed 000 back line for line as the careers-site text', () => {
    const exported = renderPostingText(seed, 'txt', { banner: false, careersSite: true });
    const differing = differingLines(careersText, exported);
    console.log(`      text export vs careers-site text of seed 000: ${differing} differing lines of ${careersText.split('\n').length}`);
    assert.equal(differing, 0, exported);
  });

  it('the diff measure counts a changed line', () => {
    assert.equal(differingLines('a\nb\nc', 'a\nB\nc'), 2);
    assert.equal(differingLines('a\nb', 'a\nb\n'), 0);
  });

  it('takes labels from the schema titles and vocabulary display labels', () => {
    const text = replaceOnce(seed, 'hardship_level: H', 'hardship_level: E');
    assert.match(
      renderPostingText(text, 'txt', { careersSite: true }),
      /^Hardship Level \(not applicable for home-based\)E \(most hardship\)$/m,
    );
    assert.match(renderPostingText(text, 'txt'), /^Hardship Level: E \(most hardship\)$/m, 'a document to send: label, colon, value');
  });

  it('renders an incomplete posting: missing sections are simply absent', () => {
    const partial = 'profile: unops-ica\ntitle: Driver\nterms_of_reference:\n  background: Some context.\n';
    assert.equal(
      renderPostingText(partial, 'txt', { banner: false, careersSite: true }),
      'Terms of Reference\nBackground:\nSome context.\n',
    );
    assert.equal(
      renderPostingText(partial, 'txt', { careersSite: true }),
      'Driver\nTerms of Reference\nBackground:\nSome context.\n',
      'the banner by default',
    );
    assert.equal(renderPostingText(partial, 'txt'), 'Driver\nTerms of Reference\nBackground\nSome context.\n', 'a document to send');
  });

  for (const [name, text] of [
    ['empty', ''],
    ['a scalar', 'just words'],
    ['a list', '- a\n- b'],
    ['broken YAML', 'title: "unclosed\n  - : ]['],
    ['wrong types', 'title: [1, 2]\nterms_of_reference: 5\ncareers_site:\n  skills: {a: 1}'],
    ['nulls', 'title:\nterms_of_reference:\n  purpose_and_scope:\n    duties: [null, ~]'],
  ] as const) {
    it(`never throws on ${name}, in any format`, async () => {
      for (const format of ['html', 'md', 'txt', 'jsonld', 'docx'] as const) await renderPosting(text, format);
    });
  }
});

describe('render: any input', () => {
  it('never throws, whatever the text or the shape of the data (property test)', () => {
    const postingLike = fc.record(
      {
        profile: fc.constantFrom('unops-ica', 'jpo', 'unhcr-staff', 'peace-advisor', 'refugee-talent', 'nope'),
        title: fc.jsonValue(),
        deadline: fc.oneof(fc.string(), fc.constant('2024-02-30')),
        terms_of_reference: fc.jsonValue(),
        careers_site: fc.jsonValue(),
        position_notes: fc.jsonValue(),
      },
      { requiredKeys: [] },
    );
    const texts = fc.oneof(
      fc.string(),
      postingLike.map((data) => stringify(data)),
    );
    fc.assert(
      fc.property(texts, (text) => {
        for (const format of ['html', 'md', 'txt', 'jsonld'] as const) assert.equal(typeof renderPostingText(text, format), 'string');
      }),
      { numRuns: 150 },
    );
  });
});

describe('render: JSON-LD (schema.org JobPosting)', () => {
  const required = ['title', 'description', 'datePosted', 'hiringOrganization', 'jobLocation'];

  for (const { name, text } of allSeeds()) {
    it(`${name} has Google's required properties`, () => {
      const posting = JSON.parse(renderPostingText(text, 'jsonld', { today: '2024-10-01' })) as Record<string, unknown>;
      assert.equal(posting['@context'], 'https://schema.org/');
      assert.equal(posting['@type'], 'JobPosting');
      for (const property of required) assert.ok(posting[property], `${property} missing`);
      assert.equal((posting.hiringOrganization as { '@type': string })['@type'], 'Organization');
      const address = (posting.jobLocation as { address: Record<string, string> }).address;
      assert.equal(address['@type'], 'PostalAddress');
      assert.ok(address.addressLocality && address.addressCountry);
      assert.match(posting.validThrough as string, /^\d{4}-\d{2}-\d{2}T23:59:59([+-]\d{2}:\d{2}|Z)$/);
      assert.match(posting.datePosted as string, /^\d{4}-\d{2}-\d{2}$/);
    });
  }

  it('maps seed 000 as FACTS.md §5 says', () => {
    const posting = JSON.parse(renderPostingText(seed, 'jsonld', { today: '2024-10-01' })) as Record<string, unknown>;
    assert.equal(posting.title, 'Protection Associate');
    assert.equal(posting.datePosted, '2024-10-01', 'no date_posted: the export date');
    assert.deepEqual(posting.jobLocation, {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressLocality: 'Tokyo', addressCountry: 'JP' },
    });
    assert.equal((posting.hiringOrganization as { sameAs: string }).sameAs, 'https://www.unhcr.org');
    assert.equal(posting.validThrough, '2024-11-08T23:59:59+09:00');
    assert.equal(posting.employmentType, 'CONTRACTOR');
    assert.equal(posting.jobStartDate, '2025-01-01');
    assert.match(posting.eligibilityToWorkRequirement as string, /legal status to work in Japan/);
    assert.equal(posting.applicantLocationRequirements, undefined, 'eligibility is not a location requirement');
    assert.equal(posting.jobLocationType, undefined, 'not home-based');
    assert.ok((posting.skills as string[]).includes('Stakeholder Management'));
    assert.deepEqual(posting.experienceRequirements, {
      '@type': 'OccupationalExperienceRequirements',
      monthsOfExperience: 24,
      description: 'Minimum two years of previous job experience relevant to the function of the position or related fields.',
    });
    assert.equal((posting.educationRequirements as { credentialCategory: string }).credentialCategory, 'bachelor degree');
    assert.match(posting.description as string, /<h3>Background<\/h3>/);
  });

  for (const [written, code] of [
    ['Türkiye', 'TR'],
    ['Turkey', 'TR'],
    ['ケニア', 'KE'],
    ['PAK', 'PK'],
    ['Democratic Republic of the Congo', 'CD'],
  ] as const) {
    it(`addressCountry is the ISO alpha-2 code for '${written}' (${code})`, () => {
      const text = replaceOnce(seed, 'country: Japan', `country: ${written}`);
      const posting = JSON.parse(renderPostingText(text, 'jsonld')) as { jobLocation: { address: { addressCountry: string } } };
      assert.equal(posting.jobLocation.address.addressCountry, code);
    });
  }

  it('addressCountry keeps a value that is no country as written (the unknown-country error says so)', () => {
    const text = replaceOnce(seed, 'country: Japan', 'country: Atlantis');
    const posting = JSON.parse(renderPostingText(text, 'jsonld')) as { jobLocation: { address: { addressCountry: string } } };
    assert.equal(posting.jobLocation.address.addressCountry, 'Atlantis');
  });

  it('reads the years of experience as the rules do ("2+ years" is 24 months)', () => {
    const text = replaceOnce(seed, 'Minimum two years of previous job experience', '2+ years of previous job experience');
    const posting = JSON.parse(renderPostingText(text, 'jsonld')) as { experienceRequirements: { monthsOfExperience?: number } };
    assert.equal(posting.experienceRequirements.monthsOfExperience, 24);
  });

  it('uses date_posted and job_id when present, and marks a home-based post TELECOMMUTE', () => {
    const text = replaceOnce(
      replaceOnce(seed, 'home_based: false', 'home_based: true'),
      'deadline: 2024-11-08',
      'deadline: 2024-11-08\ndate_posted: 2024-10-20\njob_id: JR2400123',
    );
    const posting = JSON.parse(renderPostingText(text, 'jsonld')) as Record<string, unknown>;
    assert.equal(posting.datePosted, '2024-10-20');
    assert.deepEqual(posting.identifier, { '@type': 'PropertyValue', name: 'UNHCR', value: 'JR2400123' });
    assert.equal(posting.jobLocationType, 'TELECOMMUTE');
    assert.deepEqual(posting.applicantLocationRequirements, { '@type': 'Country', name: 'Japan' });
    assert.doesNotMatch(JSON.stringify(posting.applicantLocationRequirements), /legal status/);
  });

  for (const [affiliate, type] of [
    ['UNOPS IICA2', 'CONTRACTOR'],
    ['CONS Local', 'CONTRACTOR'],
    ['Professional', 'FULL_TIME'],
    ['Internship', 'INTERN'],
    ['UNV National', 'VOLUNTEER'],
  ]) {
    it(`employmentType of ${affiliate} is ${type}`, () => {
      const posting = JSON.parse(
        renderPostingText(replaceOnce(seed, 'affiliate_type: UNOPS LICA6', `affiliate_type: ${affiliate}`), 'jsonld'),
      ) as Record<string, unknown>;
      assert.equal(posting.employmentType, type);
    });
  }
});

describe('render: Word (.docx)', () => {
  it('reopens as a Word document with the posting text', async () => {
    const bytes = await renderPosting(seed, 'docx');
    assert.ok(bytes instanceof Uint8Array);
    const zip = await JSZip.loadAsync(bytes);
    const xml = await zip.file('word/document.xml')!.async('string');
    const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
      [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''),
    );
    for (const expected of [
      'Protection Associate',
      'Terms of Reference',
      'Background',
      'Purpose and Scope of Assignment',
      '6. Perform other duties as required.',
      'Monitoring and Progress Controls',
      'a. Education',
      'c. Key Competencies',
      'Deadline for Applications: 8 November 2024',
      'Home-Based: No',
    ]) {
      assert.ok(paragraphs.includes(expected), `${expected} not in ${JSON.stringify(paragraphs.slice(0, 20))}`);
    }
    assert.ok(paragraphs.some((p) => p.startsWith('1. Conduct legal and policy advocacy')));
  });
});

describe('render: Markdown and HTML', () => {
  it('Markdown has the template headings and numbering', () => {
    const markdown = renderPostingText(seed, 'md');
    assert.match(markdown, /^# Protection Associate$/m);
    assert.match(markdown, /^## Terms of Reference$/m);
    assert.match(markdown, /^### Background$/m);
    assert.match(markdown, /^#### a\. Education$/m);
    assert.match(markdown, /^6\. Perform other duties as required\.$/m);
  });

  it('Markdown and HTML keep markup in values literal', () => {
    const text = replaceOnce(seed, 'title: Protection Associate', 'title: "<img src=x onerror=alert(1)> [x](javascript:alert(1))"');
    assert.doesNotMatch(renderPostingText(text, 'md'), /(^|[^\\])<img|[^\\]\]\(javascript/);
    const html = renderPostingText(text, 'html');
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /&lt;img src=x onerror=alert\(1\)&gt;/);
  });

  it('HTML blocks carry the YAML line they come from', () => {
    const html = renderPostingText(seed, 'html');
    const lines = seed.split('\n');
    const duty = /<li data-line="(\d+)">Perform other duties as required\.<\/li>/.exec(html);
    assert.ok(duty);
    assert.match(lines[Number(duty[1])], /Perform other duties as required/);
    const heading = /<h3 data-line="(\d+)">Background<\/h3>/.exec(html);
    assert.ok(heading);
    assert.match(lines[Number(heading[1])], /^\s*background:/);
  });

  it('a standalone page has a CSP with a fresh nonce and no remote resources', () => {
    const first = renderPostingText(seed, 'html', { standalone: true });
    const second = renderPostingText(seed, 'html', { standalone: true });
    const nonce = (page: string) => /'nonce-([A-Za-z0-9]+)'/.exec(page)?.[1];
    assert.ok(nonce(first) && nonce(first) !== nonce(second));
    assert.match(first, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'/);
    assert.doesNotMatch(first, /(src|href)="(https?:)?\/\//);
    assert.match(first, /<script type="application\/ld\+json">/);
  });

  it('a profile without a careers layout renders every field under its schema title', () => {
    const text = 'profile: jpo\ntitle: Officer\nduty_station: Geneva\nnotes:\n  - first\n  - second\nextra:\n  budget_line: B-12\n';
    const markdown = renderPostingText(text, 'md');
    assert.match(markdown, /^# Officer$/m);
    assert.match(markdown, /^## Notes$/m);
    assert.match(markdown, /^- first$/m);
    assert.match(markdown, /\*\*Budget line\*\*: B-12/);
  });
});
